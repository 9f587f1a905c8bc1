package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/jstest"
	"github.com/kilnjs/kiln/stdlib"
)

// build runs `kiln build args...` in-process and fails the test on error.
func build(t *testing.T, args ...string) {
	t.Helper()
	if _, errs, code := runCLI(t, append([]string{"build"}, args...)...); code != 0 {
		t.Fatalf("kiln build %v: exit %d: %s", args, code, errs)
	}
}

// TestSnapshotsRunTheCorpusAsSourceDoes builds every fixture of the
// foundation corpus and runs the snapshot: stdout and exit code must be
// those of running the source.
func TestSnapshotsRunTheCorpusAsSourceDoes(t *testing.T) {
	os.Setenv("TZ", "UTC")
	snapshotsRunAsSource(t, "../../testdata/js")
}

// TestSnapshotsRunTheModuleCorpus does the same for the module corpus:
// ES module entries become module snapshots whose imports load from the
// files beside the original.
func TestSnapshotsRunTheModuleCorpus(t *testing.T) {
	snapshotsRunAsSource(t, "../../testdata/modules")
}

func snapshotsRunAsSource(t *testing.T, corpus string) {
	dir := t.TempDir()
	for _, f := range jstest.Fixtures(t, corpus) {
		name := strings.TrimSuffix(strings.TrimPrefix(f, corpus+"/"), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			kbc := filepath.Join(dir, strings.ReplaceAll(name, "/", "_")+".kbc")
			build(t, f, "-o", kbc)
			want := jstest.Run(f, false)
			out, errs, code := runCLI(t, kbc)
			if diff := cmp.Diff(want.Stdout, out); diff != "" {
				t.Errorf("stdout differs from the source run (-source +snapshot):\n%s\nstderr:\n%s", diff, errs)
			}
			if code != want.Code {
				t.Errorf("exit code %d, source run's %d\nstderr:\n%s", code, want.Code, errs)
			}
		})
	}
}

func TestSnapshotErrorsPointAtTheOriginalSource(t *testing.T) {
	f := writeFile(t, "boom.js", "function f() {\n  throw new Error('boom');\n}\nf();\n")
	kbc := filepath.Join(t.TempDir(), "boom.kbc")
	build(t, f, "-o", kbc)
	_, errs, code := runCLI(t, kbc)
	want := f + ":2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at f (" + f + ":2:9)\n"
	if code != 1 || !strings.HasPrefix(errs, want) {
		t.Errorf("code %d, stderr:\n%s\nwant prefix:\n%s", code, errs, want)
	}
}

// TestBuildDetectsModuleSyntax builds .js files whose package does not give
// their format (the temporary folder has no package.json): CommonJS unless
// only a module compiles, as node v20 decides (the expected lines are what
// node prints for the same files), and a file that is neither reports the
// CommonJS error.
func TestBuildDetectsModuleSyntax(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"esm.js", "import { basename } from 'node:path';\nconsole.log(basename(new URL(import.meta.url).pathname), typeof require);\n", "esm.js undefined\n"},
		{"cjs.js", "console.log(typeof require, typeof module);\n", "function object\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := writeFile(t, c.name, c.src)
			kbc := filepath.Join(t.TempDir(), "out.kbc")
			build(t, src, "-o", kbc)
			out, errs, code := runCLI(t, kbc)
			if code != 0 || out != c.want {
				t.Errorf("code %d, stdout %q, stderr %q; want %q", code, out, errs, c.want)
			}
		})
	}
	t.Run("TypeScript CommonJS with import syntax builds as it runs", func(t *testing.T) {
		// A .cts file is CommonJS whose imports the loader turns into
		// requires; the build did not, and failed ("Cannot use import
		// statement outside a module"). node v20 runs no TypeScript, so the
		// snapshot is held to the source run.
		src := writeFile(t, "a.cts", "import { sep } from 'node:path';\nconst n: number = 1;\nconsole.log(typeof sep, n, typeof require);\n")
		want, _, _ := runCLI(t, src)
		kbc := filepath.Join(t.TempDir(), "out.kbc")
		build(t, src, "-o", kbc)
		if out, errs, code := runCLI(t, kbc); code != 0 || out != want || want != "string 1 function\n" {
			t.Errorf("code %d, stdout %q, stderr %q; the source run printed %q", code, out, errs, want)
		}
	})
	t.Run("neither", func(t *testing.T) {
		src := writeFile(t, "bad.js", "const x = ;\n")
		_, errs, code := runCLI(t, "build", src, "-o", filepath.Join(t.TempDir(), "out.kbc"))
		if want := src + ":1:10: SyntaxError: Unexpected token ';'"; code != 1 || !strings.Contains(errs, want) {
			t.Errorf("code %d, stderr %q; want exit 1 and %q", code, errs, want)
		}
	})
}

