package wasm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// module assembles a module with one type (params -> results), one
// exported function "f" of that type with body code, a memory of one page
// and a table of two entries holding f.
func module(params, results []ValType, locals []byte, code ...byte) []byte {
	typ := []byte{1, 0x60, byte(len(params))}
	for _, p := range params {
		typ = append(typ, byte(p))
	}
	typ = append(typ, byte(len(results)))
	for _, r := range results {
		typ = append(typ, byte(r))
	}
	body := append([]byte{byte(len(locals) / 2)}, locals...)
	body = append(body, code...)
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	sec := func(id byte, content ...byte) {
		b = append(b, id, byte(len(content)))
		b = append(b, content...)
	}
	sec(1, typ...)
	sec(3, 1, 0)
	sec(4, 1, 0x70, 0, 2)
	sec(5, 1, 0, 1)
	sec(7, 1, 1, 'f', 0, 0)
	sec(9, 1, 0, 0x41, 0, 0x0b, 1, 0)
	sec(10, append([]byte{1, byte(len(body))}, body...)...)
	return b
}

// refTables assembles a module with one function of type () -> () and
// body code, and two tables: externref, then funcref.
func refTables(code ...byte) []byte {
	body := append([]byte{0}, code...)
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 4, 7, 2, 0x6f, 0, 1, 0x70, 0, 1}
	b = append(b, 10, byte(len(body)+2), 1, byte(len(body)))
	return append(b, body...)
}

func run(t *testing.T, b []byte, args ...uint64) ([]uint64, error) {
	t.Helper()
	m, err := Compile(b)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	checkSlots(t, m)
	s := &Store{}
	in, err := s.Instantiate(m, nil)
	if err != nil {
		t.Fatalf("instantiate: %v", err)
	}
	return s.Call(in.Export("f").(*Function), args)
}

var (
	i32 = []ValType{I32}
	i64 = []ValType{I64}
)

func TestNumericResults(t *testing.T) {
	f32c := func(f float32) []byte {
		u := math.Float32bits(f)
		return []byte{0x43, byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)}
	}
	cat := func(parts ...[]byte) []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return append(b, 0x0b)
	}
	tests := []struct {
		name    string
		results []ValType
		code    []byte
		want    uint64
	}{
		{"i32.add wraps", i32, cat([]byte{0x41, 0x7f, 0x41, 0x02, 0x6a}), 1},
		{"i32.div_s rounds toward zero", i32, cat([]byte{0x41, 0x79, 0x41, 2, 0x6d}), uint64(uint32(0xfffffffd))},
		{"i32.rem_s of INT_MIN by -1 is 0", i32, cat([]byte{0x41, 0x80, 0x80, 0x80, 0x80, 0x78, 0x41, 0x7f, 0x6f}), 0},
		{"i32.shl masks its count", i32, cat([]byte{0x41, 1, 0x41, 33, 0x74}), 2},
		{"i32.rotr", i32, cat([]byte{0x41, 1, 0x41, 1, 0x78}), 0x80000000},
		{"i32.clz of zero is 32", i32, cat([]byte{0x41, 0, 0x67}), 32},
		{"i64.extend_i32_s", i64, cat([]byte{0x41, 0x7f, 0xac}), math.MaxUint64},
		{"i32.extend8_s", i32, cat([]byte{0x41, 0xff, 0x01, 0xc0}), 0xffffffff},
		{"f32.min of -0 and 0 is -0", []ValType{F32}, cat(f32c(0), f32c(float32(math.Copysign(0, -1))), []byte{0x96}), 0x80000000},
		{"f32.nearest rounds half to even", []ValType{F32}, cat(f32c(2.5), []byte{0x90}), uint64(math.Float32bits(2))},
		{"i32.trunc_sat_f32_s saturates", i32, cat(f32c(1e10), []byte{0xfc, 0}), math.MaxInt32},
		{"i32.trunc_sat_f32_u of NaN is 0", i32, cat(f32c(float32(math.NaN())), []byte{0xfc, 1}), 0},
		{"memory.grow returns the old size", i32, cat([]byte{0x41, 2, 0x40, 0, 0x3f, 0, 0x6a}), 4},
		{"store then load", i32, cat([]byte{0x41, 8, 0x41, 0xd2, 0x09, 0x36, 2, 0, 0x41, 0, 0x28, 2, 8}), 1234},
		{"memory.fill then load8_u", i32, cat([]byte{0x41, 0, 0x41, 7, 0x41, 4, 0xfc, 11, 0, 0x41, 3, 0x2d, 0, 0}), 7},
		{"block result and br_if", i32, cat([]byte{0x02, 0x7f, 0x41, 5, 0x41, 1, 0x0d, 0, 0x1a, 0x41, 6, 0x0b}), 5},
		{"if/else takes the else arm", i32, cat([]byte{0x41, 0, 0x04, 0x7f, 0x41, 1, 0x05, 0x41, 2, 0x0b}), 2},
		{"br_table picks its default", i32, cat([]byte{0x02, 0x40, 0x02, 0x40, 0x41, 9, 0x0e, 1, 0, 1, 0x0b, 0x41, 1, 0x0f, 0x0b, 0x41, 2}), 2},
		{"loop counts down", i32, cat([]byte{0x41, 10, 0x21, 0, 0x03, 0x40, 0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0, 0x0b, 0x20, 0}), 0},
		{"select", i32, cat([]byte{0x41, 3, 0x41, 4, 0x41, 0, 0x1b}), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := run(t, module(nil, tt.results, []byte{1, 0x7f}, tt.code...))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != tt.want {
				t.Errorf("got %#x, want %#x", got[0], tt.want)
			}
		})
	}
}

