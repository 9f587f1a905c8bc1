package compiler

import "github.com/kilnjs/kiln/parser"

// pseudoUse says which of this/new.target/home/function the arrows (and
// direct evals) of one non-arrow function need from it.
type pseudoUse [numPseudo]bool

// scanPseudo finds what arrows directly inside the given nodes (not inside
// nested non-arrow functions, class members or field initialisers) use.
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

// usesFreeName reports whether an unresolved identifier named name occurs
// in nodes (nested functions included).
func usesFreeName(nodes []parser.Node, name string) bool {
	found := false
	for _, root := range nodes {
		parser.Walk(root, func(n parser.Node) bool {
			if id, ok := n.(*parser.Identifier); ok && id.Name == name && id.Binding == nil {
				found = true
			}
			return !found
		})
	}
	return found
}

func stmtNodes(l []parser.Stmt) []parser.Node {
	out := make([]parser.Node, 0, len(l))
	for _, s := range l {
		out = append(out, s)
	}
	return out
}
