package compiler

import (
	"fmt"

	"github.com/kilnjs/kiln/bytecode"
)

// checkEnvs proves, by a dataflow pass over every function's control flow,
// that the environment chain the compiler tracked statically is the one
// the code builds: every path reaches an instruction with the same chain,
// PopEnv never pops an environment the function did not push, handler
// depths match, and every GetEnv/SetEnv names an existing slot. outer is
// the chain (slot counts, -1 for with/unknown) when the function's closure
// is created.
func checkEnvs(f *bytecode.Function, outer []int) error {
	type state []int
	states := map[int]state{}
	var work []int
	var fail error
	merge := func(pc int, s state) {
		if fail != nil {
			return
		}
		if old, ok := states[pc]; ok {
			if fmt.Sprint(old) != fmt.Sprint(s) {
				fail = fmt.Errorf("%s: env chain at %d differs: %v vs %v", f.Name, pc, old, s)
			}
			return
		}
		states[pc] = append(state(nil), s...)
		work = append(work, pc)
	}
	merge(0, outer)
	for len(work) > 0 && fail == nil {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		s := states[pc]
		in, ok := bytecode.Decode(f.Code, pc)
		if !ok {
			return fmt.Errorf("%s: bad instruction at %d", f.Name, pc)
		}
		for _, h := range f.Handlers {
			if pc >= h.Start && pc < h.End {
				if len(outer)+h.EnvDepth > len(s) {
					return fmt.Errorf("%s: handler depth %d deeper than chain at %d", f.Name, h.EnvDepth, pc)
				}
				merge(h.Target, s[:len(outer)+h.EnvDepth])
			}
		}
		next := append(state(nil), s...)
		switch in.Op {
		case bytecode.OpPushEnv, bytecode.OpPushVarEnv:
			next = append(next, len(f.Consts[in.B].Names))
		case bytecode.OpPushWith:
			next = append(next, -1)
		case bytecode.OpPopEnv:
			if len(next) <= len(outer) {
				return fmt.Errorf("%s: PopEnv at %d pops an outer environment", f.Name, pc)
			}
			next = next[:len(next)-1]
		case bytecode.OpGetEnv, bytecode.OpSetEnv:
			if in.B >= len(s) {
				return fmt.Errorf("%s: %s depth %d at %d beyond chain %v", f.Name, in.Op, in.B, pc, s)
			}
			if n := s[len(s)-1-in.B]; n >= 0 && in.C >= n {
				return fmt.Errorf("%s: %s slot %d at %d beyond environment of %d", f.Name, in.Op, in.C, pc, n)
			}
		case bytecode.OpClosure:
			if err := checkEnvs(f.Funcs[in.B], s); err != nil {
				return err
			}
		}
		switch in.Op {
		case bytecode.OpReturn, bytecode.OpReturnUndef, bytecode.OpReturnI, bytecode.OpThrow, bytecode.OpThrowError, bytecode.OpThrowConst:
			continue
		case bytecode.OpJmp:
			merge(in.Target, next)
			continue
		}
		if in.Op.Info().Jump {
			merge(in.Target, next)
		}
		merge(in.Next, next)
	}
	return fail
}

// verifyAll runs the verifier and the environment check.
func verifyAll(p *bytecode.Program) error {
	if err := bytecode.Verify(p.Main); err != nil {
		return err
	}
	return checkEnvs(p.Main, nil)
}
