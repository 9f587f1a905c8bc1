package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Arguments exotic objects (ECMA-262 §10.4.4), and the live "arguments" and
// "caller" properties V8 gives sloppy functions.
//
// An arguments object keeps the values of its indexes in its elements, as
// an ordinary object does. A mapped one (a sloppy function with a simple
// parameter list, §10.4.4.7) also aliases each index below the parameter
// count with that parameter: v0 is the function's environment and host an
// *argsMap giving the environment slot of every index still mapped (the
// spec's [[ParameterMap]]). For a mapped index the slot is the truth and
// the element's value is stale, so every access goes through the hooks
// below; the interpreter's and the built-ins' element fast paths take only
// ClassArray and ClassObject, and never see an arguments object. When a
// mapping ends (delete, an accessor, writable: false) the element holds the
// right value again: it is deleted, replaced, or given the slot's value by
// §10.4.4.2 step 4.
//
// The compiler lays a mapped function's parameters out as its first
// environment slots, parameter i in slot i (see compiler/function.go), and
// emits Arguments with b = 1 after pushing that environment.

// argsMap is a mapped arguments object's [[ParameterMap]]: slot[i] is the
// environment slot of index i, or -1 once the mapping of i has ended. Until
// a mapping ends, slot is shared with the code's codeState.argSlots.
type argsMap struct {
	slot   []int32
	shared bool
}

// newArguments is the Arguments opcode: CreateMappedArgumentsObject
// (§10.4.4.7) when mapped, else CreateUnmappedArgumentsObject (§10.4.4.6).
func (rt *Runtime) newArguments(fr *frame, mapped bool) Value {
	v := rt.argumentsFromFrame(fr, mapped)
	if mapped {
		if slots := rt.paramSlots(fr); min(fr.argc, len(slots)) > 0 {
			n := min(fr.argc, len(slots))
			o := rt.obj(v)
			o.v0 = fr.env
			rt.setHost(o, &argsMap{slot: slots[:n:n], shared: true})
		}
	}
	fr.argsObj = v
	return v
}

// argumentsFromFrame makes an arguments object holding the frame's argument
// values, with a "callee" that is the function (calleeData) or the
// %ThrowTypeError% accessor of strict code (§10.4.4.6 step 8).
func (rt *Runtime) argumentsFromFrame(fr *frame, calleeData bool) Value {
	np := fr.code.NParams
	vals := make([]Value, fr.argc)
	for i := 0; i < fr.argc; i++ {
		switch {
		case i < np:
			vals[i] = rt.stack[fr.base+1+i]
		case i-np < len(fr.extraArgs):
			vals[i] = fr.extraArgs[i-np]
		default:
			// Arguments past the parameters are kept only for code that
			// makes an arguments object or a rest array (see pushFrame).
			vals[i] = Undefined
		}
	}
	// The properties are "length", @@iterator and "callee", in that order
	// (§10.4.4.6 steps 4-8, §10.4.4.7 steps 15-20), laid down at once with
	// a shape kept for the purpose: defining them one by one costs more
	// than the rest of the call.
	callee := fr.fnObj
	kind, calleeAttrs := 0, attrWritable|attrConfigurable
	if !calleeData {
		thrower := rt.realm.ThrowTypeError
		callee = rt.newAccessorPair(thrower, thrower)
		kind, calleeAttrs = 1, attrAccessor
	}
	if rt.argsShapes[kind] == nil {
		s := rt.withKey(rt.rootShape, rt.atLength, attrWritable|attrConfigurable)
		s = rt.withKey(s, rt.wellKnown.iterator, attrWritable|attrConfigurable)
		rt.argsShapes[kind] = rt.withKey(s, rt.atom("callee"), calleeAttrs)
	}
	v, o := rt.newObjectCell(ClassArguments, rt.realm.ObjectPrototype)
	rt.setVals(&o.elems, vals)
	o.shape = rt.argsShapes[kind].id
	slots := [3]Value{gc.Int(fr.argc), rt.realm.arrayValues, callee}
	rt.setVals(&o.slots, slots[:])
	return v
}

// paramSlots returns the environment slot of each parameter index of fr's
// code for its mapped arguments objects, or nil when there is nothing to
// map. Of a repeated parameter name only the last index is mapped
// (§10.4.4.7 step 17 walks the parameters from the last, mapping a name the
// first time it is seen); the others get -1. The answer depends only on the
// code, so it is kept in its codeState.
func (rt *Runtime) paramSlots(fr *frame) []int32 {
	cs := fr.cs
	if cs.argSlots != nil || fr.code.NParams == 0 {
		return cs.argSlots
	}
	np := fr.code.NParams
	// The layout is the compiler's promise; a hand-made snapshot that breaks
	// it gets an unmapped object rather than a wild slot.
	if !fr.env.IsObject() || rt.obj(fr.env).class != ClassEnv {
		return nil
	}
	layout, _ := rt.hostOf(rt.obj(fr.env)).(*bytecode.Const)
	if layout == nil || len(layout.Names) < np {
		return nil
	}
	slots := make([]int32, np)
	seen := make(map[string]bool, np)
	for i := np - 1; i >= 0; i-- {
		name := layout.Names[i]
		if seen[name] {
			slots[i] = -1
			continue
		}
		seen[name] = true
		slots[i] = int32(i)
	}
	cs.argSlots = slots
	return slots
}

