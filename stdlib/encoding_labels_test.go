package stdlib

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/htmlindex"
)

// The label table replaced x/text's htmlindex, which Kiln used until its
// package init showed in every process's start-up. These tests hold the
// table to htmlindex's answers, except for the labels where htmlindex was not
// node (TestEncodingNameTrimsAndLowercasesAsNode); tests are not linked into
// kiln, so they may import it.

// htmlindexName is encodingName as it was on top of htmlindex.
func htmlindexName(label string) string {
	e, err := htmlindex.Get(strings.ToLower(strings.Trim(label, "\t\n\f\r ")))
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(e)
	if err != nil || name == "replacement" {
		return ""
	}
	return name
}

func TestEncodingLabelsAreSortedAndUnique(t *testing.T) {
	for i := 1; i < len(encodingLabels); i++ {
		if encodingLabels[i-1].label >= encodingLabels[i].label {
			t.Errorf("label %q sorts before %q", encodingLabels[i].label, encodingLabels[i-1].label)
		}
	}
}

func TestEncodingNameAgreesWithHTMLIndex(t *testing.T) {
	labels := []string{
		"", " ", "nope", "utf", "utf-8x", "utf-8\x00", "utf-8 utf-8", "0", "~", "zzz",
		"replacement", "hz-gb-2312", "iso-2022-kr",
		"\u212Aoi8-r", "\u0131so-8859-2", "utf\u20118", "\xffutf-8", "utf-8\xed\xa0\x80",
	}
	for _, e := range encodingLabels {
		labels = append(labels, e.label, strings.ToUpper(e.label), " \t"+e.label+"\n\f\r ", e.label[1:], e.label+"x")
	}
	for _, label := range labels {
		if got, want := encodingName(label), htmlindexName(label); got != want {
			t.Errorf("encodingName(%q) = %q, htmlindex gave %q", label, got, want)
		}
	}
}

// TestEncodingNameTrimsAndLowercasesAsNode covers the labels where
// htmlindex's answers were not node's. Each want is what
//
//	node -p 'try { new TextDecoder(LABEL).encoding } catch { "" }'
//
// prints.
func TestEncodingNameTrimsAndLowercasesAsNode(t *testing.T) {
	for _, c := range []struct{ label, want string }{
		{"\vutf-8", ""},
		{"\u00a0utf-8", ""},
		{"\u0085utf-8", ""},
		{"\u2028latin1", ""},
		{"\ufeffutf-8", ""},
		{"\u0130so-8859-2", ""},
		{"\u0131so-8859-2", ""},
		{"\u212Aoi8-r", "koi8-r"},
		{"\u212AOI8-R", "koi8-r"},
		{" \t\n\f\rUTF-16BE \t\n\f\r", "utf-16be"},
	} {
		if got := encodingName(c.label); got != c.want {
			t.Errorf("encodingName(%q) = %q, node gives %q", c.label, got, c.want)
		}
	}
}

// htmlindexDecode is decodeLegacy as it was on top of htmlindex.
func htmlindexDecode(name string, b []byte, flush bool) (out []rune, bad bool, used int) {
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil, true, len(b)
	}
	return decodeWith(e, b, flush)
}

func TestDecodeLegacyAgreesWithHTMLIndex(t *testing.T) {
	// Every byte, in two pairings for the double-byte encodings, then
	// sequences that are valid in the CJK encodings (ISO-2022-JP's escapes
	// included), then a lead byte left unfinished at the end.
	var every, shifted []byte
	for c := range 256 {
		every = append(every, byte(c))
		shifted = append(shifted, byte(c+1), byte(c))
	}
	samples := [][]byte{
		every, shifted,
		[]byte("a\x82\xa0\xa4\xa2\xb0\xa1\x81\x30\x81\x30\xa4\x40\x8e\xa1\x1b$B\x30\x21\x1b(Bz"),
		[]byte("ok\x82"),
	}
	names := map[string]bool{}
	for _, e := range encodingLabels {
		names[e.name] = true
	}
	for name := range names {
		for i, b := range samples {
			for _, flush := range []bool{true, false} {
				out, bad, used := decodeLegacy(name, b, flush)
				wOut, wBad, wUsed := htmlindexDecode(name, b, flush)
				if at := firstDifference(out, wOut); at >= 0 || bad != wBad || used != wUsed {
					t.Errorf("%s sample %d flush %v: runes differ from %d on, bad %v used %d; htmlindex bad %v used %d",
						name, i, flush, at, bad, used, wBad, wUsed)
				}
			}
		}
	}
}

// firstDifference is the index of the first rune where a and b differ, or -1.
func firstDifference(a, b []rune) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}
