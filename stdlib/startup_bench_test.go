package stdlib_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnjs/kiln/stdlib"
)

// BenchmarkStartup measures a runtime's set-up plus a script that loads
// the commonest built-in modules, in process (the compile cache on, as
// for the kiln command).
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "main.js")
	os.WriteFile(file, []byte("require('fs'); require('path'); require('util');"), 0o644)
	cache := filepath.Join(dir, "cache")
	for i := 0; i < b.N; i++ {
		n, err := stdlib.New(stdlib.Options{Argv: []string{file}, Stdout: io.Discard, Stderr: io.Discard, CompileCache: cache})
		if err != nil {
			b.Fatal(err)
		}
		if code := n.RunMain(file); code != 0 {
			b.Fatalf("exit %d", code)
		}
		n.Close()
	}
}

// BenchmarkNew measures a runtime's set-up alone: what every program pays
// before its first line runs.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		n, err := stdlib.New(stdlib.Options{Argv: []string{"x.js"}, Stdout: io.Discard, Stderr: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		n.Close()
	}
}
