package parser

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeVLQ(t *testing.T) {
	cases := []struct {
		in   string
		want []int32
	}{
		{"A", []int32{0}},
		{"C", []int32{1}},
		{"D", []int32{-1}},
		{"gB", []int32{16}},
		{"AAgBC", []int32{0, 0, 16, 1}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := decodeVLQ(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := decodeVLQ("g"); err == nil {
		t.Error("a truncated VLQ must be an error")
	}
}

func TestSourceMapOriginal(t *testing.T) {
	// Line 1: col 0 -> a.js 1:0, col 4 -> a.js 1:6. Line 2: col 2 -> a.js 3:3.
	sm, err := ParseSourceMap([]byte(`{"version":3,"sources":["a.js"],"mappings":"AAAA,IAAM;EAEH"}`))
	if err != nil {
		t.Fatal(err)
	}
	type pos struct {
		Src       string
		Line, Col int
		OK        bool
	}
	cases := []struct {
		line, col int
		want      pos
	}{
		{1, 0, pos{"a.js", 1, 0, true}},
		{1, 3, pos{"a.js", 1, 0, true}},
		{1, 9, pos{"a.js", 1, 6, true}},
		{2, 2, pos{"a.js", 3, 3, true}},
		{2, 0, pos{}},
		{9, 0, pos{}},
	}
	for _, c := range cases {
		src, l, col, ok := sm.Original(c.line, c.col)
		if diff := cmp.Diff(c.want, pos{src, l, col, ok}); diff != "" {
			t.Errorf("Original(%d, %d) (-want +got):\n%s", c.line, c.col, diff)
		}
	}
}

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
