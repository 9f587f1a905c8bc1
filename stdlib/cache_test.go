package stdlib

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/bytecode"
)

func runWithCache(t *testing.T, file, cache string) string {
	t.Helper()
	out, errOut, code := runCached(t, file, cache)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	return out
}

// runCached runs file with the compile cache in cache, and returns its
// standard output and error and its exit code.
func runCached(t *testing.T, file, cache string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	n, err := New(Options{Argv: []string{file}, Stdout: &out, Stderr: &errb, CompileCache: cache})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	code = n.RunMain(file)
	return out.String(), errb.String(), code
}

func TestCompileCache(t *testing.T) {
	cache := t.TempDir()
	src := "console.log('from source')\n"
	file := filepath.Join(t.TempDir(), "app.js")
	os.WriteFile(file, []byte(src), 0o644)
	entry := filepath.Join(cache, cacheKey(src, file, KindCommonJS)+".kbc")

	t.Run("the first run writes an entry", func(t *testing.T) {
		runWithCache(t, file, cache)
		if _, err := bytecode.DecodeSnapshot(entry, mustRead(t, entry)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("the next run loads the entry instead of compiling", func(t *testing.T) {
		// Plant another program under this source's key: its output proves the entry ran.
		p, err := Compile("console.log('from the cache')\n", file, KindCommonJS)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
		os.WriteFile(entry, data, 0o644)
		if out := runWithCache(t, file, cache); out != "from the cache\n" {
			t.Errorf("stdout %q", out)
		}
	})
	t.Run("a corrupt entry is ignored and rewritten", func(t *testing.T) {
		os.WriteFile(entry, []byte(bytecode.SnapshotMagic+"garbage"), 0o644)
		if out := runWithCache(t, file, cache); out != "from source\n" {
			t.Errorf("stdout %q", out)
		}
		if _, err := bytecode.DecodeSnapshot(entry, mustRead(t, entry)); err != nil {
			t.Errorf("entry not rewritten: %v", err)
		}
	})
	t.Run("an entry with a flipped byte is recompiled, never run", func(t *testing.T) {
		good := mustRead(t, entry)
		for _, at := range []int{len(good) / 3, len(good) / 2, len(good) - 40} {
			bad := bytes.Clone(good)
			bad[at] ^= 0x10
			os.WriteFile(entry, bad, 0o644)
			if out := runWithCache(t, file, cache); out != "from source\n" {
				t.Errorf("byte %d flipped: stdout %q", at, out)
			}
			if got := mustRead(t, entry); !bytes.Equal(got, good) {
				t.Errorf("byte %d flipped: entry not rewritten", at)
			}
		}
	})
	t.Run("no directory means no cache", func(t *testing.T) {
		if out := runWithCache(t, file, ""); out != "from source\n" {
			t.Errorf("stdout %q", out)
		}
	})
	t.Run("no temporary files are left behind", func(t *testing.T) {
		if m, _ := filepath.Glob(filepath.Join(cache, "*.tmp")); len(m) != 0 {
			t.Errorf("left %v", m)
		}
	})
}

func mustRead(t *testing.T, f string) []byte {
	t.Helper()
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCompileCacheMissRunsLazily: a miss compiles a function's body on
// its first call, and the entry written for the next run still holds every
// body, byte for byte what the eager compile gives, however the run ends
// (cache_write.go).
func TestCompileCacheMissRunsLazily(t *testing.T) {
	const prelude = `function unused(a) { return function inner() { return a + 1 } }
function used(x) { const f = function (y) { return x * y }; return f(2) }
function later(s) { return function () { return s + '!' } }
console.log(used(21))
`
	endings := []struct{ name, code string }{
		{"when the event loop empties", ""},
		{"after a timer calls functions the main module did not", "setTimeout(() => console.log(later('timer')()), 1)\n"},
		{"on process.exit", "process.exit(3)\n"},
		{"on process.reallyExit", "process.reallyExit(4)\n"},
		{"on an uncaught exception", "throw new Error('boom')\n"},
		{"on an uncaught exception in a timer", "setTimeout(() => { throw new Error(later('late')()) }, 1)\n"},
	}
	for _, e := range endings {
		t.Run("the entry holds every body "+e.name, func(t *testing.T) {
			src := prelude + e.code
			file := filepath.Join(t.TempDir(), "app.js")
			os.WriteFile(file, []byte(src), 0o644)
			cache := t.TempDir()
			out, _, _ := runCached(t, file, cache)
			if !strings.HasPrefix(out, "42\n") {
				t.Fatalf("stdout %q", out)
			}
			eager, err := Compile(src, file, KindCommonJS)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := bytecode.EncodeSnapshot(eager, bytecode.SnapshotOptions{})
			got := mustRead(t, filepath.Join(cache, cacheKey(src, file, KindCommonJS)+".kbc"))
			if !bytes.Equal(got, want) {
				t.Errorf("the entry (%d bytes) is not the eager compile's snapshot (%d bytes)", len(got), len(want))
			}
			if m, _ := filepath.Glob(filepath.Join(cache, "*.tmp")); len(m) != 0 {
				t.Errorf("left %v", m)
			}
		})
	}
	t.Run("a miss leaves the bodies uncompiled until the writer runs", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "app.js")
		cache := t.TempDir()
		n, err := New(Options{Argv: []string{file}, CompileCache: cache})
		if err != nil {
			t.Fatal(err)
		}
		defer n.Close()
		p, err := n.compileModule(prelude, file)
		if err != nil {
			t.Fatal(err)
		}
		deferred := func() (k int) {
			for _, f := range p.Main.Funcs {
				if f.Deferred() {
					k++
				}
			}
			return k
		}
		if k := deferred(); k != 3 {
			t.Errorf("%d of the 3 top-level functions deferred", k)
		}
		n.finishCacheWrites()
		if k := deferred(); k != 0 {
			t.Errorf("%d functions still deferred once the entry is written", k)
		}
		if _, err := bytecode.DecodeCacheEntry("entry", mustRead(t, filepath.Join(cache, cacheKey(prelude, file, KindCommonJS)+".kbc"))); err != nil {
			t.Error(err)
		}
	})
}
