package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kilnjs/kiln/internal/jstest"
)

func TestSplitNodeOptions(t *testing.T) {
	cases := []struct {
		in   string
		want []string
		err  error
	}{
		{"-r ./a.js", []string{"-r", "./a.js"}, nil},
		{"  --no-warnings   -r a  ", []string{"--no-warnings", "-r", "a"}, nil},
		{`--title "a b"`, []string{"--title", "a b"}, nil},
		{`--title "a\"b"`, []string{"--title", `a"b`}, nil},
		{`--title a\\b`, []string{"--title", `a\\b`}, nil},
		{`--title "a\\b"`, []string{"--title", `a\b`}, nil},
		{`-r "./p"re.js`, []string{"-r", "./pre.js"}, nil},
		{`"" -r x`, []string{"-r", "x"}, nil},
		{`"--no-warnings`, nil, errUnterminated},
		{`--title "x\`, nil, errBadEscape},
	}
	for _, c := range cases {
		got, err := splitNodeOptions(c.in)
		if err != c.err || !cmp.Equal(got, c.want) {
			t.Errorf("splitNodeOptions(%q) = %q, %v; want %q, %v", c.in, got, err, c.want, c.err)
		}
	}
}

// TestCLIFixtures runs the fixtures of testdata/node/process/_cli with the
// kiln binary, so that the processes they start with process.execPath
// read their options (NODE_OPTIONS, the command line's) as kiln does, and
// compares each one's stdout and exit code with node's, checked in beside
// it. Regenerate with node: go test ./cmd/kiln -run TestCLIFixtures -update
func TestCLIFixtures(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	dir, err := filepath.Abs("../../testdata/node/process/_cli")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	exe := "node"
	if !jstest.Updating() {
		exe = linkedKiln(t, "")
	}
	for _, f := range files {
		base := strings.TrimSuffix(f, ".js")
		t.Run(filepath.Base(base), func(t *testing.T) {
			cmd := exec.Command(exe, filepath.Base(f))
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "TZ=UTC", "NODE_OPTIONS=")
			out, errb, code := runCommand(t, cmd)
			if jstest.Updating() {
				jstest.WriteExpected(t, base, out.String(), code)
				return
			}
			want, wantCode := jstest.ReadExpected(t, base)
			if diff := cmp.Diff(want, out.String()); diff != "" || code != wantCode {
				t.Errorf("exit %d (node's %d), stdout differs from node (-node +kiln):\n%s\nstderr:\n%s", code, wantCode, diff, errb.String())
			}
		})
	}
}
