package vm

import "github.com/kilnjs/kiln/bytecode"

// A preparedCall is a function that a built-in calls again and again with
// the same this: forEach's, map's and reduce's per element, sort's
// comparator per comparison, a replacer per match.
//
// Call finds out on every call what kind of function it was handed, whether
// it may be called this way, where its code and state are and how its this
// binds; within one built-in invocation the answers never change, so
// prepareCall finds them once and callPrepared only writes the arguments
// and the frame. A preparedCall is a local of the built-in and lives no
// longer than its call: f and this are the built-in's arguments (or realm
// intrinsics), rooted by its caller's registers.
type preparedCall struct {
	f, this Value
	// code is set when f is a compiled function of the current realm,
	// neither a class constructor, a generator nor async: such a callback
	// runs in a frame pushed here, as bytecode calls it. For any other
	// function (a built-in, a bound function, a proxy) code is nil and a
	// call goes through Call.
	code *bytecode.Function
	o    *Object // f's cell, when code is set
}

// prepareCall prepares calls of f with this, from the native running now.
func (rt *Runtime) prepareCall(f, this Value) preparedCall {
	cb := preparedCall{f: f, this: this}
	if !f.IsObject() || !rt.inNative {
		return cb
	}
	o := rt.obj(f)
	if o.class != ClassFunction || uint16(o.realm) != rt.realmTag || o.flags&objClassCtor != 0 {
		return cb
	}
	code := rt.codes[o.aux].code
	if code.Kind > bytecode.KindDerivedCtor {
		return cb
	}
	if sloppyThis(code) {
		// A primitive this would be wrapped in a new object per call.
		switch {
		case this.IsNullish():
			cb.this = rt.realm.GlobalThis
		case !this.IsObject():
			return cb
		}
	}
	// The state is made now: on the code's first call that loads its body,
	// which sets the NRegs callPrepared checks.
	rt.closureState(o)
	cb.code, cb.o = code, o
	return cb
}

// callPrepared calls cb.f with args, as rt.Call(cb.f, cb.this, args...).
func (rt *Runtime) callPrepared(cb *preparedCall, args ...Value) Value {
	code := cb.code
	if code == nil {
		return rt.Call(cb.f, cb.this, args...)
	}
	base := rt.sp
	if len(rt.frames) >= rt.maxDepth || base+1+len(args)+code.NRegs+8 > len(rt.stack) {
		rt.throwStackOverflow()
	}
	// Element by element: copy calls memmove, which for a callback's
	// three arguments cost more than the stores (7% of a forEach).
	// The stores are indexed so that the compiler can drop their bounds
	// checks: st is exactly as long as args.
	rt.stack[base] = cb.this
	st := rt.stack[base+1:]
	st = st[:len(args)]
	for i, a := range args {
		st[i] = a
	}
	rt.pushFrame(cb.f, cb.o, code, base, len(args), -1, Undefined)
	v := rt.run()
	rt.sp = base
	return v
}
