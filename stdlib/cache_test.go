package stdlib

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnjs/kiln/bytecode"
)

func runWithCache(t *testing.T, file, cache string) string {
	t.Helper()
	var out, errb bytes.Buffer
	n, err := New(Options{Argv: []string{file}, Stdout: &out, Stderr: &errb, CompileCache: cache})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if code := n.RunMain(file); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	return out.String()
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
