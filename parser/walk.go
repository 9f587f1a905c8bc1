package parser

// Walk calls fn for n and, while fn returns true, for n's children in
// source order. The compiler uses it for the few facts it needs before
// emitting a function's prologue (which pseudo-bindings its arrows
// capture); the module loader for the exports a CommonJS module assigns.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	e := func(x Node) {
		if x != nil {
			Walk(x, fn)
		}
	}
	stmts := func(l []Stmt) {
		for _, s := range l {
			e(s)
		}
	}
	exprs := func(l []Expr) {
		for _, x := range l {
			if x != nil {
				e(x)
			}
		}
	}
	block := func(b *Block) {
		if b != nil {
			e(b)
		}
	}
	switch n := n.(type) {
	case *VarDecl:
		for _, d := range n.Decls {
			e(d.Target)
			if d.Init != nil {
				e(d.Init)
			}
		}
	case *FunctionDecl:
		e(n.Func)
	case *ClassDecl:
		e(n.Class)
	case *ExprStmt:
		e(n.X)
	case *Block:
		stmts(n.Body)
	case *If:
		e(n.Test)
		e(n.Cons)
		if n.Alt != nil {
			e(n.Alt)
		}
	case *For:
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
	case *ForIn:
		e(n.Target)
		if n.Init != nil {
			e(n.Init)
		}
		e(n.Right)
		e(n.Body)
	case *ForOf:
		e(n.Target)
		e(n.Right)
		e(n.Body)
	case *While:
		e(n.Test)
		e(n.Body)
	case *DoWhile:
		e(n.Body)
		e(n.Test)
	case *Return:
		if n.Arg != nil {
			e(n.Arg)
		}
	case *Throw:
		e(n.Arg)
	case *Try:
		block(n.Block)
		if n.Param != nil {
			e(n.Param)
		}
		block(n.Handler)
		block(n.Finalizer)
	case *Switch:
		e(n.Disc)
		for _, c := range n.Cases {
			if c.Test != nil {
				e(c.Test)
			}
			stmts(c.Body)
		}
	case *Labeled:
		e(n.Body)
	case *With:
		e(n.Object)
		e(n.Body)
	case *ExportDecl:
		e(n.Decl)
	case *ExportDefault:
		if n.Decl != nil {
			e(n.Decl)
		}
		if n.Expr != nil {
			e(n.Expr)
		}
	case *TemplateLiteral:
		exprs(n.Exprs)
	case *TaggedTemplate:
		e(n.Tag)
		e(n.Quasi)
	case *Array:
		exprs(n.Elems)
	case *Object:
		for _, p := range n.Props {
			if p.Key != nil {
				e(p.Key)
			}
			if p.Value != nil {
				e(p.Value)
			}
		}
	case *Function:
		for _, p := range n.Params {
			e(p)
		}
		stmts(n.Body)
		if n.ExprBody != nil {
			e(n.ExprBody)
		}
	case *Class:
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
	case *Unary:
		e(n.X)
	case *Update:
		e(n.Target)
	case *Binary:
		e(n.Left)
		e(n.Right)
	case *Assign:
		e(n.Target)
		e(n.Value)
	case *Conditional:
		e(n.Test)
		e(n.Cons)
		e(n.Alt)
	case *Call:
		e(n.Callee)
		exprs(n.Args)
	case *New:
		e(n.Callee)
		exprs(n.Args)
	case *Member:
		e(n.Object)
		if n.Index != nil {
			e(n.Index)
		}
		if n.PrivateName != nil {
			e(n.PrivateName)
		}
	case *OptionalChain:
		e(n.X)
	case *Sequence:
		exprs(n.Exprs)
	case *Spread:
		e(n.X)
	case *Yield:
		if n.Arg != nil {
			e(n.Arg)
		}
	case *Await:
		e(n.X)
	case *ImportCall:
		e(n.Arg)
		if n.Options != nil {
			e(n.Options)
		}
	case *ObjectPattern:
		for _, p := range n.Props {
			e(p.Key)
			e(p.Value)
		}
		if n.Rest != nil {
			e(n.Rest)
		}
	case *ArrayPattern:
		for _, p := range n.Elems {
			if p != nil {
				e(p)
			}
		}
		if n.Rest != nil {
			e(n.Rest)
		}
	case *AssignPattern:
		e(n.Target)
		e(n.Default)
	case *RestElement:
		e(n.Target)
	}
}
