// Package jstest runs JavaScript fixture programs on Kiln and compares
// their stdout and exit code with what node produced, checked in beside
// them. A fixture is dir/name.js with dir/name.stdout and, when the exit
// code is not 0, dir/name.exitcode. Helper modules that are not fixtures
// live in subfolders (only top-level files of a folder are fixtures).
// A fixture that needs node options names them in a comment at its top,
// as node's own tests do: "// Flags: --experimental-vm-modules".
//
// Regenerate expected outputs with node: go test ./PKG -run TESTNAME -update
package jstest

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jsdate"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/stdlib"
)

var update = flag.Bool("update", false, "regenerate expected outputs by running node")

// Updating reports whether the test run was asked to regenerate expected
// outputs (-update), for corpora that lay out their fixtures in their own way.
func Updating() bool { return *update }

// Result is what running a program produced.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Run runs file on Kiln in this process.
func Run(file string, stress bool) Result {
	// A program may chdir; the next one must start where this one did.
	if wd, err := os.Getwd(); err == nil {
		defer os.Chdir(wd)
	}
	// A program may set process.env.TZ, which changes the zone of the
	// whole process; the next one starts in the zone this one did.
	if tz, ok := os.LookupEnv("TZ"); ok {
		defer os.Setenv("TZ", tz)
	} else {
		defer os.Unsetenv("TZ")
	}
	defer jsdate.SetZone(nil)
	var out, errb bytes.Buffer
	abs, _ := filepath.Abs(file)
	flags := Flags(file)
	n, err := stdlib.New(stdlib.Options{Argv: []string{abs}, ExecArgv: flags, NodeOptions: flags, Stdout: &out, Stderr: &errb, GCStress: stress})
	if err != nil {
		return Result{Stderr: err.Error(), Code: -1}
	}
	defer n.Close()
	code := n.RunMain(abs)
	return Result{Stdout: out.String(), Stderr: errb.String(), Code: code}
}

// Flags returns the node options a fixture's "// Flags:" line names, nil
// when it has none. Only the comment lines at the top of the file count.
func Flags(file string) []string {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		if rest, ok := strings.CutPrefix(line, "// Flags:"); ok {
			return strings.Fields(rest)
		}
	}
	return nil
}

// RunNode runs file on node with TZ=UTC from its own folder.
func RunNode(file string) (Result, error) {
	run := filepath.Base(file)
	if ext := filepath.Ext(file); ext == ".ts" || ext == ".mts" {
		// node v20 cannot run TypeScript: it runs esbuild's JavaScript of
		// it, written beside the source so relative imports still resolve.
		src, err := os.ReadFile(file)
		if err != nil {
			return Result{}, err
		}
		code, _, err := parser.TransformLoader(string(src), file)
		if err != nil {
			return Result{}, err
		}
		js := strings.TrimSuffix(file, ext) + ".node-tmp" + map[string]string{".ts": ".js", ".mts": ".mjs"}[ext]
		if err := os.WriteFile(js, []byte(code), 0o644); err != nil {
			return Result{}, err
		}
		defer os.Remove(js)
		run = filepath.Base(js)
	}
	cmd := exec.Command("node", append(Flags(file), run)...)
	cmd.Dir = filepath.Dir(file)
	cmd.Env = append(os.Environ(), "TZ=UTC")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		return Result{}, err
	}
	return Result{Stdout: out.String(), Stderr: errb.String(), Code: code}, nil
}

// WriteExpected writes what node produced for fixture base (its path less
// the extension): base.stdout, and base.exitcode when code is not 0.
func WriteExpected(t *testing.T, base, stdout string, code int) {
	t.Helper()
	err := os.WriteFile(base+".stdout", []byte(stdout), 0o644)
	if err == nil && code != 0 {
		err = os.WriteFile(base+".exitcode", []byte(strconv.Itoa(code)+"\n"), 0o644)
	} else if err == nil {
		if err = os.Remove(base + ".exitcode"); errors.Is(err, os.ErrNotExist) {
			err = nil
		}
	}
	if err != nil {
		t.Fatal(err)
	}
}

