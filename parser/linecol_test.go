package parser

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestLineColCountsFromAnywhere checks LineCol, which counts on from its
// previous answer when it can, against counting from the line's start, for
// offsets in random order (backwards, across lines, inside a character):
// lines of ASCII, of two- and three-byte characters, of characters outside
// the BMP (two UTF-16 units), and every kind of line break.
func TestLineColCountsFromAnywhere(t *testing.T) {
	src := strings.Repeat("var a = 'x';\n", 3) + "const é = \"日本\"; // 😀 end\r\n" +
		strings.Repeat("a😀b", 50) + "\u2028x\ry" + strings.Repeat("日", 30)
	p := &Program{Source: src}
	starts := computeLineStarts(src)
	want := func(off int32) (int, int) {
		line := 0
		for line+1 < len(starts) && starts[line+1] <= off {
			line++
		}
		return line + 1, utf16Len(src[starts[line]:off])
	}
	r := rand.New(rand.NewSource(1))
	for range 5000 {
		off := int32(r.Intn(len(src) + 1))
		if r.Intn(4) == 0 {
			off = p.lcOffset + int32(r.Intn(9)) - 4 // near the last answer
			off = max(0, min(off, int32(len(src))))
		}
		wl, wc := want(off)
		if l, c := p.LineCol(off); l != wl || c != wc {
			t.Fatalf("LineCol(%d) = %d:%d, want %d:%d", off, l, c, wl, wc)
		}
	}
}

// BenchmarkLineColMinified is the compiler's pattern on minified code: a
// position at every few bytes of one long line.
func BenchmarkLineColMinified(b *testing.B) {
	src := strings.Repeat("a=b+c(d,e);", 40000)
	for range b.N {
		p := &Program{Source: src}
		for off := 0; off < len(src); off += 7 {
			p.LineCol(int32(off))
		}
	}
}

// TestLineStartsBothWays checks the fast split (sources with \n alone)
// against the general one, which a single \r or U+2028 sends a source to.
func TestLineStartsBothWays(t *testing.T) {
	for _, src := range []string{"", "\n", "a", "a\n", "\n\nb\nc", "var x;\n// é\n\nf()\n"} {
		fast := computeLineStarts(src)
		slow := computeLineStarts(src + "\u2028")
		if len(slow) != len(fast)+1 || !slices.Equal(fast, slow[:len(fast)]) {
			t.Errorf("%q: fast %v, general %v", src, fast, slow)
		}
	}
}
