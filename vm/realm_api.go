package vm

// The embedding API for realms made by the host (node's vm contexts).

// InRealm runs f with r as the current realm, restoring the previous one however f ends: code compiled and run
// inside f looks its globals up in r and allocates from r's intrinsics.
func (rt *Runtime) InRealm(r *Realm, f func()) { rt.inRealm(r, f) }

// ClearInterrupt withdraws an Interrupt that the running code has not reached yet: a host that interrupts on a
// timer calls it when the timer fired just after the code it guarded had finished.
func (rt *Runtime) ClearInterrupt() { rt.interrupt.Store(false) }
