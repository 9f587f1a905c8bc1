package compiler

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

func TestMapToSources(t *testing.T) {
	// Bundle line 1 has no mapping (an esbuild helper); line 2 maps to
	// /a.js 10:0, where no instruction records a position, and line 3
	// column 2 to /b.js 5:4; line 4 has no mapping. Line 6 is a CommonJS
	// wrapper as esbuild writes them, its call mapped to lib/w.js 1:0
	// (relative to the program's file, test.js). /c.js is never used.
	const bundle = "var helper = function () { return this.x(); };\nfunction f() {\n  g();\n  h();\n}\n" +
		"var m = { \"lib/w.js\"() { k(); } };\n"
	sm, err := parser.ParseSourceMap([]byte(`{"version":3,"sources":["/a.js","/b.js","/c.js","lib/w.js"],` +
		`"sourcesContent":["A","B","C","W"],"mappings":";AASA;ECLI;;;yBEJJ"}`))
	if err != nil {
		t.Fatal(err)
	}
	p := compileScript(t, bundle)
	MapToSources(p, sm)
	funcs := map[string]*bytecode.Function{}
	var walk func(f *bytecode.Function)
	walk = func(f *bytecode.Function) {
		funcs[f.Name] = f
		for _, sub := range f.Funcs {
			walk(sub)
		}
	}
	walk(p.Main)
	t.Run("only the files some position maps into are kept, with their text", func(t *testing.T) {
		want := []bytecode.SourceFile{{Name: "/b.js", Source: "B"}, {Name: "lib/w.js", Source: "W"}}
		if diff := cmp.Diff(want, p.Files); diff != "" {
			t.Error(diff)
		}
	})
	const flags = bytecode.FlagBundlerCode | bytecode.FlagModuleWrapper
	cases := []struct {
		name  string
		fn    string
		want  bytecode.LinePos // PC ignored
		flags bytecode.FuncFlags
	}{
		{"a mapped call, and the unmapped one after it, name the original file, line and column", "f", bytecode.LinePos{Line: 5, Col: 4, File: 1}, 0},
		{"an unmapped helper keeps its place in the bundle and is marked as the bundler's", "helper", bytecode.LinePos{Line: 1, Col: 39}, bytecode.FlagBundlerCode},
		{"a method named after a source file is that module's wrapper", "lib/w.js", bytecode.LinePos{Line: 1, File: 2}, bytecode.FlagModuleWrapper},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := funcs[c.fn]
			if f == nil || len(f.Lines) == 0 {
				t.Fatalf("no line table for %q", c.fn)
			}
			for _, l := range f.Lines {
				l.PC = 0
				if diff := cmp.Diff(c.want, l); diff != "" {
					t.Errorf("line entry (-want +got):\n%s", diff)
				}
			}
			if got := f.Flags & flags; got != c.flags {
				t.Errorf("flags %#x, want %#x", got, c.flags)
			}
		})
	}
	t.Run("the bundle's body is left unflagged", func(t *testing.T) {
		if p.Main.Flags&flags != 0 {
			t.Errorf("flags %#x", p.Main.Flags)
		}
	})
}
