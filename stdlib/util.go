package stdlib

import "github.com/kilnjs/kiln/vm"

// The Go half of util and util/types: the inspector and formatter that
// console.log also uses (so util.inspect is the very function custom
// inspect methods receive), the object kinds only the VM can tell apart
// (util.types), and libuv's error table. The module's plumbing is
// lib/util.js; the DOM event classes that sit beside it (EventTarget,
// AbortController) become globals here.

func init() {
	registerLib("util", func(n *Node, b vm.Value) {
		rt := n.VM
		rt.DefineValue(b, "inspect", n.inspectFunction())
		rt.DefineMethod(b, "format", 0, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			return rt.NewString(n.Format(args))
		})
		rt.DefineMethod(b, "formatWithOptions", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			return rt.NewString(n.formatWithOptions(n.inspectOptionsFrom(vm.Arg(args, 0)), args[min(1, len(args)):]))
		})
		rt.DefineMethod(b, "systemErrors", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			rows := make([]vm.Value, 0, len(systemErrors))
			for _, e := range systemErrors {
				rows = append(rows, rt.NewArray([]vm.Value{vm.Int(e.errno), rt.NewString(e.code), rt.NewString(e.desc)}))
			}
			return rt.NewArray(rows)
		})
	})
	registerLib("util/types", func(n *Node, b vm.Value) {
		n.VM.DefineMethod(b, "kind", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			return rt.NewString(objectKind(rt, vm.Arg(args, 0)))
		})
	})
	registerGlobal("EventTarget", "internal/event_target", "EventTarget")
	registerGlobal("Event", "internal/event_target", "Event")
	registerGlobal("CustomEvent", "internal/event_target", "CustomEvent")
	registerGlobal("AbortController", "internal/abort_controller", "AbortController")
	registerGlobal("AbortSignal", "internal/abort_controller", "AbortSignal")
	registerGlobal("MessagePort", "worker_threads", "MessagePort")
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
	if name, ok := kindNames[info.Kind]; ok {
		return name
	}
	return "object"
}

var kindNames = map[vm.ObjectKind]string{
	vm.KindArray:       "array",
	vm.KindError:       "error",
	vm.KindDate:        "date",
	vm.KindRegExp:      "regexp",
	vm.KindMap:         "map",
	vm.KindSet:         "set",
	vm.KindWeakMap:     "weakmap",
	vm.KindWeakSet:     "weakset",
	vm.KindPromise:     "promise",
	vm.KindProxy:       "proxy",
	vm.KindArguments:   "arguments",
	vm.KindMapIterator: "mapiterator",
	vm.KindSetIterator: "setiterator",
	vm.KindTypedArray:  "typedarray",
	vm.KindArrayBuffer: "arraybuffer",
	vm.KindDataView:    "dataview",
	vm.KindNamespace:   "namespace",
	vm.KindGenerator:   "generator",
}
