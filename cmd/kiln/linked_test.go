package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// linked holds the kiln binaries the tests link, one per set of build tags,
// so that each costs one link however many tests run it; TestMain removes
// them at the end.
var linked struct {
	sync.Mutex
	dir   string
	paths map[string]string
}

// linkedKiln links ./cmd/kiln with the given build tags ("" for none) on
// first use and returns the binary's path: kiln, or kiln-run for the
// kilnrun tag. Each build has a folder of its own, so that no kiln finds a
// kiln-run beside it that a test did not put there.
func linkedKiln(t *testing.T, tags string) string {
	t.Helper()
	linked.Lock()
	defer linked.Unlock()
	if p, ok := linked.paths[tags]; ok {
		return p
	}
	if linked.dir == "" {
		dir, err := os.MkdirTemp("", "kiln-test-bin")
		if err != nil {
			t.Fatal(err)
		}
		linked.dir, linked.paths = dir, map[string]string{}
	}
	name := "kiln"
	if tags == "kilnrun" {
		name = "kiln-run"
	}
	p := filepath.Join(linked.dir, "tags-"+tags, name)
	if out, err := exec.Command("go", "build", "-tags", tags, "-o", p, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build -tags %q: %v\n%s", tags, err, out)
	}
	linked.paths[tags] = p
	return p
}

func TestMain(m *testing.M) {
	// The tests run kiln in this process and in binaries that inherit its
	// environment; a NODE_OPTIONS of the machine's would change them.
	os.Unsetenv("NODE_OPTIONS")
	code := m.Run()
	if linked.dir != "" {
		os.RemoveAll(linked.dir)
	}
	os.Exit(code)
}
