package kiln_test

import (
	"testing"

	"github.com/kilnjs/kiln"
)

// BenchmarkGoFunctionCall is the cost of JavaScript calling a Go function
// (arguments and result converted through reflection), per call.
func BenchmarkGoFunctionCall(b *testing.B) {
	r, _ := kiln.New(kiln.Options{})
	defer r.Close()
	r.Set("add", func(a, b int) int { return a + b })
	fn, err := r.Run("bench.js", "(function (n) { let s = 0; for (let i = 0; i < n; i++) s = add(s, 1); return s })")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := fn.Call(b.N); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCallFromGo is the cost of Go calling a JavaScript function.
func BenchmarkCallFromGo(b *testing.B) {
	r, _ := kiln.New(kiln.Options{})
	defer r.Close()
	fn, err := r.Run("bench.js", "(function (a, b) { return a + b })")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fn.Call(i, 1); err != nil {
			b.Fatal(err)
		}
	}
}
