package vm

import (
	"math"
	"strings"

	"github.com/kilnjs/kiln/internal/jsnum"
	"github.com/kilnjs/kiln/parser"
)

// V8 does not quote the source text of a failed call or iteration in its
// TypeErrors: it prints the expression back from its AST (V8's CallPrinter),
// and that printing has its own conventions, which programs see in
// e.message: nested calls become "f(...)", string keys become dotted names,
// operators are parenthesised, numeric literals are constant-folded, and
// anything it does not print (function, class and object literals, new,
// conditionals, super) becomes "(intermediate value)". The compiler records
// only the source range (bytecode.Function.Callees), so the vm re-parses that
// text on the error path and prints it the way V8 does.

// intermediate is V8's name for a value it does not print.
const intermediate = "(intermediate value)"

// parseCallText parses the source text of a callee or iterated operand as
// an expression, or returns nil when it does not parse on its own (it may
// use await, yield or names only its context allows).
func parseCallText(text string) parser.Expr {
	opts := parser.Options{Eval: true, InFunction: true, InMethod: true}
	// Private names must be declared to parse; any "#name" in the text is
	// taken as one (inside a string it is harmless).
	for i := strings.IndexByte(text, '#'); i >= 0; {
		j := i + 1
		for j < len(text) && (text[j] == '_' || text[j] == '$' || text[j] >= '0' && text[j] <= '9' ||
			text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' || text[j] >= 0x80) {
			j++
		}
		if j > i+1 {
			opts.PrivateNames = append(opts.PrivateNames, text[i:j])
		}
		k := strings.IndexByte(text[j:], '#')
		if k < 0 {
			break
		}
		i = j + k
	}
	prog, err := parser.Parse("("+text+"\n)", "", opts)
	if err != nil || len(prog.Body) != 1 {
		return nil
	}
	st, ok := prog.Body[0].(*parser.ExprStmt)
	if !ok {
		return nil
	}
	return st.X
}

// v8CalleeText renders the callee of a failed call or new as V8 does, or
// returns text unchanged when it does not parse.
func v8CalleeText(text string) string {
	e := parseCallText(text)
	if e == nil {
		return text
	}
	var p callPrinter
	p.find(e, true)
	return p.b.String()
}

// v8NotAsyncIterable words the TypeError of a for-await over a value with
// no callable Symbol.asyncIterator or Symbol.iterator, given the operand's
// source text: V8 prints any operand back, a call whole ("f(...)"), and
// blames the callee of a call or new.
func v8NotAsyncIterable(text string) string {
	e := parseCallText(text)
	if e == nil {
		return text + " is not async iterable"
	}
	var p callPrinter
	p.find(e, true)
	switch e.(type) {
	case *parser.Call, *parser.New:
		return p.b.String() + " is not a function or its return value is not async iterable"
	}
	return p.b.String() + " is not async iterable"
}

// v8NotIterable words the TypeError for a value v that is not iterable,
// given the source text of the operand the compiler recorded: for a spread
// argument (text starting "...") V8 blames the missing method, for a call
// it blames the callee, and otherwise it names the operand.
func v8NotIterable(text string, v Value) string {
	if rest, ok := strings.CutPrefix(text, "..."); ok {
		if v != Undefined && v != Null {
			return "Spread syntax requires ...iterable[Symbol.iterator] to be a function"
		}
		what := "undefined"
		if v == Null {
			what = "null"
		}
		return v8IterText(rest) + " is not iterable (cannot read property " + what + ")"
	}
	e := parseCallText(text)
	if e == nil {
		return text + " is not iterable"
	}
	p := callPrinter{iter: true}
	switch x := e.(type) {
	case *parser.Call:
		p.find(x.Callee, true)
		return p.b.String() + " is not a function or its return value is not iterable"
	case *parser.New:
		p.find(x.Callee, true)
		return p.b.String() + " is not a function or its return value is not iterable"
	}
	p.find(e, true)
	return p.b.String() + " is not iterable"
}

