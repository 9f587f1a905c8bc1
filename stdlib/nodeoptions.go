package stdlib

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The node options that change the global object, and those node checks
// before anything runs. The rest are read where they act (getOptionValue
// in the library, Options.option here).

// applyGlobalOptions is --expose-gc, node's --no-experimental-* switches
// of its web globals, and --disable-proto, after the globals are in place.
func (n *Node) applyGlobalOptions() {
	rt := n.VM
	g := rt.Global()
	if v, _ := n.opts.option("--expose-gc"); v == "true" {
		// V8's gc(): a full collection now; writable, enumerable and not
		// configurable, as V8's extension defines it.
		rt.DefineKeyed(g, rt.NewString("gc"), rt.NewNativeFunction("gc", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			rt.CollectGarbage()
			return vm.Undefined
		}), true, true, false)
	}
	off := func(flag string, names ...string) {
		if v, _ := n.opts.option(flag); v == "false" {
			for _, name := range names {
				rt.DeleteS(g, name)
			}
		}
	}
	off("--experimental-fetch", "fetch", "FormData", "Headers", "Request", "Response")
	off("--experimental-global-webcrypto", "crypto", "Crypto", "CryptoKey", "SubtleCrypto")
	off("--experimental-global-customevent", "CustomEvent")
	switch mode, _ := n.opts.option("--disable-proto"); mode {
	case "delete":
		rt.DeleteS(rt.Realm().ObjectPrototype, "__proto__")
	case "throw":
		deny := func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			rt.Throw(n.newNodeError(vm.ErrPlain, "ERR_PROTO_ACCESS",
				"Accessing Object.prototype.__proto__ has been disallowed with --disable-proto=throw"))
			return vm.Undefined
		}
		rt.DefineAccessor(rt.Realm().ObjectPrototype, "__proto__", deny, deny)
	}
}

// checkOptions is what node checks of its options before running anything:
// a bad value throws, as an uncaught exception of the program would.
func (n *Node) checkOptions() {
	if v, ok := n.opts.option("--dns-result-order"); ok && v != "verbatim" && v != "ipv4first" && v != "ipv6first" {
		n.VM.Throw(n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE",
			"The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received '"+v+"'"))
	}
	if v, ok := n.opts.option("--heapsnapshot-signal"); ok && n.opts.worker == nil {
		n.watchHeapSnapshotSignal(v)
	}
	if v, ok := n.opts.option("--heapsnapshot-near-heap-limit"); ok {
		n.snapshotNearHeapLimit(v)
	}
}

// defaultTypeModule is --experimental-default-type=module: a .js file (or
// one with no extension) whose package does not give its type, outside
// node_modules, is an ES module.
func (o *Options) defaultTypeModule(file string) bool {
	v, _ := o.option("--experimental-default-type")
	return v == "module" && !strings.Contains(filepath.ToSlash(file), "/node_modules/")
}

// noteLoaded reports a module file the program loaded to Options.LoadedFiles.
func (n *Node) noteLoaded(file string) {
	if n.opts.LoadedFiles != nil {
		io.WriteString(n.opts.LoadedFiles, file+"\n")
	}
}
