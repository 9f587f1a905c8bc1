package wasm

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestSIMDGolden runs the cases of testdata/simd.golden, which node
// computed (regenerate with `node simd.js > simd.golden` in testdata), and
// compares: vectors byte for byte, except that a float lane where node
// gave a NaN only has to be a NaN (the spec lets most operations return
// any NaN); compile errors by message, except V8's type errors, which
// name the instruction that produced the operand.
func TestSIMDGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/simd.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.SplitN(line, " ", 4)
		name, shape, want := f[0], f[1], f[3]
		b, err := hex.DecodeString(f[2])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m, err := Compile(b)
		if msg, ok := strings.CutPrefix(want, "invalid:"); ok {
			var ce *CompileError
			switch {
			case !errors.As(err, &ce):
				t.Errorf("%s compiled, want %q", name, msg)
			case ce.Msg != msg && !strings.Contains(msg, " expected type "):
				t.Errorf("%s: got compile error %q, want %q", name, ce.Msg, msg)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkSlots(t, m)
		s := &Store{}
		in, err := s.Instantiate(m, nil)
		if err != nil {
			t.Fatalf("%s: instantiate: %v", name, err)
		}
		res, err := s.Call(in.Export("f").(*Function), nil)
		var got string
		switch {
		case err != nil:
			got = "trap:" + err.Error()
		case len(res) == 2:
			got = hex.EncodeToString(binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, res[0]), res[1]))
		case shape == "i64":
			got = "0x" + strconv.FormatUint(res[0], 16)
		default:
			got = "0x" + strconv.FormatUint(uint64(uint32(res[0])), 16)
		}
		if got != want && !sameNaNs(shape, got, want) {
			t.Errorf("%s: got %s, want %s", name, got, want)
		}
	}
}

