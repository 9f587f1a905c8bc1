package parser

import (
	"fmt"
	"strconv"
	"strings"
)

// dump renders an AST compactly for tests: statements separated by "; ",
// nodes as (kind children...). Identifiers that resolve to a binding are
// suffixed with @kind, and ^ when the lookup is dynamic.
func dump(n any) string {
	var b strings.Builder
	d := &dumper{b: &b}
	d.node(n)
	return b.String()
}

type dumper struct{ b *strings.Builder }

func (d *dumper) w(s string) { d.b.WriteString(s) }

func (d *dumper) list(kind string, items ...any) {
	d.w("(" + kind)
	for _, it := range items {
		d.w(" ")
		d.node(it)
	}
	d.w(")")
}

func (d *dumper) stmts(list []Stmt) {
	d.w("{")
	for i, s := range list {
		if i > 0 {
			d.w("; ")
		}
		d.node(s)
	}
	d.w("}")
}

func (d *dumper) node(n any) {
	switch t := n.(type) {
	case nil:
		d.w("_")
	case string:
		d.w(t)
	case *Program:
		for i, s := range t.Body {
			if i > 0 {
				d.w("; ")
			}
			d.node(s)
		}
	case []Expr:
		d.w("[")
		for i, e := range t {
			if i > 0 {
				d.w(" ")
			}
			if e == nil {
				d.w("_")
			} else {
				d.node(e)
			}
		}
		d.w("]")
	case []Stmt:
		d.stmts(t)
	case *VarDecl:
		items := []any{}
		for _, dd := range t.Decls {
			if dd.Init != nil {
				items = append(items, "("+dump(dd.Target)+" "+dump(dd.Init)+")")
			} else {
				items = append(items, dd.Target)
			}
		}
		d.list(t.Kind.String(), items...)
	case *FunctionDecl:
		d.node(t.Func)
	case *ClassDecl:
		d.node(t.Class)
	case *ExprStmt:
		d.node(t.X)
	case *Block:
		d.stmts(t.Body)
	case *Empty:
		d.w("(empty)")
	case *If:
		d.list("if", t.Test, t.Cons, nilStmt(t.Alt))
	case *For:
		d.list("for", nilStmt(t.Init), nilExpr(t.Test), nilExpr(t.Update), t.Body)
	case *ForIn:
		d.list("for-in", declTarget(t.Kind, t.Target), t.Right, t.Body)
	case *ForOf:
		kind := "for-of"
		if t.Await {
			kind = "for-await"
		}
		d.list(kind, declTarget(t.Kind, t.Target), t.Right, t.Body)
	case *While:
		d.list("while", t.Test, t.Body)
	case *DoWhile:
		d.list("do", t.Body, t.Test)
	case *Return:
		d.list("return", nilExpr(t.Arg))
	case *Break:
		d.list("break", t.Label)
	case *Continue:
		d.list("continue", t.Label)
	case *Throw:
		d.list("throw", t.Arg)
	case *Try:
		var h, f any
		if t.Handler != nil {
			h = "(catch " + dump(nilPat(t.Param)) + " " + dump(t.Handler) + ")"
		}
		if t.Finalizer != nil {
			f = t.Finalizer
		}
		d.list("try", t.Block, h, f)
	case *Switch:
		items := []any{t.Disc}
		for _, c := range t.Cases {
			items = append(items, "(case "+dump(nilExpr(c.Test))+" "+dump(c.Body)+")")
		}
		d.list("switch", items...)
	case *Labeled:
		d.list("label", t.Label, t.Body)
	case *With:
		d.list("with", t.Object, t.Body)
	case *Debugger:
		d.w("(debugger)")
	case *ImportDecl:
		items := []any{strconv.Quote(t.Source)}
		if t.Default != nil {
			items = append(items, "default="+t.Default.Name)
		}
		if t.Namespace != nil {
			items = append(items, "*="+t.Namespace.Name)
		}
		for _, s := range t.Specifiers {
			items = append(items, s.Imported+"="+s.Local.Name)
		}
		d.list("import", items...)
	case *ExportNamed:
		items := []any{}
		for _, s := range t.Specifiers {
			items = append(items, s.Local+"="+s.Exported)
		}
		if t.HasSource {
			items = append(items, "from", strconv.Quote(t.Source))
		}
		d.list("export", items...)
	case *ExportAll:
		items := []any{}
		if t.HasAlias {
			items = append(items, "as", t.Exported)
		}
		items = append(items, "from", strconv.Quote(t.Source))
		d.list("export*", items...)
	case *ExportDecl:
		d.list("export", t.Decl)
	case *ExportDefault:
		if t.Decl != nil {
			d.list("export-default", t.Decl)
		} else {
			d.list("export-default", t.Expr)
		}
	case *Number:
		d.w(strconv.FormatFloat(t.Value, 'g', -1, 64))
	case *String:
		d.w(strconv.Quote(t.Text))
	case *TemplateLiteral:
		items := []any{}
		for i, q := range t.Quasis {
			if q.Invalid {
				items = append(items, "!"+strconv.Quote(q.Raw))
			} else {
				items = append(items, strconv.Quote(utf16ToString(q.Cooked)))
			}
			if i < len(t.Exprs) {
				items = append(items, t.Exprs[i])
			}
		}
		d.list("`", items...)
	case *TaggedTemplate:
		d.list("tag", t.Tag, t.Quasi)
	case *RegExp:
		d.w("/" + t.Pattern + "/" + t.Flags)
	case *BigInt:
		d.w(t.Digits + "n")
	case *Boolean:
		d.w(strconv.FormatBool(t.Value))
	case *Null:
		d.w("null")
	case *Identifier:
		d.w(t.Name)
		if t.Binding != nil {
			d.w("@" + t.Binding.Kind.String())
		}
		if t.Dynamic {
			d.w("^")
		}
	case *This:
		d.w("this")
	case *Super:
		d.w("super")
	case *NewTarget:
		d.w("new.target")
	case *ImportMeta:
		d.w("import.meta")
	case *Array:
		d.node(t.Elems)
	case *Object:
		items := []any{}
		for _, p := range t.Props {
			key := dump(p.Key)
			if p.Computed {
				key = "[" + key + "]"
			}
			switch p.Kind {
			case PropSpread:
				items = append(items, "(... "+dump(p.Value)+")")
			case PropInit:
				items = append(items, "("+key+" "+dump(p.Value)+")")
			default:
				items = append(items, "("+p.Kind.String()+" "+key+" "+dump(p.Value)+")")
			}
		}
		d.list("obj", items...)
	case *Function:
		kind := "function"
		switch {
		case t.IsArrow:
			kind = "arrow"
		case t.IsMethod:
			kind = t.Kind.String()
		}
		if t.IsAsync {
			kind = "async-" + kind
		}
		if t.IsGenerator {
			kind += "*"
		}
		if t.Strict {
			kind += "!"
		}
		name := any(nil)
		if t.Name != nil {
			name = t.Name
		}
		params := make([]Expr, 0, len(t.Params))
		for _, p := range t.Params {
			params = append(params, patExpr{p})
		}
		if t.ExprBody != nil {
			d.list(kind, name, params, t.ExprBody)
		} else {
			d.list(kind, name, params, t.Body)
		}
	case *Class:
		items := []any{nilIdent(t.Name), nilExpr(t.Super)}
		if t.Constructor != nil {
			items = append(items, t.Constructor)
		}
		for _, m := range t.Members {
			key := dump(m.Key)
			if m.Computed {
				key = "[" + key + "]"
			}
			kind := m.Kind.String()
			if m.Static {
				if m.Kind != MemberStaticBlock {
					kind = "static-" + kind
				}
			}
			items = append(items, "("+kind+" "+key+" "+dump(nilExpr(m.Value))+")")
		}
		d.list("class", items...)
	case *PrivateName:
		d.w(t.Name)
	case *Unary:
		d.list(t.Op.String(), t.X)
	case *Update:
		if t.Prefix {
			d.list(t.Op.String()+"x", t.Target)
		} else {
			d.list("x"+t.Op.String(), t.Target)
		}
	case *Binary:
		d.list(t.Op.String(), t.Left, t.Right)
	case *Assign:
		d.list(t.Op.String(), t.Target, t.Value)
	case *Conditional:
		d.list("?", t.Test, t.Cons, t.Alt)
	case *Call:
		kind := "call"
		if t.Optional {
			kind = "call?."
		}
		if t.DirectEval {
			kind = "eval"
		}
		d.list(kind, append([]any{t.Callee}, exprsAny(t.Args)...)...)
	case *New:
		d.list("new", append([]any{t.Callee}, exprsAny(t.Args)...)...)
	case *Member:
		op := "."
		if t.Optional {
			op = "?."
		}
		if t.Index != nil {
			d.list(op+"[]", t.Object, t.Index)
		} else {
			d.list(op, t.Object, t.Name)
		}
	case *OptionalChain:
		d.list("chain", t.X)
	case *Sequence:
		d.list(",", exprsAny(t.Exprs)...)
	case *Spread:
		d.list("...", t.X)
	case *Yield:
		kind := "yield"
		if t.Delegate {
			kind = "yield*"
		}
		d.list(kind, nilExpr(t.Arg))
	case *Await:
		d.list("await", t.X)
	case *ImportCall:
		d.list("import", t.Arg)
	case patExpr:
		d.node(t.p)
	case *ObjectPattern:
		items := []any{}
		for _, p := range t.Props {
			key := dump(p.Key)
			if p.Computed {
				key = "[" + key + "]"
			}
			items = append(items, "("+key+" "+dump(p.Value)+")")
		}
		if t.Rest != nil {
			items = append(items, "(... "+dump(t.Rest)+")")
		}
		d.list("{}", items...)
	case *ArrayPattern:
		items := []any{}
		for _, e := range t.Elems {
			items = append(items, nilPat(e))
		}
		if t.Rest != nil {
			items = append(items, "(... "+dump(t.Rest)+")")
		}
		d.list("[]", items...)
	case *AssignPattern:
		d.list("=", t.Target, t.Default)
	case *RestElement:
		d.list("...", t.Target)
	default:
		d.w(fmt.Sprintf("<%T>", n))
	}
}

// patExpr lets a pattern sit in an []Expr for printing.
type patExpr struct{ p Pattern }

func (patExpr) isExpr()      {}
func (patExpr) NodeLoc() Loc { return Loc{} }
func exprsAny(l []Expr) []any {
	out := make([]any, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

func nilExpr(e Expr) any {
	if e == nil {
		return nil
	}
	return e
}

func nilStmt(s Stmt) any {
	if s == nil {
		return nil
	}
	return s
}

func nilPat(p Pattern) any {
	if p == nil {
		return nil
	}
	return p
}

func nilIdent(id *Identifier) any {
	if id == nil {
		return nil
	}
	return id
}

func declTarget(k DeclKind, p Pattern) any {
	if k == DeclNone {
		return p
	}
	return "(" + k.String() + " " + dump(p) + ")"
}
