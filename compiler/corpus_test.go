package compiler

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/parser"
)

const test262Archive = "../../shared/test262/test262.tar.gz"

// eachTest262File calls f with the name and text of every .js file of the
// pinned test262 archive whose path contains under, in the archive's
// order. It reports false, calling nothing, when the archive is absent.
func eachTest262File(t testing.TB, under string, f func(name, src string)) bool {
	fh, err := os.Open(test262Archive)
	if err != nil {
		return false
	}
	defer fh.Close()
	gz, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(h.Name, under) || !strings.HasSuffix(h.Name, ".js") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		f(h.Name, string(data))
	}
}

// test262Module reports whether a test262 file runs as a module.
func test262Module(src string) bool {
	return strings.Contains(src, "flags: [module]") || strings.Contains(src, "flags: [module,")
}

// parseTest262 parses a test262 file as the harness runs it: a module or
// a script, strict when the file says so.
func parseTest262(name, src string) (*parser.Program, error) {
	return parser.Parse(src, name, parser.Options{Module: test262Module(src), Strict: strings.Contains(src, "flags: [onlyStrict]")})
}

// checkCorpus runs check, an oracle test's comparison, over the snippets,
// every file of stdlib/lib and the test262 files whose path contains under.
func checkCorpus(t *testing.T, snippets map[string]string, under string, check func(*testing.T, string, *parser.Program)) {
	srcs := maps.Clone(snippets)
	files, _ := filepath.Glob("../stdlib/lib/*/*.js")
	top, _ := filepath.Glob("../stdlib/lib/*.js")
	for _, f := range append(files, top...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[f] = string(data)
	}
	for name, src := range srcs {
		prog, err := parser.Parse(src, name, parser.Options{AllowReturnOutsideFunction: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		check(t, name, prog)
	}
	n := 0
	if !eachTest262File(t, under, func(name, src string) {
		prog, err := parseTest262(name, src)
		if err != nil {
			return
		}
		check(t, name, prog)
		n++
	}) {
		t.Logf("test262 archive not available: checked the snippets and stdlib/lib only")
		return
	}
	t.Logf("checked %d test262 files under %s", n, under)
}

// TestTest262LanguageCorpus compiles every test262 test/language file that
// parses and checks that the compiler never fails internally and that every
// function it emits passes the verifier. Files that use syntax in
// Unsupported, or modules, are expected to be refused cleanly.
func TestTest262LanguageCorpus(t *testing.T) {
	var files, parsed, compiled, refused int
	why := map[string]int{}
	present := eachTest262File(t, "/test/language/", func(name, src string) {
		if strings.HasSuffix(name, "_FIXTURE.js") {
			return
		}
		files++
		opts := parser.Options{Strict: strings.Contains(src, "flags: [onlyStrict]")}
		if test262Module(src) {
			return
		}
		prog, err := parser.Parse(src, name, opts)
		if err != nil {
			return
		}
		parsed++
		p, err := Script(prog, Options{Filename: name, Source: src})
		if err != nil {
			var ce *Error
			if errors.As(err, &ce) && !errors.Is(err, ErrInternal) && strings.Contains(ce.Msg, "unsupported syntax") {
				refused++
				why[ce.Msg]++
				return
			}
			t.Errorf("%s: %v", name, err)
			return
		}
		if err := verifyAll(p); err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		compiled++
		if files%4 == 0 {
			// The same code as direct eval code and as a function body.
			if ep, err := parser.Parse(src, name, parser.Options{Eval: true, Strict: opts.Strict}); err == nil {
				if p, err := Eval(ep, true, Options{}); err == nil {
					if err := verifyAll(p); err != nil {
						t.Errorf("%s as eval: %v", name, err)
					}
				} else if errors.Is(err, ErrInternal) {
					t.Errorf("%s as eval: %v", name, err)
				}
			}
			if fp, err := parser.Parse(src, name, parser.Options{AllowReturnOutsideFunction: true, Strict: opts.Strict}); err == nil {
				if p, err := FunctionBody(fp, []string{"exports", "require", "module"}, Options{}); err == nil {
					if err := verifyAll(p); err != nil {
						t.Errorf("%s as function body: %v", name, err)
					}
				} else if errors.Is(err, ErrInternal) {
					t.Errorf("%s as function body: %v", name, err)
				}
			}
		}
	})
	if !present {
		t.Skipf("test262 archive not available: %s", test262Archive)
	}
	msgs := make([]string, 0, len(why))
	for msg := range why {
		msgs = append(msgs, msg)
	}
	sort.Strings(msgs)
	for _, msg := range msgs {
		t.Logf("%5d refused: %s", why[msg], msg)
	}
	t.Logf("test262 language: %d files, %d parsed, %d compiled and verified, %d refused as unsupported", files, parsed, compiled, refused)
}
