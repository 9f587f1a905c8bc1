package stdlib

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/vm"
)

// Built-in modules written in JavaScript live in lib/ as ordinary files:
// lib/<name>.js is the public module <name> (require('path'),
// require('node:path')), lib/internal/<name>.js is private to the library
// and reachable only from other lib files as require('internal/<name>').
// Their logic is mostly object plumbing that reads better in JavaScript
// and then behaves exactly like Node's own JavaScript; Go supplies the
// natives they stand on through a binding object.
//
// A lib file is a strict CommonJS-shaped function body run with
// (binding, require, module): binding holds the Go natives made for it
// (the error constructors of installErrorBindings always, plus what its
// libFill function adds), require loads built-in and internal modules,
// and what the file leaves in module.exports is the module.
// The files are embedded in the binary; TestEveryLibFileCompiles compiles
// all of them, which is why a compile failure at start-up is an invariant
// violation (a panic) rather than an error New would return.

//go:embed all:lib
var libFiles embed.FS

// libSource returns lib/<name>.js.
func libSource(name string) (string, bool) {
	data, err := libFiles.ReadFile("lib/" + name + ".js")
	if err != nil {
		return "", false
	}
	return string(data), true
}

// libExists reports whether lib/<name>.js exists.
func libExists(name string) bool {
	_, err := fs.Stat(libFiles, "lib/"+name+".js")
	return err == nil
}

// libModuleNames lists, sorted, the lib files that are public built-in
// modules ("path", "fs/promises"; not "internal/util"). It is worked out
// once per process, on the first require that is not of a module a runtime
// registered itself: a program that requires nothing never reads the
// bundle's index (registering every lib file at start-up was 5% of a hello
// world's instructions).
func libModuleNames() []string {
	libModules.once.Do(func() { libModules.names = findLibModules() })
	return libModules.names
}

var libModules struct {
	once  sync.Once
	names []string
}

func findLibModules() []string {
	var all []string
	if libDev() || walkLibBundle(libBundleBytes, func(e libBundleEntry) { all = append(all, string(e.name)) }) != nil {
		// The bundle's index is made from the files; a developer's
		// changed tree is read as it is.
		all = libFileNames()
	}
	names := all[:0]
	for _, name := range all {
		if !strings.HasPrefix(name, "internal/") {
			names = append(names, name)
		}
	}
	return names
}

// isLibModule reports whether name is a public built-in module that a lib
// file implements.
func isLibModule(name string) bool {
	names := libModuleNames()
	i := sort.SearchStrings(names, name)
	return i < len(names) && names[i] == name
}

// libFileNames lists the lib files as they are in the source tree.
func libFileNames() []string {
	var names []string
	fs.WalkDir(libFiles, "lib", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(p, "lib/"), ".js"))
		}
		return nil
	})
	sort.Strings(names)
	return names
}

// libFill returns the Go half of lib/<name>.js: fill(n, binding) runs
// before the file, so the file finds its natives on binding. A lib file
// without one gets the error constructors only. A switch rather than a
// map filled by init functions, because every process ran those (a text
// page and heap growth each) before main, whether it loaded a lib file
// or not.
func libFill(name string) func(n *Node, binding vm.Value) {
	switch name {
	case "assert":
		return fillAssert
	case "buffer":
		return fillBuffer
	case "child_process":
		return fillChildProcess
	case "crypto":
		return fillCrypto
	case "dgram":
		return fillDgram
	case "dns":
		return fillDNS
	case "domain":
		return fillDomain
	case "internal/assert_error":
		return fillAssertError
	case "internal/comparisons":
		return fillComparisons
	case "internal/console":
		return fillConsole
	case "internal/crypto_cipher":
		return fillCryptoCipher
	case "internal/crypto_dh":
		return fillCryptoDH
	case "internal/crypto_keys":
		return fillCryptoKeys
	case "internal/crypto_x509":
		return fillCryptoX509
	case "internal/encoding":
		return fillEncoding
	case "internal/http_parser":
		return fillHTTPParser
	case "internal/http2_core":
		return fillHTTP2
	case "internal/messaging":
		return fillMessaging
	case "internal/report":
		return installUsage
	case "internal/module_hooks":
		return fillModuleHooks
	case "internal/options":
		return fillOptions
	case "internal/spawn_sync":
		return fillSpawnSync
	case "internal/sync_write_stream":
		return fillSyncWriteStream
	case "internal/test_coverage":
		return fillTestCoverage
	case "internal/url":
		return fillURL
	case "internal/wasm":
		return fillWasm
	case "inspector":
		return fillInspector
	case "module":
		return fillModule
	case "net":
		return fillNet
	case "os":
		return fillOS
	case "perf_hooks":
		return fillPerfHooks
	case "sea":
		return fillSea
	case "string_decoder":
		return fillStringDecoder
	case "tls":
		return fillTLS
	case "tty":
		return fillTTY
	case "util":
		return fillUtil
	case "util/types":
		return fillUtilTypes
	case "v8":
		return fillV8
	case "vm":
		return fillVM
	case "internal/vm_module":
		return fillVMModules
	case "wasi":
		return fillWASI
	case "worker_threads":
		return fillWorker
	case "zlib":
		return fillZlib
	}
	return nil
}

