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
