package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLineColCountsUTF16Units(t *testing.T) {
	src := "a\nb😀c\r\nd\u2028e"
	prog := &Program{Source: src}
	cases := []struct {
		name      string
		offset    int
		line, col int
	}{
		{"start of input", 0, 1, 0},
		{"start of the second line", 2, 2, 0},
		{"after an astral character (two units)", strings.Index(src, "c"), 2, 3},
		{"after CRLF", strings.Index(src, "d"), 3, 0},
		{"after U+2028", strings.Index(src, "e"), 4, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line, col := prog.LineCol(int32(c.offset))
			if line != c.line || col != c.col {
				t.Errorf("LineCol(%d) = %d:%d, want %d:%d", c.offset, line, col, c.line, c.col)
			}
		})
	}
}

func TestErrorPositionAfterAstralCharacter(t *testing.T) {
	_, err := Parse("'😀' @", "f.js", Options{})
	se := err.(*SyntaxError)
	if se.Line != 1 || se.Column != 5 || se.File != "f.js" {
		t.Errorf("got %d:%d in %q, want 1:5 in f.js", se.Line, se.Column, se.File)
	}
	if want := "f.js:1:5: SyntaxError: Invalid or unexpected token"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
}

func firstExpr(t *testing.T, src string) Expr {
	t.Helper()
	prog, err := Parse(src, "", Options{})
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return prog.Body[0].(*ExprStmt).X
}

