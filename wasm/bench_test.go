package wasm

import (
	"os"
	"testing"
)

// The benchmarks report ns/op for a call that runs a known number of wasm
// instructions (counted from the bodies below, per loop iteration or per
// recursive call), and "ns/ins" from it, so that figures stay comparable
// across changes of the internal instruction form.

// leb appends x as unsigned LEB128.
func leb(b []byte, x uint32) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// benchFunc is one function of a hand-assembled module: its type index,
// local declarations (count, type pairs) and body (with its final end).
type benchFunc struct {
	typ    byte
	locals []byte
	code   []byte
}

// assemble builds a module with the given signatures, functions (each
// exported as "f0", "f1"...) and a memory of pages pages.
func assemble(types []FuncType, pages byte, funcs ...benchFunc) []byte {
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	sec := func(id byte, content []byte) {
		b = append(b, id)
		b = leb(b, uint32(len(content)))
		b = append(b, content...)
	}
	ts := []byte{byte(len(types))}
	for _, t := range types {
		ts = append(ts, 0x60, byte(len(t.Params)))
		for _, p := range t.Params {
			ts = append(ts, byte(p))
		}
		ts = append(ts, byte(len(t.Results)))
		for _, r := range t.Results {
			ts = append(ts, byte(r))
		}
	}
	sec(1, ts)
	fs := []byte{byte(len(funcs))}
	for _, f := range funcs {
		fs = append(fs, f.typ)
	}
	sec(3, fs)
	if pages > 0 {
		sec(5, []byte{1, 0, pages})
	}
	ex := []byte{byte(len(funcs))}
	for i := range funcs {
		ex = append(ex, 2, 'f', '0'+byte(i), 0, byte(i))
	}
	sec(7, ex)
	cs := []byte{byte(len(funcs))}
	for _, f := range funcs {
		body := append([]byte{byte(len(f.locals) / 2)}, f.locals...)
		body = append(body, f.code...)
		cs = leb(cs, uint32(len(body)))
		cs = append(cs, body...)
	}
	sec(10, cs)
	return b
}

func benchCall(b *testing.B, mod []byte, arg uint64, insPerOp float64) {
	m, err := Compile(mod)
	if err != nil {
		b.Fatal(err)
	}
	s := &Store{}
	in, err := s.Instantiate(m, nil)
	if err != nil {
		b.Fatal(err)
	}
	f := in.Export("f0").(*Function)
	for b.Loop() {
		if _, err := s.Call(f, []uint64{arg}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/insPerOp, "ns/ins")
}

// BenchmarkSum runs math.wat's sum(1e6): 12 instructions an iteration.
func BenchmarkSum(b *testing.B) {
	data, _ := os.ReadFile("../testdata/node/wasm/math.wasm")
	m, err := Compile(data)
	if err != nil {
		b.Fatal(err)
	}
	s := &Store{}
	log := NewHostFunction(m.Types[m.Imports[0].Type], func([]uint64) []uint64 { return nil })
	in, err := s.Instantiate(m, []Extern{log, &Global{Type: GlobalType{Type: I32}}})
	if err != nil {
		b.Fatal(err)
	}
	f := in.Export("sum").(*Function)
	for b.Loop() {
		s.Call(f, []uint64{1000000})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/12e6, "ns/ins")
}

var i32toi32 = []FuncType{{Params: []ValType{I32}, Results: []ValType{I32}}}

// mixModule is an md4-like round over memory: each iteration loads a word,
// mixes it into h with add, xor and rotate, and stores h into the next
// word; 20 instructions an iteration, n iterations over the first 4n+4
// bytes.
//
//	(func (param $n i32) (result i32) (local $i i32) (local $h i32)
//	  (loop
//	    local.get $h  local.get $i  i32.load  i32.add
//	    i32.const 0x5a827999  i32.xor  i32.const 3  i32.rotl  local.set $h
//	    local.get $i  local.get $h  i32.store offset=4
//	    local.get $i  i32.const 4  i32.add  local.tee $i
//	    local.get $n  i32.const 2  i32.shl  i32.lt_u  br_if 0)
//	  local.get $h)
func mixModule() []byte {
	return assemble(i32toi32, 1, benchFunc{0, []byte{2, 0x7f}, []byte{
		0x03, 0x40,
		0x20, 2, 0x20, 1, 0x28, 2, 0, 0x6a,
		0x41, 0x99, 0xf3, 0x89, 0xd4, 0x05, 0x73, 0x41, 3, 0x77, 0x21, 2,
		0x20, 1, 0x20, 2, 0x36, 2, 4,
		0x20, 1, 0x41, 4, 0x6a, 0x22, 1,
		0x20, 0, 0x41, 2, 0x74, 0x49, 0x0d, 0,
		0x0b,
		0x20, 2, 0x0b,
	}})
}

func BenchmarkMemoryMix(b *testing.B) {
	benchCall(b, mixModule(), 16000, 16000*20)
}

// fibModule is the naive recursive Fibonacci: 14 instructions a call
// that recurses (the function's end included), 6 for a leaf.
//
//	(func $fib (param i32) (result i32)
//	  local.get 0  i32.const 2  i32.lt_u
//	  (if (result i32) (then local.get 0)
//	    (else local.get 0  i32.const 1  i32.sub  call $fib
//	          local.get 0  i32.const 2  i32.sub  call $fib  i32.add)))
func fibModule() []byte {
	return assemble(i32toi32, 0, benchFunc{0, nil, []byte{
		0x20, 0, 0x41, 2, 0x49,
		0x04, 0x7f, 0x20, 0,
		0x05, 0x20, 0, 0x41, 1, 0x6b, 0x10, 0, 0x20, 0, 0x41, 2, 0x6b, 0x10, 0, 0x6a,
		0x0b, 0x0b,
	}})
}

func BenchmarkFib(b *testing.B) {
	// fib(20) makes 21891 calls, 10946 of them leaves (n < 2).
	benchCall(b, fibModule(), 20, 10945*14+10946*6)
}

// simdModule's loop runs four SIMD instructions (v128.load, i16x8.add,
// i32x4.shl, v128.xor) per 16 counted down from its argument.
func simdModule() []byte {
	return assemble(i32toi32, 1, benchFunc{0, []byte{1, 0x7b}, []byte{
		0x03, 0x40,
		0x20, 1, 0x20, 0, 0x41, 0xf0, 0xff, 0, 0x71, 0xfd, 0, 4, 0, 0xfd, 0x8e, 1,
		0x41, 1, 0xfd, 0xab, 1, 0x20, 1, 0xfd, 0x51, 0x21, 1,
		0x20, 0, 0x41, 16, 0x6b, 0x22, 0, 0x0d, 0,
		0x0b,
		0x20, 1, 0xfd, 0x1b, 0, 0x0b,
	}})
}

// BenchmarkSIMD measures SIMD instructions, which run out of run's loop:
// ns/ins counts the loop's nine wasm instructions.
func BenchmarkSIMD(b *testing.B) {
	benchCall(b, simdModule(), 16000, 1000*9)
}
