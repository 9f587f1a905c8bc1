package stdlib_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/stdlib"
)

// TestTypeScriptPositionsAreTheSourceFiles checks that stack traces and the
// uncaught-error banner of a TypeScript program name the lines of the .ts
// file, not of the JavaScript esbuild made of it (which has lost the
// interface and type declarations above the throw).
func TestTypeScriptPositionsAreTheSourceFiles(t *testing.T) {
	src := "interface A {\n  x: number;\n}\ntype B = A | null;\nfunction f(a: A): number {\n  return a.x;\n}\n" +
		"try { f(null as unknown as A); } catch (e) { console.log((e as Error).stack!.split('\\n')[1].trim()); }\n" +
		"const b: B = null;\nf(b as A);\n"
	file := filepath.Join(t.TempDir(), "main.ts")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	n, err := stdlib.New(stdlib.Options{Argv: []string{file}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if code := n.RunMain(file); code != 1 {
		t.Fatalf("exit code %d, want 1", code)
	}
	if got, want := strings.TrimSpace(out.String()), "at f ("+file+":6:12)"; got != want {
		t.Errorf("stack frame = %q, want %q", got, want)
	}
	if want := file + ":6\n  return a.x;\n"; !strings.HasPrefix(errb.String(), want) {
		t.Errorf("banner =\n%s\nwant it to start with\n%s", errb.String(), want)
	}
}

// TestTypeScriptImportsFollowTypeScriptConventions checks that an ES module
// written in TypeScript may import a sibling .ts file as TypeScript code
// does: by the name of the JavaScript it compiles to, without an extension,
// or as a folder with an index.ts — none of which Node's resolver allows.
func TestTypeScriptImportsFollowTypeScriptConventions(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.ts":         "export const b: number = 2;\n",
		"c.ts":         "export const c: number = 3;\n",
		"lib/index.ts": "export default 'index';\n",
		"main.mts":     "import { b } from './b.js';\nimport { c } from './c';\nimport d from './lib';\nconsole.log(b + c, d);\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "main.mts")
	var out, errb bytes.Buffer
	n, err := stdlib.New(stdlib.Options{Argv: []string{file}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if code := n.RunMain(file); code != 0 {
		t.Fatalf("exit code %d: %s", code, errb.String())
	}
	if got := out.String(); got != "5 index\n" {
		t.Errorf("printed %q, want %q", got, "5 index\n")
	}
}
