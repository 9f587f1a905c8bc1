package parser

import (
	"fmt"
	"strings"
	"testing"
)

func TestDeepNestingIsASyntaxError(t *testing.T) {
	cases := []struct{ name, src string }{
		{"a million open parens", strings.Repeat("(", 1_000_000)},
		{"a million open brackets", strings.Repeat("[", 1_000_000)},
		{"a million open braces", strings.Repeat("{", 1_000_000)},
		{"a million unary minuses", strings.Repeat("-", 1_000_000) + "x"},
		{"a million nested arrows", strings.Repeat("x=>", 1_000_000) + "x"},
		{"a million nested ternaries", strings.Repeat("a?b:", 1_000_000) + "c"},
		{"a million nested templates", strings.Repeat("`${", 1_000_000)},
		{"a million nested news", strings.Repeat("new ", 1_000_000) + "X"},
		{"a million nested array patterns", "var " + strings.Repeat("[", 1_000_000)},
		{"a million nested ifs", strings.Repeat("if (1) ", 1_000_000) + ";"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.src, "", Options{})
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("got %v, want a SyntaxError", err)
			}
			if se.Msg != "Maximum nesting depth exceeded" {
				t.Errorf("got %q, want the nesting depth error", se.Msg)
			}
		})
	}
}

func TestModerateNestingParses(t *testing.T) {
	src := strings.Repeat("(", 500) + "1" + strings.Repeat(")", 500)
	if _, err := Parse(src, "", Options{}); err != nil {
		t.Fatalf("500 nested parens: %v", err)
	}
}

// TestNestingNodeParses parses the deepest nestings node v20 runs (measured
// there: generated parsers chain thousands of else-ifs).
func TestNestingNodeParses(t *testing.T) {
	var ifs strings.Builder
	ifs.WriteString("function f(x){")
	for i := range 4000 {
		fmt.Fprintf(&ifs, "if(x===%d)return %d;else ", i, i)
	}
	ifs.WriteString("return -1}")
	cases := []struct{ name, src string }{
		{"2,300 nested arrays", "var n=" + strings.Repeat("[", 2300) + strings.Repeat("]", 2300) + ";"},
		{"4,000 chained else-ifs", ifs.String()},
		{"2,500 nested conditionals", "var t=" + strings.Repeat("x?1:", 2500) + "0;"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Parse(c.src, "", Options{}); err != nil {
				t.Fatal(err)
			}
		})
	}
}
