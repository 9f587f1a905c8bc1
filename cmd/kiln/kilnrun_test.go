package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jstest"
)

// runBinary runs a linked binary and returns its outputs and exit code.
func runBinary(t *testing.T, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s: %v", bin, err)
		}
		code = ee.ExitCode()
	}
	return out.String(), errb.String(), code
}

// startsWith reports whether the file at exe begins with the bytes of the
// file at runtime: an executable kiln build --exe wrote from that runtime.
func startsWith(t *testing.T, exe, runtime string) bool {
	t.Helper()
	e, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	r, err := os.ReadFile(runtime)
	if err != nil {
		t.Fatal(err)
	}
	if len(e) <= len(r) {
		return false
	}
	// The one byte that differs is the mark's last, which says the copy
	// carries a snapshot (on ELF and PE; a Mach-O runtime is copied as is).
	mark := runtimeMark[:len(runtimeMark)-1]
	at := bytes.Index(r, mark) + len(mark)
	if at < len(mark) {
		t.Fatalf("%s holds no runtime mark", runtime)
	}
	if markPatchable(r) {
		if r[at] != 0 || e[at] != 1 {
			t.Errorf("snapshot flag: %d in the runtime, %d in the executable; want 0 and 1", r[at], e[at])
		}
		return bytes.Equal(e[:at], r[:at]) && bytes.Equal(e[at+1:len(r)], r[at+1:])
	}
	return bytes.Equal(e[:len(r)], r)
}

