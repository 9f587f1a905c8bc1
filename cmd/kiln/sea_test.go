package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/jstest"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/stdlib"
)

// seaAssets are the assets of testdata/sea/sea-config.json, as --asset
// gives them.
var seaAssets = []assetSource{
	{"greeting.txt", "greeting.txt"},
	{"data", "data.bin"},
	{"empty", "empty.txt"},
	{"ключ ✓", "greeting.txt"},
}

// TestExecutableAssets builds testdata/sea/app.js into a single executable
// with the assets of its sea-config.json and runs it from another
// directory: stdout must be what node's own single executable of the same
// configuration prints (app.stdout): text and binary assets through
// getAsset, getRawAsset and getAssetAsBlob, and node's errors.
//
// Regenerate: go test ./cmd/kiln -run TestExecutableAssets -update
// (builds node's executable as its documentation says: node
// --experimental-sea-config, then postject, which must be on PATH: npm i -g
// postject).
func TestExecutableAssets(t *testing.T) {
	dir, err := filepath.Abs("testdata/sea")
	if err != nil {
		t.Fatal(err)
	}
	if jstest.Updating() {
		stdout := runNodeSEA(t, dir)
		jstest.WriteExpected(t, filepath.Join(dir, "app"), stdout, 0)
	}
	want, _ := jstest.ReadExpected(t, filepath.Join(dir, "app"))
	out := t.TempDir()
	kiln := linkedKiln(t, "")
	buildIn := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command(kiln, append([]string{"build", "--exe"}, args...)...)
		cmd.Dir = dir
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kiln build %v: %v\n%s", args, err, msg)
		}
		b, err := os.ReadFile(args[len(args)-1])
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	fromConfig := buildIn("--sea-config", "sea-config.json", "-o", filepath.Join(out, "app"))
	t.Run("the executable reads its assets as node's does", func(t *testing.T) {
		cmd := exec.Command(filepath.Join(out, "app"))
		cmd.Dir = out
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if diff := cmp.Diff(want, stdout.String()); diff != "" || err != nil {
			t.Errorf("exit %v; stdout (-node +kiln):\n%s\nstderr:\n%s", err, diff, stderr.String())
		}
	})
	t.Run("--asset flags make the same executable as the config", func(t *testing.T) {
		args := []string{"app.js"}
		for _, a := range seaAssets {
			args = append(args, "--asset", a.name+"="+filepath.Join(dir, a.file))
		}
		fromFlags := buildIn(append(args, "-o", filepath.Join(out, "app2"))...)
		if !bytes.Equal(fromConfig, fromFlags) {
			t.Error("the executables differ")
		}
	})
}

// runNodeSEA builds node's single executable of testdata/sea and returns
// what it prints.
func runNodeSEA(t *testing.T, dir string) string {
	t.Helper()
	postject, err := exec.LookPath("postject")
	if err != nil {
		t.Fatal("regenerating needs postject on PATH (npm i -g postject)")
	}
	nodePath, err := exec.LookPath("node")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	blob := filepath.Join(tmp, "sea-prep.blob")
	// The config's paths are from the current directory; its output is
	// redirected by a copy that names the temporary blob.
	cfg, err := os.ReadFile(filepath.Join(dir, "sea-config.json"))
	if err != nil {
		t.Fatal(err)
	}
	cfgCopy := filepath.Join(tmp, "sea-config.json")
	os.WriteFile(cfgCopy, bytes.Replace(cfg, []byte(`"sea-prep.blob"`), []byte(`"`+blob+`"`), 1), 0o644)
	app := filepath.Join(tmp, "app")
	nodeBin, err := os.ReadFile(nodePath)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(app, nodeBin, 0o755)
	for _, c := range [][]string{
		{nodePath, "--experimental-sea-config", cfgCopy},
		{postject, app, "NODE_SEA_BLOB", blob, "--sentinel-fuse", "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2"},
	} {
		cmd := exec.Command(c[0], c[1:]...)
		cmd.Dir = dir
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", c, err, msg)
		}
	}
	cmd := exec.Command(app)
	cmd.Dir = tmp
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node's executable: %v", err)
	}
	return string(stdout)
}

// TestDamagedAssetsExitOneWithOneLine changes every byte of an executable's
// asset section in turn, and every byte of the lengths in its trailer, and
// runs a program that reads every asset inside a try/catch: each damage is
// a one-line error naming the executable and exit code 1, before anything
// is printed, and no JavaScript handler sees it. A damaged index is found
// at start-up, damaged bytes of an asset when the program first reads it.
func TestDamagedAssetsExitOneWithOneLine(t *testing.T) {
	dir := "testdata/sea"
	var sources []assetSource
	for _, a := range seaAssets {
		sources = append(sources, assetSource{a.name, filepath.Join(dir, a.file)})
	}
	section, err := readAssets(sources)
	if err != nil {
		t.Fatal(err)
	}
	const reader = `const sea = require('node:sea');
for (const key of ['greeting.txt', 'data', 'empty', 'ключ ✓']) {
  try { sea.getRawAsset(key); } catch (e) { console.log('caught', e); }
}
console.log('all read');
`
	p, err := stdlib.Build(writeFile(t, "reader.js", reader), stdlib.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	snap, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	run := func(pl payload) (string, string, int) {
		var out, errb bytes.Buffer
		code := runEmbedded("app", pl, nil, &out, &errb)
		return out.String(), errb.String(), code
	}
	if out, errs, code := run(payload{snap: snap, assets: section}); out != "all read\n" || code != 0 {
		t.Fatalf("the undamaged executable: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	rejects := func(t *testing.T, what string, out, errs string, code int) {
		t.Helper()
		if code != 1 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "kiln: app: ") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1 and one line naming the executable", what, code, out, errs)
		}
	}
	t.Run("every byte of the asset section changed in turn is rejected", func(t *testing.T) {
		for i := range section {
			damaged := bytes.Clone(section)
			damaged[i] ^= 0x5a
			out, errs, code := run(payload{snap: snap, assets: damaged})
			rejects(t, "byte "+strconv.Itoa(i), out, errs, code)
		}
	})
	t.Run("a truncated asset section is rejected", func(t *testing.T) {
		for _, n := range []int{0, 3, 11, 12, 40, len(section) - 1} {
			out, errs, code := run(payload{snap: snap, assets: section[:n]})
			rejects(t, strconv.Itoa(n)+" bytes", out, errs, code)
		}
	})
	t.Run("every byte of the trailer's lengths changed in turn is rejected", func(t *testing.T) {
		runtime := bytes.Repeat([]byte("runtime "), 64)
		exe := append(append(append(bytes.Clone(runtime), section...), snap...),
			binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, uint64(len(section))), uint64(len(snap)))...)
		exe = append(exe, exeMagic...)
		file := filepath.Join(t.TempDir(), "app")
		at := len(exe) - trailerSize
		for i := at; i < at+16; i++ {
			damaged := bytes.Clone(exe)
			damaged[i] ^= 0x5a
			os.WriteFile(file, damaged, 0o755)
			f, err := sysfile.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			pl, ok, err := readPayload(f)
			f.Close()
			if !ok {
				t.Fatalf("byte %d: the trailer is not found", i-at)
			}
			if err != nil {
				if !strings.Contains(err.Error(), "truncated executable") {
					t.Errorf("byte %d: %v", i-at, err)
				}
				continue
			}
			out, errs, code := run(pl)
			rejects(t, "byte "+strconv.Itoa(i-at), out, errs, code)
		}
	})
}