func TestTraps(t *testing.T) {
	tests := []struct {
		name string
		code []byte
		want string
	}{
		{"unreachable", []byte{0x00, 0x0b}, "unreachable"},
		{"i32.div_u by zero", []byte{0x41, 1, 0x41, 0, 0x6e, 0x1a, 0x0b}, "divide by zero"},
		{"i32.div_s overflow", []byte{0x41, 0x80, 0x80, 0x80, 0x80, 0x78, 0x41, 0x7f, 0x6d, 0x1a, 0x0b}, "divide result unrepresentable"},
		{"load past the end", []byte{0x41, 0xfe, 0xff, 3, 0x28, 2, 0, 0x1a, 0x0b}, "memory access out of bounds"},
		{"load with offset past 4 GiB", []byte{0x41, 0x7f, 0x28, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x1a, 0x0b}, "memory access out of bounds"},
		{"trunc of NaN", []byte{0x43, 0, 0, 0xc0, 0x7f, 0xa8, 0x1a, 0x0b}, "float unrepresentable in integer range"},
		{"call_indirect past the table", []byte{0x41, 5, 0x11, 0, 0, 0x0b}, "table index is out of bounds"},
		{"call_indirect of a null entry", []byte{0x41, 1, 0x11, 0, 0, 0x0b}, "null function or function signature mismatch"},
		{"memory.copy out of bounds", []byte{0x41, 0, 0x41, 1, 0x41, 0x80, 0x80, 4, 0xfc, 10, 0, 0, 0x0b}, "memory access out of bounds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := run(t, module(nil, nil, nil, tt.code...))
			var tr *Trap
			if !errors.As(err, &tr) || tr.Msg != tt.want {
				t.Errorf("got %v, want trap %q", err, tt.want)
			}
		})
	}
}

func TestDeepRecursionIsStackOverflow(t *testing.T) {
	_, err := run(t, module(nil, nil, nil, 0x10, 0, 0x0b))
	if err != ErrStackOverflow {
		t.Fatalf("got %v, want stack overflow", err)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"bad magic", []byte{0, 1, 2, 3}, "expected magic word 00 61 73 6d, found 00 01 02 03 @+0"},
		{"bad version", []byte{0, 'a', 's', 'm', 2, 0, 0, 0}, "expected version 01 00 00 00, found 02 00 00 00 @+4"},
		{"section past the end", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 0}, `section (code 1, "Type") extends past end of the module (length 5, remaining bytes 4) @+8`},
		{"unknown section", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 99, 1, 0}, "unknown section code #0x63 @+10"},
		{"operand missing", module(nil, nil, nil, 0x6a, 0x0b), "Compiling function #0 failed: not enough arguments on the stack for i32.add (need 1, got 0) @+50"},
		{"invalid opcode", module(nil, nil, nil, 0xff, 0x0b), "Compiling function #0 failed: Invalid opcode 0xff @+50"},
		{"no end", module(nil, nil, nil, 0x01), `Compiling function #0 failed: function body must end with "end" opcode @+51`},
		{"select without a type of references", module(nil, nil, nil, 0xd0, 0x70, 0xd0, 0x70, 0x41, 1, 0x1b, 0x1a, 0x0b), "Compiling function #0 failed: select without type is only valid for value type inputs @+56"},
		{"typed select of two types", module(nil, nil, nil, 0x41, 0, 0x41, 0, 0x41, 0, 0x1c, 2, 0x7f, 0x7f, 0x1a, 0x0b), "Compiling function #0 failed: Invalid number of types. Select accepts exactly one type @+57"},
		{"table.get of a table that is not there", module(nil, nil, nil, 0x41, 0, 0x25, 5, 0x1a, 0x0b), "Compiling function #0 failed: invalid table index: 5 @+53"},
		{"ref.null of a value type", module(nil, nil, nil, 0xd0, 0x7f, 0x1a, 0x0b), "Compiling function #0 failed: Unknown heap type -1 @+51"},
		{"table.copy between tables of two types", refTables(0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 14, 0, 1, 0x0b), "Compiling function #0 failed: table 0 is not a super-type of funcref @+40"},
		{"call_indirect through an externref table", refTables(0x41, 0, 0x11, 0, 0, 0x0b), "Compiling function #0 failed: call_indirect: immediate table #0 is not of a function type @+35"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile(tt.b)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestHostFunctionImport(t *testing.T) {
	// (import "m" "g" (func (param i32) (result i32))) (func (export "f") (result i32) i32.const 20 call 0)
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0,
		1, 10, 2, 0x60, 1, 0x7f, 1, 0x7f, 0x60, 0, 1, 0x7f,
		2, 7, 1, 1, 'm', 1, 'g', 0, 0,
		3, 2, 1, 1,
		7, 5, 1, 1, 'f', 0, 1,
		10, 8, 1, 6, 0, 0x41, 20, 0x10, 0, 0x0b}
	m, err := Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{}
	g := NewHostFunction(m.Types[0], func(args []uint64) []uint64 { return []uint64{args[0] * 2} })
	in, err := s.Instantiate(m, []Extern{g})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Call(in.Export("f").(*Function), nil)
	if err != nil || got[0] != 40 {
		t.Fatalf("got %v, %v; want 40", got, err)
	}
}

