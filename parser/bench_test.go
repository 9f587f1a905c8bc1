package parser_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnjs/kiln/parser"
)

// BenchmarkParseLib parses the JavaScript half of Kiln's Node library
// (stdlib/lib, ~1.9 MB of CommonJS written by hand), a corpus of real code
// that is always here: the parser's throughput on cold starts, where a
// program's modules are parsed before the compile cache has them.
func BenchmarkParseLib(b *testing.B) {
	files, err := filepath.Glob("../stdlib/lib/*/*.js")
	if err != nil {
		b.Fatal(err)
	}
	top, _ := filepath.Glob("../stdlib/lib/*.js")
	files = append(files, top...)
	var srcs []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, string(data))
		size += len(data)
	}
	if size == 0 {
		b.Skip("no stdlib/lib sources")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			if _, err := parser.Parse(src, files[i], parser.Options{AllowReturnOutsideFunction: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseTsc parses (and resolves) typescript's lib/_tsc.js (6.2 MB,
// one module), the file BenchmarkCompileTsc compiles: with it, the parse
// and the compile shares of a cold `kiln _tsc.js`. KILN_BENCH_TSC names the
// file, or an `npm i typescript@5` under /tmp provides it; without one the
// benchmark skips.
func BenchmarkParseTsc(b *testing.B) {
	path := os.Getenv("KILN_BENCH_TSC")
	if path == "" {
		found, _ := filepath.Glob("/tmp/*/node_modules/typescript/lib/_tsc.js")
		if len(found) == 0 {
			b.Skip("no _tsc.js: set KILN_BENCH_TSC or npm i typescript@5 under /tmp")
		}
		path = found[0]
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.Parse(string(data), path, parser.Options{AllowReturnOutsideFunction: true}); err != nil {
			b.Fatal(err)
		}
	}
}