// v8IterText prints an iterated operand as V8 does.
func v8IterText(text string) string {
	e := parseCallText(text)
	if e == nil {
		return text
	}
	p := callPrinter{iter: true}
	p.find(e, true)
	return p.b.String()
}

// callPrinter renders expressions in V8's CallPrinter style. iter is set
// for iteration errors, where V8 leaves the "(...)" off nested calls.
type callPrinter struct {
	b    strings.Builder
	iter bool
}

// find prints e when print is set and e prints something; otherwise it
// prints "(intermediate value)", as V8's CallPrinter::Find does once the
// failing expression has been found.
func (p *callPrinter) find(e parser.Expr, print bool) {
	if print {
		n := p.b.Len()
		p.print(e)
		if p.b.Len() != n {
			return
		}
	}
	p.b.WriteString(intermediate)
}

func (p *callPrinter) print(e parser.Expr) {
	if f, ok := foldNumber(e); ok {
		p.b.WriteString(jsnum.FormatNumber(f))
		return
	}
	switch x := e.(type) {
	case *parser.Identifier:
		p.b.WriteString(x.Name)
	case *parser.This:
		p.b.WriteString("this")
	case *parser.Null:
		p.b.WriteString("null")
	case *parser.Boolean:
		if x.Value {
			p.b.WriteString("true")
		} else {
			p.b.WriteString("false")
		}
	case *parser.String:
		p.b.WriteString(`"` + x.Text + `"`)
	case *parser.TemplateLiteral:
		if len(x.Exprs) == 0 {
			p.b.WriteString(`"` + cookedText(x.Quasis[0]) + `"`)
			return
		}
		for _, s := range x.Exprs {
			p.find(s, true)
		}
	case *parser.RegExp:
		p.b.WriteString("/" + x.Pattern + "/" + x.Flags)
	case *parser.Member:
		p.find(x.Object, true)
		switch {
		case x.Private:
			if x.Optional {
				p.b.WriteString("?.")
			}
			p.b.WriteString("[" + x.Name + "]")
		case x.Index == nil:
			if x.Optional {
				p.b.WriteString("?")
			}
			p.b.WriteString("." + x.Name)
		default:
			if s, ok := stringKey(x.Index); ok {
				if x.Optional {
					p.b.WriteString("?")
				}
				p.b.WriteString("." + s)
				return
			}
			if x.Optional {
				p.b.WriteString("?.")
			}
			p.b.WriteString("[")
			p.find(x.Index, true)
			p.b.WriteString("]")
		}
	case *parser.OptionalChain:
		p.print(x.X)
	case *parser.Call:
		p.find(x.Callee, true)
		if !p.iter {
			p.b.WriteString("(...)")
		}
	case *parser.TaggedTemplate:
		p.find(x.Tag, true)
		if !p.iter {
			p.b.WriteString("(...)")
		}
	case *parser.Unary:
		p.b.WriteString("(" + x.Op.String())
		if x.Op >= parser.UnaryTypeof {
			p.b.WriteString(" ")
		}
		p.find(x.X, true)
		p.b.WriteString(")")
	case *parser.Update:
		op := x.Op.String()
		p.b.WriteString("(")
		if x.Prefix {
			p.b.WriteString(op)
		}
		p.find(x.Target, true)
		if !x.Prefix {
			p.b.WriteString(op)
		}
		p.b.WriteString(")")
	case *parser.Binary:
		p.b.WriteString("(")
		p.naryOperands(x)
		p.b.WriteString(")")
	case *parser.Sequence:
		p.b.WriteString("(")
		for i, s := range x.Exprs {
			if i > 0 {
				p.b.WriteString(" , ")
			}
			p.find(s, true)
		}
		p.b.WriteString(")")
	case *parser.Assign:
		if t, ok := x.Target.(parser.Expr); ok {
			p.find(t, true)
		}
	case *parser.Conditional:
		p.b.WriteString(intermediate + intermediate + intermediate)
	case *parser.Array:
		p.b.WriteString("[")
		for i, el := range x.Elems {
			if i > 0 {
				p.b.WriteString(",")
			}
			if el == nil {
				p.b.WriteString(intermediate) // a hole
				continue
			}
			p.find(el, true)
		}
		p.b.WriteString("]")
	case *parser.Spread:
		p.b.WriteString("(...")
		p.find(x.X, true)
		p.b.WriteString(")")
	case *parser.Object:
		p.b.WriteString("{")
		for range x.Props {
			p.b.WriteString(intermediate)
		}
		p.b.WriteString("}")
	}
	// Function, class, new, super, await, yield, BigInt and the rest
	// print nothing: find turns them into "(intermediate value)".
}