func TestBenchmarkModules(t *testing.T) {
	tests := []struct {
		name string
		mod  []byte
		arg  uint64
		want uint64
	}{
		{"fib(20)", fibModule(), 20, 6765},
		{"memory mix over 64 words", mixModule(), 64, 0x80000808},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Compile(tt.mod)
			if err != nil {
				t.Fatal(err)
			}
			s := &Store{}
			in, err := s.Instantiate(m, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Call(in.Export("f0").(*Function), []uint64{tt.arg})
			if err != nil || got[0] != tt.want {
				t.Fatalf("got %v, %v; want %#x", got, err, tt.want)
			}
		})
	}
}

// TestOperandPlacement covers the translation to frame slots: values read
// from locals or constants after their local was assigned, branches and
// select carrying such values, and local.set folded into the instruction
// that computes its value. Local 0 (and 1) are i32 locals.
func TestOperandPlacement(t *testing.T) {
	cat := func(code ...byte) []byte { return append(code, 0x0b) }
	tests := []struct {
		name string
		code []byte
		want uint64
	}{
		{"a local.get reads the value before a later local.set", cat(0x41, 5, 0x21, 0, 0x20, 0, 0x41, 7, 0x21, 0, 0x20, 0, 0x6a), 12},
		{"local.tee under a pending read of the same local", cat(0x41, 3, 0x21, 0, 0x20, 0, 0x20, 0, 0x41, 1, 0x6a, 0x22, 0, 0x6c, 0x20, 0, 0x6a), 16},
		{"local.set folded into the multiplication", cat(0x41, 3, 0x21, 0, 0x20, 0, 0x41, 4, 0x6c, 0x21, 0, 0x20, 0, 0x20, 0, 0x6a), 24},
		{"local.tee folded into the addition", cat(0x41, 3, 0x41, 4, 0x6a, 0x22, 0, 0x20, 0, 0x6a), 14},
		{"swap through two locals", cat(0x41, 1, 0x21, 0, 0x41, 2, 0x21, 1, 0x20, 0, 0x20, 1, 0x21, 0, 0x21, 1, 0x20, 0, 0x41, 10, 0x6c, 0x20, 1, 0x6a), 21},
		{"local.set of the local's own value", cat(0x41, 6, 0x21, 0, 0x20, 0, 0x21, 0, 0x20, 0, 0x20, 0, 0x22, 0, 0x6a), 12},
		{"br carries a local's value out past other values", cat(0x41, 5, 0x21, 0, 0x02, 0x7f, 0x41, 1, 0x41, 2, 0x20, 0, 0x0c, 0, 0x0b, 0x41, 10, 0x6a), 15},
		{"br_if not taken keeps its value", cat(0x41, 5, 0x21, 0, 0x02, 0x7f, 0x20, 0, 0x41, 0, 0x0d, 0, 0x41, 3, 0x6a, 0x0b), 8},
		{"br_if taken carries its value", cat(0x41, 5, 0x21, 0, 0x02, 0x7f, 0x20, 0, 0x41, 1, 0x0d, 0, 0x41, 3, 0x6a, 0x0b), 5},
		{"br_table to the inner block carries a value", cat(0x02, 0x7f, 0x02, 0x7f, 0x41, 7, 0x20, 0, 0x0e, 2, 0, 1, 1, 0x0b, 0x41, 0xe4, 0, 0x6a, 0x0b), 107},
		{"br_table default carries a value further", cat(0x41, 5, 0x21, 0, 0x02, 0x7f, 0x02, 0x7f, 0x41, 7, 0x20, 0, 0x0e, 2, 0, 1, 1, 0x0b, 0x41, 0xe4, 0, 0x6a, 0x0b), 7},
		{"select of a constant and a local", cat(0x41, 9, 0x21, 0, 0x41, 4, 0x20, 0, 0x20, 0, 0x1b), 4},
		{"select takes the second when the condition is zero", cat(0x41, 9, 0x21, 0, 0x41, 4, 0x20, 0, 0x41, 0, 0x1b), 9},
		{"if on a local takes the else arm", cat(0x20, 0, 0x04, 0x7f, 0x41, 1, 0x05, 0x20, 1, 0x41, 2, 0x6a, 0x0b), 2},
		{"loop result assigned from inside the loop", cat(0x03, 0x40, 0x20, 0, 0x41, 1, 0x6a, 0x22, 0, 0x41, 10, 0x49, 0x0d, 0, 0x0b, 0x20, 0), 10},
		{"a value kept across a block that assigns its local", cat(0x41, 1, 0x21, 0, 0x20, 0, 0x02, 0x40, 0x41, 2, 0x21, 0, 0x0b, 0x20, 0, 0x6a), 3},
		{"memory.copy with operands from locals", cat(0x41, 0, 0x41, 0xc4, 0xe6, 0x88, 0x89, 0x01, 0x36, 2, 0, 0x41, 8, 0x21, 0, 0x41, 4, 0x21, 1, 0x20, 0, 0x41, 0, 0x20, 1, 0xfc, 10, 0, 0, 0x41, 8, 0x28, 2, 0), 0x11223344},
		{"drop of a computed value", cat(0x41, 1, 0x41, 2, 0x41, 3, 0x6a, 0x1a), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := run(t, module(nil, i32, []byte{2, 0x7f}, tt.code...))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != tt.want {
				t.Errorf("got %#x, want %#x", got[0], tt.want)
			}
		})
	}
}

