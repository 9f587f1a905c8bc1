package stdlib

import (
	"encoding/json"
	"time"

	"github.com/kilnjs/kiln/vm"
)

// The inspector module's Go half: what an in-process session
// (inspector.Session) can ask of the runtime. Kiln has no debugger, so of
// the DevTools protocol lib/inspector.js answers the Profiler domain only:
// CPU profiles from the runtime's sampling profiler (vm.Profiler, which
// --cpu-prof uses too) and precise coverage from the block counters that
// NODE_V8_COVERAGE uses (coverage.go), in V8's forms.
func fillInspector(n *Node, b vm.Value) {
	rt := n.VM
	fillHeapSnapshot(n, b)
	// profileStart(intervalMicroseconds) is Profiler.start.
	rt.DefineMethod(b, "profileStart", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if n.profile == nil {
			n.profile = rt.StartProfile(time.Duration(rt.ToNumber(vm.Arg(args, 0))) * time.Microsecond)
		}
		return vm.Undefined
	})
	// profileStop() is Profiler.stop: the profile's JSON, or undefined
	// when none was started.
	rt.DefineMethod(b, "profileStop", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if n.profile == nil {
			return vm.Undefined
		}
		p := n.profile.Stop()
		n.profile = nil
		return jsonValue(rt, p)
	})
	// heapSamplingStart(interval, keepDead) is HeapProfiler.startSampling.
	rt.DefineMethod(b, "heapSamplingStart", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.StartHeapSampling(int64(rt.ToNumber(vm.Arg(args, 0))), rt.ToBoolean(vm.Arg(args, 1)))
		return vm.Undefined
	})
	// heapSamplingProfile(stop) is HeapProfiler.getSamplingProfile, or
	// stopSampling when stop: the profile's JSON, or undefined when no
	// sampling runs.
	rt.DefineMethod(b, "heapSamplingProfile", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := rt.HeapSampler()
		if s == nil {
			return vm.Undefined
		}
		if rt.ToBoolean(vm.Arg(args, 0)) {
			return jsonValue(rt, s.Stop())
		}
		return jsonValue(rt, s.Profile())
	})
	// coverageStart() is Profiler.startPreciseCoverage: code compiled from
	// now on counts.
	rt.DefineMethod(b, "coverageStart", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.setCounting(true)
		return vm.Undefined
	})
	// coverageTake() is Profiler.takePreciseCoverage: the report's JSON;
	// the counts start again from zero, as V8's do.
	rt.DefineMethod(b, "coverageTake", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		scripts, _ := n.coverageScripts()
		rt.ResetCoverage()
		return jsonValue(rt, map[string]any{
			"result":    scripts,
			"timestamp": float64(time.Since(startTime).Microseconds()) / 1e6,
		})
	})
	// coverageStop() is Profiler.stopPreciseCoverage.
	rt.DefineMethod(b, "coverageStop", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.setCounting(false)
		return vm.Undefined
	})
}

// jsonValue is v as a JSON string for lib code to parse.
func jsonValue(rt *vm.Runtime, v any) vm.Value {
	data, err := json.Marshal(v)
	if err != nil {
		return vm.Undefined
	}
	return rt.NewString(string(data))
}
