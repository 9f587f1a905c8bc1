package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jstest"
)

// The fatal corpus (testdata/fatal) is how programs die: each NAME.args
// holds a command line, one argument a line, run in the corpus folder with
// NAME.stdin (if any) on standard input. node's stdout, exit code and
// stderr are checked in beside it (NAME.stdout, NAME.exitcode,
// NAME.stderr); the stderr filtered only as fatalStderr says.
// Regenerate with node: go test ./cmd/kiln -run TestFatalErrorsPrintAsNode -update
const fatalCorpus = "testdata/fatal"

// nodeFrameLine is the position in one of node's own files, in a stack
// frame or the banner over an error its library threw.
var nodeFrameLine = regexp.MustCompile(`(node:[a-z_/]+):\d+(:\d+)?`)

// fatalStderr makes node's and Kiln's stderr comparable: the corpus folder
// becomes <dir>, and the line:col of node's own library files go, since
// Kiln's library is its own (its functions carry node's names and file
// names, not node's line numbers).
func fatalStderr(s, dir string) string {
	s = strings.ReplaceAll(s, dir, "<dir>")
	return nodeFrameLine.ReplaceAllString(s, "$1")
}

func TestFatalErrorsPrintAsNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	dir, err := filepath.Abs(fatalCorpus)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := filepath.Glob(filepath.Join(dir, "*.args"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	exe := "node"
	if !jstest.Updating() {
		// Kiln runs under the name node, as when installed in its place:
		// the corpus's -v checks that it then answers as node.
		exe = filepath.Join(t.TempDir(), "node")
		if err := os.Symlink(linkedKiln(t, ""), exe); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".args")
		t.Run(filepath.Base(base), func(t *testing.T) {
			data, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			args := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			cmd := exec.Command(exe, args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "TZ=UTC", "NODE_OPTIONS=", "NO_COLOR=1")
			if in, err := os.Open(base + ".stdin"); err == nil {
				defer in.Close()
				cmd.Stdin = in
			}
			out, errb, code := runCommand(t, cmd)
			stderr := fatalStderr(errb.String(), dir)
			if jstest.Updating() {
				jstest.WriteExpected(t, base, out.String(), code)
				if err := os.WriteFile(base+".stderr", []byte(stderr), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, wantCode := jstest.ReadExpected(t, base)
			wantErr, err := os.ReadFile(base + ".stderr")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, out.String()); diff != "" || code != wantCode {
				t.Errorf("exit %d (node's %d), stdout differs from node (-node +kiln):\n%s", code, wantCode, diff)
			}
			if diff := cmp.Diff(string(wantErr), stderr); diff != "" {
				t.Errorf("stderr differs from node (-node +kiln):\n%s", diff)
			}
		})
	}
}
