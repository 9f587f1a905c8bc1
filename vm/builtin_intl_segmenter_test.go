package vm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The fixtures testdata/builtins/intl/segmenter*.js compare whole programs
// with node (regenerate: go test ./vm -run TestBuiltins/intl -update); these
// tables pin the UAX #29 rules one at a time, as "|"-separated segments.

func segmentString(s string, breaks func([]rune) []int) string {
	cps := []rune(s)
	b := breaks(cps)
	out := ""
	for i := 0; i+1 < len(b); i++ {
		if i > 0 {
			out += "|"
		}
		out += string(cps[b[i]:b[i+1]])
	}
	return out
}

func TestGraphemeBreaksFollowEachRule(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		{"GB3 keeps CR LF together", "a\r\nb", "a|\r\n|b"},
		{"GB4 and GB5 break around controls", "a\u0000\u0308", "a|\u0000|\u0308"},
		{"GB6 joins L with a syllable", "\u1100\uac00", "\u1100\uac00"},
		{"GB7 joins LV with T", "\uac00\u11a8", "\uac00\u11a8"},
		{"GB8 joins LVT with T", "\uac01\u11a8", "\uac01\u11a8"},
		{"GB9 keeps combining marks", "e\u0301\u0302x", "e\u0301\u0302|x"},
		{"GB9 keeps ZWNJ", "a\u200cb", "a\u200c|b"},
		{"GB9 keeps skin tones", "👍🏽👍", "👍🏽|👍"},
		{"GB9a keeps spacing marks", "a\u0903b", "a\u0903|b"},
		{"GB9b keeps prepend with what follows", "\u0600\u0661", "\u0600\u0661"},
		{"GB9c joins a conjunct over the virama", "नमस्ते", "न|म|स्ते"},
		{"GB9c joins across ZWJ", "क्\u200dष", "क्\u200dष"},
		{"GB11 joins an emoji ZWJ sequence", "👨‍👩‍👧x", "👨‍👩‍👧|x"},
		{"GB11 needs a pictograph before the ZWJ", "a\u200d©", "a\u200d|©"},
		{"GB12 and GB13 pair regional indicators", "🇺🇸🇫🇷🇩", "🇺🇸|🇫🇷|🇩"},
		{"GB999 breaks everywhere else", "ab", "a|b"},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			if got := segmentString(tc.in, graphemeBreaks); got != tc.want {
				t.Errorf("%+q segments as %+q, want %+q", tc.in, got, tc.want)
			}
		})
	}
}

func TestWordBreaksFollowEachRule(t *testing.T) {
	tests := []struct {
		rule, in, want string
		wordLike       []bool
	}{
		{"WB3 keeps CR LF together", "a\r\n\nb", "a|\r\n|\n|b", []bool{true, false, false, true}},
		{"WB3c joins ZWJ and a pictograph", "👨\u200d👩", "👨\u200d👩", []bool{false}},
		{"WB3d joins horizontal space", "a  \tb", "a|  |\t|b", []bool{true, false, false, true}},
		{"WB4 carries marks and format characters", "a\u0308\u00adb", "a\u0308\u00adb", []bool{true}},
		{"WB6 and WB7 join letters over an apostrophe", "can't", "can't", []bool{true}},
		{"WB6 needs a letter after", "e.g.", "e.g|.", []bool{true, false}},
		{"WB7b and WB7c join Hebrew over a double quote", "קו\"ם", "קו\"ם", []bool{true}},
		{"WB8 to WB12 join numbers", "1,000.5 a3 3a", "1,000.5| |a3| |3a", []bool{true, false, true, false, true}},
		{"WB13 joins katakana", "カタカナ", "カタカナ", []bool{true}},
		{"WB13a and WB13b join underscores", "_x_ _ __", "_x_| |_| |__", []bool{true, false, false, false, true}},
		{"WB15 and WB16 pair regional indicators", "🇺🇸🇫🇷", "🇺🇸|🇫🇷", []bool{false, false}},
		{"Hangul syllables stay apart from Latin", "a가a", "a|가|a", []bool{true, true, true}},
		{"ideographs run together", "漢字 x", "漢字| |x", []bool{true, false, true}},
		{"hiragana stands alone", "ひら", "ひ|ら", []bool{true, true}},
		{"Thai counts as letters", "ไทยa", "ไทยa", []bool{true}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			var like []bool
			got := segmentString(tc.in, func(cps []rune) []int {
				b, l := wordBreaks(cps)
				like = l
				return b
			})
			if got != tc.want {
				t.Errorf("%+q segments as %+q, want %+q", tc.in, got, tc.want)
			}
			if diff := cmp.Diff(tc.wordLike, like); diff != "" {
				t.Errorf("isWordLike of %+q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestSentenceBreaksFollowEachRule(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		{"SB4 breaks after paragraph separators", "a\nb\r\nc", "a\n|b\r\n|c"},
		{"SB6 keeps a decimal point", "3.14 is pi.", "3.14 is pi."},
		{"SB7 keeps initials", "U.S. is big", "U.S. is big"},
		{"SB8 keeps an abbreviation before lowercase", "etc. and more", "etc. and more"},
		{"SB8a continues after a comma", "Wait., then", "Wait., then"},
		{"SB9 and SB10 keep closers and spaces", "He left.)  Then", "He left.)  |Then"},
		{"SB11 breaks after a terminator", "Hi! Yes? No.", "Hi! |Yes? |No."},
		{"SB5 carries marks", "a.\u0308 B", "a.\u0308 |B"},
		{"ideographic full stop ends a sentence", "文。次", "文。|次"},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			if got := segmentString(tc.in, sentenceBreaks); got != tc.want {
				t.Errorf("%+q segments as %+q, want %+q", tc.in, got, tc.want)
			}
		})
	}
}

func TestALoneSurrogateTakesMarksLikeABase(t *testing.T) {
	// Go strings cannot hold a surrogate, so this one is in code points.
	if diff := cmp.Diff([]int{0, 2, 3}, graphemeBreaks([]rune{0xDC00, 0x0308, 'a'})); diff != "" {
		t.Errorf("boundaries (-want +got):\n%s", diff)
	}
}

func TestSegmentAtFindsTheSegmentHoldingAUnit(t *testing.T) {
	s := &segmentation{granularity: "grapheme", units: []uint16{'a', 0xD83D, 0xDE00, 'b'}}
	s.compute()
	for n, want := range []int{0, 1, 1, 2} {
		if got := s.segmentAt(n); got != want {
			t.Errorf("segmentAt(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestASCIIWordClassesFollowTable3(t *testing.T) {
	for c := rune(0); c < 0x80; c++ {
		want := wbOther
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			want = wbALetter
		case c >= '0' && c <= '9':
			want = wbNumeric
		case c == '\r':
			want = wbCR
		case c == '\n':
			want = wbLF
		case c == '\v' || c == '\f':
			want = wbNewline
		case c == '\'':
			want = wbSingleQuote
		case c == '"':
			want = wbDoubleQuote
		case c == ' ':
			want = wbWSegSpace
		case c == '_':
			want = wbExtendNumLet
		case c == '.':
			want = wbMidNumLet
		case c == ':':
			want = wbMidLetter
		case c == ',' || c == ';':
			want = wbMidNum
		}
		if got := wordClass(c); got != want {
			t.Errorf("wordClass(%q) = %d, want %d", c, got, want)
		}
	}
}
