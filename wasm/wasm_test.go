package wasm

import (
	"errors"
	"math"
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

func run(t *testing.T, b []byte, args ...uint64) ([]uint64, error) {
	t.Helper()
	m, err := Compile(b)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
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
