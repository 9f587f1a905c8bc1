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

import (
	"slices"

	"github.com/kilnjs/kiln/bytecode"
)

// hole is the LoadEmpty of a register binding's scope entry.
type hole struct {
	loc *varLoc
	pc  int
}

// cut is a deleted instruction: code[start:end] in the old code, with
// before words deleted ahead of it.
type cut struct{ start, end, before int }

// dropDeadHoles deletes the LoadEmpty of every register binding that no
// CheckTDZ reads. It moves the code after each one down in place and maps
// the jumps (whose offset words the emitter listed in f.jumps) and the
// tables through the deletions, without decoding the rest of the code.
func (f *fstate) dropDeadHoles() {
	var cuts []cut
	for _, h := range f.holes {
		if !h.loc.holeRead {
			cuts = append(cuts, cut{start: h.pc})
		}
	}
	if len(cuts) == 0 {
		return
	}
	// Scopes are entered in code order, so the holes come sorted.
	if !slices.IsSortedFunc(cuts, func(a, b cut) int { return a.start - b.start }) {
		slices.SortFunc(cuts, func(a, b cut) int { return a.start - b.start })
	}
	code := f.code
	removed := 0
	for i := range cuts {
		in, ok := bytecode.Decode(code, cuts[i].start)
		if !ok || in.Op != bytecode.OpLoadEmpty {
			f.c.fail(f.fn.SourceStart, "internal: no LoadEmpty at %d", cuts[i].start)
		}
		cuts[i].end, cuts[i].before = in.Next, removed
		removed += in.Next - cuts[i].start
	}
	// newPC maps an old position to the new one: a deleted instruction's
	// words map to the instruction after it, so a jump to it or a range
	// ending at it stays right.
	newPC := func(pc int) int {
		// The first cut ending after pc.
		i, j := 0, len(cuts)
		for i < j {
			if h := int(uint(i+j) >> 1); cuts[h].end > pc {
				j = h
			} else {
				i = h + 1
			}
		}
		switch {
		case i == len(cuts):
			return pc - removed
		case cuts[i].start <= pc:
			return cuts[i].start - cuts[i].before
		default:
			return pc - cuts[i].before
		}
	}
	for _, at := range f.jumps {
		// The offset word stays at at until the code moves; what it
		// says is relative to where it will be.
		target := at + 1 + int(int32(code[at]))
		code[at] = uint32(int32(newPC(target) - (newPC(at) + 1)))
	}
	w := cuts[0].start
	for i, c := range cuts {
		next := len(code)
		if i+1 < len(cuts) {
			next = cuts[i+1].start
		}
		w += copy(code[w:], code[c.end:next])
	}
	f.code = code[:w]
	fn := f.fn
	for i := range fn.Handlers {
		h := &fn.Handlers[i]
		h.Start, h.End, h.Target = newPC(h.Start), newPC(h.End), newPC(h.Target)
	}
	for i := range fn.Lines {
		fn.Lines[i].PC = newPC(fn.Lines[i].PC)
	}
	for i := range fn.Callees {
		fn.Callees[i].PC = newPC(fn.Callees[i].PC)
	}
}