// sleb appends x as signed LEB128.
func sleb(b []byte, x int64) []byte {
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if x == 0 && c&0x40 == 0 || x == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// TestConstantOperandForms checks that every binary operator with a form
// taking a constant second operand computes what its two-slot form does.
func TestConstantOperandForms(t *testing.T) {
	pairs := [][2]int64{{7, 3}, {-9, 2}, {1, 33}, {-1, 63}, {0x7fffffff, -2}, {-0x80000000, 65}, {5, 0}}
	for op := byte(0x46); op <= 0x8a; op++ {
		if !hasImm(op) {
			continue
		}
		ty, constOp := I32, byte(0x41)
		if op >= 0x51 && op <= 0x5a || op >= 0x7c {
			ty, constOp = I64, 0x42
		}
		_, out, _ := numericSig(op)
		for _, p := range pairs {
			slots, err := run(t, module([]ValType{ty, ty}, []ValType{out}, nil, 0x20, 0, 0x20, 1, op, 0x0b), uint64(p[0]), uint64(p[1]))
			if err != nil {
				t.Fatal(err)
			}
			code := append([]byte{0x20, 0, constOp}, sleb(nil, p[1])...)
			imm, err := run(t, module([]ValType{ty, ty}, []ValType{out}, nil, append(code, op, 0x0b)...), uint64(p[0]), uint64(p[1]))
			if err != nil {
				t.Fatal(err)
			}
			if ty == I32 && out == I32 {
				slots[0], imm[0] = uint64(uint32(slots[0])), uint64(uint32(imm[0]))
			}
			if slots[0] != imm[0] {
				t.Errorf("op %#x on %d, %d: two slots give %#x, a constant %#x", op, p[0], p[1], slots[0], imm[0])
			}
		}
	}
}

// TestComparisonBranches checks the i32 comparisons fused with br_if and
// if, in their two-slot and constant forms, against the comparison's own
// result: forward br_if, if (which negates it) and a backward br_if that
// repeats a loop once (local 2 counts the rounds).
func TestComparisonBranches(t *testing.T) {
	pairs := [][2]int64{{7, 3}, {3, 7}, {5, 5}, {-1, 1}, {1, -1}, {0, 0}, {-0x80000000, 0x7fffffff}}
	two := []ValType{I32, I32}
	for op := byte(0x45); op <= 0x4f; op++ {
		for _, p := range pairs {
			operands := [][]byte{{0x20, 0, 0x20, 1}, append([]byte{0x20, 0, 0x41}, sleb(nil, p[1])...)}
			if op == 0x45 {
				operands = [][]byte{{0x20, 0}}
			}
			for _, args := range operands {
				cat := func(parts ...[]byte) []byte {
					b := append([]byte(nil), parts[0]...)
					for _, p := range parts[1:] {
						b = append(b, p...)
					}
					return b
				}
				want, err := run(t, module(two, i32, nil, cat(args, []byte{op, 0x0b})...), uint64(p[0]), uint64(p[1]))
				if err != nil {
					t.Fatal(err)
				}
				forms := map[string][]byte{
					"br_if": cat([]byte{0x02, 0x40}, args, []byte{op, 0x0d, 0, 0x41, 0, 0x0f, 0x0b, 0x41, 1, 0x0b}),
					"if":    cat(args, []byte{op, 0x04, 0x7f, 0x41, 1, 0x05, 0x41, 0, 0x0b, 0x0b}),
					"loop":  cat([]byte{0x02, 0x40, 0x03, 0x40, 0x20, 2, 0x41, 1, 0x6a, 0x22, 2, 0x41, 2, 0x4f, 0x0d, 1}, args, []byte{op, 0x0d, 0, 0x0b, 0x0b, 0x20, 2, 0x41, 2, 0x46, 0x0b}),
				}
				for name, code := range forms {
					got, err := run(t, module(two, i32, []byte{1, 0x7f}, code...), uint64(p[0]), uint64(p[1]))
					if err != nil {
						t.Fatal(err)
					}
					if got[0] != want[0] {
						t.Errorf("op %#x on %d, %d as %s: got %d, want %d", op, p[0], p[1], name, got[0], want[0])
					}
				}
			}
		}
	}
}

// isNaN reports whether the bits in hex (as TestNumericGolden prints
// them) are a NaN of type t: the spec leaves the sign and payload of most
// NaN results to the engine, and V8's differ from Go's.
func isNaN(t ValType, hex string) bool {
	x, err := strconv.ParseUint(hex, 0, 64)
	switch {
	case err != nil:
		return false
	case t == F32:
		return math.IsNaN(float64(math.Float32frombits(uint32(x))))
	case t == F64:
		return math.IsNaN(math.Float64frombits(x))
	}
	return false
}

// TestNumericGolden runs every numeric instruction on the operands of
// testdata/numeric.golden and compares with what node computed (see
// testdata/numeric.js, which regenerates it), once with the operands as
// constants and once read from locals, so that both the constant-operand
// and the two-slot forms are covered.
func TestNumericGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/numeric.golden")
	if err != nil {
		t.Fatal(err)
	}
	konst := func(ty ValType, bits uint64) []byte {
		switch ty {
		case I32:
			return sleb([]byte{0x41}, int64(int32(bits)))
		case I64:
			return sleb([]byte{0x42}, int64(bits))
		case F32:
			return binary.LittleEndian.AppendUint32([]byte{0x43}, uint32(bits))
		}
		return binary.LittleEndian.AppendUint64([]byte{0x44}, bits)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		fields, want, _ := strings.Cut(line, " trap:")
		if want != "" {
			want = "trap:" + want
		}
		f := strings.Fields(fields)
		if want == "" {
			f, want = f[:len(f)-1], f[len(f)-1]
		}
		op, _ := strconv.ParseUint(f[0], 0, 16)
		var args []uint64
		for _, a := range f[1:] {
			x, _ := strconv.ParseUint(a, 0, 64)
			args = append(args, x)
		}
		opBytes := []byte{byte(op)}
		var in ValType
		var out ValType
		if op > 0xff {
			opBytes = []byte{0xfc, byte(op)}
			in = [...]ValType{F32, F32, F64, F64}[op&3]
			out = [...]ValType{I32, I64}[op&7>>2]
		} else {
			ins, o, ok := numericSig(byte(op))
			if !ok {
				t.Fatalf("%s: not a numeric opcode", line)
			}
			in, out = ins[0], o
		}
		ret, reinterp := out, []byte(nil)
		switch out {
		case F32:
			ret, reinterp = I32, []byte{0xbc}
		case F64:
			ret, reinterp = I64, []byte{0xbd}
		}
		var consts, locals []byte
		for k, a := range args {
			consts = append(consts, konst(in, a)...)
			locals = append(append(locals, konst(in, a)...), 0x21, byte(k))
		}
		for k := range args {
			locals = append(locals, 0x20, byte(k))
		}
		for form, code := range map[string][]byte{"constants": consts, "locals": locals} {
			code = append(append(append(code, opBytes...), reinterp...), 0x0b)
			res, err := run(t, module(nil, []ValType{ret}, []byte{byte(len(args)), byte(in)}, code...))
			got := ""
			switch {
			case err != nil:
				got = "trap:" + err.Error()
			case ret == I32:
				got = "0x" + strconv.FormatUint(uint64(uint32(res[0])), 16)
			default:
				got = "0x" + strconv.FormatUint(res[0], 16)
			}
			if got != want && !(isNaN(out, got) && isNaN(out, want)) {
				t.Errorf("%s (operands as %s): got %s", line, form, got)
			}
		}
	}
}