func TestBuildOptions(t *testing.T) {
	src := writeFile(t, "f.js", "function add(a, b) { return a + b }\nconsole.log(add.toString())\n")
	dir := t.TempDir()
	withSource, noSource := filepath.Join(dir, "a.kbc"), filepath.Join(dir, "b.kbc")
	build(t, src, "-o", withSource)
	build(t, "--no-source", src, "-o", noSource)
	cases := []struct {
		name    string
		args    []string
		wantOut string
	}{
		{"a snapshot keeps the source for toString", []string{withSource}, "function add(a, b) { return a + b }\n"},
		{"--no-source gives the native-code form", []string{noSource}, "function add() { [native code] }\n"},
		{"--disasm prints the bytecode", []string{"build", "--disasm", withSource}, "function <anonymous> (params 5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, c.args...)
			if code != 0 || !strings.HasPrefix(out, c.wantOut) {
				t.Errorf("code %d, stdout %q, stderr %q; want prefix %q", code, out, errs, c.wantOut)
			}
		})
	}
	t.Run("two builds give the same bytes", func(t *testing.T) {
		again := filepath.Join(dir, "c.kbc")
		build(t, src, "-o", again)
		a, _ := os.ReadFile(withSource)
		b, _ := os.ReadFile(again)
		if !bytes.Equal(a, b) {
			t.Error("builds differ")
		}
	})
}

func TestBadSnapshotsExitOneWithOneLine(t *testing.T) {
	src := writeFile(t, "f.js", "console.log('hi')\n")
	kbc := filepath.Join(t.TempDir(), "app.kbc")
	build(t, src, "-o", kbc)
	good, _ := os.ReadFile(kbc)
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x10
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"a flipped bit", flipped, "checksum mismatch (file corrupted)"},
		{"a truncated file", good[:40], "truncated snapshot (40 bytes)"},
		{"source text renamed .kbc", []byte("console.log(1)"), "not a Kiln snapshot (bad magic)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.WriteFile(kbc, c.data, 0o644)
			out, errs, code := runCLI(t, kbc)
			if code != 1 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "kiln: "+kbc) || !strings.Contains(errs, c.want) {
				t.Errorf("code %d, stdout %q, stderr %q; want one line naming the file with %q", code, out, errs, c.want)
			}
		})
	}
}

