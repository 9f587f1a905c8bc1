package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kilnjs/kiln/internal/jstest"
)

// TestTestRunner runs `kiln --test` (and a few files directly, for the
// reporters) in the tree testdata/node/test/_discover
// (test files found by name and by folder, one that fails by its exit
// code, one that dies before making a test, files that must not run) and
// compares its report and exit code with node v20's, kept in
// testdata/node/test/_discover_want with what differs between runs
// normalised (see normaliseReport).
// Regenerate with node: go test ./cmd/kiln -run TestTestRunner -update
func TestTestRunner(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	dir, err := filepath.Abs("../../testdata/node/test/_discover")
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "..", "_discover_want")
	cases := []struct {
		name string
		args []string
	}{
		{"tap", []string{"--test"}},
		{"spec", []string{"--test", "--test-reporter=spec"}},
		{"dot", []string{"--test", "--test-reporter", "dot"}},
		{"junit", []string{"--test", "--test-reporter=junit"}},
		{"paths", []string{"--test", "test", "lib"}},
		{"below_test", []string{"--test", "test/unit"}},
		{"name_pattern", []string{"--test", "--test-name-pattern=/pattern|upper/"}},
		{"only", []string{"--test", "--test-only", "test"}},
		{"missing", []string{"--test", "nope"}},
		// A file run directly reports the same way, without a child.
		{"direct_spec", []string{"--test-reporter=spec", "math.test.js"}},
		{"direct_dot", []string{"--test-reporter=dot", "math.test.js"}},
		{"direct_junit", []string{"--test-reporter=junit", "math.test.js"}},
		{"direct_only", []string{"--test-only", "--test-reporter=spec", "test/index.js"}},
	}
	kiln := ""
	if !jstest.Updating() {
		kiln = linkedKiln(t, "")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var cmd *exec.Cmd
			if jstest.Updating() {
				cmd = exec.Command("node", c.args...)
			} else {
				cmd = exec.Command(kiln, c.args...)
			}
			cmd.Dir = dir
			out, errb, code := runCommand(t, cmd)
			checkReport(t, filepath.Join(want, c.name), normaliseReport(out.String(), dir), code, errb.String())
		})
	}
}

// TestTestCoverage runs --experimental-test-coverage in the tree
// testdata/node/test/_coverage (branches, functions never called, coverage
// comments, CRLF line ends, a file two test files each run part of, a
// package below node_modules) and compares the report with node v20's,
// kept in testdata/node/test/_coverage_want.
// Regenerate with node: go test ./cmd/kiln -run TestTestCoverage -update
func TestTestCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	dir, err := filepath.Abs("../../testdata/node/test/_coverage")
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "..", "_coverage_want")
	cases := []struct {
		name string
		args []string
	}{
		{"tap", []string{"--test", "--experimental-test-coverage"}},
		{"spec", []string{"--test", "--experimental-test-coverage", "--test-reporter=spec"}},
		{"dot", []string{"--test", "--experimental-test-coverage", "--test-reporter=dot"}},
		{"folder", []string{"--test", "--experimental-test-coverage", "test"}},
		{"lcov", []string{"--test", "--experimental-test-coverage", "--test-reporter=lcov"}},
		// lcov reports nothing without coverage.
		{"lcov_off", []string{"--test", "--test-reporter=lcov"}},
		// A file run directly reports the coverage of its own process.
		{"direct", []string{"--experimental-test-coverage", "shapes.test.js"}},
		{"direct_lcov", []string{"--experimental-test-coverage", "--test-reporter=lcov", "shapes.test.js"}},
	}
	kiln := ""
	if !jstest.Updating() {
		kiln = linkedKiln(t, "")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			name := kiln
			if jstest.Updating() {
				name = "node"
			}
			cmd := exec.Command(name, c.args...)
			cmd.Dir = dir
			out, errb, code := runCommand(t, cmd)
			checkReport(t, filepath.Join(want, c.name), normaliseReport(out.String(), dir), code, errb.String())
		})
	}
}

// checkReport compares a normalised report and exit code with node's,
// in want.stdout and want.exitcode, or writes them there under -update.
func checkReport(t *testing.T, want, got string, code int, stderr string) {
	t.Helper()
	if jstest.Updating() {
		if err := os.WriteFile(want+".stdout", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(want+".exitcode", []byte(strconv.Itoa(code)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantOut, err := os.ReadFile(want + ".stdout")
	if err != nil {
		t.Fatal(err)
	}
	wantCode, err := os.ReadFile(want + ".exitcode")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(wantOut), got); diff != "" {
		t.Errorf("stdout (-node +kiln):\n%s\nstderr:\n%s", diff, stderr)
	}
	if strconv.Itoa(code) != strings.TrimSpace(string(wantCode)) {
		t.Errorf("exit code %d, node's %s", code, strings.TrimSpace(string(wantCode)))
	}
}

var (
	durationRE = regexp.MustCompile(`duration_ms(:?) [0-9.e+-]+`)
	specTimeRE = regexp.MustCompile(`\([0-9.e+-]+ms\)`)
	junitRE    = regexp.MustCompile(`(time|hostname)="[^"]*"`)
	stackBlock = regexp.MustCompile(`^( *)stack: \|-$`)
	frameRE    = regexp.MustCompile(`^(# )? *(\x1b\[90m)? *at `)
)

// normaliseReport takes out of a test report what no two runs or runtimes
// share: durations, junit's host name, the folder the tree lies in, and
// stack frames (TAP's stack blocks, the frames of an inspected error and
// of a child's uncaught error), which name each runtime's own internals.
func normaliseReport(s, dir string) string {
	s = strings.ReplaceAll(s, dir+string(filepath.Separator), "")
	s = strings.ReplaceAll(s, "\r\n", "\n") // a terminal's line ends
	var b strings.Builder
	skipDeeper := -1
	for _, line := range strings.SplitAfter(s, "\n") {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if skipDeeper >= 0 {
			if indent > skipDeeper && strings.TrimSpace(line) != "" {
				continue
			}
			skipDeeper = -1
		}
		if m := stackBlock.FindStringSubmatch(strings.TrimRight(line, "\n")); m != nil {
			skipDeeper = len(m[1])
			continue
		}
		if frameRE.MatchString(line) {
			continue
		}
		line = durationRE.ReplaceAllString(line, "duration_ms$1 *")
		line = junitRE.ReplaceAllString(line, `$1="*"`)
		b.WriteString(specTimeRE.ReplaceAllString(line, "(*ms)"))
	}
	return b.String()
}