// TestHostReentryGrowsTheStack runs f, which keeps values in its frame
// across a call to a host function that re-enters the store with a
// recursion deep enough to reallocate the value stack several times; f
// must then find its values in the new stack.
//
//	(import "m" "h" (func $h (param i32) (result i32)))
//	(func (export "f") (param $n i32) (result i32) (local $a i32)
//	  (local.set $a (i32.const 7))
//	  (i32.add (i32.add (call $h (local.get $n)) (local.get $a)) (local.get $n)))
//	(func $g (export "g") (param $n i32) (result i32) (local i64 ... 100 of them)
//	  (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
//	    (else (i32.add (call $g (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))))
func TestHostReentryGrowsTheStack(t *testing.T) {
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	sec := func(id byte, content ...byte) {
		b = append(leb(append(b, id), uint32(len(content))), content...)
	}
	sec(1, 1, 0x60, 1, 0x7f, 1, 0x7f)
	sec(2, 1, 1, 'm', 1, 'h', 0, 0)
	sec(3, 2, 0, 0)
	sec(7, 2, 1, 'f', 0, 1, 1, 'g', 0, 2)
	f := []byte{1, 1, 0x7f, 0x41, 7, 0x21, 1, 0x20, 0, 0x10, 0, 0x20, 1, 0x6a, 0x20, 0, 0x6a, 0x0b}
	g := []byte{1, 100, 0x7e, 0x20, 0, 0x45, 0x04, 0x7f, 0x41, 0, 0x05, 0x20, 0, 0x41, 1, 0x6b, 0x10, 2, 0x41, 1, 0x6a, 0x0b, 0x0b}
	sec(10, append(append(append([]byte{2, byte(len(f))}, f...), byte(len(g))), g...)...)
	m, err := Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{}
	var in *Instance
	h := NewHostFunction(m.Types[0], func(args []uint64) []uint64 {
		r, err := s.Call(in.Export("g").(*Function), []uint64{args[0]})
		if err != nil {
			t.Fatal(err)
		}
		return r
	})
	if in, err = s.Instantiate(m, []Extern{h}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Call(in.Export("f").(*Function), []uint64{3000})
	if err != nil || got[0] != 6007 {
		t.Fatalf("got %v, %v; want 6007", got, err)
	}
	if len(s.stack) < 3000*100 {
		t.Errorf("the stack holds %d slots: the recursion did not grow it", len(s.stack))
	}
}

// TestMultiValueBlocks covers blocks and loops with parameters, whose
// values sit in the slots where the block's code expects them.
//
//	(i32.const 1) (i32.const 2)
//	(block (param i32 i32) (result i32 i32) i32.add (i32.const 10))
//	i32.sub                                  ;; 3 - 10
//	(i32.const 5)
//	(loop (param i32) (result i32)           ;; counts down to 0
//	  (i32.const 1) i32.sub (local.tee 0) (local.get 0) (br_if 0))
//	i32.add (i32.const 100) i32.add          ;; -7 + 0 + 100
func TestMultiValueBlocks(t *testing.T) {
	types := []FuncType{
		{Results: []ValType{I32}},
		{Params: []ValType{I32, I32}, Results: []ValType{I32, I32}},
		{Params: []ValType{I32}, Results: []ValType{I32}},
	}
	mod := assemble(types, 0, benchFunc{0, []byte{1, 0x7f}, []byte{
		0x41, 1, 0x41, 2, 0x02, 1, 0x6a, 0x41, 10, 0x0b, 0x6b,
		0x41, 5, 0x03, 2, 0x41, 1, 0x6b, 0x22, 0, 0x20, 0, 0x0d, 0, 0x0b,
		0x6a, 0x41, 0xe4, 0, 0x6a, 0x0b,
	}})
	m, err := Compile(mod)
	if err != nil {
		t.Fatal(err)
	}
	checkSlots(t, m)
	s := &Store{}
	in, err := s.Instantiate(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Call(in.Export("f0").(*Function), nil)
	if err != nil || got[0] != 93 {
		t.Fatalf("got %v, %v; want 93", got, err)
	}
}

// TestStoreAfterTrap checks that a trap deep in a call chain leaves the
// store as it was before the call, ready for the next one.
func TestStoreAfterTrap(t *testing.T) {
	mod := assemble(i32toi32, 0,
		benchFunc{0, nil, []byte{0x20, 0, 0x04, 0x7f, 0x20, 0, 0x10, 1, 0x05, 0x41, 42, 0x0b, 0x0b}},
		benchFunc{0, nil, []byte{0x20, 0, 0x41, 1, 0x6b, 0x10, 2, 0x0b}},
		benchFunc{0, nil, []byte{0x00, 0x0b}},
	)
	m, err := Compile(mod)
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{}
	in, err := s.Instantiate(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := in.Export("f0").(*Function)
	for k := range 3 {
		if _, err := s.Call(f, []uint64{1}); err == nil || err.Error() != "unreachable" {
			t.Fatalf("call %d: got %v, want the trap", k, err)
		}
		if len(s.frames) != 0 || s.depth != 0 || s.sp != 0 {
			t.Fatalf("call %d left %d frames, depth %d, sp %d", k, len(s.frames), s.depth, s.sp)
		}
		if got, err := s.Call(f, []uint64{0}); err != nil || got[0] != 42 {
			t.Fatalf("call %d: got %v, %v; want 42", k, got, err)
		}
	}
}

// TestFusedPairs checks each pair of operations run as one instruction
// against the same pair kept apart (the first one's result goes through a
// local, which leaves nothing to fuse), with the temporary as the second
// operation's first and, where it commutes, second operand.
func TestFusedPairs(t *testing.T) {
	// op1 and op2 stand for the pair's operations in the code below
	// (bytes that are no opcode, and no operand of these bodies).
	const op1, op2 = 0xf1, 0xf2
	three := []ValType{I32, I32, I32}
	args := [][]uint64{{0x12345678, 0x9abcdef0, 0x0f0f0f0f}, {0xffffffff, 1, 0x80000000}, {7, 3, 5}}
	tests := []struct {
		name            string
		fused, separate []byte
	}{
		{"(a op1 b) op2 c", []byte{0x20, 0, 0x20, 1, op1, 0x20, 2, op2}, []byte{0x20, 0, 0x20, 1, op1, 0x21, 3, 0x20, 3, 0x20, 2, op2}},
		{"c op2 (a op1 b)", []byte{0x20, 2, 0x20, 0, 0x20, 1, op1, op2}, []byte{0x20, 2, 0x20, 0, 0x20, 1, op1, 0x21, 3, 0x20, 3, op2}},
	}
	pairs := [][2]byte{{0x6a, 0x6a}, {0x73, 0x6a}, {0x71, 0x6a}, {0x72, 0x6a}, {0x73, 0x71}, {0x71, 0x73}, {0x71, 0x72}, {0x72, 0x71}, {0x73, 0x73}}
	body := func(code []byte, p [2]byte) []byte {
		var b []byte
		for _, c := range code {
			switch c {
			case op1:
				c = p[0]
			case op2:
				c = p[1]
			}
			b = append(b, c)
		}
		return append(b, 0x0b)
	}
	check := func(t *testing.T, fused, separate []byte, op uint16) {
		t.Helper()
		m, err := Compile(module(three, i32, []byte{1, 0x7f}, fused...))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, in := range m.code[0].body {
			found = found || in.op == op
		}
		if !found {
			t.Fatalf("no instruction %#x in %v", op, m.code[0].body)
		}
		for _, a := range args {
			want, err := run(t, module(three, i32, []byte{1, 0x7f}, separate...), a...)
			if err != nil {
				t.Fatal(err)
			}
			got, err := run(t, module(three, i32, []byte{1, 0x7f}, fused...), a...)
			if err != nil || uint32(got[0]) != uint32(want[0]) {
				t.Errorf("on %#x: got %#x, %v; want %#x", a, got, err, want[0])
			}
		}
	}
	for _, p := range pairs {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%#x then %#x as %s", p[0], p[1], tt.name), func(t *testing.T) {
				check(t, body(tt.fused, p), body(tt.separate, p), fusedPair(uint16(p[0]), uint16(p[1])))
			})
		}
	}
	t.Run("(a + b) + constant", func(t *testing.T) {
		check(t, []byte{0x20, 0, 0x20, 1, 0x6a, 0x41, 0xe4, 0, 0x6a, 0x0b}, []byte{0x20, 0, 0x20, 1, 0x6a, 0x21, 3, 0x20, 3, 0x41, 0xe4, 0, 0x6a, 0x0b}, opAddAddImm)
	})
	t.Run("rotl(a + constant, constant)", func(t *testing.T) {
		check(t, []byte{0x20, 0, 0x41, 0xe4, 0, 0x6a, 0x41, 7, 0x77, 0x0b}, []byte{0x20, 0, 0x41, 0xe4, 0, 0x6a, 0x21, 3, 0x20, 3, 0x41, 7, 0x77, 0x0b}, opAddImmRotl)
	})
	t.Run("(a << constant) + b", func(t *testing.T) {
		check(t, []byte{0x20, 0, 0x41, 3, 0x74, 0x20, 1, 0x6a, 0x0b}, []byte{0x20, 0, 0x41, 3, 0x74, 0x21, 3, 0x20, 3, 0x20, 1, 0x6a, 0x0b}, opShlAdd)
	})
	t.Run("b + (a << constant)", func(t *testing.T) {
		check(t, []byte{0x20, 1, 0x20, 0, 0x41, 3, 0x74, 0x6a, 0x0b}, []byte{0x20, 1, 0x20, 0, 0x41, 3, 0x74, 0x21, 3, 0x20, 3, 0x6a, 0x0b}, opShlAdd)
	})
	t.Run("rotl(a + b, constant)", func(t *testing.T) {
		check(t, []byte{0x20, 0, 0x20, 1, 0x6a, 0x41, 7, 0x77, 0x0b}, []byte{0x20, 0, 0x20, 1, 0x6a, 0x21, 3, 0x20, 3, 0x41, 7, 0x77, 0x0b}, opAddRotl)
	})
	add3 := []byte{0x20, 0, 0x20, 1, 0x6a, 0x20, 2, 0x6a, 0x41, 0xe4, 0, 0x6a}
	add3Separate := []byte{0x20, 0, 0x20, 1, 0x6a, 0x20, 2, 0x6a, 0x21, 3, 0x20, 3, 0x41, 0xe4, 0, 0x6a}
	t.Run("a + b + c + constant", func(t *testing.T) {
		check(t, append(add3[:len(add3):len(add3)], 0x0b), append(add3Separate[:len(add3Separate):len(add3Separate)], 0x0b), opAdd3Imm)
	})
	t.Run("rotl(a + b + c + constant, constant)", func(t *testing.T) {
		check(t, append(add3[:len(add3):len(add3)], 0x41, 7, 0x77, 0x0b), append(add3Separate[:len(add3Separate):len(add3Separate)], 0x21, 3, 0x20, 3, 0x41, 7, 0x77, 0x0b), opAdd3ImmRotl)
	})
}

