package vm

import "github.com/kilnjs/kiln/bytecode"

// The embedding API for realms made by the host (node's vm contexts).

// InRealm runs f with r as the current realm, restoring the previous one however f ends: code compiled and run
// inside f looks its globals up in r and allocates from r's intrinsics.
func (rt *Runtime) InRealm(r *Realm, f func()) { rt.inRealm(r, f) }

// ClearInterrupt withdraws an Interrupt that the running code has not reached yet: a host that interrupts on a
// timer calls it when the timer fired just after the code it guarded had finished.
func (rt *Runtime) ClearInterrupt() { rt.interrupt.Store(false) }

// NewFunctionLike returns a function of the current realm over the compiled code of f, a function NewFunction
// made: a function runs in the realm it was made in, so a script compiled once and run in several realms (node's
// vm.Script) is made again in each.
func (rt *Runtime) NewFunctionLike(f Value) Value {
	o := rt.obj(f)
	return rt.newClosure(rt.hostOf(o).(*bytecode.Function), o.v0)
}

// InterruptPending reports whether an Interrupt waits for the running
// code's next safepoint. Any goroutine may call it.
func (rt *Runtime) InterruptPending() bool { return rt.interrupt.Load() }
