package compiler

import (
	"testing"

	"github.com/kilnjs/kiln/bytecode"
)

// The expected names are what node v20 shows in stack traces for the
// function or class marked F (each checked there with a throwing body).
func TestInferredNamesFollowV8(t *testing.T) {
	const F = "function () {}"
	tests := []struct{ what, src, want string }{
		{"a member assignment", "o.m = " + F, "o.m"},
		{"a member chain", "a.b.c = () => {}", "a.b.c"},
		{"module.exports", "module.exports.x = " + F, "module.exports.x"},
		{"prototype is left out", "Foo.prototype.bar = " + F, "Foo.bar"},
		{"this is left out", "this.x = " + F, "x"},
		{"a string key", "o['k'] = " + F, "o.k"},
		{"a computed key", "o[k] = " + F, "o.<computed>"},
		{"a numeric index", "o[0] = " + F, "o.<computed>"},
		{"an array element", "var arr = [" + F + "]", "arr"},
		{"an object literal property's array", "o.x = { k: [" + F + "] }", "o.x.k"},
		{"a numeric object key", "o.x = { 5: [" + F + "] }", "o.x.5"},
		{"a chained assignment", "o.a = o.b = " + F, "o.a.o.b"},
		{"two identifiers in a row", "var a = b = " + F, "b"},
		{"a conditional branch", "o.x = c ? " + F + " : null", "o.x"},
		{"a logical operand", "o.x = a || " + F, "o.x"},
		{"names read before an inner object literal", "o.x = c && { k: [" + F + "] }", "o.x.c.k"},
		{"a logical assignment", "o.x ??= " + F, "o.x"},
		{"a call in the chain", "get().x = " + F, "get.x"},
		{"an anonymous class", "o.C = class {}", "o.C"},
		{"a shorthand property after it", "o.x = [" + F + ", { a }]", "o.x.a.a"},
		{"the next statement", "new K([" + F + "]); o.y = 1", "o.y"},
		{"an assignment in an arrow body after it", "o.x = [" + F + ", () => { o.q = 1 }]", "o.x.o.q"},
		{"a capitalised enclosing function", "function Foo() { this.o.p = " + F + " }", "Foo.o.p"},
		{"a lower-case enclosing function", "function foo() { this.o.p = " + F + " }", "o.p"},
		{"a class field's array", "class C { x = [" + F + "] }", "x"},
		{"a call's result", "o.x = g(" + F + ")", ""},
		{"a call after it", "o.x = [" + F + ", g()]", ""},
		{"a parenthesised function", "o.x = (" + F + ")", ""},
		{"a parameter's default", "function f(a = [" + F + "]) {}", ""},
		{"an expression statement", "[" + F + "]", ""},
	}
	for _, tc := range tests {
		t.Run(tc.what, func(t *testing.T) {
			p := compileScript(t, tc.src)
			var got []string
			var visit func(f *bytecode.Function)
			visit = func(f *bytecode.Function) {
				// The marked function is the one whose source is F, or
				// the class or arrow when there is none.
				src := f.SourceText()
				if src == F || src == "class {}" || src == "() => {}" {
					got = append(got, f.InferredName)
				}
				for _, g := range f.Funcs {
					visit(g)
				}
			}
			visit(p.Main)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("%s: inferred %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}
