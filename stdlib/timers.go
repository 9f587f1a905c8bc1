package stdlib

import (
	"time"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// Timers on the event loop. The loop already orders timers as Node does
// (a list per delay, lists by expiry then creation, timers created while
// timers run waiting for a later pass) and immediates as Node does, so this
// file only binds them to JavaScript: the Timeout and Immediate classes of
// timersSource hold a handle number, and the Go side maps it to the loop's
// Timer or Immediate and pins the JavaScript object while it is scheduled.
// A handle is released (and its object unpinned) when it can no longer
// fire; refreshing a fired timeout starts a new one, which the loop orders
// exactly like a Refresh (both insert at the iteration's Now).

// timerHandles maps the handle numbers JavaScript holds to loop timers.
type timerHandles struct {
	next       int
	firing     int // referenced one-shot timers whose callback is running
	timers     map[int]*timerHandle
	immediates map[int]*immediateHandle
}

type timerHandle struct {
	t   *loop.Timer
	obj vm.Pin
}

type immediateHandle struct {
	im  *loop.Immediate
	obj vm.Pin
}

// timerGlobals are the globals the timers library defines, in Node's order.
var timerGlobals = [...]string{"clearImmediate", "setImmediate", "clearInterval", "clearTimeout", "setInterval", "setTimeout", "queueMicrotask"}

// installTimers defines the timer globals. The library behind them runs
// when a program first uses one (or requires timers): a program that never
// does, such as `console.log("hi")`, skips a quarter of a millisecond of
// start-up. Until then each global is a lazy data property (see
// vm.DefineLazyDataProperty), which no program can tell from the data
// property the library defines.
func (n *Node) installTimers() {
	rt := n.VM
	g := rt.Global()
	for _, name := range timerGlobals {
		rt.DefineLazyDataProperty(g, name, true, func() vm.Value {
			n.timers()
			return rt.GetS(rt.Realm().Extra["internal:timerGlobals"], name)
		})
	}
}

// timers returns the exports of the timers library, running it first if
// it has not run.
func (n *Node) timers() vm.Value {
	rt := n.VM
	if t, ok := rt.Realm().Extra["internal:timers"]; ok {
		return t
	}
	h := &timerHandles{timers: map[int]*timerHandle{}, immediates: map[int]*immediateHandle{}}
	n.timerState = h
	b := rt.NewObject()
	n.installErrorBindings(b)
	rt.DefineMethod(b, "getProcess", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value { return n.proc() })
	rt.DefineValue(b, "global", rt.Global())
	// call runs a JavaScript entry point (processTimers, processImmediate)
	// from a loop callback, with process as its receiver as node's are
	// called; what it throws is an uncaught exception.
	call := func(entry string, obj vm.Value) {
		fn := rt.Realm().Extra["internal:"+entry]
		// The first call makes process, which runs JavaScript (the events
		// library), while obj (its timer already released) is held by Go
		// alone: pinned across it, then handed straight to the call.
		pin := rt.Pin(obj)
		proc := n.proc()
		rt.Unpin(pin)
		if exc := rt.Try(func() { rt.Call(fn, proc, obj) }); exc != nil {
			// The entry points restore the async context only when the
			// callback returns: a finally there would make the throw's
			// banner point at the library. So the exception is handled in
			// the callback's context (as drainTicks), and the next loop
			// callback starts in none.
			n.uncaught(exc)
			rt.SetAsyncContext(vm.Undefined)
		}
	}
	releaseTimer := func(id int) {
		if th := h.timers[id]; th != nil {
			th.t.Close()
			rt.Unpin(th.obj)
			delete(h.timers, id)
		}
	}
	rt.DefineMethod(b, "timerStart", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		obj, ms, repeat := vm.Arg(args, 0), rt.ToNumber(vm.Arg(args, 1)), rt.ToBoolean(vm.Arg(args, 2))
		h.next++
		id := h.next
		th := &timerHandle{obj: rt.Pin(obj)}
		// Node reads a fresh clock for every timer it inserts (getLibuvNow
		// updates libuv's cached time), so the time the main script or a
		// long callback took does not count against the new delay.
		n.Loop.UpdateTime()
		th.t = n.Loop.StartTimer(time.Duration(ms*float64(time.Millisecond)), repeat, func() {
			obj := rt.Pinned(th.obj)
			if repeat {
				call("processTimers", obj)
				return
			}
			// A one-shot timer is released before its callback runs, but
			// node still counts it as active while the callback runs.
			counted := th.t.HasRef()
			releaseTimer(id)
			if counted {
				h.firing++
				defer func() { h.firing-- }()
			}
			call("processTimers", obj)
		})
		if !rt.ToBoolean(vm.Arg(args, 3)) {
			th.t.Unref()
		}
		h.timers[id] = th
		return vm.Int(id)
	})
	rt.DefineMethod(b, "timerClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		releaseTimer(int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "timerRefresh", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		th := h.timers[int(rt.ToNumber(vm.Arg(args, 0)))]
		if th == nil {
			return vm.Int(-1)
		}
		n.Loop.UpdateTime()
		th.t.Refresh()
		// The time it starts from, which refresh() would otherwise ask
		// binding.now() for: a socket's timeout is refreshed on every
		// read and write.
		return vm.Int(int(n.Loop.Now() / time.Millisecond))
	})
	rt.DefineMethod(b, "timerRef", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if th := h.timers[int(rt.ToNumber(vm.Arg(args, 0)))]; th != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				th.t.Ref()
			} else {
				th.t.Unref()
			}
		}
		return vm.Undefined
	})
	releaseImmediate := func(id int) {
		if ih := h.immediates[id]; ih != nil {
			ih.im.Close()
			rt.Unpin(ih.obj)
			delete(h.immediates, id)
		}
	}
	rt.DefineMethod(b, "immediateStart", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		h.next++
		id := h.next
		ih := &immediateHandle{obj: rt.Pin(vm.Arg(args, 0))}
		ih.im = n.Loop.SetImmediate(func() {
			obj := rt.Pinned(ih.obj)
			releaseImmediate(id)
			call("processImmediate", obj)
		})
		if !rt.ToBoolean(vm.Arg(args, 1)) {
			ih.im.Unref()
		}
		h.immediates[id] = ih
		return vm.Int(id)
	})
	rt.DefineMethod(b, "immediateClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		releaseImmediate(int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "immediateRef", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if ih := h.immediates[int(rt.ToNumber(vm.Arg(args, 0)))]; ih != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				ih.im.Ref()
			} else {
				ih.im.Unref()
			}
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "now", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.Loop.UpdateTime()
		return vm.Int(int(n.Loop.Now() / time.Millisecond))
	})
	rt.DefineMethod(b, "queueMicrotask", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.EnqueueCall(vm.Arg(args, 0), vm.Undefined)
		return vm.Undefined
	})
	rt.DefineMethod(b, "setGlobals", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.Realm().Extra["internal:timerGlobals"] = vm.Arg(args, 0)
		return vm.Undefined
	})
	rt.DefineMethod(b, "setEntryPoints", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.Realm().Extra["internal:processTimers"] = vm.Arg(args, 0)
		rt.Realm().Extra["internal:processImmediate"] = vm.Arg(args, 1)
		return vm.Undefined
	})
	t := n.runInternal("internal/timers", b)
	rt.Realm().Extra["internal:timers"] = t
	return t
}
