package compiler_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
)

var commonJSParams = []string{"exports", "require", "module", "__filename", "__dirname"}

// BenchmarkCompileLib compiles the JavaScript half of Kiln's Node library
// (stdlib/lib, ~1.9 MB of CommonJS), parsed once beforehand, as the runtime
// compiles a CommonJS module: the compiler's share of a cold start, before
// the compile cache has the program.
func BenchmarkCompileLib(b *testing.B) {
	files, _ := filepath.Glob("../stdlib/lib/*/*.js")
	top, _ := filepath.Glob("../stdlib/lib/*.js")
	benchCompile(b, append(files, top...), false)
}

// BenchmarkCompileTsc compiles typescript's lib/_tsc.js (6.2 MB, one
// module), the biggest single file a common program loads. It is not in the
// tree: KILN_BENCH_TSC names it, or an `npm i typescript@5` under /tmp
// provides it; without one the benchmark skips.
func BenchmarkCompileTsc(b *testing.B) {
	benchCompile(b, []string{tscPath(b)}, false)
}

// BenchmarkCompileTscLazy is BenchmarkCompileTsc with function bodies
// deferred to their first call (Options.Lazy), none of which comes: what a
// source run of _tsc.js compiles before it starts.
func BenchmarkCompileTscLazy(b *testing.B) {
	benchCompile(b, []string{tscPath(b)}, true)
}

// BenchmarkCompileLibLazy is BenchmarkCompileLib with Options.Lazy.
func BenchmarkCompileLibLazy(b *testing.B) {
	files, _ := filepath.Glob("../stdlib/lib/*/*.js")
	top, _ := filepath.Glob("../stdlib/lib/*.js")
	benchCompile(b, append(files, top...), true)
}

func tscPath(b *testing.B) string {
	path := os.Getenv("KILN_BENCH_TSC")
	if path == "" {
		found, _ := filepath.Glob("/tmp/*/node_modules/typescript/lib/_tsc.js")
		if len(found) == 0 {
			b.Skip("no _tsc.js: set KILN_BENCH_TSC or npm i typescript@5 under /tmp")
		}
		path = found[0]
	}
	return path
}

func benchCompile(b *testing.B, files []string, lazy bool) {
	var progs []*parser.Program
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		prog, err := parser.Parse(string(data), f, parser.Options{AllowReturnOutsideFunction: true})
		if err != nil {
			b.Fatal(err)
		}
		progs = append(progs, prog)
		size += len(data)
	}
	if size == 0 {
		b.Skip("no sources")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	// The machine is shared: CPU time (GC workers included) varies less
	// than wall time under load, so it is reported beside ns/op.
	start := cpuTime()
	for b.Loop() {
		for _, prog := range progs {
			if _, err := compiler.FunctionBody(prog, commonJSParams, compiler.Options{Filename: prog.Filename, Source: prog.Source, Lazy: lazy}); err != nil {
				b.Fatal(err)
			}
		}
	}
	if start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}
