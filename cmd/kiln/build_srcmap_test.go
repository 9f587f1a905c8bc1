package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/jstest"
	"github.com/kilnjs/kiln/stdlib"
)

// The srcmap fixture app is run unbundled by node for the expected output
// (NAME.stdout, and NAME.stderr normalised by normaliseStderr), then built
// with --bundle and run on Kiln away from its sources.
// Regenerate: go test ./cmd/kiln -run TestBundledErrorsPointAtTheOriginalFiles -update
const srcmapApp = "testdata/srcmap"

var (
	userFrame = regexp.MustCompile(`^    at .*?\(?(<dir>/[^()\s]*:\d+:\d+)\)?$`)
	anyFrame  = regexp.MustCompile(`^    at `)
)

// normaliseStderr makes Node's and Kiln's uncaught-error output comparable:
// the app's folder becomes <dir>, stack frames keep only their file:line:col
// (Kiln's function names are not the subject here) and only in the app's
// files (node's internal frames go), and the version line goes.
func normaliseStderr(s, dir string) string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, dir, "<dir>"), "\n") {
		switch m := userFrame.FindStringSubmatch(l); {
		case m != nil:
			out = append(out, "    at "+m[1])
		case anyFrame.MatchString(l), strings.HasPrefix(l, "Node.js v"):
		default:
			out = append(out, l)
		}
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}

// copyApp copies the fixture app into a fresh folder, so that the test can
// delete the sources before the snapshot runs.
func copyApp(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "app")
	err := filepath.WalkDir(srcmapApp, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		to := filepath.Join(dir, strings.TrimPrefix(p, srcmapApp))
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// golden reads (or, with -update, writes from node's run) the expected
// stdout and normalised stderr of the fixture app's entry name.
func golden(t *testing.T, name string) (stdout, stderr string, code int) {
	t.Helper()
	base := filepath.Join(srcmapApp, name)
	if jstest.Updating() {
		abs, err := filepath.Abs(srcmapApp)
		if err != nil {
			t.Fatal(err)
		}
		res, err := jstest.RunNode(base + ".js")
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(base+".stdout", []byte(res.Stdout), 0o644)
		os.WriteFile(base+".stderr", []byte(normaliseStderr(res.Stderr, abs)), 0o644)
	}
	out, err := os.ReadFile(base + ".stdout")
	if err != nil {
		t.Fatalf("no expected output (run with -update): %v", err)
	}
	errs, err := os.ReadFile(base + ".stderr")
	if err != nil {
		t.Fatalf("no expected output (run with -update): %v", err)
	}
	if len(bytes.TrimSpace(errs)) > 0 {
		code = 1
	}
	return string(out), string(errs), code
}

// TestBundledErrorsPointAtTheOriginalFiles builds each entry of the srcmap
// app with --bundle, deletes the sources, and runs the snapshot: stdout
// (which prints caught errors' stack frames), the uncaught-error banner with
// its source line and caret, the frames and the exit code must be those of
// node running the files unbundled.
func TestBundledErrorsPointAtTheOriginalFiles(t *testing.T) {
	cases := []struct {
		name, entry string
		noSource    bool
		// caretAtNew: the throw happens while the module is required,
		// and esbuild's require helper rethrows it; Kiln then reports the
		// error where it was made (its `new`), node at its `throw`.
		caretAtNew bool
	}{
		{name: "caught errors' stacks name lib/a.js, lib/b.js and node_modules lines", entry: "caught"},
		{name: "an uncaught error's banner quotes the original line", entry: "uncaught"},
		{name: "with --no-source the banner has no source line", entry: "uncaught", noSource: true},
		{name: "an error thrown while a module is required points at that module", entry: "initfail", caretAtNew: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantOut, wantErr, wantCode := golden(t, c.entry)
			dir := copyApp(t)
			kbc := filepath.Join(t.TempDir(), c.entry+".kbc")
			args := []string{"--bundle", filepath.Join(dir, c.entry+".js"), "-o", kbc}
			if c.noSource {
				args = append([]string{"--no-source"}, args...)
				wantErr = dropSourceLine(wantErr)
			}
			build(t, args...)
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			out, errs, code := runCLI(t, kbc)
			gotErr := normaliseStderr(errs, dir)
			if c.caretAtNew {
				wantErr = strings.Replace(wantErr, "\n            ^\n", "\n                  ^\n", 1)
			}
			if diff := cmp.Diff(wantOut, out); diff != "" {
				t.Errorf("stdout (-node unbundled +kiln bundled):\n%s", diff)
			}
			if diff := cmp.Diff(wantErr, gotErr); diff != "" {
				t.Errorf("stderr (-node unbundled +kiln bundled):\n%s", diff)
			}
			if code != wantCode {
				t.Errorf("exit code %d, want %d", code, wantCode)
			}
		})
	}
}

// dropSourceLine removes the source line and caret under the banner's
// first line.
func dropSourceLine(stderr string) string {
	lines := strings.SplitN(stderr, "\n", 4)
	if len(lines) < 4 {
		return stderr
	}
	return lines[0] + "\n" + lines[3]
}

func TestBundledSnapshots(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.kbc"), filepath.Join(dir, "b.kbc")
	build(t, "--bundle", filepath.Join(srcmapApp, "caught.js"), "-o", a)
	build(t, "--bundle", filepath.Join(srcmapApp, "caught.js"), "-o", b)
	first, _ := os.ReadFile(a)
	t.Run("two bundled builds give the same bytes", func(t *testing.T) {
		second, _ := os.ReadFile(b)
		if !bytes.Equal(first, second) {
			t.Error("builds differ")
		}
	})
	t.Run("build → load → build gives the same bytes", func(t *testing.T) {
		p, err := stdlib.LoadSnapshotFile(a)
		if err != nil {
			t.Fatal(err)
		}
		again, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, again) {
			t.Error("re-encoded snapshot differs")
		}
	})
	t.Run("the snapshot names each original file once, by absolute path", func(t *testing.T) {
		p, err := stdlib.LoadSnapshotFile(a)
		if err != nil {
			t.Fatal(err)
		}
		abs, _ := filepath.Abs(srcmapApp)
		var got []string
		for _, f := range p.Files {
			got = append(got, strings.TrimPrefix(f.Name, abs+"/"))
		}
		want := []string{"lib/a.js", "lib/b.js", "node_modules/tiny-parse/index.js", "caught.js"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Error(diff)
		}
	})
	t.Run("toString shows the bundled text that ran", func(t *testing.T) {
		lib := writeFile(t, "f.js", "module.exports = function add(a,b){return a+b}\n")
		main := filepath.Join(filepath.Dir(lib), "main.js")
		os.WriteFile(main, []byte("console.log(require('./f').toString())\n"), 0o644)
		kbc := filepath.Join(dir, "f.kbc")
		build(t, "--bundle", main, "-o", kbc)
		out, errs, code := runCLI(t, kbc)
		if want := "function add(a, b) {\n      return a + b;\n    }\n"; code != 0 || out != want {
			t.Errorf("code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
	})
}