// mappedSlot returns the environment slot key is mapped to on arguments
// object o, or -1.
func (rt *Runtime) mappedSlot(o *Object, key PropKey) int {
	if o.host == 0 {
		return -1
	}
	i, ok := indexKey(key)
	if !ok {
		return -1
	}
	m := rt.hostOf(o).(*argsMap)
	if int(i) >= len(m.slot) {
		return -1
	}
	return int(m.slot[i])
}

// unmap ends the mapping of index key (removing it from [[ParameterMap]]).
func (rt *Runtime) unmap(o *Object, key PropKey) {
	i, _ := indexKey(key)
	m := rt.hostOf(o).(*argsMap)
	if m.shared {
		m.slot, m.shared = append([]int32(nil), m.slot...), false
	}
	m.slot[i] = -1
}

func (rt *Runtime) envSlots(env Value) []Value { return rt.vals(rt.obj(env).slots) }

// argumentsGetOwn is [[GetOwnProperty]] (§10.4.4.1); [[Get]] (§10.4.4.3)
// reads through it. It reports "not handled" for an unmapped key, which is
// then an ordinary property.
func (rt *Runtime) argumentsGetOwn(_ Value, o *Object, key PropKey) (PropDesc, bool, bool) {
	slot := rt.mappedSlot(o, key)
	if slot < 0 {
		return PropDesc{}, false, false
	}
	d, ok := rt.ordinaryGetOwn(o, key)
	if ok {
		d.Value = rt.envSlots(o.v0)[slot]
	}
	return d, ok, true
}

// argumentsDefineOwn is [[DefineOwnProperty]] (§10.4.4.2). [[Set]]
// (§10.4.4.4) needs nothing of its own: on a mapped index OrdinarySet finds
// a writable data property and defines the value here, which writes the
// parameter.
func (rt *Runtime) argumentsDefineOwn(_ Value, o *Object, key PropKey, d PropDesc) bool {
	slot := rt.mappedSlot(o, key)
	if slot < 0 {
		return rt.ordinaryDefineOwn(o, key, d)
	}
	nd := d
	// Step 4: making the property read-only without giving a value
	// freezes the parameter's current value into it.
	if d.Has&hasValue == 0 && d.Has&hasWritable != 0 && d.Attrs&attrWritable == 0 && !d.isAccessor() {
		nd.Value = rt.envSlots(o.v0)[slot]
		nd.Has |= hasValue
	}
	if !rt.ordinaryDefineOwn(o, key, nd) {
		return false
	}
	// Step 7.
	if d.isAccessor() {
		rt.unmap(o, key)
		return true
	}
	if d.Has&hasValue != 0 {
		rt.envSlots(o.v0)[slot] = d.Value
	}
	if d.Has&hasWritable != 0 && d.Attrs&attrWritable == 0 {
		rt.unmap(o, key)
	}
	return true
}

// argumentsDelete is [[Delete]] (§10.4.4.5).
func (rt *Runtime) argumentsDelete(o *Object, key PropKey) bool {
	slot := rt.mappedSlot(o, key)
	ok := rt.ordinaryDelete(o, key)
	if ok && slot >= 0 {
		rt.unmap(o, key)
	}
	return ok
}

// ---------------------------------------------------------------------------
// f.arguments and f.caller

// V8 gives sloppy ordinary functions own, read-only, non-configurable
// "arguments" and "caller" data properties (§17.1 allows them; newClosure
// makes them, holding null). While the function runs they read the live
// call instead: a fresh, unmapped copy of the innermost call's arguments,
// and the function that made that call. Nothing is recorded per call: a
// read walks the frame stack.

// hasLiveCallerProps reports whether closures of code carry V8's "arguments"
// and "caller" own properties.
func hasLiveCallerProps(code *bytecode.Function) bool {
	return code.Kind == bytecode.KindNormal && code.Flags&(bytecode.FlagMethodGenerator|bytecode.FlagStrict) == 0
}

// isLiveCallerKey reports whether a read of key on function object o must
// see the running call rather than the stored null.
func (rt *Runtime) isLiveCallerKey(o *Object, key PropKey) bool {
	if key != rt.atArguments && key != rt.atCaller {
		return false
	}
	code, ok := rt.hostOf(o).(*bytecode.Function)
	return ok && hasLiveCallerProps(code)
}

// liveCallerProp returns the value of f.arguments or f.caller (key) now.
func (rt *Runtime) liveCallerProp(f Value, key PropKey) Value {
	k := len(rt.frames) - 1
	for k >= 0 && rt.frames[k].fnObj != f {
		k--
	}
	if k < 0 {
		return Null
	}
	if key == rt.atArguments {
		// Calls keep the arguments past the parameters only for code that
		// needs them, so this call may have lost its extra ones (they read
		// as undefined). Later calls of this code keep them: the cost falls
		// only on functions whose arguments are read this way.
		fr := &rt.frames[k]
		fr.cs.needsExtra = true
		return rt.argumentsFromFrame(fr, true)
	}
	// V8's caller is the nearest frame below that is not top-level code
	// (script, module or eval: eval code is transparent), censored to null
	// when that function is strict. Built-ins run no frame here, so a call
	// through apply, call or Reflect.apply shows the function that made it.
	for k--; k >= 0; k-- {
		fr := &rt.frames[k]
		if fr.code.Kind == bytecode.KindScript {
			continue
		}
		if fr.code.Flags&bytecode.FlagStrict != 0 {
			return Null
		}
		return fr.fnObj
	}
	return Null
}
