package regex

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Expected messages from node v20: new RegExp("a", flags) and eval("/a/" + flags).
func TestParseFlags(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"", ""},
		{"gimsuy", "gimsuy"},
		{"yusmig", "gimsuy"},
		{"dgimsvy", "dgimsvy"},
		{"gg", "Invalid flags supplied to RegExp constructor 'gg'"},
		{"x", "Invalid flags supplied to RegExp constructor 'x'"},
		{"uv", "Invalid flags supplied to RegExp constructor 'uv'"},
	} {
		t.Run("flags "+c.in+" parse as "+c.want, func(t *testing.T) {
			f, err := ParseFlags(c.in)
			got := f.String()
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct{ pattern, flags, want string }{
		{"a", "gg", "Invalid regular expression flags"},
		{"(", "", "Invalid regular expression: /(/: Unterminated group"},
		{"(?<π>a)\\k<π>", "u", ""},
		{"\U0001F600{2}", "u", ""},
		{"[\U0001F600-\U0001F64F]", "u", ""},
		{"[\U0001F64F-\U0001F600]", "u", "Invalid regular expression: /[\U0001F64F-\U0001F600]/u: Range out of order in character class"},
	} {
		t.Run("literal /"+c.pattern+"/"+c.flags, func(t *testing.T) {
			got := ""
			if err := Validate(c.pattern, c.flags); err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
