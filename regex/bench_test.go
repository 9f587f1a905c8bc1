package regex

import (
	"strings"
	"testing"
)

func benchmarkMatch(b *testing.B, pattern string, flags Flags, input string) {
	p, err := Compile(utf16Of(pattern), flags)
	if err != nil {
		b.Fatal(err)
	}
	in := utf16Of(input)
	caps := make([]int, 2*p.NumCaptures())
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Match(in, 0, caps, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLiteralScan(b *testing.B) {
	benchmarkMatch(b, "needle", 0, strings.Repeat("haystack ", 1000)+"needle")
}

func BenchmarkCaseInsensitiveWord(b *testing.B) {
	benchmarkMatch(b, `\bNEEDLE\w*`, FlagIgnoreCase, strings.Repeat("haystack ", 1000)+"needles")
}

func BenchmarkEmailLike(b *testing.B) {
	benchmarkMatch(b, `([\w.]+)@(\w+)\.(com|org)`, 0, strings.Repeat("no address here ", 200)+"some.one@example.org")
}

// An anchored pattern that fails at position 0 is done there, however long
// the input: a tokenizer's /^x/.exec(rest) on each step.
func BenchmarkAnchoredMiss(b *testing.B) {
	benchmarkMatch(b, `^\n`, 0, strings.Repeat("x", 100000))
}