func TestStringValuesAreUTF16(t *testing.T) {
	cases := []struct {
		name, src string
		want      []uint16
	}{
		{"ASCII", `"ab"`, []uint16{'a', 'b'}},
		{"astral character from source", `"😀"`, []uint16{0xd83d, 0xde00}},
		{"braced escape", `"\u{1F600}"`, []uint16{0xd83d, 0xde00}},
		{"lone surrogate escape", `"\uD800"`, []uint16{0xd800}},
		{"legacy octal escape", `"\101\0"`, []uint16{'A', 0}},
		{"line continuation", "\"a\\\nb\"", []uint16{'a', 'b'}},
		{"U+2028 is allowed in strings", "\"\u2028\"", []uint16{0x2028}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := firstExpr(t, c.src).(*String)
			if diff := cmp.Diff(c.want, s.Value); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTemplateCookedAndRaw(t *testing.T) {
	tl := firstExpr(t, "tag`a\\n${1}\\u{`").(*TaggedTemplate).Quasi
	q0, q1 := tl.Quasis[0], tl.Quasis[1]
	if diff := cmp.Diff([]uint16{'a', '\n'}, q0.Cooked); diff != "" || q0.Raw != `a\n` || q0.Invalid {
		t.Errorf("first chunk: cooked %v raw %q invalid %v", q0.Cooked, q0.Raw, q0.Invalid)
	}
	if q1.Cooked != nil || !q1.Invalid || q1.Raw != `\u{` {
		t.Errorf("second chunk: cooked %v raw %q invalid %v", q1.Cooked, q1.Raw, q1.Invalid)
	}
	crlf := firstExpr(t, "`a\r\nb`").(*TemplateLiteral).Quasis[0]
	if crlf.Raw != "a\nb" || utf16ToString(crlf.Cooked) != "a\nb" {
		t.Errorf("CRLF not normalised: raw %q cooked %q", crlf.Raw, utf16ToString(crlf.Cooked))
	}
}

func TestLocsCoverSourceText(t *testing.T) {
	src := "x = function f(a) { return a }; class C { static async m() {} }"
	prog, err := Parse(src, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	fn := prog.Body[0].(*ExprStmt).X.(*Assign).Value.(*Function)
	cls := prog.Body[1].(*ClassDecl).Class
	got := []string{
		src[fn.Start:fn.End],
		src[cls.Start:cls.End],
		src[cls.Members[0].Value.(*Function).Start:cls.Members[0].Value.(*Function).End],
	}
	want := []string{"function f(a) { return a }", "class C { static async m() {} }", "async m() {}"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFeatures(t *testing.T) {
	cases := []struct {
		src  string
		want Features
	}{
		{"a ?? b", FeatureNullishCoalescing},
		{"a?.b", FeatureOptionalChain},
		{"a ||= b", FeatureLogicalAssignment},
		{"a ** b", FeatureExponentOperator},
		{"1n", FeatureBigInt},
		{"async function* f() {}", FeatureAsyncAwait | FeatureAsyncGenerator | FeatureGenerator},
		{"class A { #x; static y = 1; static {} }", FeatureClass | FeatureClassPrivateField | FeatureClassStaticField | FeatureClassStaticBlocks},
		{"try {} catch {}", FeatureOptionalCatchBinding},
		{"({...a})", FeatureObjectRestSpread},
		{"/a/s", FeatureRegexpDotAllFlag},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			prog, err := Parse(c.src, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if prog.Features != c.want {
				t.Errorf("Features = %v, want %v", prog.Features, c.want)
			}
		})
	}
	if got := (FeatureArrow | FeatureBigInt).EsbuildNames(); !cmp.Equal(got, []string{"arrow", "bigint"}) {
		t.Errorf("EsbuildNames = %v", got)
	}
	if len(esbuildFeatureNames) != 64-countLeadingUnused() {
		t.Errorf("esbuildFeatureNames has %d names for %d features", len(esbuildFeatureNames), 64-countLeadingUnused())
	}
}

// countLeadingUnused returns how many of the 64 Feature bits are unused.
func countLeadingUnused() int {
	n := 0
	for f := featureEnd; f != 0; f <<= 1 {
		n++
	}
	return n
}

func TestOptions(t *testing.T) {
	cases := []struct {
		name    string
		src     string
		opts    Options
		wantErr string
	}{
		{"return at top level is an error by default", "return 1", Options{}, "Illegal return statement"},
		{"CommonJS allows top-level return", "return 1", Options{AllowReturnOutsideFunction: true}, ""},
		{"a function body allows new.target and return", "return new.target", Options{FunctionBody: true}, ""},
		{"an async function body allows await", "await x", Options{FunctionBody: true, FunctionAsync: true}, ""},
		{"await is an identifier in scripts", "await(x)", Options{}, ""},
		{"eval in a method allows super properties", "super.x", Options{Eval: true, InMethod: true}, ""},
		{"eval in a derived constructor allows super()", "super()", Options{Eval: true, InDerivedConstructor: true}, ""},
		{"eval in a field initializer forbids arguments", "arguments", Options{Eval: true, InClassField: true},
			"'arguments' is not allowed in class field initializer or static initialization block"},
		{"eval in a class sees its private names", "this.#x", Options{Eval: true, PrivateNames: []string{"#x"}}, ""},
		{"strict option", "with (a) b", Options{Strict: true}, "Strict mode code may not include a with statement"},
		{"modules are strict", "with (a) b", Options{Module: true}, "Strict mode code may not include a with statement"},
		{"HTML comments are not allowed in modules", "<!-- y", Options{Module: true}, "HTML comments are not allowed in modules"},
		{"HTML comments are allowed in scripts", "<!-- y", Options{}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.src, "", c.opts)
			got := ""
			if err != nil {
				got = err.(*SyntaxError).Msg
			}
			if got != c.wantErr {
				t.Errorf("Parse(%q) error %q, want %q", c.src, got, c.wantErr)
			}
		})
	}
}

func TestValidateRegExpHook(t *testing.T) {
	defer func(old func(string, string) error) { ValidateRegExp = old }(ValidateRegExp)
	var seen []string
	ValidateRegExp = func(pattern, flags string) error {
		seen = append(seen, pattern+"|"+flags)
		if pattern == "(" {
			return hookErr("Invalid regular expression: /(/: Unterminated group")
		}
		return nil
	}
	if _, err := Parse("/a+/gu", "", Options{}); err != nil {
		t.Fatal(err)
	}
	_, err := Parse("x = /(/", "", Options{})
	if err == nil || err.(*SyntaxError).Msg != "Invalid regular expression: /(/: Unterminated group" {
		t.Errorf("got %v", err)
	}
	if diff := cmp.Diff([]string{"a+|gu", "(|"}, seen); diff != "" {
		t.Errorf("hook calls (-want +got):\n%s", diff)
	}
}

func TestRegExpLiteralsAreValidatedByDefault(t *testing.T) {
	_, err := Parse("x = /a(?<n>b)\\k<m>/u", "", Options{})
	if err == nil || !strings.HasPrefix(err.(*SyntaxError).Msg, "Invalid regular expression: /") {
		t.Errorf("an invalid regular expression literal parsed: %v", err)
	}
}

type hookErr string

func (e hookErr) Error() string { return string(e) }
