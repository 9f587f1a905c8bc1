package compiler

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/parser"
)

const test262Archive = "../../shared/test262/test262.tar.gz"

// TestTest262LanguageCorpus compiles every test262 test/language file that
// parses and checks that the compiler never fails internally and that every
// function it emits passes the verifier. Files that use syntax in
// Unsupported, or modules, are expected to be refused cleanly.
func TestTest262LanguageCorpus(t *testing.T) {
	fh, err := os.Open(test262Archive)
	if err != nil {
		t.Skipf("test262 archive not available: %v", err)
	}
	defer fh.Close()
	gz, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	var files, parsed, compiled, refused int
	why := map[string]int{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		name := h.Name
		if !strings.Contains(name, "/test/language/") || !strings.HasSuffix(name, ".js") || strings.HasSuffix(name, "_FIXTURE.js") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		files++
		src := string(data)
		opts := parser.Options{Strict: strings.Contains(src, "flags: [onlyStrict]")}
		if strings.Contains(src, "flags: [module]") || strings.Contains(src, "flags: [module,") {
			continue
		}
		prog, err := parser.Parse(src, name, opts)
		if err != nil {
			continue
		}
		parsed++
		p, err := Script(prog, Options{Filename: name, Source: src})
		if err != nil {
			var ce *Error
			if errors.As(err, &ce) && !errors.Is(err, ErrInternal) && strings.Contains(ce.Msg, "unsupported syntax") {
				refused++
				why[ce.Msg]++
				continue
			}
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := verifyAll(p); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
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
