package stdlib

import (
	"regexp"
	"testing"
)

// TestReplaceAsMatchesNodesRegExp checks replaceAs against node's
// replace(/\s+as\s+/g, ': ') on the braces of import statements.
func TestReplaceAsMatchesNodesRegExp(t *testing.T) {
	re := regexp.MustCompile(`\s+as\s+`)
	for _, s := range []string{
		"{ a }", "{ a as b }", "{ a  as\tb, c as d }", "{ has, mass as glass }", "{ as as as }",
		"{ a as b as c }", "{as}", "{ x asb }", "{ x\nas\ny }", "{ default as x, y as  z }",
	} {
		if got, want := replaceAs(s), re.ReplaceAllString(s, ": "); got != want {
			t.Errorf("replaceAs(%q) = %q, want %q", s, got, want)
		}
	}
}
