package vm

import "github.com/kilnjs/kiln/bytecode"

// Block coverage: a function compiled with compiler.Options.Coverage
// counts the runs of its source ranges with CoverCount instructions. The
// counts live here, per runtime, because compiled functions are shared and
// immutable; the host reads them at exit to write V8's coverage report.

func (rt *Runtime) coverCount(fn *bytecode.Function, slot int) {
	counts := rt.coverage[fn]
	if counts == nil {
		if slot >= len(fn.Coverage) {
			// A snapshot drops the ranges; its counters count nothing.
			return
		}
		if rt.coverage == nil {
			rt.coverage = map[*bytecode.Function][]uint32{}
		}
		counts = make([]uint32, len(fn.Coverage))
		rt.coverage[fn] = counts
	}
	if slot < len(counts) {
		counts[slot]++
	}
}

// CoverageCounts returns how many times each of fn.Coverage's ranges ran
// in this runtime, or nil when none did.
func (rt *Runtime) CoverageCounts(fn *bytecode.Function) []uint32 {
	return rt.coverage[fn]
}

// ResetCoverage sets every count back to zero (v8.takeCoverage); a
// function that ran before stays known to have run.
func (rt *Runtime) ResetCoverage() {
	for _, counts := range rt.coverage {
		clear(counts)
	}
}
