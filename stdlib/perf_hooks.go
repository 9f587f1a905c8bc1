package stdlib

import (
	"time"

	"github.com/kilnjs/kiln/vm"
)

// perf_hooks' clock: performance.now() counts milliseconds from the
// process start (startTime, as process.uptime does) on Go's monotonic
// clock; timeOrigin is that start on the wall clock.

func fillPerfHooks(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "now", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(float64(time.Since(startTime).Nanoseconds()) / 1e6)
	})
	rt.DefineValue(b, "timeOrigin", vm.Float(float64(startTime.UnixMicro())/1e3))
	ms := func(d time.Duration) vm.Value { return vm.Float(float64(d.Nanoseconds()) / 1e6) }
	// loopStart is -1 until the event loop first runs, after the main
	// module, as node's nodeTiming.loopStart; idleTime is the loop's time
	// blocked waiting, both in milliseconds.
	rt.DefineMethod(b, "loopStart", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if n.loopStart == 0 {
			return vm.Int(-1)
		}
		return ms(n.loopStart)
	})
	rt.DefineValue(b, "vmStart", ms(n.vmStart))
	rt.DefineValue(b, "bootstrapComplete", ms(n.bootstrapped))
	rt.DefineMethod(b, "uvMetrics", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		m := n.Loop.Metrics()
		return rt.NewArray([]vm.Value{vm.Float(float64(m.LoopCount)), vm.Float(float64(m.Events)), vm.Float(float64(m.EventsWaiting))})
	})
	rt.DefineMethod(b, "idleTime", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return ms(n.Loop.IdleTime())
	})
}