// lazyGlobals are globals made on first use from a built-in module's
// export (Buffer, URL, ...), so that a script that never touches them
// does not pay for loading their module. The module may be an internal
// lib file, for globals (EventTarget) that no public module exports. The
// order is the order they appear in on the global object.
type lazyGlobal struct {
	name, module, export string
	enumerable           bool
	// data marks the globals node defines as data properties from the
	// start (URL, the event classes, WebAssembly): they look like data
	// properties before their module loads too (vm.DefineLazyDataProperty),
	// where node's other lazy globals are accessors until first read.
	data bool
}

var lazyGlobals = [...]lazyGlobal{
	{name: "Buffer", module: "buffer", export: "Buffer"},
	// The few globals Node makes enumerable.
	{name: "atob", module: "buffer", export: "atob", enumerable: true},
	{name: "btoa", module: "buffer", export: "btoa", enumerable: true},
	{name: "BroadcastChannel", module: "internal/messaging", export: "BroadcastChannel"},
	{name: "MessageChannel", module: "internal/messaging", export: "MessageChannel"},
	{name: "MessagePort", module: "internal/messaging", export: "MessagePort"},
	{name: "MessageEvent", module: "internal/messaging", export: "MessageEvent"},
	{name: "Blob", module: "buffer", export: "Blob"},
	{name: "File", module: "buffer", export: "File"},
	{name: "Performance", module: "perf_hooks", export: "Performance"},
	{name: "PerformanceEntry", module: "perf_hooks", export: "PerformanceEntry"},
	{name: "PerformanceMark", module: "perf_hooks", export: "PerformanceMark"},
	{name: "PerformanceMeasure", module: "perf_hooks", export: "PerformanceMeasure"},
	{name: "PerformanceObserver", module: "perf_hooks", export: "PerformanceObserver"},
	{name: "PerformanceObserverEntryList", module: "perf_hooks", export: "PerformanceObserverEntryList"},
	{name: "PerformanceResourceTiming", module: "perf_hooks", export: "PerformanceResourceTiming"},
	{name: "DOMException", module: "internal/domexception", export: "DOMException"},
	{name: "TextEncoder", module: "internal/encoding", export: "TextEncoder"},
	{name: "TextDecoder", module: "internal/encoding", export: "TextDecoder"},
	// fetch's classes are JavaScript over node:http and the web streams;
	// fetch itself is a functionGlobal.
	{name: "Headers", module: "internal/fetch", export: "Headers"},
	{name: "Request", module: "internal/fetch", export: "Request"},
	{name: "Response", module: "internal/fetch", export: "Response"},
	{name: "FormData", module: "internal/fetch", export: "FormData"},
	{name: "URL", module: "url", export: "URL", data: true},
	{name: "WebAssembly", module: "internal/wasm", export: "WebAssembly", data: true},
	{name: "URLSearchParams", module: "url", export: "URLSearchParams", data: true},
	{name: "EventTarget", module: "internal/event_target", export: "EventTarget", data: true},
	{name: "Event", module: "internal/event_target", export: "Event", data: true},
	{name: "CustomEvent", module: "internal/event_target", export: "CustomEvent", data: true},
	{name: "AbortController", module: "internal/abort_controller", export: "AbortController"},
	{name: "AbortSignal", module: "internal/abort_controller", export: "AbortSignal"},
	// The WHATWG streams and the encoding and compression streams are
	// pure JavaScript: lib/stream/web.js on lib/internal/webstreams/.
	{name: "ReadableStream", module: "stream/web", export: "ReadableStream"},
	{name: "ReadableStreamDefaultReader", module: "stream/web", export: "ReadableStreamDefaultReader"},
	{name: "ReadableStreamBYOBReader", module: "stream/web", export: "ReadableStreamBYOBReader"},
	{name: "ReadableStreamBYOBRequest", module: "stream/web", export: "ReadableStreamBYOBRequest"},
	{name: "ReadableByteStreamController", module: "stream/web", export: "ReadableByteStreamController"},
	{name: "ReadableStreamDefaultController", module: "stream/web", export: "ReadableStreamDefaultController"},
	{name: "TransformStream", module: "stream/web", export: "TransformStream"},
	{name: "TransformStreamDefaultController", module: "stream/web", export: "TransformStreamDefaultController"},
	{name: "WritableStream", module: "stream/web", export: "WritableStream"},
	{name: "WritableStreamDefaultWriter", module: "stream/web", export: "WritableStreamDefaultWriter"},
	{name: "WritableStreamDefaultController", module: "stream/web", export: "WritableStreamDefaultController"},
	{name: "ByteLengthQueuingStrategy", module: "stream/web", export: "ByteLengthQueuingStrategy"},
	{name: "CountQueuingStrategy", module: "stream/web", export: "CountQueuingStrategy"},
	{name: "TextEncoderStream", module: "stream/web", export: "TextEncoderStream"},
	{name: "TextDecoderStream", module: "stream/web", export: "TextDecoderStream"},
	{name: "CompressionStream", module: "stream/web", export: "CompressionStream"},
	{name: "DecompressionStream", module: "stream/web", export: "DecompressionStream"},
}