// TestRuntimeOnlyBuild links kiln-run (go build -tags kilnrun, which
// leaves esbuild out) and checks that it runs what kiln runs, refuses what
// needs esbuild, and serves as the runtime of single executables.
func TestRuntimeOnlyBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("links the kiln-run binary (go build -tags kilnrun), which -short leaves out")
	}
	kilnRun := linkedKiln(t, "kilnrun")
	t.Run("--version says it is the runtime-only build", func(t *testing.T) {
		out, _, code := runBinary(t, kilnRun, "--version")
		if code != 0 || !strings.Contains(out, "runtime-only build") {
			t.Errorf("code %d, stdout %q", code, out)
		}
	})
	// Every linked package initialises in every process: regexp builds
	// unicode's script and category maps (some 65k instructions of a
	// kiln-run hello world), and only esbuild, which kiln-run leaves out,
	// needs it.
	t.Run("it does not link package regexp or runtime/pprof", func(t *testing.T) {
		cmd := exec.Command(kilnRun, "--version")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if strings.Contains(string(out), "init regexp/syntax @") {
			t.Error("kiln-run initialises regexp/syntax: who imports regexp? (go list -tags kilnrun -deps ./cmd/kiln)")
		}
		// runtime/pprof (kiln's KILN_GO_CPUPROF) brings compress/flate's
		// initialiser and turns on Go's sampling of allocations, whose
		// first samples walk the stack through .gopclntab.
		if strings.Contains(string(out), "init compress/flate @") {
			t.Error("kiln-run initialises compress/flate: who imports it? (go list -tags kilnrun -deps ./cmd/kiln)")
		}
	})
	// One fixture of each folder of the foundation corpus: kiln-run differs
	// from kiln only where esbuild's entry points are, which a sample
	// reaches as well as the whole corpus does, in a fraction of the time.
	t.Run("it runs a fixture of each family of the foundation corpus as kiln does", func(t *testing.T) {
		t.Setenv("TZ", "UTC")
		folders := map[string]bool{}
		for _, f := range jstest.Fixtures(t, "../../testdata/js") {
			if folders[filepath.Dir(f)] {
				continue
			}
			folders[filepath.Dir(f)] = true
			want := jstest.Run(f, false)
			abs, _ := filepath.Abs(f)
			out, errs, code := runBinary(t, kilnRun, abs)
			if diff := cmp.Diff(want.Stdout, out); diff != "" || code != want.Code {
				t.Errorf("%s: exit %d, kiln's %d; stdout (-kiln +kiln-run):\n%s\nstderr:\n%s", f, code, want.Code, diff, errs)
			}
		}
	})
	t.Run("it runs a bundled snapshot built by kiln", func(t *testing.T) {
		kbc := filepath.Join(t.TempDir(), "app.kbc")
		build(t, "--bundle", "testdata/app/main.js", "-o", kbc)
		out, errs, code := runBinary(t, kilnRun, kbc, "kiln")
		if want := "hello, kiln.........|\n"; code != 0 || out != want {
			t.Errorf("code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
	})
	t.Run("it refuses TypeScript and bundling with exit 1", func(t *testing.T) {
		ts := writeFile(t, "a.ts", "let x: number = 1;\nconsole.log(x);\n")
		js := writeFile(t, "a.js", "console.log(1);\n")
		cases := []struct {
			args []string
			want string
		}{
			{[]string{ts}, ts + ": kiln-run does not compile TypeScript or JSX (it is Kiln's runtime without its build tools): run it with kiln"},
			{[]string{"build", ts, "-o", ts + ".kbc"}, "kiln build: " + ts + ": kiln-run does not compile TypeScript or JSX"},
			{[]string{"build", "--bundle", js, "-o", js + ".kbc"}, "kiln build: " + js + ": kiln-run does not bundle"},
		}
		for _, c := range cases {
			out, errs, code := runBinary(t, kilnRun, c.args...)
			if code != 1 || out != "" || !strings.Contains(errs, c.want) {
				t.Errorf("kiln-run %v: code %d, stdout %q, stderr %q; want exit 1 and %q", c.args, code, out, errs, c.want)
			}
		}
	})
	t.Run("kiln build --exe --runtime starts the executable from it", func(t *testing.T) {
		app := filepath.Join(t.TempDir(), "app")
		build(t, "--bundle", "--exe", "--runtime", kilnRun, "testdata/app/main.js", "-o", app)
		if !startsWith(t, app, kilnRun) {
			t.Fatal("the executable does not start with kiln-run")
		}
		out, errs, code := runBinary(t, app, "--version", "x")
		if want := "hello, --version x..|\n"; code != 0 || out != want {
			t.Errorf("code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
	})
	t.Run("a kiln-run beside kiln is the default runtime", func(t *testing.T) {
		dir := t.TempDir()
		for from, to := range map[string]string{linkedKiln(t, ""): "kiln", kilnRun: "kiln-run"} {
			data, err := os.ReadFile(from)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, to), data, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		app := filepath.Join(dir, "app")
		if _, errs, code := runBinary(t, filepath.Join(dir, "kiln"), "build", "--exe", writeFile(t, "a.js", "console.log(process.argv.slice(2).join(' '))\n"), "-o", app); code != 0 {
			t.Fatalf("kiln build --exe: exit %d: %s", code, errs)
		}
		if !startsWith(t, app, kilnRun) {
			t.Error("the executable does not start with the kiln-run beside kiln")
		}
		if out, errs, code := runBinary(t, app, "a", "b"); code != 0 || out != "a b\n" {
			t.Errorf("code %d, stdout %q, stderr %q", code, out, errs)
		}
	})
}

// TestBuildRefusesARuntimeThatIsNotKiln checks the --runtime file: it must
// exist and carry the mark of a kiln build that loads this kiln's snapshots.
func TestBuildRefusesARuntimeThatIsNotKiln(t *testing.T) {
	js := writeFile(t, "a.js", "console.log(1);\n")
	notKiln := writeFile(t, "sh", "#!/bin/sh\necho hi\n")
	missing := filepath.Join(t.TempDir(), "kiln-run")
	cases := []struct {
		name    string
		runtime string
		want    string
	}{
		{"a missing file", missing, "kiln build: reading the runtime: open " + missing + ": "},
		{"a file that is not a kiln build", notKiln, "kiln build: " + notKiln + " is not a kiln or kiln-run binary that runs the snapshots this kiln writes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "app")
			_, errs, code := runCLI(t, "build", "--exe", "--runtime", c.runtime, js, "-o", out)
			if code != 1 || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, c.want) {
				t.Errorf("code %d, stderr %q; want exit 1 and one line starting %q", code, errs, c.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("an executable was written")
			}
		})
	}
	t.Run("--runtime without --exe is a usage error", func(t *testing.T) {
		if _, errs, code := runCLI(t, "build", "--runtime", notKiln, js); code != 9 || !strings.HasPrefix(errs, "kiln build: --runtime is for --exe\n") {
			t.Errorf("code %d, stderr %q", code, errs)
		}
	})
}