// TestReferenceTypes runs the reference-types instructions on module's
// table (two funcref entries, f at 0); null references are zero.
func TestReferenceTypes(t *testing.T) {
	tests := []struct {
		name string
		code []byte
		want uint64
	}{
		{"ref.null extern is null", []byte{0xd0, 0x6f, 0xd1, 0x0b}, 1},
		{"ref.func is not null", []byte{0xd2, 0, 0xd1, 0x0b}, 0},
		{"table.size", []byte{0xfc, 16, 0, 0x0b}, 2},
		{"table.grow gives the old size", []byte{0xd0, 0x70, 0x41, 3, 0xfc, 15, 0, 0x0b}, 2},
		{"table.grow past the maximum gives -1", []byte{0xd0, 0x70, 0x41, 0x7f, 0xfc, 15, 0, 0x0b}, 0xffffffff},
		{"table.get of the segment's entry", []byte{0x41, 0, 0x25, 0, 0xd1, 0x0b}, 0},
		{"table.get of an empty entry", []byte{0x41, 1, 0x25, 0, 0xd1, 0x0b}, 1},
		{"table.set then table.get", []byte{0x41, 1, 0xd2, 0, 0x26, 0, 0x41, 1, 0x25, 0, 0xd1, 0x0b}, 0},
		{"table.fill", []byte{0x41, 0, 0xd0, 0x70, 0x41, 2, 0xfc, 17, 0, 0x41, 0, 0x25, 0, 0xd1, 0x0b}, 1},
		{"typed select of references", []byte{0xd0, 0x70, 0xd2, 0, 0x41, 1, 0x1c, 1, 0x70, 0xd1, 0x0b}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := run(t, module(nil, i32, nil, tt.code...))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != tt.want {
				t.Errorf("got %#x, want %#x", got[0], tt.want)
			}
		})
	}
	t.Run("table.get past the end traps", func(t *testing.T) {
		_, err := run(t, module(nil, nil, nil, 0x41, 5, 0x25, 0, 0x1a, 0x0b))
		var tr *Trap
		if !errors.As(err, &tr) || tr.Msg != "table index is out of bounds" {
			t.Errorf("got %v, want an out of bounds trap", err)
		}
	})
	for _, tt := range []struct {
		name string
		code []byte
	}{
		{"select without a type takes no references", []byte{0xd0, 0x70, 0xd0, 0x70, 0x41, 1, 0x1b, 0x1a, 0x0b}},
		{"table.set of an externref into a funcref table", []byte{0x41, 0, 0xd0, 0x6f, 0x26, 0, 0x0b}},
		{"ref.is_null of a number", []byte{0x41, 0, 0xd1, 0x1a, 0x0b}},
		{"a table index out of range", []byte{0xfc, 16, 3, 0x1a, 0x0b}},
	} {
		t.Run(tt.name+" does not compile", func(t *testing.T) {
			if _, err := Compile(module(nil, nil, nil, tt.code...)); err == nil {
				t.Error("compiled")
			}
		})
	}
}

