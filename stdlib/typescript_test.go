package stdlib_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/internal/jstest"
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

// TestTypeScriptInCommonJSPackages checks TypeScript as tsc with "module":
// "commonjs" compiles it: in a "type": "commonjs" package a .ts file's
// import and export statements become require calls and exports (an ES
// module importing it still gets its named exports), and its tsconfig.json
// decides which decorators it has (here TypeScript's experimental ones).
func TestTypeScriptInCommonJSPackages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"package.json":  `{"type": "commonjs"}`,
		"tsconfig.json": "{\n  // comments are allowed\n  \"compilerOptions\": { \"experimentalDecorators\": true },\n}\n",
		"lib.ts":        "export const answer: number = 42;\nexport default function twice(x: number): number { return 2 * x; }\n",
		"main.ts": "import twice, { answer } from './lib';\nimport * as path from 'node:path';\n" +
			"function wrap(target: any, key: string, d: PropertyDescriptor) { const f = d.value; d.value = (x: string) => `[${f(x)}]`; }\n" +
			"class C { @wrap hi(x: string) { return 'hi ' + x; } }\n" +
			"console.log(twice(answer), path.extname('a.ts'), new C().hi('ts'), typeof require, typeof module.exports);\n",
		"esm.mts": "import { answer } from './lib.js';\nconsole.log(answer);\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct{ file, want string }{
		{"main.ts", "84 .ts [hi ts] function object\n"},
		{"esm.mts", "42\n"},
	} {
		file := filepath.Join(dir, tt.file)
		var out, errb bytes.Buffer
		n, err := stdlib.New(stdlib.Options{Argv: []string{file}, Stdout: &out, Stderr: &errb, CompileCache: filepath.Join(dir, "cache")})
		if err != nil {
			t.Fatal(err)
		}
		if code := n.RunMain(file); code != 0 {
			t.Errorf("%s: exit code %d: %s", tt.file, code, errb.String())
		}
		n.Close()
		if got := out.String(); got != tt.want {
			t.Errorf("%s printed %q, want %q", tt.file, got, tt.want)
		}
	}
}

// TestTypeScriptDecoratorMetadata runs the fixtures in testdata/ts, each in
// a folder whose tsconfig.json turns on emitDecoratorMetadata, and compares
// their output with node's run of what TypeScript's own transpileModule
// makes of them (the command is in decorators.ts; -update cannot make it,
// because node runs no TypeScript and Kiln's esbuild is what is under test).
func TestTypeScriptDecoratorMetadata(t *testing.T) {
	for _, f := range jstest.Fixtures(t, "../testdata/ts") {
		t.Run(strings.TrimPrefix(f, "../testdata/ts/"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, filepath.Ext(f)) + ".stdout")
			if err != nil {
				t.Fatal(err)
			}
			r := jstest.Run(f, false)
			if r.Code != 0 || r.Stdout != string(want) {
				t.Errorf("exit code %d, stderr %s\ngot:\n%s\nwant:\n%s", r.Code, r.Stderr, r.Stdout, want)
			}
		})
	}
}
