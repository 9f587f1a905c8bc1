package compiler

// Dead hole stores.
//
// A lexical binding that lives in a register is set to <empty> where its
// scope starts (initLexicals), so that a read before its initialisation
// can throw. The compiler knows reference by reference which reads may come
// first (needsTDZ): only those get a CheckTDZ. A binding none of whose
// references got one never has its <empty> read, and its LoadEmpty is dead:
// `const t = a * b` in a loop body paid a dispatch per iteration for it.
// Which bindings are so is known only once the whole function is compiled
// (a switch case may refer back), so finish deletes them then, moving the
// jumps and the handler, line and callee tables to match.

import "github.com/kilnjs/kiln/bytecode"

// hole is the LoadEmpty of a register binding's scope entry.
type hole struct {
	loc *varLoc
	pc  int
}

// dropDeadHoles deletes the LoadEmpty of every register binding that no
// CheckTDZ reads.
func (f *fstate) dropDeadHoles() {
	dead := map[int]bool{}
	for _, h := range f.holes {
		if !h.loc.holeRead {
			dead[h.pc] = true
		}
	}
	if len(dead) == 0 {
		return
	}
	code := f.code
	// newPC maps every word of the old code (and its end) to the new
	// position: a deleted instruction's words map to the instruction
	// after it, so a jump to it or a range ending at it stays right.
	newPC := make([]int, len(code)+1)
	n := 0
	for pc := 0; pc < len(code); {
		in, ok := bytecode.Decode(code, pc)
		if !ok {
			f.c.fail(f.fn.SourceStart, "internal: undecodable code at %d", pc)
		}
		for w := pc; w < in.Next; w++ {
			newPC[w] = n
			if !dead[pc] {
				newPC[w] += w - pc
			}
		}
		if !dead[pc] {
			n += in.Next - pc
		}
		pc = in.Next
	}
	newPC[len(code)] = n
	out := make([]uint32, 0, n)
	for pc := 0; pc < len(code); {
		in, _ := bytecode.Decode(code, pc)
		if !dead[pc] {
			out = append(out, code[pc:in.Next]...)
			if in.Op.Info().Jump {
				bytecode.PatchJump(out, len(out)-1, newPC[in.Target])
			}
		}
		pc = in.Next
	}
	f.code = out
	fn := f.fn
	for i := range fn.Handlers {
		h := &fn.Handlers[i]
		h.Start, h.End, h.Target = newPC[h.Start], newPC[h.End], newPC[h.Target]
	}
	for i := range fn.Lines {
		fn.Lines[i].PC = newPC[fn.Lines[i].PC]
	}
	for i := range fn.Callees {
		fn.Callees[i].PC = newPC[fn.Callees[i].PC]
	}
}
