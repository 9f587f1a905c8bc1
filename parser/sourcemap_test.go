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

func TestSourceMapSourcesContent(t *testing.T) {
	sm, err := ParseSourceMap([]byte(`{"version":3,"sources":["a.js","b.js"],"sourcesContent":["x",null],"mappings":""}`))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"x", ""}, sm.SourcesContent); diff != "" {
		t.Error(diff)
	}
}
