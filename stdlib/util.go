package stdlib

import "github.com/kilnjs/kiln/vm"

// The Go half of util and util/types: the inspector and formatter that
// console.log also uses (so util.inspect is the very function custom
// inspect methods receive), the object kinds only the VM can tell apart
// (util.types), and libuv's error table. The module's plumbing is
// lib/util.js.

func fillUtil(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineValue(b, "inspect", n.inspectFunction())
	rt.DefineMethod(b, "setInspectDefaults", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.Realm().Extra[inspectDefaultsKey] = vm.Arg(args, 0)
		return vm.Undefined
	})
	rt.DefineMethod(b, "format", 0, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.Format(args))
	})
	rt.DefineMethod(b, "formatWithOptions", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.formatWithOptions(n.inspectOptionsFrom(vm.Arg(args, 0)), args[min(1, len(args)):]))
	})
	n.installParseEnv(b)
	// emitWarningNow is lib/internal/process.js's, for util.deprecate's
	// useEmitSync: the warning is emitted before the deprecated call runs.
	rt.DefineMethod(b, "emitWarningNow", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.proc()
		return rt.Call(rt.GetS(rt.Realm().Extra["process:binding"], "emitWarningNow"), vm.Undefined, args...)
	})
	rt.DefineMethod(b, "systemErrors", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		rows := make([]vm.Value, 0, len(systemErrors))
		for _, e := range systemErrors {
			rows = append(rows, rt.NewArray([]vm.Value{vm.Int(e.errno), rt.NewString(e.code), rt.NewString(e.desc)}))
		}
		return rt.NewArray(rows)
	})
}

func fillUtilTypes(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "kind", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(objectKind(rt, vm.Arg(args, 0)))
	})
}

// systemError is one row of util.getSystemErrorMap(): libuv's code (a
// negative number), its name and its description.
type systemError struct {
	errno int
	code  string
	desc  string
}

// objectKind names what v is as util.types sees it, one word per
// predicate family: "map", "asyncfunction", "boxed-number", ... and
// "primitive" or "object" for the rest. Typed array element types and
// shared buffers are told apart in JavaScript, through the built-in
// getters that check them.
func objectKind(rt *vm.Runtime, v vm.Value) string {
	if !v.IsObject() {
		return "primitive"
	}
	info := rt.Describe(v)
	switch info.Kind {
	case vm.KindFunction:
		switch {
		case info.Async && info.Generator:
			return "asyncgeneratorfunction"
		case info.Async:
			return "asyncfunction"
		case info.Generator:
			return "generatorfunction"
		}
		return "function"
	case vm.KindBoxed:
		return "boxed-" + typeOf(rt, info.Primitive)
	}
	if name, ok := kindName(info.Kind); ok {
		return name
	}
	return "object"
}

// kindName is objectKind's word for the kinds that need no more than the
// kind to tell apart.
func kindName(k vm.ObjectKind) (string, bool) {
	switch k {
	case vm.KindArray:
		return "array", true
	case vm.KindError:
		return "error", true
	case vm.KindDate:
		return "date", true
	case vm.KindRegExp:
		return "regexp", true
	case vm.KindMap:
		return "map", true
	case vm.KindSet:
		return "set", true
	case vm.KindWeakMap:
		return "weakmap", true
	case vm.KindWeakSet:
		return "weakset", true
	case vm.KindPromise:
		return "promise", true
	case vm.KindProxy:
		return "proxy", true
	case vm.KindArguments:
		return "arguments", true
	case vm.KindMapIterator:
		return "mapiterator", true
	case vm.KindSetIterator:
		return "setiterator", true
	case vm.KindTypedArray:
		return "typedarray", true
	case vm.KindArrayBuffer:
		return "arraybuffer", true
	case vm.KindDataView:
		return "dataview", true
	case vm.KindNamespace:
		return "namespace", true
	case vm.KindGenerator:
		return "generator", true
	}
	return "", false
}
