package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type errCase struct {
	src       string
	msg       string
	line, col int
}

func expectErrors(t *testing.T, cases []errCase, opts Options) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := Parse(strings.ReplaceAll(c.src, `\n`, "\n"), "", opts)
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("Parse(%q) = %v, want SyntaxError %q", c.src, err, c.msg)
			}
			got := errCase{c.src, se.Msg, se.Line, se.Column}
			if diff := cmp.Diff(c, got, cmp.AllowUnexported(errCase{})); diff != "" {
				t.Errorf("Parse(%q) error mismatch (-want +got):\n%s", c.src, diff)
			}
		})
	}
}

// Messages were checked against node v20 (`new vm.Script(src)`); positions
// are where Kiln reports them (mostly V8's).
func TestScriptErrors(t *testing.T) {
	expectErrors(t, []errCase{
		{"\"abc", "Invalid or unexpected token", 1, 0},
		{"'abc\\n'", "Invalid or unexpected token", 1, 0},
		{"`abc", "Unexpected end of input", 1, 4},
		{"/abc", "Invalid regular expression: missing /", 1, 0},
		{"1 = 2", "Invalid left-hand side in assignment", 1, 0},
		{"a + b = c", "Invalid left-hand side in assignment", 1, 0},
		{"let let = 1", "let is disallowed as a lexically bound name", 1, 4},
		{"let a; let a;", "Identifier 'a' has already been declared", 1, 11},
		{"var a; let a;", "Identifier 'a' has already been declared", 1, 11},
		{"let a; var a;", "Identifier 'a' has already been declared", 1, 11},
		{"function f(a, a) { \"use strict\" }", "Duplicate parameter name not allowed in this context", 1, 14},
		{"(a, a) => 1", "Duplicate parameter name not allowed in this context", 1, 4},
		{"\"use strict\"; with (a) {}", "Strict mode code may not include a with statement", 1, 14},
		{"\"use strict\"; delete x", "Delete of an unqualified identifier in strict mode.", 1, 21},
		{"\"use strict\"; 010", "Octal literals are not allowed in strict mode.", 1, 14},
		{"\"use strict\"; 08", "Decimals with leading zeros are not allowed in strict mode.", 1, 14},
		{"\"use strict\"; \"\\07\"", "Octal escape sequences are not allowed in strict mode.", 1, 16},
		{"\"use strict\"; var eval", "Unexpected eval or arguments in strict mode", 1, 18},
		{"\"use strict\"; var implements", "Unexpected strict mode reserved word", 1, 18},
		{"\"use strict\"; var yield", "Unexpected strict mode reserved word", 1, 18},
		{"break", "Illegal break statement", 1, 0},
		{"continue", "Illegal continue statement: no surrounding iteration statement", 1, 0},
		{"break foo", "Undefined label 'foo'", 1, 6},
		{"a: a: ;", "Label 'a' has already been declared", 1, 3},
		{"x = {__proto__: 1, __proto__: 2}", "Duplicate __proto__ fields are not allowed in object literals", 1, 19},
		{"class A { constructor(){} constructor(){} }", "A class may only have one constructor", 1, 26},
		{"class A { m() { this.#x } }", "Private field '#x' must be declared in an enclosing class", 1, 21},
		{"function f(a = 1) { \"use strict\" }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 20},
		{"({ get a(x) {} })", "Getter must not have any formal parameters.", 1, 8},
		{"({ set a() {} })", "Setter must have exactly one formal parameter.", 1, 8},
		{"/a/gg", "Invalid regular expression flags", 1, 0},
		{"/a/x", "Invalid regular expression flags", 1, 0},
		{"(", "Unexpected end of input", 1, 1},
		{"[", "Unexpected end of input", 1, 1},
		{"foo(", "Unexpected end of input", 1, 4},
		{"foo(a", "missing ) after argument list", 1, 4},
		{"1 1", "Unexpected number", 1, 2},
		{"a b", "Unexpected identifier 'b'", 1, 2},
		{"3in []", "Invalid or unexpected token", 1, 0},
		{"0x", "Invalid or unexpected token", 1, 0},
		{"1_", "Numeric separators are not allowed at the end of numeric literals", 1, 1},
		{"1__0", "Only one underscore is allowed as numeric separator", 1, 2},
		{"@", "Invalid or unexpected token", 1, 0},
		{"#", "Invalid or unexpected token", 1, 0},
		{"\\u0030", "Invalid or unexpected token", 1, 0},
		{"new.target", "new.target expression is not allowed here", 1, 0},
		{"super.x", "'super' keyword unexpected here", 1, 0},
		{"class A { constructor() { super() } }", "'super' keyword unexpected here", 1, 26},
		{"function* g() { yield = 1 }", "Unexpected token '='", 1, 22},
		{"async function f() { await = 1 }", "Unexpected token '='", 1, 27},
		{"for (let x of [], []) ;", "Unexpected token ','", 1, 16},
		{"for (let x = 1 of []) ;", "for-of loop variable declaration may not have an initializer.", 1, 9},
		{"({a = 1})", "Invalid shorthand property initializer", 1, 2},
		{"\"use strict\"; if (1) function f(){}", "In strict mode code, functions can only be declared at top level or inside a block.", 1, 21},
		{"while (1) function f(){}", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", 1, 10},
		{"label: function* g(){}", "Generators can only be declared at the top level or inside a block.", 1, 7},
		{"x => { let x; }", "Identifier 'x' has already been declared", 1, 11},
		{"try {} catch (e) { let e; }", "Identifier 'e' has already been declared", 1, 23},
		{"try {} catch ([e, e]) {}", "Identifier 'e' has already been declared", 1, 18},
		{"let [a, a] = [];", "Identifier 'a' has already been declared", 1, 8},
		{"const a;", "Missing initializer in const declaration", 1, 6},
		{"for (const a;;);", "Missing initializer in const declaration", 1, 11},
		{"a?.b = 1", "Invalid left-hand side in assignment", 1, 0},
		{"a?.b`c`", "Invalid tagged template on optional chain", 1, 4},
		{"new a?.b()", "Invalid optional chain from new expression", 1, 5},
		{"import x from 'y'", "Cannot use import statement outside a module", 1, 0},
		{"export default 1", "Unexpected token 'export'", 1, 0},
		{"{ let a; var a; }", "Identifier 'a' has already been declared", 1, 13},
		{"{ function f(){} var f; }", "Identifier 'f' has already been declared", 1, 21},
		{"function f(){} let f;", "Identifier 'f' has already been declared", 1, 19},
		{"`\\unicode`", "Invalid Unicode escape sequence", 1, 1},
		{"\"\\u{110000}\"", "Undefined Unicode code-point", 1, 10},
		{"\"\\x0g\"", "Invalid hexadecimal escape sequence", 1, 2},
		{"a ?? b || c", "Unexpected token '||'", 1, 7},
		{"a || b ?? c", "Unexpected token '??'", 1, 7},
		{"-1 ** 2", "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", 1, 0},
		{"async () => await", "Unexpected end of input", 1, 17},
		{"for await (x of y);", "Unexpected reserved word", 1, 4},
		{"class A { static prototype(){} }", "Classes may not have a static property named 'prototype'", 1, 17},
		{"class A { get constructor(){} }", "Class constructor may not be an accessor", 1, 14},
		{"class A { #constructor }", "Classes may not have a field named 'constructor'", 1, 10},
		{"class A { static { await } }", "Unexpected reserved word", 1, 19},
		{"class A { x = arguments }", "'arguments' is not allowed in class field initializer or static initialization block", 1, 14},
		{"class A extends B { x = super() }", "'super' keyword unexpected here", 1, 24},
		{"function f() { super.x }", "'super' keyword unexpected here", 1, 15},
		{"({ m() { super() } })", "'super' keyword unexpected here", 1, 9},
		{"continue foo", "Undefined label 'foo'", 1, 9},
		{"foo: { continue foo }", "Illegal continue statement: 'foo' does not denote an iteration statement", 1, 16},
		{"a: b: { for (;;) continue a }", "Illegal continue statement: 'a' does not denote an iteration statement", 1, 26},
		{"f() &&= 1", "Invalid left-hand side in assignment", 1, 0},
		{"[f()] = 1", "Invalid destructuring assignment target", 1, 1},
		{"\"use strict\"; \"\\8\"", "\\8 and \\9 are not allowed in strict mode.", 1, 15},
		{"v\\u0061r x = 1", "Keyword must not contain escaped characters", 1, 0},
		{"x = 1 +", "Unexpected end of input", 1, 7},
		{"if (", "Unexpected end of input", 1, 4},
		{"}", "Unexpected token '}'", 1, 0},
		{")", "Unexpected token ')'", 1, 0},
		{"var", "Unexpected end of input", 1, 3},
		{"x = 'a", "Invalid or unexpected token", 1, 4},
		{"f(a,", "Unexpected end of input", 1, 4},
		{"x.", "Unexpected end of input", 1, 2},
		{"1.e", "Invalid or unexpected token", 1, 0},
		{"a = 0b12", "Invalid or unexpected token", 1, 4},
		{"1e", "Invalid or unexpected token", 1, 0},
		{"\"use strict\"; var let = 1", "Unexpected strict mode reserved word", 1, 18},
		{"[x, ...y, z] = a", "Rest element must be last element", 1, 4},
		{"({...a, b} = x)", "Rest element must be last element", 1, 2},
		{"function f(...a,) {}", "Rest parameter must be last formal parameter", 1, 15},
		{"(...a,) => 1", "Rest parameter must be last formal parameter", 1, 5},
		{"()", "Unexpected token ')'", 1, 1},
		{"async (await) => 1", "'await' is not a valid identifier name in an async function", 1, 7},
		{"class A { #x; #x }", "Identifier '#x' has already been declared", 1, 14},
		{"class A { static get #x(){} set #x(v){} }", "Identifier '#x' has already been declared", 1, 32},
		{"class A { #x; m() { delete this.#x } }", "Private fields can not be deleted", 1, 32},
		{"switch (1) { default: default: }", "More than one default clause in switch statement", 1, 22},
		{"throw\\n1", "Illegal newline after throw", 1, 0},
		{"import.meta", "Cannot use 'import.meta' outside a module", 1, 7},
		{"x\\n  = 1 +\\n  @", "Invalid or unexpected token", 3, 2},
		{"let x;\\nlet x;", "Identifier 'x' has already been declared", 2, 4},
		{"var x = \"😀\" + ;", "Unexpected token ';'", 1, 15},
		{"({a: 1} = 1)", "Invalid destructuring assignment target", 1, 5},
		{"({a}) = 1", "Invalid left-hand side in assignment", 1, 0},
		{"((a)) => 1", "Invalid destructuring assignment target", 1, 1},
		{"(a, b) = 1", "Invalid left-hand side in assignment", 1, 0},
		{"a => a => { \"use strict\"; with (x) {} }", "Strict mode code may not include a with statement", 1, 26},
		{"function f() { \"use strict\"; arguments = 1 }", "Unexpected eval or arguments in strict mode", 1, 29},
		{"\"use strict\"; eval++", "Unexpected eval or arguments in strict mode", 1, 14},
		{"++a++", "Invalid left-hand side expression in prefix operation", 1, 2},
		{"if (1) let x = 1", "Lexical declaration cannot appear in a single-statement context", 1, 7},
		{"if (1) class C {}", "Unexpected token 'class'", 1, 7},
		{"do function f(){} while (0)", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", 1, 3},
		{"try {}", "Missing catch or finally after try", 1, 5},
		{"a?.b++", "Invalid left-hand side expression in postfix operation", 1, 0},
		{"new.target = 1", "new.target expression is not allowed here", 1, 0},
		{"this = 1", "Invalid left-hand side in assignment", 1, 0},
		{"\"use strict\"; function f(eval) {}", "Unexpected eval or arguments in strict mode", 1, 25},
		{"function* g() { function* yield() {} }", "Unexpected identifier 'yield'", 1, 26},
		{"async function f() { var await }", "Unexpected reserved word", 1, 25},
		{"class A { [super.x]() {} }", "'super' keyword unexpected here", 1, 11},
		{"({ async get x() {} })", "Unexpected identifier 'x'", 1, 13},
	}, Options{})
}

// Messages checked against node v20 (vm.SourceTextModule).
func TestModuleErrors(t *testing.T) {
	expectErrors(t, []errCase{
		{"import {a} from 'm'; let a;", "Identifier 'a' has already been declared", 1, 25},
		{"export {x}", "Export 'x' is not defined in module", 1, 8},
		{"export {a}; export {a}", "Duplicate export of 'a'", 1, 20},
		{"export default 1; export default 2", "Identifier '.default' has already been declared", 1, 18},
		{"export {\"a\"}", "String literal module export names must be followed by a 'from' clause", 1, 8},
		{"var await", "Unexpected reserved word", 1, 4},
		{"function f() { await x }", "Unexpected reserved word", 1, 15},
		{"with (a) {}", "Strict mode code may not include a with statement", 1, 0},
		{"x = 010", "Octal literals are not allowed in strict mode.", 1, 4},
		{"<!-- x", "HTML comments are not allowed in modules", 1, 0},
		{"export let a; var a;", "Identifier 'a' has already been declared", 1, 18},
		{"function f(){} var f; let f;", "Identifier 'f' has already been declared", 1, 26},
		{"new.target", "new.target expression is not allowed here", 1, 0},
		{"import {a, a} from 'm'", "Identifier 'a' has already been declared", 1, 11},
		{"export * as a from 'm'; export {b as a} from 'n'", "Duplicate export of 'a'", 1, 32},
		{"arguments = 1", "Unexpected eval or arguments in strict mode", 1, 0},
		{"let yield", "Unexpected strict mode reserved word", 1, 4},
		{"export default function f() {} f = 1; let f", "Identifier 'f' has already been declared", 1, 42},
	}, Options{Module: true})
}

// TestErrorRanges checks the source range V8 underlines with carets under
// an error (node prints them): `^^^^^` spans [col, endCol) on one line.
// Ranges were read from node v20's output for each source run as a file.
func TestErrorRanges(t *testing.T) {
	cases := []struct {
		src               string
		col, line, endCol int // line is EndLine: 0 for one character
	}{
		{"var x = -2 ** 40;", 8, 1, 13},
		{"x = - - 2 ** 2;", 6, 1, 12},
		{"typeof  x ** 2;", 0, 1, 12},
		{"async function q() { -await 2 ** 2 }", 22, 1, 32},
		{"a + b = 3;", 0, 1, 5},
		{"((a + b)) = 1;", 0, 1, 9},
		{"--(a+b);", 2, 1, 7},
		{"a?.b++;", 0, 1, 4},
		{"[a + 1] = [];", 1, 1, 6},
		{"for (a + b of []) {}", 5, 1, 10},
		{"[...a, b] = [];", 1, 1, 5},
		{"\"use strict\"; function f(abc, abc) {}", 30, 1, 33},
		{"(aa, aa) => 1;", 5, 1, 7},
		{"\"use strict\"; arguments++;", 14, 1, 23},
		{"\"use strict\"; var let = 1;", 18, 1, 21},
		{"let let = 1;", 4, 1, 7},
		{"function g() { await foo(); }", 15, 1, 20},
		{"var a = foo bar;", 12, 1, 15},
		{"if (x) { else }", 9, 1, 13},
		{"function f() {", 14, 1, 14},
		{"(a\n+ b) = 1;", 0, 2, 4},
		{"break   ;", 0, 1, 5},
		{"continue;", 0, 1, 8},
		{"lbl: { continue lbl ; }", 16, 1, 19},
		{"label: label: x;", 7, 1, 12},
		{"while (1) { continue nope; }", 21, 1, 25},
		{"class A { constructor(){} constructor(){} }", 26, 1, 37},
		{"var o = { get a(x,  y) {} };", 15, 1, 22},
		{"var o = { set a(...r) {} };", 15, 1, 21},
		{"function h(a = 1) { 'use strict' ; }", 20, 1, 32},
		{"var r = /a(/gi;", 8, 1, 14},
		{"const z = 1 ; const  z = 2;", 21, 0, 0},
		{"\"use strict\"; delete ((xyz) );", 28, 1, 29},
		{"class A { #x; m() { delete this?.#x } }", 33, 1, 35},
		{"async function () {}", 6, 1, 14},
		{"function* (a) {}", 8, 1, 9},
		{"let [a, ...b,] = [];", 8, 1, 12},
		{"x = { __proto__: 1, \"__proto__\": 2 }", 20, 1, 31},
		{"try {} ", 5, 1, 6},
		{"var x = 0b12;", 8, 1, 11},
		{"var b = a ?? c * 2 && d + 1 || e;", 19, 1, 21},
		{"\"use strict\"; var n = 010;", 22, 1, 25},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := Parse(c.src, "", Options{})
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("Parse(%q) = %v, want a SyntaxError", c.src, err)
			}
			if se.Column != c.col || se.EndLine != c.line || se.EndColumn != c.endCol {
				t.Errorf("Parse(%q): %q at column %d, end %d:%d; want column %d, end %d:%d",
					c.src, se.Msg, se.Column, se.EndLine, se.EndColumn, c.col, c.line, c.endCol)
			}
		})
	}
}
