//go:build !kilnrun

package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestBundleWithMapPointsAtTheOriginalFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"main.js":  "const a = require('./lib/a');\nconsole.log(a.f());\n",
		"lib/a.js": "// a comment esbuild drops\n\nexports.f = function f() {\n  return boom();\n};\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := BundleWithMap(filepath.Join(dir, "main.js"), nil)
	if err != nil {
		t.Fatal(err)
	}
	code, sm := b.Code, b.Map
	t.Run("sources are absolute paths with their text", func(t *testing.T) {
		got := map[string]string{}
		for i, s := range sm.Sources {
			got[s] = sm.SourcesContent[i]
		}
		want := map[string]string{}
		for name, text := range files {
			want[filepath.Join(dir, name)] = text
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sources (-want +got):\n%s", diff)
		}
	})
	t.Run("a position in the bundle maps to its file, line and column", func(t *testing.T) {
		lines := strings.Split(code, "\n")
		for i, l := range lines {
			if col := strings.Index(l, "boom()"); col >= 0 {
				src, line, c, ok := sm.Original(i+1, col)
				if diff := cmp.Diff([]any{filepath.Join(dir, "lib/a.js"), 4, 9, true}, []any{src, line, c, ok}); diff != "" {
					t.Errorf("Original (-want +got):\n%s", diff)
				}
				return
			}
		}
		t.Fatalf("no boom() call in the bundle:\n%s", code)
	})
	t.Run("the bundle carries no sourceMappingURL comment", func(t *testing.T) {
		if strings.Contains(code, "sourceMappingURL") {
			t.Error(code)
		}
	})
}

// esbuild loads a bundle's files on goroutines of its own; the isModule
// callback is called one file at a time, so it may keep a plain map
// (stdlib's package.json cache does: CI once died of "concurrent map
// writes" in `kiln build --bundle`).
func TestBundleCallsIsModuleOneAtATime(t *testing.T) {
	dir := t.TempDir()
	var main strings.Builder
	for i := range 64 {
		name := filepath.Join(dir, "m", fmt.Sprintf("f%d.js", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(fmt.Sprintf("module.exports = %d;\n", i)), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&main, "require('./m/f%d.js');\n", i)
	}
	entry := filepath.Join(dir, "main.js")
	if err := os.WriteFile(entry, []byte(main.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var inside, overlaps atomic.Int32
	calls := 0
	isModule := func(file string) bool {
		if inside.Add(1) > 1 {
			overlaps.Add(1)
		}
		calls++ // a data race (go test -race) if calls overlap
		time.Sleep(200 * time.Microsecond)
		inside.Add(-1)
		return false
	}
	if _, err := BundleWithMap(entry, isModule); err != nil {
		t.Fatal(err)
	}
	if n := overlaps.Load(); n > 0 {
		t.Errorf("isModule was called %d times while another call ran", n)
	}
	if calls < 65 {
		t.Errorf("isModule was called %d times, want one per file (65)", calls)
	}
}