// TestReferenceOperands covers the reference instructions' operands and
// results in frame slots: read from locals, given as constants, and
// written straight into a local by a local.set that follows.
func TestReferenceOperands(t *testing.T) {
	cat := func(code ...byte) []byte { return append(code, 0x0b) }
	tests := []struct {
		name   string
		locals []byte
		code   []byte
		want   uint64
	}{
		{"table.get written into a local", []byte{1, 0x70}, cat(0x41, 0, 0x25, 0, 0x21, 0, 0x20, 0, 0xd1), 0},
		{"ref.func written into a local and stored", []byte{1, 0x70}, cat(0xd2, 0, 0x21, 0, 0x41, 1, 0x20, 0, 0x26, 0, 0x41, 1, 0x25, 0, 0xd1), 0},
		{"ref.null in a local is null", []byte{1, 0x6f}, cat(0xd0, 0x6f, 0x21, 0, 0x20, 0, 0xd1), 1},
		{"table.grow's result in a local, then table.size", []byte{1, 0x7f}, cat(0xd0, 0x70, 0x41, 3, 0xfc, 15, 0, 0x21, 0, 0x20, 0, 0xfc, 16, 0, 0x6a), 7},
		{"table.copy of entry 0 over entry 1", nil, cat(0x41, 1, 0x41, 0, 0x41, 1, 0xfc, 14, 0, 0, 0x41, 1, 0x25, 0, 0xd1), 0},
		{"table.fill with operands from locals", []byte{1, 0x70}, cat(0x41, 0, 0x20, 0, 0x41, 1, 0xfc, 17, 0, 0x41, 0, 0x25, 0, 0xd1), 1},
		{"typed select of a local and a constant", []byte{1, 0x70}, cat(0xd2, 0, 0x21, 0, 0x20, 0, 0xd0, 0x70, 0x41, 0, 0x1c, 1, 0x70, 0xd1), 1},
		{"ref.is_null of a value kept across a block that assigns its local", []byte{1, 0x70}, cat(0x20, 0, 0x02, 0x40, 0xd2, 0, 0x21, 0, 0x0b, 0xd1), 1},
		{"a block yielding a funcref", nil, cat(0x02, 0x70, 0xd2, 0, 0x0b, 0xd1), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := run(t, module(nil, i32, tt.locals, tt.code...))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != tt.want {
				t.Errorf("got %#x, want %#x", got[0], tt.want)
			}
		})
	}
	t.Run("table.init of the applied segment traps", func(t *testing.T) {
		_, err := run(t, module(nil, nil, nil, 0x41, 0, 0x41, 0, 0x41, 1, 0xfc, 12, 0, 0, 0x0b))
		var tr *Trap
		if !errors.As(err, &tr) || tr.Msg != "element segment out of bounds" {
			t.Errorf("got %v, want an element segment trap", err)
		}
	})
}

