package stdlib

import (
	"bytes"
	"os"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// Natives for deep equality (lib/internal/comparisons.js) and assert
// (lib/assert.js). Deep equality must know what an object really is (a
// Date, a boxed primitive, a Map) whatever its prototype says, as V8's
// type checks do, and must read Map and Set entries without running
// user code; JavaScript alone cannot, so the kind test is Go's.

// comparisonKind names an object's kind for comparisons.js: util's names
// (kindName), with every function "function" and every boxed primitive
// "boxed".
func comparisonKind(k vm.ObjectKind) string {
	switch k {
	case vm.KindFunction:
		return "function"
	case vm.KindBoxed:
		return "boxed"
	}
	if name, ok := kindName(k); ok {
		return name
	}
	return "object"
}

func fillComparisons(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "kindOf", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(comparisonKind(rt.Describe(vm.Arg(args, 0)).Kind))
	})
	// primitiveOf is the value inside a boxed primitive, or a Date's
	// time value.
	rt.DefineMethod(b, "primitiveOf", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		info := rt.Describe(vm.Arg(args, 0))
		if info.Kind != vm.KindBoxed && info.Kind != vm.KindDate {
			return vm.Undefined
		}
		return info.Primitive
	})
	// entries lists a Map's keys and values (one after the other) or
	// a Set's values.
	rt.DefineMethod(b, "entries", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewArray(rt.Describe(vm.Arg(args, 0)).Entries)
	})
	rt.DefineMethod(b, "bytesEqual", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		x, _ := rt.BufferBytes(vm.Arg(args, 0))
		y, _ := rt.BufferBytes(vm.Arg(args, 1))
		return vm.Bool(bytes.Equal(x, y))
	})
	// ownNonIndexKeys is V8's GetOwnNonIndexProperties with the
	// enumerable-only filter, symbols included when asked.
	rt.DefineMethod(b, "ownNonIndexKeys", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		symbols := rt.ToBoolean(vm.Arg(args, 1))
		var keys []vm.Value
		for _, p := range rt.OwnProperties(vm.Arg(args, 0), false, true) {
			if symbols || !p.Key.IsSymbol() {
				keys = append(keys, p.Key)
			}
		}
		return rt.NewArray(keys)
	})
}

func fillAssertError(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "inspectWith", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.Inspect(vm.Arg(args, 0), n.inspectOptionsFrom(vm.Arg(args, 1))))
	})
}

func fillAssert(n *Node, b vm.Value) {
	rt := n.VM
	fillAssertError(n, b)
	// specificType is the "Received ..." part of Node's argument
	// errors, for messages that are not ERR_INVALID_ARG_TYPE.
	rt.DefineMethod(b, "specificType", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.specificType(vm.Arg(args, 0)))
	})
	// callSite is where the assert function was called from: file,
	// line and column of the innermost frame outside the built-in
	// library, and the file's source when it can be read, for ok()'s
	// "The expression evaluated to a falsy value" message.
	rt.DefineMethod(b, "callSite", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		for _, f := range rt.CaptureStack(64) {
			if strings.HasPrefix(f.File, "node:") {
				continue
			}
			site := rt.NewObject()
			rt.CreateDataProperty(site, "line", vm.Int(f.Line))
			rt.CreateDataProperty(site, "column", vm.Int(f.Col))
			if src, err := os.ReadFile(f.File); err == nil {
				rt.CreateDataProperty(site, "source", rt.NewString(string(src)))
			}
			return site
		}
		return vm.Undefined
	})
}
