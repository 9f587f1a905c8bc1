package vm

import "testing"

// TestEvalAssignsImmutableBindings checks assignments by name (from direct
// eval) to the immutable bindings of the caller's scopes: const and a class's
// inner name throw, a function expression's own name is left alone from sloppy
// code and throws from strict code (node v20 gives the same results).
func TestEvalAssignsImmutableBindings(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"const", `(function () { const x = 1; try { eval("x = 2") } catch (e) { return e.constructor.name + x } })()`, "TypeError1"},
		{"const from an arrow", `(function () { const x = 1; return () => { try { eval("x++") } catch (e) { return e.message } } })()()`,
			"Assignment to constant variable."},
		{"let", `(function () { let x = 1; eval("x = 2"); return x })()`, "2"},
		{"sloppy callee name", `(function g() { eval("g = 1"); return typeof g })()`, "function"},
		{"strict eval, sloppy callee name", `(function g() { try { eval("'use strict'; g = 1") } catch (e) { return e.name } })()`, "TypeError"},
		{"strict callee name", `(function g() { "use strict"; try { eval("g = 1") } catch (e) { return e.name } })()`, "TypeError"},
		{"class inner name", `new (class C { constructor() { try { eval("C = 1") } catch (e) { this.r = e.name } } })().r`, "TypeError"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rt := New(Options{StackValues: 1 << 12, MaxCallDepth: 100})
			if got := evalString(t, rt, c.src); got != c.want {
				t.Errorf("%s = %q, want %q", c.src, got, c.want)
			}
		})
	}
}
