//go:build !kilnrun

package parser

import "testing"

func TestLowerRewritesOnlyUnsupportedFeatures(t *testing.T) {
	code, sm, err := Lower("let x = a ?? b;\nlet y = c?.d;\n", "in.js", FeatureNullishCoalescing)
	if err != nil {
		t.Fatal(err)
	}
	want := "let x = a != null ? a : b;\nlet y = c?.d;\n"
	if code != want {
		t.Errorf("Lower = %q, want %q", code, want)
	}
	if src, line, _, ok := sm.Original(2, 0); !ok || src != "in.js" || line != 2 {
		t.Errorf("Original(2, 0) = %q %d %v", src, line, ok)
	}
	if _, err := Parse(code, "out.js", Options{}); err != nil {
		t.Errorf("lowered code does not parse: %v", err)
	}
}

func TestTransformLoader(t *testing.T) {
	cases := []struct{ file, src, want string }{
		{"a.ts", "let x: number = 1;\n", "let x = 1;\n"},
		{"a.jsx", "x = <b>hi</b>;\n", "x = /* @__PURE__ */ React.createElement(\"b\", null, \"hi\");\n"},
		{"a.mts", "export const f = (a: string): string => a;\n", "export const f = (a) => a;\n"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			code, _, err := TransformLoader(c.src, c.file)
			if err != nil {
				t.Fatal(err)
			}
			if code != c.want {
				t.Errorf("got %q, want %q", code, c.want)
			}
		})
	}
}

func TestTransformErrorsAreSyntaxErrors(t *testing.T) {
	_, _, err := TransformLoader("let 😀x: = 1;\n", "bad.ts")
	se, ok := err.(*SyntaxError)
	if !ok {
		t.Fatalf("got %T %v", err, err)
	}
	if se.File != "bad.ts" || se.Line != 1 {
		t.Errorf("got %s:%d:%d %q", se.File, se.Line, se.Column, se.Msg)
	}
	if _, _, err := TransformLoader("x", "a.py"); err == nil {
		t.Error("an unknown extension must be an error")
	}
}
