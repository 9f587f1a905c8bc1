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
	// loopTiming() is [when the event loop started, in performance.now()
	// milliseconds, or -1 before it has; its idle time in milliseconds].
	rt.DefineMethod(b, "loopTiming", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		start := -1.0
		if s := n.Loop.Started(); !s.IsZero() {
			start = float64(s.Sub(startTime).Nanoseconds()) / 1e6
		}
		return rt.NewArray([]vm.Value{vm.Float(start), vm.Float(float64(n.Loop.IdleTime().Nanoseconds()) / 1e6)})
	})
}
