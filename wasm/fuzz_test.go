package wasm

import (
	"testing"
)

// FuzzCompile checks that any input either fails to compile or compiles
// into a module whose exported functions run, trap or overflow the stack
// without panicking. Memories and tables (those that table.grow may grow)
// are capped so that one input cannot ask for gigabytes, the call depth is
// kept small so that recursion ends quickly, and modules with loops are
// only compiled, not run (an infinite loop is valid wasm).
func FuzzCompile(f *testing.F) {
	f.Add(module(nil, []ValType{I32}, nil, 0x41, 1, 0x0b))
	f.Add(module(nil, nil, nil, 0x10, 0, 0x0b))
	f.Add(module(nil, nil, []byte{1, 0x7f}, 0x41, 0, 0x11, 0, 0, 0x0b))
	f.Add(module([]ValType{I32}, []ValType{I32}, nil, 0x20, 0, 0x41, 0, 0x6d, 0x0b))
	f.Add(module(nil, []ValType{I32}, []byte{1, 0x70}, 0xd2, 0, 0x21, 0, 0x41, 1, 0x20, 0, 0x26, 0, 0x41, 1, 0x25, 0, 0xd1, 0x0b))
	f.Add(module(nil, []ValType{I32}, nil, 0xd0, 0x70, 0x41, 2, 0xfc, 15, 0, 0x41, 0, 0x41, 1, 0x41, 2, 0xfc, 14, 0, 0, 0x0b))
	v := append([]byte{0xfd, 0x0c}, make([]byte, 16)...)
	f.Add(module([]ValType{V128}, []ValType{I32}, []byte{1, byte(V128)}, append(append(v, 0x20, 0, 0xfd, 0xae, 1, 0x22, 1, 0x20, 1, 0x41, 1,
		0xfd, 0x6b, 0xfd, 0x0d), append(make([]byte, 15), 31, 0xfd, 0x1b, 3, 0x0b)...)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Compile(b)
		if err != nil {
			return
		}
		checkSlots(t, m)
		for _, l := range m.memories {
			if l.Min > 16 || !l.HasMax || l.Max > 16 {
				return
			}
		}
		for _, tt := range m.tables {
			if tt.Limits.Min > 1024 || uses(m, opTableGrow) && (!tt.Limits.HasMax || tt.Limits.Max > 1024) {
				return
			}
		}
		for _, im := range m.Imports {
			if im.Kind != KindFunc {
				return
			}
		}
		if hasLoop(m) {
			return
		}
		s := &Store{MaxDepth: 200}
		imports := make([]Extern, len(m.Imports))
		for i, im := range m.Imports {
			ft := m.Types[im.Type]
			imports[i] = NewHostFunction(ft, func([]uint64) []uint64 { return make([]uint64, slotCount(ft.Results)) })
		}
		in, err := s.Instantiate(m, imports)
		if err != nil {
			return
		}
		for _, e := range m.Exports {
			if e.Kind == KindFunc {
				fn := in.extern(e).(*Function)
				s.Call(fn, make([]uint64, slotCount(fn.Type.Params)))
			}
		}
	})
}

// uses reports whether some function has instruction op.
func uses(m *Module, op uint16) bool {
	for _, c := range m.code {
		for _, in := range c.body {
			if in.op == op {
				return true
			}
		}
	}
	return false
}

// hasLoop reports whether some function has a backward branch: such a
// module may legitimately run forever, which the fuzzer cannot tell from a
// hang.
func hasLoop(m *Module) bool {
	for _, c := range m.code {
		for pc, in := range c.body {
			switch in.op {
			case 0x0c, 0x0d, opBrEntry, opJump, opBrIfNZ:
				if int(in.k) <= pc {
					return true
				}
			default:
				if in.op >= opBrEqz && in.op <= opBrCmpImm+9 && int(in.d) <= pc {
					return true
				}
			}
		}
	}
	return false
}

// checkSlots checks the property the interpreter's unchecked frame
// accesses rely on: no instruction names a slot past its function's
// frame (maxStack slots, and the one more that run and call provide).
func checkSlots(t *testing.T, m *Module) {
	t.Helper()
	for f, c := range m.code {
		for pc, in := range c.body {
			slots := []uint32{in.d, in.x, in.y}
			switch {
			case in.op >= opBrEqz && in.op <= opBrCmpImm+9:
				slots = slots[1:] // d is the target pc
			case in.op == 0x1b, in.op == opSelect128, in.op >= opAddAdd && in.op <= opXorXor:
				slots = append(slots, uint32(in.k)) // the condition, the third operand
			case in.op == opAddImmRotl:
				slots = slots[:2] // y is the rotation count
			case in.op == opAdd3Imm, in.op == opAdd3ImmRotl:
				slots = append(slots, uint32(in.k)) // the third operand
			}
			switch {
			case in.op == opPrefixFD+0x0c, in.op == opShuffleData:
				slots = slots[:1] // x and y hold the constant
			case in.op == opPrefixFD+0x52:
				slots = append(slots, uint32(in.k)) // bitselect's mask
			}
			// A slot of a v128 instruction may be a vector's first.
			last := uint32(0)
			if in.op >= opPrefixFD {
				last = 1
			}
			for _, s := range slots {
				if int(s+last) > c.maxStack {
					t.Fatalf("function %d, pc %d (op %#x): slot %d past a frame of %d", f, pc, in.op, s, c.maxStack)
				}
			}
			moves := in.op == 0x0c || in.op == 0x0d || in.op == 0x0f || in.op == opBrEntry
			if moves && (int(in.x)+int(in.n) > c.maxStack || int(in.d)+int(in.n) > c.maxStack) {
				t.Fatalf("function %d, pc %d (op %#x): %d values moved past a frame of %d", f, pc, in.op, in.n, c.maxStack)
			}
		}
	}
}
