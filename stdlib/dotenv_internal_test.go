package stdlib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Expected results are node v20.20's util.parseEnv on the same text.
func TestParseDotenv(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"plain pairs", "A=1\nB=2", map[string]string{"A": "1", "B": "2"}},
		{"spaces around keys and values are trimmed", "A = spaced  \n  B  =  x y  ", map[string]string{"A": "spaced", "B": "x y"}},
		{"tabs are not trimmed", "A=\t x \t\nB=2", map[string]string{"A": "\t x \t", "B": "2"}},
		{"comments and quotes", "# c\nA=1 # t\nB=\"q # n\"\nC='s'\nD=`b`", map[string]string{"A": "1", "B": "q # n", "C": "s", "D": "b"}},
		{"only double quotes expand \\n", "E=\"m\nl\"\nF='n\\ne'\nG=\"e\\nn\"", map[string]string{"E": "m\nl", "F": "n\\ne", "G": "e\nn"}},
		{"a key runs over lines to the next =", "export H=x\nI=\nJ\nK==eq\n=nokey", map[string]string{"H": "x", "I": "", "J\nK": "=eq"}},
		{"an unclosed quote takes its line", "L=\"open\nM=next", map[string]string{"L": "\"open", "M": "next"}},
		{"an unclosed quote on the last line ends parsing", "A=\"x\"\nB=\"y", map[string]string{"A": "x"}},
		{"carriage returns are dropped", "N=a=b\r\nO=crlf\r\nP=\"x\ry\"", map[string]string{"N": "a=b", "O": "crlf", "P": "xy"}},
		{"text after a closing quote is ignored", "P=\"in \"q\" h\"\nT=\"a\"b", map[string]string{"P": "in ", "T": "a"}},
		{"an empty key ends parsing", "=x\nB=1", map[string]string{}},
		{"export needs a space", "export\tB=1\nexport =2", map[string]string{"export\tB": "1", "export": "2"}},
		{"a comment line at the end may still hold a pair", "A=1\n#c=2", map[string]string{"A": "1", "#c": "2"}},
		{"backslash-n after a backslash", "B=\"\\\\n\"", map[string]string{"B": "\\\n"}},
		{"no = at all", "W:colon", map[string]string{}},
		{"empty value at the end", "A=  ", map[string]string{"A": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := parseDotenv(tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseDotenv(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
