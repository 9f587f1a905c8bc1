package regex

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type matchCase struct {
	feature, pattern, flags, input string
	start                          int
	want                           string // "[s0 e0 s1 e1 …]", "no match", or the SyntaxError message
}

type errorCase struct{ pattern, flags, want string }

// utf16Of decodes a test string to UTF-16. Lone surrogates are written in the tables as their WTF-8 bytes (which
// Go's decoder rejects), so they are decoded here by hand.
func utf16Of(s string) []uint16 {
	var out []uint16
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 {
			out = append(out, uint16(s[i]&0x0F)<<12|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			out = append(out, uint16(r))
		}
		i += n
	}
	return out
}

func mustFlags(t *testing.T, s string) Flags {
	t.Helper()
	f, err := ParseFlags(s)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// runCase compiles and matches one case and formats the outcome the way gen.js does.
func runCase(t *testing.T, pattern, flags, input string, start int, latin1 bool) string {
	t.Helper()
	p, err := Compile(utf16Of(pattern), mustFlags(t, flags))
	if err != nil {
		return err.Error()
	}
	caps := make([]int, 2*p.NumCaptures())
	var ok bool
	in := utf16Of(input)
	if latin1 {
		b := make([]byte, len(in))
		for i, c := range in {
			b[i] = byte(c)
		}
		ok, err = p.MatchLatin1(b, start, caps, nil)
	} else {
		ok, err = p.Match(in, start, caps, nil)
	}
	if err != nil {
		t.Fatalf("Match: %v", err)
	}
	if !ok {
		return "no match"
	}
	return strings.ReplaceAll(fmt.Sprint(caps), ",", "")
}

func TestMatchAgreesWithNode(t *testing.T) {
	for _, c := range matchCases {
		t.Run(fmt.Sprintf("%s: /%s/%s on %q", c.feature, c.pattern, c.flags, c.input), func(t *testing.T) {
			got := runCase(t, c.pattern, c.flags, c.input, c.start, false)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-node +kiln):\n%s", diff)
			}
		})
	}
}

func TestMatchLatin1AgreesWithMatch(t *testing.T) {
	for _, c := range matchCases {
		if strings.ContainsFunc(c.input, func(r rune) bool { return r > 0xFF }) {
			continue
		}
		t.Run(fmt.Sprintf("%s: /%s/%s on %q as Latin-1", c.feature, c.pattern, c.flags, c.input), func(t *testing.T) {
			got := runCase(t, c.pattern, c.flags, c.input, c.start, true)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-node +kiln):\n%s", diff)
			}
		})
	}
}

func TestSyntaxErrorsAgreeWithNode(t *testing.T) {
	for _, c := range errorCases {
		t.Run(fmt.Sprintf("/%s/%s is rejected", c.pattern, c.flags), func(t *testing.T) {
			got := "OK"
			if _, err := Compile(utf16Of(c.pattern), mustFlags(t, c.flags)); err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-node +kiln):\n%s", diff)
			}
		})
	}
}