// functionGlobals are globals that Node defines as plain data properties
// holding a function that loads its implementation on first call (fetch):
// a native stand-in with Node's name and length that forwards every call
// to the module's export.
type functionGlobal struct {
	lazyGlobal
	length int
}

var functionGlobals = [...]functionGlobal{
	{lazyGlobal{name: "fetch", module: "internal/fetch", export: "fetch", enumerable: true}, 1},
}

func (n *Node) installFunctionGlobals() {
	rt := n.VM
	for _, fg := range functionGlobals {
		fg := fg
		fn := rt.NewNativeFunction(fg.name, fg.length, func(rt *vm.Runtime, this vm.Value, args []vm.Value) vm.Value {
			return rt.Call(rt.GetS(n.moduleExports(fg.module), fg.export), this, args...)
		})
		rt.DefineDataProperty(rt.Global(), fg.name, fn, fg.enumerable)
	}
}

// runInternal runs lib/<name>.js with the given binding and returns its
// exports. Each call runs the file anew; lib calls it through lib(),
// which memoises.
func (n *Node) runInternal(name string, binding vm.Value) vm.Value {
	rt := n.VM
	// The binding is held in Go, and noting the load runs JavaScript
	// (process.moduleLoadList's keeper) before the module has it.
	defer rt.HostScope()()
	rt.Keep(binding)
	p := internalProgram(n, name)
	n.noteModuleLoad(name)
	require := rt.NewNativeFunction("require", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := rt.ToGoString(vm.Arg(args, 0))
		if strings.HasPrefix(id, "internal/") {
			if libExists(id) {
				return n.lib(id)
			}
		}
		id = strings.TrimPrefix(id, "node:")
		if !n.modules.hasBuiltin(id) {
			rt.Throw(n.modules.notFound(id, ""))
		}
		return n.modules.builtin(id)
	})
	module := rt.NewObject()
	rt.CreateDataProperty(module, "exports", rt.NewObject())
	rt.Call(rt.NewFunction(p.Main), vm.Undefined, binding, require, module)
	return rt.GetS(module, "exports")
}

// noteModuleLoad records that lib/<name>.js runs, for process.moduleLoadList
// (node's lists the modules of its own library it has loaded, in order):
// lib/internal/process.js keeps the list once it has run.
func (n *Node) noteModuleLoad(name string) {
	n.moduleLoads = append(n.moduleLoads, name)
	rt := n.VM
	if b, ok := rt.Realm().Extra["process:binding"]; ok {
		if f := rt.GetS(b, "noteModuleLoad"); rt.IsCallable(f) {
			rt.Call(f, vm.Undefined, rt.NewString(name))
		}
	}
}

// lib returns the exports of lib/<name>.js, running it on first use with
// a fresh binding filled by its libFill function.
func (n *Node) lib(name string) vm.Value {
	rt := n.VM
	key := "lib:" + name
	if v, ok := rt.Realm().Extra[key]; ok {
		return v
	}
	// The binding is held in Go while its fill runs, which may run
	// JavaScript (the worker's fill deserializes workerData).
	defer rt.HostScope()()
	b := rt.NewObject()
	rt.Keep(b)
	n.installErrorBindings(b)
	if fill := libFill(name); fill != nil {
		fill(n, b)
	}
	v := n.runInternal(name, b)
	rt.Realm().Extra[key] = v
	return v
}

// installBuiltinModules fills the registry of built-in modules: the ones
// made in Go, and every public lib file.
// installGlobals calls it before anything can require.
func (n *Node) installBuiltinModules() {
	n.RegisterBuiltin("timers", n.timers)
	n.RegisterBuiltin("timers/promises", func() vm.Value {
		return n.VM.GetS(n.timers(), "promises")
	})
	n.RegisterBuiltin("fs", n.makeFS)
	n.RegisterBuiltin("fs/promises", func() vm.Value { return n.VM.GetS(n.modules.builtin("fs"), "promises") })
	// The lib files' modules are found on first use (moduleSystem.maker).
	// require('process') and require('console') are the objects the
	// globals start as, as in Node (a program may replace the globals).
	n.RegisterBuiltin("process", n.proc)
	n.RegisterBuiltin("console", func() vm.Value {
		if c, ok := n.VM.Realm().Extra["console"]; ok {
			return c
		}
		return n.VM.GetS(n.VM.Global(), "console")
	})
}

