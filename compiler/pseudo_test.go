package compiler

import (
	"testing"

	"github.com/kilnjs/kiln/parser"
)

// scanPseudo is what the compiler did before the resolver recorded
// Scope.ArrowUses: it walks the given nodes for what the arrows directly
// inside them (not inside nested non-arrow functions, class members or
// field initialisers) use. It stays here as the oracle arrowPseudo is
// checked against.
func scanPseudo(nodes []parser.Node) pseudoUse {
	var u pseudoUse
	var visit func(n parser.Node, inArrow bool)
	visit = func(root parser.Node, inArrow bool) {
		parser.Walk(root, func(n parser.Node) bool {
			switch n := n.(type) {
			case *parser.Function:
				if n == root {
					return true
				}
				if n.IsArrow {
					visit(n, true)
				}
				return false
			case *parser.Class:
				if n.Super != nil {
					visit(n.Super, inArrow)
				}
				for _, m := range n.Members {
					if m.Computed && m.Key != nil {
						visit(m.Key, inArrow)
					}
				}
				return false
			case *parser.This:
				if inArrow {
					u[pseudoThis] = true
				}
			case *parser.NewTarget:
				if inArrow {
					u[pseudoNewTarget] = true
				}
			case *parser.Super:
				if inArrow {
					u[pseudoThis], u[pseudoHome] = true, true
				}
			case *parser.Call:
				if _, ok := n.Callee.(*parser.Super); ok && inArrow {
					u[pseudoThis], u[pseudoNewTarget], u[pseudoFunc] = true, true, true
				}
			}
			return true
		})
	}
	for _, n := range nodes {
		switch fn := n.(type) {
		case nil:
		case *parser.Function:
			if fn.IsArrow {
				visit(fn, true)
			}
		default:
			visit(n, false)
		}
	}
	return u
}

// checkArrowUses compares, for the program and every non-arrow function
// and class in it, the resolver's ArrowUses with scanPseudo's walk.
func checkArrowUses(t *testing.T, name string, prog *parser.Program) {
	t.Helper()
	var body []parser.Node
	for _, s := range prog.Body {
		body = append(body, s)
	}
	if got, want := arrowPseudo(prog.Scope), scanPseudo(body); got != want {
		t.Errorf("%s: top level: ArrowUses gives %v, the walk %v", name, got, want)
	}
	for _, root := range prog.Body {
		parser.Walk(root, func(n parser.Node) bool {
			switch n := n.(type) {
			case *parser.Function:
				if n.IsArrow {
					return true
				}
				var nodes []parser.Node
				for _, p := range n.Params {
					nodes = append(nodes, p)
				}
				for _, s := range n.Body {
					nodes = append(nodes, s)
				}
				if got, want := arrowPseudo(n.Scope), scanPseudo(nodes); got != want {
					line, col := prog.LineCol(n.Start)
					t.Errorf("%s:%d:%d: function: ArrowUses gives %v, the walk %v", name, line, col, got, want)
				}
			case *parser.Class:
				var got pseudoUse
				var nodes []parser.Node
				for _, m := range n.Members {
					if m.Kind == parser.MemberField && m.Value != nil {
						nodes = append(nodes, m.Value)
						for k, u := range arrowPseudo(m.FieldScope) {
							got[k] = got[k] || u
						}
					}
				}
				if want := scanPseudo(nodes); got != want {
					line, col := prog.LineCol(n.Start)
					t.Errorf("%s:%d:%d: class fields: ArrowUses gives %v, the walk %v", name, line, col, got, want)
				}
			}
			return true
		})
	}
}

func TestArrowUsesMatchWalk(t *testing.T) {
	srcs := map[string]string{
		"snippets": `
			function f() { return () => [this, new.target]; }
			function g() { return () => () => this; }
			function h() { function inner() { return () => this; } return inner; }
			class A extends B {
				x = () => this;
				y = this;
				[(() => this)()] = 1;
				constructor() { (() => super())(); }
				m() { return () => super.m(); }
				static { (() => this)(); }
			}
			function k() { return () => class extends (() => this)() {}; }
			function l(a = () => new.target) {}
			var top = () => this;
		`,
	}
	checkCorpus(t, srcs, "/test/language/", checkArrowUses)
}