// naryOperands prints a binary expression's operands, flattening a
// left-leaning chain of one operator, as V8 parses a+b+c into one n-ary
// node; comparisons stay binary.
func (p *callPrinter) naryOperands(b *parser.Binary) {
	if l, ok := b.Left.(*parser.Binary); ok && l.Op == b.Op && !isComparison(b.Op) {
		if _, folded := foldNumber(l); !folded {
			p.naryOperands(l)
			p.b.WriteString(" " + b.Op.String() + " ")
			p.find(b.Right, true)
			return
		}
	}
	p.find(b.Left, true)
	p.b.WriteString(" " + b.Op.String() + " ")
	p.find(b.Right, true)
}

func isComparison(op parser.BinOp) bool {
	return op >= parser.BinLt && op <= parser.BinInstanceof
}

// stringKey reports whether a computed key is a string literal (or a
// template without substitutions), which V8 prints in dotted form.
func stringKey(e parser.Expr) (string, bool) {
	switch k := e.(type) {
	case *parser.String:
		return k.Text, true
	case *parser.TemplateLiteral:
		if len(k.Exprs) == 0 {
			return cookedText(k.Quasis[0]), true
		}
	}
	return "", false
}

func cookedText(q *parser.TemplateElement) string {
	if q.Cooked == nil {
		return q.Raw
	}
	return utf16ToWTF8(q.Cooked)
}

// foldNumber constant-folds numeric literals and the unary and binary
// arithmetic over them, as V8's parser does before anything prints.
func foldNumber(e parser.Expr) (float64, bool) {
	switch x := e.(type) {
	case *parser.Number:
		return x.Value, true
	case *parser.Unary:
		v, ok := foldNumber(x.X)
		if !ok {
			return 0, false
		}
		switch x.Op {
		case parser.UnaryNeg:
			return -v, true
		case parser.UnaryPos:
			return v, true
		case parser.UnaryBitNot:
			return float64(^jsnum.ToInt32(v)), true
		}
	case *parser.Binary:
		l, ok1 := foldNumber(x.Left)
		r, ok2 := foldNumber(x.Right)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch x.Op {
		case parser.BinAdd:
			return l + r, true
		case parser.BinSub:
			return l - r, true
		case parser.BinMul:
			return l * r, true
		case parser.BinDiv:
			return l / r, true
		case parser.BinMod:
			return math.Mod(l, r), true
		case parser.BinBitAnd:
			return float64(jsnum.ToInt32(l) & jsnum.ToInt32(r)), true
		case parser.BinBitOr:
			return float64(jsnum.ToInt32(l) | jsnum.ToInt32(r)), true
		case parser.BinBitXor:
			return float64(jsnum.ToInt32(l) ^ jsnum.ToInt32(r)), true
		case parser.BinShl:
			return float64(jsnum.ToInt32(l) << (jsnum.ToUint32(r) & 31)), true
		case parser.BinShr:
			return float64(jsnum.ToInt32(l) >> (jsnum.ToUint32(r) & 31)), true
		case parser.BinUShr:
			return float64(jsnum.ToUint32(l) >> (jsnum.ToUint32(r) & 31)), true
		}
	}
	return 0, false
}
