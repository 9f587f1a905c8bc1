package stdlib

import (
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The Go half of process.cpuUsage, resourceUsage, availableMemory,
// constrainedMemory, abort, the report's userLimits and the uncaught
// exception capture callback. lib/internal/process.js shapes the results
// and validates arguments.

func (n *Node) installProcessResources(b vm.Value) {
	rt := n.VM
	installUsage(n, b)
	rt.DefineMethod(b, "abort", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		writeText(n.opts.Stderr, rt.ToGoString(vm.Arg(args, 0)))
		abortProcess()
		return vm.Undefined
	})
	// The capture callback lives in the realm's Extra, which the collector
	// treats as a root.
	rt.DefineMethod(b, "setUncaughtCapture", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if f := vm.Arg(args, 0); rt.IsCallable(f) {
			rt.Realm().Extra[uncaughtCaptureKey] = f
		} else {
			delete(rt.Realm().Extra, uncaughtCaptureKey)
		}
		return vm.Undefined
	})
	// activeResources is process.getActiveResourcesInfo: a name per fs
	// request in flight, per referenced timer and per referenced immediate,
	// in node's order. (Sockets, servers and child processes are not
	// listed yet.)
	rt.DefineMethod(b, "activeResources", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		var out []vm.Value
		for range n.fsPending {
			out = append(out, rt.NewString("FSReqCallback"))
		}
		if h := n.timerState; h != nil {
			for range h.firing {
				out = append(out, rt.NewString("Timeout"))
			}
			for _, th := range h.timers {
				if th.t.Active() && th.t.HasRef() {
					out = append(out, rt.NewString("Timeout"))
				}
			}
			for _, ih := range h.immediates {
				if ih.im.HasRef() {
					out = append(out, rt.NewString("Immediate"))
				}
			}
		}
		return rt.NewArray(out)
	})
	rt.DefineMethod(b, "runTicks", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.drainTicks()
		return vm.Undefined
	})
	n.installCredentials(b)
	n.installParseEnv(b)
}

// installUsage gives process and lib/internal/report.js the resource
// figures.
func installUsage(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "resourceUsage", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		u := resourceUsage()
		vals := make([]vm.Value, len(u))
		for i, x := range u {
			vals[i] = vm.Float(x)
		}
		return rt.NewArray(vals)
	})
	rt.DefineMethod(b, "constrainedMemory", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(float64(constrainedMemory()))
	})
	rt.DefineMethod(b, "availableMemory", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(availableMemory())
	})
	rt.DefineMethod(b, "userLimits", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		o := rt.NewObject()
		for _, l := range userLimits() {
			limit := func(v float64) vm.Value {
				if v < 0 {
					return rt.NewString("unlimited")
				}
				return vm.Float(v)
			}
			row := rt.NewObject()
			rt.CreateDataProperty(row, "soft", limit(l.soft))
			rt.CreateDataProperty(row, "hard", limit(l.hard))
			rt.CreateDataProperty(o, l.name, row)
		}
		return o
	})
}

const uncaughtCaptureKey = "process:uncaughtCapture"

// domainHandlerKey holds node:domain's uncaught-exception handler.
const domainHandlerKey = "domain:uncaught"

// constrainedMemory is libuv's uv_get_constrained_memory: the cgroup's
// memory limit (v2, then v1), the largest uint64 when the group has none,
// 0 where there is no cgroup to ask.
func constrainedMemory() uint64 {
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := strings.TrimSpace(string(b))
		if s == "max" {
			return math.MaxUint64
		}
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			continue
		}
		// cgroup v1 writes "no limit" as the largest page-aligned int64.
		if v >= math.MaxInt64&^4095 {
			return math.MaxUint64
		}
		return v
	}
	return 0
}

// availableMemory is libuv's uv_get_available_memory: what the cgroup's
// limit still allows when it is below the machine's memory, else the
// system's free memory.
func availableMemory() float64 {
	total, free := memory()
	limit := constrainedMemory()
	if limit == 0 || float64(limit) > total {
		return free
	}
	used := residentBytes()
	for _, f := range []string{"/sys/fs/cgroup/memory.current", "/sys/fs/cgroup/memory/memory.usage_in_bytes"} {
		if b, err := os.ReadFile(f); err == nil {
			if v, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil {
				used = v
				break
			}
		}
	}
	if used >= limit {
		return 0
	}
	return float64(limit - used)
}
