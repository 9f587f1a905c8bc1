package main

// The suite is read whole into memory (about 90 MB for test/ and harness/): the parent needs every test's
// frontmatter anyway, and module fixtures and harness files are served to workers from it, so the workers never
// touch the archive.

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// suite holds the files of a test262 checkout by their path inside it ("test/...", "harness/...").
type suite struct {
	files map[string]string
}

// openSuite reads a test262 suite from a .tar.gz archive, after checking it against the .sha256 file beside it, or
// from an extracted folder (the test262 folder itself or the folder holding it).
func openSuite(p string) (*suite, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("test262 suite: %w", err)
	}
	if info.IsDir() {
		return readSuiteDir(p)
	}
	return readSuiteArchive(p)
}

func readSuiteArchive(p string) (*suite, error) {
	want, err := readSHA256File(p + ".sha256")
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("test262 suite: %w", err)
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != want {
		return nil, fmt.Errorf("test262 suite %s: sha256 is %s, but %s.sha256 says %s", p, got, p, want)
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("test262 suite %s: %w", p, err)
	}
	s := &suite{files: map[string]string{}}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("test262 suite %s: %w", p, err)
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		// git archive puts everything under test262/.
		name := strings.TrimPrefix(hdr.Name, "test262/")
		if !keepFile(name) {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("test262 suite %s: %s: %w", p, hdr.Name, err)
		}
		s.files[name] = string(b)
	}
	return s, s.check(p)
}

// readSHA256File reads the hash from a sha256sum-style file ("<hex>  <name>").
func readSHA256File(p string) (string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("test262 suite checksum: %w", err)
	}
	fields := strings.Fields(string(b))
	if len(fields) == 0 || len(fields[0]) != 64 {
		return "", fmt.Errorf("test262 suite checksum %s: no sha256 in it", p)
	}
	return strings.ToLower(fields[0]), nil
}

func readSuiteDir(dir string) (*suite, error) {
	if _, err := os.Stat(filepath.Join(dir, "test262", "harness")); err == nil {
		dir = filepath.Join(dir, "test262")
	}
	s := &suite{files: map[string]string{}}
	for _, top := range []string{"harness", "test"} {
		err := filepath.WalkDir(filepath.Join(dir, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			name := filepath.ToSlash(rel)
			if !keepFile(name) {
				return nil
			}
			b, err := os.ReadFile(p)
			s.files[name] = string(b)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("test262 suite: %w", err)
		}
	}
	return s, s.check(dir)
}

func keepFile(name string) bool {
	return strings.HasPrefix(name, "test/") || strings.HasPrefix(name, "harness/")
}

func (s *suite) check(where string) error {
	for _, f := range []string{"harness/assert.js", "harness/sta.js", "harness/doneprintHandle.js"} {
		if _, ok := s.files[f]; !ok {
			return fmt.Errorf("test262 suite %s: no %s: not a test262 checkout", where, f)
		}
	}
	return nil
}

// isTest tells test files from fixtures and data files, which never run alone (INTERPRETING.md, "Modules").
func isTest(name string) bool {
	return strings.HasPrefix(name, "test/") && strings.HasSuffix(name, ".js") && !strings.Contains(name, "_FIXTURE")
}

// tests returns the sorted paths of the tests under the prefixes (all tests when there are none).
func (s *suite) tests(prefixes []string) []string {
	var out []string
	for name := range s.files {
		if isTest(name) && underAny(name, prefixes) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// normalizePrefix turns a command-line PREFIX into a path inside the suite: "built-ins/Array/" and
// "./test/built-ins/Array" both become "test/built-ins/Array".
func normalizePrefix(p string) string {
	p = path.Clean(filepath.ToSlash(p))
	p = strings.TrimPrefix(p, "./")
	if p != "test" && !strings.HasPrefix(p, "test/") {
		p = "test/" + p
	}
	return p
}

// under reports whether name is prefix or inside the folder prefix: test/built-ins/Array does not hold
// test/built-ins/ArrayBuffer.
func under(name, prefix string) bool {
	return name == prefix || strings.HasPrefix(name, prefix+"/")
}

func underAny(name string, prefixes []string) bool {
	if len(prefixes) == 0 {
		return true
	}
	for _, p := range prefixes {
		if under(name, p) {
			return true
		}
	}
	return false
}

// resolveModule resolves a module specifier as INTERPRETING.md says: relative to the referrer's folder inside the
// suite.
func (s *suite) resolveModule(specifier, referrer string) (Source, error) {
	if !strings.HasPrefix(specifier, "./") && !strings.HasPrefix(specifier, "../") {
		return Source{}, fmt.Errorf("cannot resolve module %q from %s: test262 specifiers are relative", specifier, referrer)
	}
	name := path.Join(path.Dir(referrer), specifier)
	text, ok := s.files[name]
	if !ok {
		return Source{}, fmt.Errorf("cannot resolve module %q from %s: no file %s", specifier, referrer, name)
	}
	return Source{Name: name, Text: text}, nil
}
