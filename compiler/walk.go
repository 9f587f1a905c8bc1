package compiler

import "github.com/kilnjs/kiln/parser"

// walk calls fn for n and, while fn returns true, for n's children in
// source order. The compiler uses it for the few facts it needs before
// emitting a function's prologue (which pseudo-bindings its arrows capture).
func walk(n parser.Node, fn func(parser.Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	e := func(x parser.Node) {
		if x != nil {
			walk(x, fn)
		}
	}
	stmts := func(l []parser.Stmt) {
		for _, s := range l {
			e(s)
		}
	}
	exprs := func(l []parser.Expr) {
		for _, x := range l {
			if x != nil {
				e(x)
			}
		}
	}
	block := func(b *parser.Block) {
		if b != nil {
			e(b)
		}
	}
	switch n := n.(type) {
	case *parser.VarDecl:
		for _, d := range n.Decls {
			e(d.Target)
			if d.Init != nil {
				e(d.Init)
			}
		}
	case *parser.FunctionDecl:
		e(n.Func)
	case *parser.ClassDecl:
		e(n.Class)
	case *parser.ExprStmt:
		e(n.X)
	case *parser.Block:
		stmts(n.Body)
	case *parser.If:
		e(n.Test)
		e(n.Cons)
		if n.Alt != nil {
			e(n.Alt)
		}
	case *parser.For:
		if n.Init != nil {
			e(n.Init)
		}
		if n.Test != nil {
			e(n.Test)
		}
		if n.Update != nil {
			e(n.Update)
		}
		e(n.Body)
	case *parser.ForIn:
		e(n.Target)
		if n.Init != nil {
			e(n.Init)
		}
		e(n.Right)
		e(n.Body)
	case *parser.ForOf:
		e(n.Target)
		e(n.Right)
		e(n.Body)
	case *parser.While:
		e(n.Test)
		e(n.Body)
	case *parser.DoWhile:
		e(n.Body)
		e(n.Test)
	case *parser.Return:
		if n.Arg != nil {
			e(n.Arg)
		}
	case *parser.Throw:
		e(n.Arg)
	case *parser.Try:
		block(n.Block)
		if n.Param != nil {
			e(n.Param)
		}
		block(n.Handler)
		block(n.Finalizer)
	case *parser.Switch:
		e(n.Disc)
		for _, c := range n.Cases {
			if c.Test != nil {
				e(c.Test)
			}
			stmts(c.Body)
		}
	case *parser.Labeled:
		e(n.Body)
	case *parser.With:
		e(n.Object)
		e(n.Body)
	case *parser.ExportDecl:
		e(n.Decl)
	case *parser.ExportDefault:
		if n.Decl != nil {
			e(n.Decl)
		}
		if n.Expr != nil {
			e(n.Expr)
		}
	case *parser.TemplateLiteral:
		exprs(n.Exprs)
	case *parser.TaggedTemplate:
		e(n.Tag)
		e(n.Quasi)
	case *parser.Array:
		exprs(n.Elems)
	case *parser.Object:
		for _, p := range n.Props {
			if p.Key != nil {
				e(p.Key)
			}
			if p.Value != nil {
				e(p.Value)
			}
		}
	case *parser.Function:
		for _, p := range n.Params {
			e(p)
		}
		stmts(n.Body)
		if n.ExprBody != nil {
			e(n.ExprBody)
		}
	case *parser.Class:
		if n.Super != nil {
			e(n.Super)
		}
		if n.Constructor != nil {
			e(n.Constructor)
		}
		for _, m := range n.Members {
			if m.Key != nil {
				e(m.Key)
			}
			if m.Value != nil {
				e(m.Value)
			}
		}
	case *parser.Unary:
		e(n.X)
	case *parser.Update:
		e(n.Target)
	case *parser.Binary:
		e(n.Left)
		e(n.Right)
	case *parser.Assign:
		e(n.Target)
		e(n.Value)
	case *parser.Conditional:
		e(n.Test)
		e(n.Cons)
		e(n.Alt)
	case *parser.Call:
		e(n.Callee)
		exprs(n.Args)
	case *parser.New:
		e(n.Callee)
		exprs(n.Args)
	case *parser.Member:
		e(n.Object)
		if n.Index != nil {
			e(n.Index)
		}
		if n.PrivateName != nil {
			e(n.PrivateName)
		}
	case *parser.OptionalChain:
		e(n.X)
	case *parser.Sequence:
		exprs(n.Exprs)
	case *parser.Spread:
		e(n.X)
	case *parser.Yield:
		if n.Arg != nil {
			e(n.Arg)
		}
	case *parser.Await:
		e(n.X)
	case *parser.ImportCall:
		e(n.Arg)
		if n.Options != nil {
			e(n.Options)
		}
	case *parser.ObjectPattern:
		for _, p := range n.Props {
			e(p.Key)
			e(p.Value)
		}
		if n.Rest != nil {
			e(n.Rest)
		}
	case *parser.ArrayPattern:
		for _, p := range n.Elems {
			if p != nil {
				e(p)
			}
		}
		if n.Rest != nil {
			e(n.Rest)
		}
	case *parser.AssignPattern:
		e(n.Target)
		e(n.Default)
	case *parser.RestElement:
		e(n.Target)
	}
}

// pseudoUse says which of this/new.target/home/function the arrows (and
// direct evals) of one non-arrow function need from it.
type pseudoUse [numPseudo]bool

// scanPseudo finds what arrows directly inside the given nodes (not inside
// nested non-arrow functions, class members or field initialisers) use.
func scanPseudo(nodes []parser.Node) pseudoUse {
	var u pseudoUse
	var visit func(n parser.Node, inArrow bool)
	visit = func(root parser.Node, inArrow bool) {
		walk(root, func(n parser.Node) bool {
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
		walk(root, func(n parser.Node) bool {
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
