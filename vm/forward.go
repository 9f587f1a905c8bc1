package vm

import "github.com/kilnjs/kiln/bytecode"

// forwardKind names the built-ins that only call a function they are given:
// f.call(this, ...args), f.apply(this, args) and Reflect.apply(f, this,
// args). When bytecode calls one of them on a compiled function of the
// current realm, the interpreter pushes the target's frame itself (see
// Runtime.forward) instead of entering the built-in, which called back into
// a Go-level interpreter: EventEmitter.emit calls each listener through
// Reflect.apply, and that re-entry was most of its cost in an HTTP server.
// The built-ins are hidden from stack traces (hiddenBuiltin), so skipping
// them shows nothing different.
type forwardKind uint8

const (
	forwardNone forwardKind = iota
	forwardCall
	forwardApply
	forwardReflectApply
)

// newForwarder makes a built-in function, marking it when forward is set.
func (rt *Runtime) newForwarder(name string, length int, fn NativeFunc, forward forwardKind) Value {
	f := rt.NewNativeFunction(name, length, fn)
	if forward != forwardNone {
		o := rt.obj(f)
		rt.hostOf(o).(*nativeFunc).forward = forward
		o.flags |= objForwarder
	}
	return f
}

// forwardTarget returns the object and code of f when a call of it can be
// a frame of this interpreter: a compiled function of the current realm
// that is not a generator or async function.
func (rt *Runtime) forwardTarget(f Value) (*Object, *bytecode.Function) {
	if !f.IsObject() {
		return nil, nil
	}
	o := rt.obj(f)
	if o.class != ClassFunction || uint16(o.realm) != rt.realmTag {
		return nil, nil
	}
	if code := rt.codes[o.aux].code; code.Kind <= bytecode.KindDerivedCtor {
		return o, code
	}
	return nil, nil
}

// forward runs the call at an OpCall of fr (result register a, callee at
// b, c arguments) whose callee is fwd, a forwarder of the current realm,
// by pushing the frame of the function it would call, reporting whether it
// did. It declines, leaving everything as it was, unless the target is a
// forwardTarget and, for apply, the argument list is a dense array (or
// absent, for Function.prototype.apply): the built-in then does the work,
// with its checks and errors.
func (rt *Runtime) forward(fr *frame, fwd *Object, a, b, c int) bool {
	regs := rt.stack[fr.base:]
	var target, this, list Value
	kind := rt.hostOf(fwd).(*nativeFunc).forward
	switch kind {
	case forwardCall:
		if c == 0 {
			return false
		}
		o, code := rt.forwardTarget(regs[b+1])
		if code == nil {
			return false
		}
		// f.call(t, x, y) has f, t, x, y in b+1...: the frame starts
		// at t, as a call of f with this t would.
		rt.pushFrame(regs[b+1], o, code, fr.base+b+2, c-1, fr.base+a, Undefined)
		return true
	case forwardApply:
		if c == 0 {
			return false
		}
		target, this, list = regs[b+1], regs[b+2], Undefined
		if c >= 2 {
			list = regs[b+3]
		}
	case forwardReflectApply:
		if c < 3 {
			return false
		}
		target, this, list = regs[b+2], regs[b+3], regs[b+4]
	default:
		return false
	}
	o, code := rt.forwardTarget(target)
	if code == nil {
		return false
	}
	var args []Value
	if kind == forwardReflectApply || !list.IsNullish() {
		if !list.IsObject() {
			return false
		}
		lo := rt.obj(list)
		if lo.class != ClassArray || lo.flags&objSlowElems != 0 || lo.aux != lo.elems.n {
			return false
		}
		args = rt.vals(lo.elems)
		for _, v := range args {
			if v == Empty {
				return false // a hole reads through the prototypes
			}
		}
	}
	// As OpCallSpread does: this and the arguments go just above fr's
	// registers, and the stack pointer past them, so that what pushFrame
	// makes (a boxed this, a rest array) keeps them alive.
	top := fr.base + fr.code.NRegs
	if top+1+len(args)+code.NRegs+8 > len(rt.stack) {
		rt.throwStackOverflow()
	}
	rt.stack[top] = this
	copy(rt.stack[top+1:], args)
	rt.sp = top + 1 + len(args)
	rt.pushFrame(target, o, code, top, len(args), fr.base+a, Undefined)
	return true
}