// sameNaNs reports whether vectors got and want (in hex) of a float
// shape differ only in the bits of lanes that are NaN in both.
func sameNaNs(shape, got, want string) bool {
	g, err1 := hex.DecodeString(got)
	w, err2 := hex.DecodeString(want)
	if err1 != nil || err2 != nil || len(g) != 16 || len(w) != 16 {
		return false
	}
	width := map[string]int{"f32x4": 4, "f64x2": 8}[shape]
	if width == 0 {
		return false
	}
	nan := func(b []byte) bool {
		if width == 4 {
			return math.IsNaN(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
		}
		return math.IsNaN(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	}
	for k := 0; k < 16; k += width {
		gl, wl := g[k:k+width], w[k:k+width]
		if string(gl) != string(wl) && !(nan(gl) && nan(wl)) {
			return false
		}
	}
	return true
}

// TestFusionAfterV128Local checks that an instruction writing an i32
// local that comes after a v128 one (so its slot is past the count of
// locals) is not taken for a temporary and fused away: (p+p) is teed
// into that local, then p+p+p and the local are added, 5p in all.
func TestFusionAfterV128Local(t *testing.T) {
	code := []byte{0x20, 0, 0x20, 0, 0x6a, 0x22, 2, 0x20, 0, 0x6a, 0x20, 2, 0x6a, 0x0b}
	res, err := run(t, module([]ValType{I32}, []ValType{I32}, []byte{1, byte(V128), 1, byte(I32)}, code...), 7)
	if err != nil || res[0] != 35 {
		t.Fatalf("got %v, %v; want 35", res, err)
	}
}

// TestSIMDNames checks that the instructions validation knows are
// exactly those with a name, and names a few as the spec does.
func TestSIMDNames(t *testing.T) {
	if n := len(strings.Fields(simdNames)); n != 256 {
		t.Fatalf("simdNames has %d entries, want 256", n)
	}
	count := 0
	for sub := range uint32(0x114) {
		_, known := simdSig(sub)
		if named := simdName(sub) != "simd"; known != named {
			t.Errorf("sub-opcode %#x: known %v, named %v", sub, known, named)
		}
		if known {
			count++
		}
	}
	if count != 236 {
		t.Errorf("%d SIMD instructions, want the spec's 236", count)
	}
	for sub, want := range map[uint32]string{0x0c: "v128.const", 0x5e: "f32x4.demote_f64x2_zero", 0x82: "i16x8.q15mulr_sat_s", 0xff: "f64x2.convert_low_i32x4_u"} {
		if got := simdName(sub); got != want {
			t.Errorf("simdName(%#x) = %s, want %s", sub, got, want)
		}
	}
}

// TestV128HostCall checks the embedder's side: a host function gets a
// v128 argument as two slots (low half first) and returns one so, and
// Store.Call takes and gives v128s the same way. f, of the import's type
// (v128, i32) -> v128, passes its vector and 9 on.
func TestV128HostCall(t *testing.T) {
	sec := func(id byte, b ...byte) []byte { return append([]byte{id, byte(len(b))}, b...) }
	v := byte(V128)
	body := []byte{0, 0x20, 0, 0x41, 9, 0x10, 0, 0x0b}
	var b []byte
	b = append(b, 0, 'a', 's', 'm', 1, 0, 0, 0)
	b = append(b, sec(1, 1, 0x60, 2, v, byte(I32), 1, v)...)
	b = append(b, sec(2, 1, 1, 'm', 1, 'h', 0, 0)...)
	b = append(b, sec(3, 1, 0)...)
	b = append(b, sec(7, 1, 1, 'f', 0, 1)...)
	b = append(b, sec(10, append([]byte{1, byte(len(body))}, body...)...)...)
	m, err := Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	var got []uint64
	h := NewHostFunction(m.Types[0], func(args []uint64) []uint64 {
		got = append([]uint64(nil), args...)
		return []uint64{args[1], args[0] + args[2]}
	})
	s := &Store{}
	in, err := s.Instantiate(m, []Extern{h})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Call(in.Export("f").(*Function), []uint64{0x1111, 0x2222, 5})
	if err != nil || len(res) != 2 || res[0] != 0x2222 || res[1] != 0x1111+9 {
		t.Fatalf("got %x, %v; want [2222 111a]", res, err)
	}
	if len(got) != 3 || got[0] != 0x1111 || got[1] != 0x2222 || got[2] != 9 {
		t.Errorf("host got %x, want [1111 2222 9]", got)
	}
	if _, err := s.Call(in.Export("f").(*Function), []uint64{1, 5}); err == nil {
		t.Errorf("a v128 given as one value was accepted")
	}
}

// TestV128GlobalImport checks a v128 global that crosses instances and
// initialises another: both halves arrive.
func TestV128GlobalImport(t *testing.T) {
	sec := func(id byte, b ...byte) []byte { return append([]byte{id, byte(len(b))}, b...) }
	head := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	k := []byte{0xfd, 0x0c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	a := append(append([]byte(nil), head...), sec(6, append(append([]byte{1, byte(V128), 0}, k...), 0x0b)...)...)
	a = append(a, sec(7, 1, 1, 'g', 3, 0)...)
	ma, err := Compile(a)
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{}
	ia, err := s.Instantiate(ma, nil)
	if err != nil {
		t.Fatal(err)
	}
	// b: global 1 = global.get 0; f returns global 1's halves.
	body := []byte{0, 0x23, 1, 0xfd, 0x1d, 0, 0x23, 1, 0xfd, 0x1d, 1, 0x0b}
	b := append(append([]byte(nil), head...), sec(1, 1, 0x60, 0, 2, byte(I64), byte(I64))...)
	b = append(b, sec(2, 1, 1, 'm', 1, 'g', 3, byte(V128), 0)...)
	b = append(b, sec(3, 1, 0)...)
	b = append(b, sec(6, 1, byte(V128), 0, 0x23, 0, 0x0b)...)
	b = append(b, sec(7, 1, 1, 'f', 0, 0)...)
	b = append(b, sec(10, append([]byte{1, byte(len(body))}, body...)...)...)
	mb, err := Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	ib, err := s.Instantiate(mb, []Extern{ia.Export("g")})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Call(ib.Export("f").(*Function), nil)
	if err != nil || res[0] != 0x0807060504030201 || res[1] != 0x100f0e0d0c0b0a09 {
		t.Fatalf("got %x, %v", res, err)
	}
}