// TestRefFuncDeclared checks that ref.func names only functions that a
// global's initialiser, an element segment or an export names, as V8 does.
func TestRefFuncDeclared(t *testing.T) {
	head := []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0}
	body := []byte{10, 7, 1, 5, 0, 0xd2, 0, 0x1a, 0x0b}
	cat := func(parts ...[]byte) []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return b
	}
	_, err := Compile(cat(head, body))
	if want := "Compiling function #0 failed: undeclared reference to function #0 @+24"; err == nil || err.Error() != want {
		t.Errorf("undeclared: got %v, want %q", err, want)
	}
	for _, tt := range []struct {
		name    string
		section []byte
	}{
		{"a global's initialiser", []byte{6, 6, 1, 0x70, 0, 0xd2, 0, 0x0b}},
		{"an export", []byte{7, 5, 1, 1, 'f', 0, 0}},
		{"a declarative element segment", []byte{9, 5, 1, 3, 0, 1, 0}},
	} {
		t.Run("a function named by "+tt.name+" is declared", func(t *testing.T) {
			if _, err := Compile(cat(head, tt.section, body)); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestGrowthKeepsContentsAndZeroesNewPages grows a memory a page at a
// time, as sbrk does, so that most growths land in the reserve of an
// earlier one: contents stay, new pages read zero, the maximum holds, and
// Data never exposes capacity past its length.
func TestGrowthKeepsContentsAndZeroesNewPages(t *testing.T) {
	const maxPages = 40
	m := NewMemory(Limits{Min: 1, Max: maxPages, HasMax: true})
	m.Bytes()[0] = 1
	for pages := 1; pages < maxPages; pages++ {
		if old := m.Grow(1); old != int64(pages) {
			t.Fatalf("Grow(1) at %d pages returned %d", pages, old)
		}
		d := m.Bytes()
		if len(d) != (pages+1)*pageSize || cap(d) != len(d) {
			t.Fatalf("after growth to %d pages: len %d cap %d, want both %d", pages+1, len(d), cap(d), (pages+1)*pageSize)
		}
		for p := 0; p < pages; p++ {
			if d[p*pageSize] != byte(p+1) {
				t.Fatalf("page %d lost its contents after growth to %d pages", p, pages+1)
			}
		}
		for i := pages * pageSize; i < len(d); i++ {
			if d[i] != 0 {
				t.Fatalf("new page %d has byte %d = %d, want 0", pages, i, d[i])
			}
		}
		d[pages*pageSize] = byte(pages + 1)
	}
	if old := m.Grow(1); old != -1 {
		t.Errorf("growth past the maximum returned %d, want -1", old)
	}
}
