package wasm

import (
	"os"
	"testing"
)

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
}