// accessorGlobals are globals that Node defines as enumerable accessors
// that stay accessors (crypto, performance): the getter loads the module
// export on first use; a settable one's setter makes later reads return
// the value set.
type accessorGlobal struct {
	lazyGlobal
	settable bool
}

var accessorGlobals = [...]accessorGlobal{
	{lazyGlobal{name: "performance", module: "perf_hooks", export: "performance"}, true},
	{lazyGlobal{name: "crypto", module: "crypto", export: "webcrypto"}, false},
}

// installAccessorGlobals defines accessorGlobals[from:to].
func (n *Node) installAccessorGlobals(from, to int) {
	rt := n.VM
	for _, ag := range accessorGlobals[from:to] {
		ag := ag
		key := "global:" + ag.name
		get := func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			if v, ok := rt.Realm().Extra[key]; ok {
				return v
			}
			v := rt.GetS(n.modules.builtin(ag.module), ag.export)
			rt.Realm().Extra[key] = v
			return v
		}
		var set vm.NativeFunc
		if ag.settable {
			set = func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
				rt.Realm().Extra[key] = vm.Arg(args, 0)
				return vm.Undefined
			}
		}
		rt.DefineLazyAccessor(rt.Global(), ag.name, get, set, true)
	}
}

// installLazyGlobals defines every lazyGlobal as an accessor on the
// global object that loads its module on first read and then turns into
// an ordinary writable, configurable, non-enumerable data property, as
// Node's own globals are; assigning first simply replaces it.
func (n *Node) installLazyGlobals() {
	n.defineLazyGlobals(lazyGlobals[:])
	// node's order: performance, fetch, crypto, then Web Crypto's classes.
	n.installAccessorGlobals(0, 1)
	n.installFunctionGlobals()
	n.installAccessorGlobals(1, len(accessorGlobals))
	n.defineLazyGlobals(webCryptoGlobals[:])
}

// webCryptoGlobals come after the crypto accessor, as in node.
var webCryptoGlobals = [...]lazyGlobal{
	{name: "Crypto", module: "internal/webcrypto", export: "Crypto"},
	{name: "CryptoKey", module: "internal/webcrypto", export: "CryptoKey"},
	{name: "SubtleCrypto", module: "internal/webcrypto", export: "SubtleCrypto"},
}

func (n *Node) defineLazyGlobals(list []lazyGlobal) {
	rt := n.VM
	g := rt.Global()
	funcs := func(i int) (get, set vm.NativeFunc) {
		lg := list[i]
		get = func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			v := rt.GetS(n.moduleExports(lg.module), lg.export)
			rt.DefineDataProperty(rt.Global(), lg.name, v, lg.enumerable)
			return v
		}
		set = func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			rt.DefineDataProperty(rt.Global(), lg.name, vm.Arg(args, 0), lg.enumerable)
			return vm.Undefined
		}
		return get, set
	}
	for i, lg := range list {
		if lg.data {
			rt.DefineLazyDataProperty(g, lg.name, lg.enumerable, func() vm.Value {
				return rt.GetS(n.moduleExports(lg.module), lg.export)
			})
			continue
		}
		rt.DefineLazyAccessorOf(g, lg.name, lg.enumerable, i, funcs)
	}
}

// moduleExports returns a built-in module's exports, or an internal lib
// file's (a name starting with "internal/").
func (n *Node) moduleExports(name string) vm.Value {
	if strings.HasPrefix(name, "internal/") {
		return n.lib(name)
	}
	return n.modules.builtin(name)
}

// internalPrograms memoises the compiled lib files for the process:
// compiled code is immutable and shared by every runtime. The first Node
// compiles them through its compile cache, so a fresh `kiln` process reads
// verified bytecode instead of parsing.
var internalPrograms sync.Map // name → *bytecode.Program

func internalProgram(n *Node, name string) *bytecode.Program {
	if p, ok := internalPrograms.Load(name); ok {
		return p.(*bytecode.Program)
	}
	if p, ok := bundledLibProgram(name); ok {
		internalPrograms.Store(name, p)
		return p
	}
	src, ok := libSource(name)
	if !ok {
		panic("kiln: no lib file " + name)
	}
	p, err := n.compileModule(libProgramSource(src), "node:"+name)
	if err != nil {
		panic(fmt.Sprintf("kiln: lib file %s does not compile: %v", name, err))
	}
	internalPrograms.Store(name, p)
	return p
}
