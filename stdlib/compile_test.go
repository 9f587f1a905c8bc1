package stdlib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/bytecode"
)

// TestCorpusCompilesToVerifiedBytecode compiles every program of the
// fixture corpora and checks that every function passes the verifier.
func TestCorpusCompilesToVerifiedBytecode(t *testing.T) {
	var files []string
	for _, root := range []string{"../testdata/js", "../vm/testdata"} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) < 150 {
		t.Fatalf("found only %d fixture programs", len(files))
	}
	funcs := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Compile(string(src), f, KindCommonJS)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var walk func(fn *bytecode.Function)
		walk = func(fn *bytecode.Function) {
			funcs++
			for _, c := range fn.Funcs {
				walk(c)
			}
		}
		walk(p.Main)
		if err := bytecode.Verify(p.Main); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	t.Logf("%d programs, %d functions verified", len(files), funcs)
}
