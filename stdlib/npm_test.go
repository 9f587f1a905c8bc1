package stdlib_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jstest"
)

// TestNpmPackages runs real npm packages, unmodified, on Kiln. The tarballs
// checked in under testdata/npm/packages (made by `npm pack`) are extracted
// into a temporary node_modules, the scripts testdata/npm/<pkg>.js are copied
// beside it, and each script's stdout and exit code are compared with node's,
// checked in as <pkg>.stdout (and <pkg>.exitcode when not 0). Scripts listed
// in testdata/npm/KNOWN_FAILURES are skipped with their reason, and fail the
// test once they match node so the list cannot go stale.
//
// Regenerate the expected outputs with node: go test ./stdlib -run TestNpmPackages -update
func TestNpmPackages(t *testing.T) {
	const dir = "../testdata/npm"
	root := t.TempDir()
	tarballs, _ := filepath.Glob(filepath.Join(dir, "packages", "*.tgz"))
	for _, tgz := range tarballs {
		if err := extractPackage(tgz, filepath.Join(root, "node_modules")); err != nil {
			t.Fatal(err)
		}
	}
	scripts, _ := filepath.Glob(filepath.Join(dir, "*.js"))
	if len(tarballs) == 0 || len(scripts) == 0 {
		t.Fatalf("no packages or scripts under %s", dir)
	}
	known := jstest.KnownFailures(t, dir)
	names := map[string]bool{}
	for _, s := range scripts {
		src, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, filepath.Base(s)), src, 0o644); err != nil {
			t.Fatal(err)
		}
		names[strings.TrimSuffix(filepath.Base(s), ".js")] = true
	}
	for name := range known {
		if !names[name] {
			t.Errorf("KNOWN_FAILURES lists %s, which has no script", name)
		}
	}

	stress := os.Getenv("KILN_GC_STRESS") == "1"
	for _, s := range scripts {
		name := strings.TrimSuffix(filepath.Base(s), ".js")
		script := filepath.Join(root, name+".js")
		base := strings.TrimSuffix(s, ".js")
		t.Run(name, func(t *testing.T) {
			if jstest.Updating() {
				writeExpected(t, base, script)
				return
			}
			want, wantCode := jstest.ReadExpected(t, base)
			got := jstest.Run(script, stress)
			matches := got.Stdout == string(want) && got.Code == wantCode
			if reason, ok := known[name]; ok {
				if matches {
					t.Fatalf("listed in KNOWN_FAILURES (%s) but now matches node: remove it from the list", reason)
				}
				t.Skipf("known failure: %s", reason)
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

// writeExpected runs script on node and stores its stdout and exit code as
// base.stdout and base.exitcode.
func writeExpected(t *testing.T, base, script string) {
	r, err := jstest.RunNode(script)
	if err != nil {
		t.Fatalf("running node: %v", err)
	}
	jstest.WriteExpected(t, base, r.Stdout, r.Code)
}

// extractPackage unpacks an npm tarball into nodeModules/<name>, the name
// read from the package.json inside. npm puts every file under one top
// folder (usually "package/"), which is dropped.
func extractPackage(tgz, nodeModules string) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", tgz, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		_, rel, _ := strings.Cut(path.Clean(h.Name), "/")
		if !filepath.IsLocal(rel) {
			return fmt.Errorf("%s: unsafe path %q", tgz, h.Name)
		}
		var b bytes.Buffer
		if _, err := io.Copy(&b, tr); err != nil {
			return fmt.Errorf("%s: %w", tgz, err)
		}
		files[rel] = b.Bytes()
	}
	var pkg struct{ Name string }
	if err := json.Unmarshal(files["package.json"], &pkg); err != nil || !filepath.IsLocal(pkg.Name) {
		return fmt.Errorf("%s: no usable name in package.json", tgz)
	}
	for rel, data := range files {
		dest := filepath.Join(nodeModules, filepath.FromSlash(pkg.Name), filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dest, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
