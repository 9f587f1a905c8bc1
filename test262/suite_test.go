package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalizePrefix(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a full prefix stays", "test/built-ins/Array", "test/built-ins/Array"},
		{"a trailing slash goes", "test/built-ins/Array/", "test/built-ins/Array"},
		{"a leading ./ goes", "./test/language", "test/language"},
		{"a prefix without test/ gets it", "built-ins/Array", "test/built-ins/Array"},
		{"test alone stays", "test", "test"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizePrefix(tt.in); got != tt.want {
				t.Errorf("normalizePrefix(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSuiteTests(t *testing.T) {
	s := &suite{files: map[string]string{
		"test/built-ins/Array/a.js":         "",
		"test/built-ins/Array/x_FIXTURE.js": "",
		"test/built-ins/Array/data.json":    "",
		"test/built-ins/ArrayBuffer/b.js":   "",
		"test/language/c.js":                "",
		"harness/assert.js":                 "",
	}}
	tests := []struct {
		name     string
		prefixes []string
		want     []string
	}{
		{"no prefix selects every test, without fixtures or data", nil,
			[]string{"test/built-ins/Array/a.js", "test/built-ins/ArrayBuffer/b.js", "test/language/c.js"}},
		{"a folder prefix does not select a sibling sharing its start", []string{"test/built-ins/Array"}, []string{"test/built-ins/Array/a.js"}},
		{"a file prefix selects that file", []string{"test/language/c.js"}, []string{"test/language/c.js"}},
		{"several prefixes add up", []string{"test/language", "test/built-ins/ArrayBuffer"}, []string{"test/built-ins/ArrayBuffer/b.js", "test/language/c.js"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, s.tests(tt.prefixes)); diff != "" {
				t.Errorf("tests (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResolveModule(t *testing.T) {
	s := &suite{files: map[string]string{"test/m/dep_FIXTURE.js": "export {}", "test/dep.js": "x"}}
	tests := []struct {
		name, specifier, referrer, want, wantErr string
	}{
		{"./x resolves in the referrer's folder", "./dep_FIXTURE.js", "test/m/t.js", "test/m/dep_FIXTURE.js", ""},
		{"../x resolves in the parent folder", "../dep.js", "test/m/t.js", "test/dep.js", ""},
		{"a bare specifier is an error", "dep.js", "test/m/t.js", "", "relative"},
		{"a missing file is an error", "./nope.js", "test/m/t.js", "", "no file test/m/nope.js"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := s.resolveModule(tt.specifier, tt.referrer)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || src.Name != tt.want || src.Text != s.files[tt.want] {
				t.Errorf("resolveModule = %+v, %v; want %s", src, err, tt.want)
			}
		})
	}
}

// pinnedArchive returns the path of the pinned test262 archive, skipping the test when this checkout has none.
func pinnedArchive(t *testing.T) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "test262", "test262.tar.gz")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no pinned test262 archive at %s (it lives in ../shared/test262 beside the repo): %v", p, err)
	}
	return p
}

func TestPinnedSuite(t *testing.T) {
	s, err := openSuite(pinnedArchive(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := s.tests(nil)
	t.Run("the archive holds the 53,575 tests of the pinned commit", func(t *testing.T) {
		if len(tests) != 53575 {
			t.Errorf("%d tests, want 53575", len(tests))
		}
	})
	t.Run("every test's frontmatter parses", func(t *testing.T) {
		for _, name := range tests {
			m, err := parseMeta(s.files[name])
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if _, err := newRequest(s, name, m, modesFor(m)[0], 0); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	})
	t.Run("every feature in the config exists in the suite", func(t *testing.T) {
		cfg, err := readConfig("config")
		if err != nil {
			t.Fatal(err)
		}
		used := map[string]bool{}
		for _, name := range tests {
			m, _ := parseMeta(s.files[name])
			for _, f := range m.Features {
				used[f] = true
			}
		}
		for f := range cfg {
			if !used[f] {
				t.Errorf("config lists %s, which no test uses", f)
			}
		}
	})
}

func TestArchiveChecksumMismatch(t *testing.T) {
	src := pinnedArchive(t)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "test262.tar.gz")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	wrong := strings.Repeat("0", 64) + "  test262.tar.gz\n"
	if err := os.WriteFile(p+".sha256", []byte(wrong), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := openSuite(p); err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("openSuite with a wrong checksum: error = %v, want a sha256 mismatch", err)
	}
}
