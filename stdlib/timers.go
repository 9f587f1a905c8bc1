package stdlib

import (
	"time"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// Timers on the event loop. A Timeout or Immediate object is a JavaScript
// object whose data slot names a Go-side record; the record pins the
// callback while the timer is active.

type timerRec struct {
	t    *loop.Timer
	im   *loop.Immediate
	pin  vm.Pin // [callback, ...args]
	obj  vm.Pin // the Timeout object itself
	live bool
}

func (n *Node) installTimers() {
	rt := n.VM
	g := rt.Global()
	timeoutProto := rt.NewObject()
	immediateProto := rt.NewObject()
	recs := map[int]*timerRec{}
	nextID := 1
	lookup := func(v vm.Value) *timerRec {
		if !v.IsObject() {
			return nil
		}
		id := rt.GetS(v, "_kilnTimerId")
		if !id.IsNumber() {
			return nil
		}
		return recs[int(id.Float())]
	}
	stop := func(id int, r *timerRec) {
		if !r.live {
			return
		}
		r.live = false
		if r.t != nil {
			r.t.Close()
		}
		if r.im != nil {
			r.im.Close()
		}
		rt.Unpin(r.pin)
		rt.Unpin(r.obj)
		delete(recs, id)
	}
	schedule := func(args []vm.Value, repeat bool) vm.Value {
		cb := vm.Arg(args, 0)
		if !rt.IsCallable(cb) {
			rt.ThrowTypeError("The \"callback\" argument must be of type function. Received %s", rt.ToStringForDisplay(cb))
		}
		delay := rt.ToNumber(vm.Arg(args, 1))
		if !(delay >= 1 && delay <= 2147483647) {
			delay = 1
		}
		var extra []vm.Value
		if len(args) > 2 {
			extra = args[2:]
		}
		id := nextID
		nextID++
		obj := rt.NewObjectProto(timeoutProto)
		rt.DefineValue(obj, "_kilnTimerId", vm.Int(id))
		r := &timerRec{pin: rt.Pin(rt.NewArray(append([]vm.Value{cb}, extra...))), obj: rt.Pin(obj), live: true}
		recs[id] = r
		r.t = n.Loop.StartTimer(time.Duration(delay*float64(time.Millisecond)), repeat, func() {
			entry := rt.ArrayValues(rt.Pinned(r.pin))
			this := rt.Pinned(r.obj)
			if !repeat {
				stop(id, r)
			}
			if exc := rt.Try(func() { rt.Call(entry[0], this, entry[1:]...) }); exc != nil {
				n.uncaught(exc)
			}
		})
		return obj
	}
	rt.DefineMethod(g, "setTimeout", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return schedule(args, false)
	})
	rt.DefineMethod(g, "setInterval", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return schedule(args, true)
	})
	clear := func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if r := lookup(vm.Arg(args, 0)); r != nil {
			stop(int(rt.GetS(vm.Arg(args, 0), "_kilnTimerId").Float()), r)
		}
		return vm.Undefined
	}
	rt.DefineMethod(g, "clearTimeout", 1, clear)
	rt.DefineMethod(g, "clearInterval", 1, clear)
	rt.DefineMethod(g, "clearImmediate", 1, clear)
	for _, name := range []string{"ref", "unref"} {
		unref := name == "unref"
		rt.DefineMethod(timeoutProto, name, 0, func(rt *vm.Runtime, this vm.Value, _ []vm.Value) vm.Value {
			if r := lookup(this); r != nil && r.t != nil {
				if unref {
					r.t.Unref()
				} else {
					r.t.Ref()
				}
			}
			return this
		})
	}
	rt.DefineMethod(timeoutProto, "hasRef", 0, func(rt *vm.Runtime, this vm.Value, _ []vm.Value) vm.Value {
		r := lookup(this)
		return vm.Bool(r != nil && r.t != nil && r.t.HasRef())
	})
	rt.DefineMethod(g, "setImmediate", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		cb := vm.Arg(args, 0)
		if !rt.IsCallable(cb) {
			rt.ThrowTypeError("The \"callback\" argument must be of type function. Received %s", rt.ToStringForDisplay(cb))
		}
		id := nextID
		nextID++
		obj := rt.NewObjectProto(immediateProto)
		rt.DefineValue(obj, "_kilnTimerId", vm.Int(id))
		r := &timerRec{pin: rt.Pin(rt.NewArray(append([]vm.Value(nil), args...))), obj: rt.Pin(obj), live: true}
		recs[id] = r
		r.im = n.Loop.SetImmediate(func() {
			entry := rt.ArrayValues(rt.Pinned(r.pin))
			stop(id, r)
			if exc := rt.Try(func() { rt.Call(entry[0], vm.Undefined, entry[1:]...) }); exc != nil {
				n.uncaught(exc)
			}
		})
		return obj
	})
	rt.DefineMethod(g, "queueMicrotask", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		cb := vm.Arg(args, 0)
		if !rt.IsCallable(cb) {
			rt.ThrowTypeError("The \"callback\" argument must be of type function. Received %s", rt.ToStringForDisplay(cb))
		}
		rt.EnqueueCall(cb, vm.Undefined)
		return vm.Undefined
	})
}
