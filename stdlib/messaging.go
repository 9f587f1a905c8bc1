package stdlib

import (
	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// The Go half of lib/internal/messaging.js (MessageChannel, MessagePort,
// BroadcastChannel). All ports live in the one JavaScript thread, so the
// queues, the entangling and the event dispatch are JavaScript; Go gives
// them the three things libuv gives Node's ports:
//
//   - wake: Node's port is a uv_async_t, and a message makes its async
//     handle pending; libuv runs the pending async callbacks in the poll
//     phase, in the order the handles were made, and an async handle keeps
//     the loop alive only while referenced: a message to an unreferenced
//     port is lost if nothing else keeps the process going. An unreferenced
//     prepare hook that stops itself stands for the wake-up (prepare hooks
//     run right before poll, and nothing JavaScript sees runs in between
//     but I/O callbacks), and runPorts walks the ports in creation order
//     as libuv walks its handles.
//   - keepAlive: a referenced port keeps the process alive, listener or
//     not; one prepare hook with an empty callback is started while any
//     port is referenced.
//   - closePhase: a port's 'close' event comes from its handle's close
//     callback, in the loop's close phase.

func fillMessaging(n *Node, b vm.Value) {
	rt := n.VM
	// call runs a JavaScript callback from the loop; what it throws is an
	// uncaught exception, as for timers.
	call := func(fn vm.Value) {
		if exc := rt.Try(func() { rt.Call(fn, vm.Undefined) }); exc != nil {
			rt.SetAsyncContext(vm.Undefined)
			n.uncaught(exc)
		}
	}
	var pinnedRun vm.Pin
	rt.DefineMethod(b, "setRunPorts", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		pinnedRun = rt.Pin(vm.Arg(args, 0))
		return vm.Undefined
	})
	var wake *loop.Hook
	var inPass bool
	wake = n.Loop.NewPrepare(func() {
		wake.Stop()
		inPass = true
		defer func() { inPass = false }()
		call(rt.Pinned(pinnedRun))
	})
	wake.Unref()
	rt.DefineMethod(b, "wake", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		wake.Start()
		// A hook started in the prepare phase runs only in the next
		// iteration, after a poll that would block; libuv's async send
		// from the pass signals the loop's wake-up, so poll returns at
		// once. An empty post does that here.
		if inPass {
			_ = n.Loop.Post(func() {})
		}
		return vm.Undefined
	})
	// Node runs each message's listeners as a callback of its own: ticks
	// and microtasks a listener queues run before the next message.
	rt.DefineMethod(b, "afterCallback", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.drainTicksAndJobs()
		return vm.Undefined
	})
	alive := n.Loop.NewPrepare(func() {})
	rt.DefineMethod(b, "keepAlive", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if rt.ToBoolean(vm.Arg(args, 0)) {
			alive.Start()
		} else {
			alive.Stop()
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "closePhase", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		fn := rt.Pin(vm.Arg(args, 0))
		n.Loop.NewPrepare(nil).Close(func() {
			f := rt.Pinned(fn)
			rt.Unpin(fn)
			call(f)
		})
		return vm.Undefined
	})
	// clone(value, buffers, ports, moved): ports are every open port,
	// moved[i] the new port ports[i] becomes or undefined where it is not
	// transferred.
	rt.DefineMethod(b, "clone", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		transfer := rt.ArrayValues(vm.Arg(args, 1))
		ports, moved := rt.ArrayValues(vm.Arg(args, 2)), rt.ArrayValues(vm.Arg(args, 3))
		host := make(map[vm.Value]vm.Value, len(ports))
		for i, p := range ports {
			host[p] = moved[i]
		}
		return rt.StructuredCloneHost(vm.Arg(args, 0), transfer, host, n.dataCloneError, func() vm.Value {
			return n.newNodeError(vm.ErrType, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
				"Object that needs transfer was found in message but not listed in transferList")
		})
	})
	fillPorts(n, b)
	fillBroadcast(n, b)
}

// dataCloneError is the DOMException a structured clone throws.
func (n *Node) dataCloneError(msg string) vm.Value {
	rt := n.VM
	domException := rt.GetS(n.lib("internal/domexception"), "DOMException")
	return rt.Construct(domException, rt.NewString(msg), rt.NewString("DataCloneError"))
}