// TestBundleAndExecutable builds testdata/app (two local files and a tiny
// package in node_modules) into a bundled snapshot and a single executable,
// and runs both away from the sources.
func TestBundleAndExecutable(t *testing.T) {
	dir := t.TempDir()
	kbc := filepath.Join(dir, "app.kbc")
	build(t, "--bundle", "testdata/app/main.js", "-o", kbc)
	t.Run("the bundled snapshot runs without its sources", func(t *testing.T) {
		out, errs, code := runCLI(t, kbc, "kiln")
		if want := "hello, kiln.........|\n"; code != 0 || out != want {
			t.Errorf("code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
	})
	t.Run("the single executable runs the app with its arguments", func(t *testing.T) {
		app := filepath.Join(dir, "app")
		if out, err := exec.Command(linkedKiln(t, ""), "build", "--bundle", "--exe", "testdata/app/main.js", "-o", app).CombinedOutput(); err != nil {
			t.Fatalf("kiln build --exe: %v\n%s", err, out)
		}
		cmd := exec.Command(app, "--version", "x")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if want := "hello, --version x..|\n"; err != nil || string(out) != want {
			t.Errorf("got %q (%v), want %q", out, err, want)
		}
	})
}

// TestBundledAppsRunAsNodeRunsTheirSources builds the apps of
// testdata/ship with --bundle, as a snapshot and as a single executable,
// and runs both from another directory: stdout and exit code must be what
// node prints running the sources (main.stdout, tla.stdout). Their
// dependencies read files beside them through __dirname and import.meta.url,
// use require.resolve and createRequire, start with directives, and one
// requires a native addon in a try/catch. The build names the modules that
// keep their build-time paths.
//
// Regenerate: go test ./cmd/kiln -run TestBundledAppsRunAsNodeRunsTheirSources -update
func TestBundledAppsRunAsNodeRunsTheirSources(t *testing.T) {
	for _, entry := range []string{"testdata/ship/main.js", "testdata/ship/tla.mjs"} {
		base := strings.TrimSuffix(entry, filepath.Ext(entry))
		t.Run(filepath.Base(base), func(t *testing.T) {
			if jstest.Updating() {
				r, err := jstest.RunNode(entry)
				if err != nil {
					t.Fatal(err)
				}
				jstest.WriteExpected(t, base, r.Stdout, r.Code)
			}
			want, wantCode := jstest.ReadExpected(t, base)
			dir := t.TempDir()
			kbc := filepath.Join(dir, "app.kbc")
			_, note, code := runCLI(t, "build", "--bundle", entry, "-o", kbc)
			if code != 0 {
				t.Fatalf("kiln build: exit %d: %s", code, note)
			}
			// The build tells which modules keep their build-time paths.
			if own := filepath.FromSlash("  node_modules/reads-own-files/"); !strings.HasPrefix(note, "kiln build: note: ") || !strings.Contains(note, own) {
				t.Errorf("kiln build's note %q does not name the modules under %q", note, own)
			}
			out, errs, code := runCLI(t, kbc)
			if diff := cmp.Diff(want, out); diff != "" || code != wantCode {
				t.Errorf("the bundled snapshot: exit %d, want %d; stdout (-node +kiln):\n%s\nstderr:\n%s", code, wantCode, diff, errs)
			}
			app := filepath.Join(dir, "app")
			if out, err := exec.Command(linkedKiln(t, ""), "build", "--bundle", "--exe", entry, "-o", app).CombinedOutput(); err != nil {
				t.Fatalf("kiln build --exe: %v\n%s", err, out)
			}
			cmd := exec.Command(app)
			cmd.Dir = dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Run()
			if diff := cmp.Diff(want, stdout.String()); diff != "" || cmd.ProcessState.ExitCode() != wantCode {
				t.Errorf("the executable: exit %d, want %d; stdout (-node +kiln):\n%s\nstderr:\n%s", cmd.ProcessState.ExitCode(), wantCode, diff, stderr.String())
			}
		})
	}
}

// TestUnverifiedFunctionsAreCheckedBeforeTheyRun runs snapshots whose
// checksums are good but whose function "broken" holds code the verifier
// rejects, or a body that does not decode (a line table pointing past its
// code): each function is decoded and verified before its first run, so a
// program that never calls it runs, and one that calls it stops there with
// a one-line error and exit 1, which no JavaScript handler can catch.
func TestUnverifiedFunctionsAreCheckedBeforeTheyRun(t *testing.T) {
	const never, called = "function broken() { return 1 }\nconsole.log('hi')\n",
		"function broken() { return 1 }\nconsole.log('before')\ntry { broken() } catch (e) { console.log('caught') }\nconsole.log('after')\n"
	badCode := func(f *bytecode.Function) { f.Code[0] = 0xFFFFFFFF }
	badLines := func(f *bytecode.Function) {
		f.Lines = append(f.Lines, bytecode.LinePos{PC: len(f.Code) + 5, Line: 1})
	}
	cases := []struct {
		name, src, stdout, stderr string
		code                      int
		breaks                    func(f *bytecode.Function)
	}{
		{"bad code never called", never, "hi\n", "", 0, badCode},
		{"bad code called", called, "before\n", `bytecode rejected by the verifier: function "broken" at 0: undecodable instruction`, 1, badCode},
		{"a malformed body never called", never, "hi\n", "", 0, badLines},
		{"a malformed body called", called, "before\n", `lines section: line pc delta`, 1, badLines},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := stdlib.Build(writeFile(t, "f.js", c.src), stdlib.BuildOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var find func(f *bytecode.Function) *bytecode.Function
			find = func(f *bytecode.Function) *bytecode.Function {
				if f.Name == "broken" {
					return f
				}
				for _, sub := range f.Funcs {
					if g := find(sub); g != nil {
						return g
					}
				}
				return nil
			}
			broken := find(p.Main)
			if broken == nil {
				t.Fatal("no function named broken")
			}
			c.breaks(broken)
			snap, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
			if err != nil {
				t.Fatal(err)
			}
			kbc := filepath.Join(t.TempDir(), "app.kbc")
			os.WriteFile(kbc, snap, 0o644)
			out, errs, code := runCLI(t, kbc)
			if code != c.code || out != c.stdout {
				t.Errorf("exit %d, stdout %q; want %d, %q (stderr %q)", code, out, c.code, c.stdout, errs)
			}
			if c.stderr == "" && errs != "" || c.stderr != "" && (strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "kiln: "+kbc+": ") || !strings.Contains(errs, c.stderr)) {
				t.Errorf("stderr %q; want one line naming the file with %q", errs, c.stderr)
			}
		})
	}
}
