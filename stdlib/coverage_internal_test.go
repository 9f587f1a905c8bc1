package stdlib

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kilnjs/kiln/bytecode"
)

// TestCoverageRanges checks the rules that turn counted ranges into V8's
// report; the fixture process/_cli/coverage checks them against node.
func TestCoverageRanges(t *testing.T) {
	cases := []struct {
		name   string
		ranges [][2]int32 // start, end
		counts []uint32
		want   []coverBlock
	}{
		{
			name:   "a range counting what its parent counts is dropped",
			ranges: [][2]int32{{0, 100}, {10, 20}},
			counts: []uint32{3, 3},
			want:   []coverBlock{{0, 100, 3}},
		},
		{
			name:   "a continuation at the top ends before the function's last character",
			ranges: [][2]int32{{0, 100}, {10, 20}, {20, -1}},
			counts: []uint32{3, 2, 1},
			want:   []coverBlock{{0, 100, 3}, {10, 20, 2}, {20, 99, 1}},
		},
		{
			name:   "a continuation ends where the next range begins",
			ranges: [][2]int32{{0, 100}, {20, -1}, {50, 60}},
			counts: []uint32{3, 0, 3},
			want:   []coverBlock{{0, 100, 3}, {20, 50, 0}},
		},
		{
			name:   "a nested continuation ends with its parent",
			ranges: [][2]int32{{0, 100}, {10, 40}, {30, -1}},
			counts: []uint32{1, 2, 0},
			want:   []coverBlock{{0, 100, 1}, {10, 40, 2}, {30, 40, 0}},
		},
		{
			name:   "adjacent ranges of equal count merge",
			ranges: [][2]int32{{0, 100}, {10, 20}, {20, -1}, {30, 40}},
			counts: []uint32{5, 1, 1, 1},
			want:   []coverBlock{{0, 100, 5}, {10, 40, 1}},
		},
		{
			name:   "two continuations at one place: the first is empty",
			ranges: [][2]int32{{0, 100}, {20, -1}, {20, -1}},
			counts: []uint32{1, 0, 1},
			want:   []coverBlock{{0, 100, 1}},
		},
		{
			name:   "ranges past the function's end are dropped",
			ranges: [][2]int32{{0, 10}, {10, -1}},
			counts: []uint32{1, 0},
			want:   []coverBlock{{0, 10, 1}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ranges := make([]bytecode.CoverRange, len(c.ranges))
			for i, r := range c.ranges {
				ranges[i] = bytecode.CoverRange{Start: r[0], End: r[1]}
			}
			got := coverageRanges(ranges, c.counts)
			if diff := cmp.Diff(c.want, got, cmp.AllowUnexported(coverBlock{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestUTF16Offsets(t *testing.T) {
	src := "aé😀b"
	off := utf16Offsets(src)
	// a at 0, é at 1 (2 bytes), 😀 at 3 (4 bytes), b at 7.
	for byteOff, want := range map[int32]int{0: 0, 1: 1, 3: 2, 7: 4, 8: 5} {
		if got := off(byteOff); got != want {
			t.Errorf("offset of byte %d = %d, want %d", byteOff, got, want)
		}
	}
}

// TestCoverSourceMapOfLoader checks the source-map-cache entry of a
// TypeScript file, whose map comes from Kiln's loader (node v20 runs no
// TypeScript to compare with).
func TestCoverSourceMapOfLoader(t *testing.T) {
	code := "const a = 1;\r\nconsole.log('é');\n"
	loaderMap := []byte(`{"version":3,"sources":["/src/a.ts"],"sourcesContent":["const a: number = 1;"],"mappings":"AAAA"}`)
	got, err := json.Marshal(coverSourceMap("file:///src/a.ts", code, loaderMap))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"data":{"mappings":"AAAA","sources":["file:///src/a.ts"],"sourcesContent":["const a: number = 1;"],"version":3},"lineLengths":[13,17,0],"url":null}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
