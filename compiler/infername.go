package compiler

import (
	"strings"

	"github.com/kilnjs/kiln/parser"
)

// V8 gives an anonymous function a second name, for stack traces only, from
// the place its value is stored: `o.m = function () {}` runs as "o.m",
// `exports.f = () => {}` as "exports.f", `const list = [function () {}]` as
// "list". Node's users read these names in every trace, so Kiln infers them
// the same way, here, before compiling: the compiler records the result in
// bytecode.Function.InferredName and the vm shows it where the function has
// no name of its own. `.name` (ECMA-262 NamedEvaluation) is a different,
// narrower thing and is unaffected.
//
// The name is the path of the assignment target, segments joined with '.':
// identifiers, property names, string keys, "<computed>" for any other
// computed key; `this` and `prototype` are left out, and of two identifiers
// in a row only the later counts (`var a = b = function () {}` is "b").
// It reaches the function through the expressions that pass their operand's
// value on unchanged: conditional branches, logical operators, comma
// expressions, array elements, object literal values (which add their key),
// and nested assignments (which add their target: `o.a = o.b = f` is
// "o.a.o.b"). A call or `new` stops it, and so do function bodies.
//
// V8 derives these names while parsing, and two of its parser's habits show
// through, which this pass copies: a `function` written right after '(' is
// taken for an immediately invoked one and gets no name. Defaults in
// destructuring patterns are left out: their functions have a .name already.

// nameSeg is one segment of an inferred name.
type nameSeg struct {
	s string
	// variable marks an identifier, as opposed to a property key: of two
	// in a row V8 keeps only the second.
	variable bool
}

// inferNames returns the inferred name of each anonymous function and class
// in body (nested ones included) that has one.
func inferNames(body []parser.Stmt, src string) map[parser.Node]string {
	var out map[parser.Node]string
	set := func(n parser.Node, names []nameSeg) {
		if _, done := out[n]; done {
			return
		}
		name := joinNames(names)
		if name == "" {
			return
		}
		if out == nil {
			out = map[parser.Node]string{}
		}
		out[n] = name
	}
	var mark func(e parser.Expr, names []nameSeg)
	mark = func(e parser.Expr, names []nameSeg) {
		switch e := e.(type) {
		case *parser.Function:
			if e.Name == nil && !e.IsMethod && !(!e.IsArrow && afterParen(src, e.Loc.Start)) {
				set(e, names)
			}
		case *parser.Class:
			if e.Name == nil {
				set(e, names)
			}
		case *parser.Assign:
			if t := assignTargetNames(e); t != nil {
				mark(e.Value, appendNames(names, t...))
			}
		case *parser.Conditional:
			mark(e.Cons, names)
			mark(e.Alt, names)
		case *parser.Binary:
			if e.Op == parser.BinLogicalAnd || e.Op == parser.BinLogicalOr || e.Op == parser.BinNullish {
				mark(e.Left, names)
				mark(e.Right, names)
			}
		case *parser.Sequence:
			for _, x := range e.Exprs {
				mark(x, names)
			}
		case *parser.Array:
			for _, x := range e.Elems {
				if x != nil {
					mark(x, names)
				}
			}
		case *parser.Object:
			for _, p := range e.Props {
				if p.Kind != parser.PropInit || p.IsProto {
					continue
				}
				if k, ok := literalKeyName(p.Key, p.Computed); ok {
					mark(p.Value, appendNames(names, nameSeg{s: k}))
				} else {
					mark(p.Value, names)
				}
			}
		}
	}
	// walk visits outer expressions first, and a name found from an outer
	// assignment is the longer one V8 gives, so the first name set stays.
	visit := func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.Assign:
			if t := assignTargetNames(n); t != nil {
				mark(n.Value, t)
			}
		case *parser.VarDecl:
			for _, d := range n.Decls {
				if id, ok := d.Target.(*parser.Identifier); ok && d.Init != nil {
					mark(d.Init, []nameSeg{{s: id.Name, variable: true}})
				}
			}
		case *parser.Object:
			mark(n, nil)
		case *parser.Class:
			for _, m := range n.Members {
				if m.Kind != parser.MemberField || m.Value == nil {
					continue
				}
				if m.Private {
					if pn, ok := m.Key.(*parser.PrivateName); ok {
						mark(m.Value, []nameSeg{{s: pn.Name}})
					}
				} else if k, ok := literalKeyName(m.Key, m.Computed); ok {
					mark(m.Value, []nameSeg{{s: k}})
				}
			}
		}
		return true
	}
	for _, s := range body {
		walk(s, visit)
	}
	return out
}

// assignTargetNames is the name path of an assignment's target, nil when
// the assignment names nothing (a destructuring pattern, or an operator
// whose result is not the right-hand side's value).
func assignTargetNames(a *parser.Assign) []nameSeg {
	switch a.Op {
	case parser.AssignPlain, parser.AssignLogicalAnd, parser.AssignLogicalOr, parser.AssignNullish:
	default:
		return nil
	}
	switch a.Target.(type) {
	case *parser.Identifier, *parser.Member:
		return appendNames(nil, refNames(a.Target.(parser.Expr))...)
	}
	return nil
}

// refNames is the name path of a reference: `a.b['c'].d` is a, b, c, d;
// a call in the chain contributes its callee's path.
func refNames(e parser.Expr) []nameSeg {
	switch e := e.(type) {
	case *parser.Identifier:
		return []nameSeg{{s: e.Name, variable: true}}
	case *parser.Member:
		names := refNames(e.Object)
		var key string
		switch {
		case e.Private && e.PrivateName != nil:
			key = e.PrivateName.Name
		case e.Index == nil:
			key = e.Name
		default:
			k, ok := literalKeyName(e.Index, true)
			if !ok {
				k = "<computed>"
			}
			key = k
		}
		if key == "prototype" {
			return names
		}
		return append(names, nameSeg{s: key})
	case *parser.Call:
		return refNames(e.Callee)
	case *parser.OptionalChain:
		return refNames(e.X)
	}
	return nil
}

// literalKeyName is the name a property key contributes when it is written
// as a literal: a computed key counts only as a string, a plain one as a
// number too (V8 reads `o[0]` as computed, `{0: f}` as "0").
func literalKeyName(k parser.Expr, computed bool) (string, bool) {
	switch k := k.(type) {
	case *parser.String:
		return wtf8(k.Value), true
	case *parser.TemplateLiteral:
		if computed && len(k.Exprs) == 0 && k.Quasis[0].Cooked != nil {
			return wtf8(k.Quasis[0].Cooked), true
		}
	case *parser.Number:
		if !computed {
			return numberToString(k.Value), true
		}
	}
	return "", false
}

func appendNames(base []nameSeg, more ...nameSeg) []nameSeg {
	out := make([]nameSeg, 0, len(base)+len(more))
	return append(append(out, base...), more...)
}

func joinNames(names []nameSeg) string {
	var b strings.Builder
	for i, n := range names {
		if n.variable && i+1 < len(names) && names[i+1].variable {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(n.s)
	}
	return b.String()
}

// afterParen reports whether the source text just before offset, past
// white space, is '('.
func afterParen(src string, offset int32) bool {
	i := int(offset) - 1
	for i >= 0 && i < len(src) && strings.IndexByte(" \t\r\n", src[i]) >= 0 {
		i--
	}
	return i >= 0 && i < len(src) && src[i] == '('
}