// ReadExpected reads the stdout and exit code node produced for fixture
// base, as WriteExpected wrote them.
func ReadExpected(t *testing.T, base string) (stdout string, code int) {
	t.Helper()
	want, err := os.ReadFile(base + ".stdout")
	if err != nil {
		t.Fatalf("no expected output (run with -update): %v", err)
	}
	if b, err := os.ReadFile(base + ".exitcode"); err == nil {
		code, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	return string(want), code
}

// Fixtures lists the fixture programs under dir, recursively by folder.
func Fixtures(t *testing.T, dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != dir && (d.Name() == "lib" || strings.HasPrefix(d.Name(), "_") || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() && isFixture(p) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no fixtures under %s", dir)
	}
	return files
}

// KnownFailures reads dir/KNOWN_FAILURES: one fixture name a line
// ("family/name"), then "#" and the reason it does not match node yet.
// Each is skipped with its reason, so every skip is visible in `go test -v`
// output; a listed fixture that passes fails the test, so the list cannot
// go stale.
func KnownFailures(t *testing.T, dir string) map[string]string {
	data, err := os.ReadFile(filepath.Join(dir, "KNOWN_FAILURES"))
	if err != nil {
		return nil
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, "#")
		name, reason = strings.TrimSpace(name), strings.TrimSpace(reason)
		if reason == "" {
			t.Fatalf("KNOWN_FAILURES: %s has no reason", name)
		}
		known[name] = reason
	}
	return known
}

// stressExempt reports whether fixture f runs without GC stress even in a
// stress run, and why: a line "// No GC stress: REASON" among its leading
// comments. For fixtures whose JavaScript passes so many safepoints that a
// collection at each takes minutes, and whose host code holds nothing in Go
// that stress would catch; the reason says so.
func stressExempt(f string) (string, bool) {
	data, err := os.ReadFile(f)
	if err != nil {
		return "", false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		if reason, ok := strings.CutPrefix(line, "// No GC stress: "); ok && strings.TrimSpace(reason) != "" {
			return reason, true
		}
	}
	return "", false
}

// Check runs every fixture under dir as a subtest.
func Check(t *testing.T, dir string, stress bool) {
	CheckAttempts(t, dir, stress, 1)
}

// CheckAttempts is Check for a corpus whose programs race timers against
// the wall clock by design (the event-loop corpus): a run whose output
// differs is repeated, up to attempts runs in all, and the fixture passes
// when one matches, saying so in the log. A stalled machine (go test runs
// packages in parallel) can delay a 25 ms timer past a 60 ms one; a real
// ordering bug differs on every run and still fails.
func CheckAttempts(t *testing.T, dir string, stress bool, attempts int) {
	os.Setenv("TZ", "UTC")
	known := KnownFailures(t, dir)
	for _, f := range Fixtures(t, dir) {
		f := f
		name := strings.TrimSuffix(strings.TrimPrefix(f, dir+"/"), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			if reason, ok := known[name]; ok && !*update {
				if matches(f) {
					t.Fatalf("listed in KNOWN_FAILURES (%s) but now matches node: remove it from the list", reason)
				}
				t.Skipf("known failure: %s", reason)
			}
			base := strings.TrimSuffix(f, filepath.Ext(f))
			if *update {
				r, err := RunNode(f)
				if err != nil {
					t.Fatalf("running node: %v", err)
				}
				WriteExpected(t, base, r.Stdout, r.Code)
				return
			}
			want, wantCode := ReadExpected(t, base)
			stress := stress
			if reason, ok := stressExempt(f); ok && stress {
				t.Logf("run without GC stress: %s", reason)
				stress = false
			}
			got := Run(f, stress)
			for i := 2; i <= attempts && (got.Stdout != string(want) || got.Code != wantCode); i++ {
				got = Run(f, stress)
				if got.Stdout == string(want) && got.Code == wantCode {
					t.Logf("matched node on run %d of %d: the earlier runs' timers fired in another order", i, attempts)
				}
			}
			if diff := cmp.Diff(string(want), got.Stdout); diff != "" {
				t.Errorf("stdout differs from node (-node +kiln):\n%s\nstderr:\n%s", diff, got.Stderr)
			}
			if got.Code != wantCode {
				t.Errorf("exit code = %d, node's = %d\nstderr:\n%s", got.Code, wantCode, got.Stderr)
			}
		})
	}
}

// matches reports whether the fixture's stdout and exit code match node's.
func matches(f string) bool {
	base := strings.TrimSuffix(f, filepath.Ext(f))
	want, err := os.ReadFile(base + ".stdout")
	if err != nil {
		return false
	}
	wantCode := 0
	if b, err := os.ReadFile(base + ".exitcode"); err == nil {
		wantCode, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	got := Run(f, false)
	return got.Stdout == string(want) && got.Code == wantCode
}

// isFixture reports whether p is a fixture program by its extension.
func isFixture(p string) bool {
	switch filepath.Ext(p) {
	case ".js", ".mjs", ".cjs", ".ts", ".mts":
		return true
	}
	return false
}
