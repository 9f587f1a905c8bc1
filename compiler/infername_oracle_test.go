package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/parser"
)

// oracleInferNames is inferNames as it was before it summarised each
// arrow's in-place reading (session 18): every arrow's body read again in
// place for each arrow around it, quadratic in their nesting. It stays
// here as the oracle the summarising walk is checked against.
// oracleSeg is one name on the inference stack.
type oracleSeg struct {
	s string
	// variable marks an identifier, as opposed to a property key: of two
	// in a row only the second counts.
	variable bool
}

// oraclePending is a function or class waiting for a name. record is false
// for one read inside an arrow's body in place: the arrow's own reading
// names it.
type oraclePending struct {
	n      parser.Node
	record bool
}

type oracleInferrer struct {
	src     string
	names   []oracleSeg
	pending []oraclePending
	// inPlace is set while an arrow's body is read in place, inParams
	// while a parameter list is read.
	inPlace, inParams bool
	// firstArg is the first argument of the call being read.
	firstArg parser.Expr
	units    []func()
	out      map[parser.Node]string
}

// inferNames returns the inferred name of each anonymous function and class
// in body (nested ones included) that has one.
func oracleInferNames(body []parser.Stmt, src string) map[parser.Node]string {
	in := &oracleInferrer{src: src}
	in.units = append(in.units, func() { in.stmts(body) })
	for len(in.units) > 0 {
		u := in.units[len(in.units)-1]
		in.units = in.units[:len(in.units)-1]
		in.names, in.pending, in.inPlace, in.inParams = in.names[:0], in.pending[:0], false, false
		u()
	}
	return in.out
}

func (in *oracleInferrer) push(s string, variable bool) {
	in.names = append(in.names, oracleSeg{s: s, variable: variable})
}

// infer names every pending function after the stack.
func (in *oracleInferrer) infer() {
	if len(in.pending) == 0 {
		return
	}
	var b strings.Builder
	for i, n := range in.names {
		if n.variable && i+1 < len(in.names) && in.names[i+1].variable {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(n.s)
	}
	for _, p := range in.pending {
		if p.record && b.Len() > 0 {
			if in.out == nil {
				in.out = map[parser.Node]string{}
			}
			in.out[p.n] = b.String()
		}
	}
	in.pending = in.pending[:0]
}

func (in *oracleInferrer) dropLast() {
	if len(in.pending) > 0 {
		in.pending = in.pending[:len(in.pending)-1]
	}
}

func (in *oracleInferrer) add(n parser.Node) {
	in.pending = append(in.pending, oraclePending{n: n, record: !in.inPlace && !in.inParams})
}

// later schedules fn to be read on its own, once: not again when met while
// an arrow's body is read in place.
func (in *oracleInferrer) later(fn func()) {
	if !in.inPlace {
		in.units = append(in.units, fn)
	}
}

func (in *oracleInferrer) stmts(l []parser.Stmt) {
	for _, s := range l {
		in.stmt(s)
	}
}

// stmt reads a statement. V8 keeps the pending list from one statement to
// the next: `new Keep([function () {}]); o.y = 1;` names the function "o.y".
func (in *oracleInferrer) stmt(s parser.Stmt) {
	parser.Walk(s, func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.VarDecl:
			for _, d := range n.Decls {
				in.declarator(d.Target, d.Init)
			}
			return false
		case *parser.FunctionDecl:
			in.function(n.Func)
			return false
		case *parser.ClassDecl:
			// Its computed methods wait for no name: V8 names them only
			// from an assignment around a class expression.
			top := len(in.pending)
			in.class(n.Class)
			in.pending = in.pending[:top]
			return false
		case parser.Expr:
			in.operand(n)
			return false
		case parser.Pattern:
			in.pattern(n)
			return false
		}
		return true
	})
}

// declarator reads `target = init` of a declaration or a pattern's default.
func (in *oracleInferrer) declarator(target parser.Pattern, init parser.Expr) {
	id, ok := target.(*parser.Identifier)
	if !ok {
		in.pattern(target)
		if init != nil {
			in.operand(init)
		}
		return
	}
	if init == nil {
		return
	}
	top := len(in.names)
	in.push(id.Name, true)
	in.operand(init)
	in.assigned(init)
	in.names = in.names[:top]
}

// assigned is what follows an assignment of value: names for the pending
// functions, unless the value is a call's result.
func (in *oracleInferrer) assigned(value parser.Expr) {
	if oc, ok := value.(*parser.OptionalChain); ok {
		value = oc.X
	}
	switch value.(type) {
	case *parser.Call, *parser.New:
		in.dropLast()
	default:
		in.infer()
	}
}

// pattern reads a binding or assignment pattern for the defaults in it.
func (in *oracleInferrer) pattern(p parser.Pattern) {
	switch p := p.(type) {
	case *parser.ObjectPattern:
		for _, pp := range p.Props {
			top := len(in.names)
			if pp.Computed {
				in.operand(pp.Key)
			} else if k, ok := literalKeyName(pp.Key, false); ok {
				in.push(k, false)
			}
			in.pattern(pp.Value)
			in.infer()
			in.names = in.names[:top]
		}
		if p.Rest != nil {
			in.pattern(p.Rest)
		}
	case *parser.ArrayPattern:
		for _, e := range p.Elems {
			if e != nil {
				top := len(in.names)
				in.pattern(e)
				in.names = in.names[:top]
			}
		}
		if p.Rest != nil {
			in.pattern(p.Rest)
		}
	case *parser.AssignPattern:
		in.declarator(p.Target, p.Default)
	case *parser.RestElement:
		in.pattern(p.Target)
	case *parser.Member:
		in.expr(p)
	}
}

// operand reads an expression that V8 parses as an assignment expression
// of its own: the names it pushes end with it.
func (in *oracleInferrer) operand(e parser.Expr) {
	top := len(in.names)
	in.expr(e)
	in.names = in.names[:top]
}

func (in *oracleInferrer) expr(e parser.Expr) {
	switch e := e.(type) {
	case *parser.Identifier:
		in.push(e.Name, true)
	case *parser.Member:
		in.expr(e.Object)
		var key string
		switch {
		case e.Private && e.PrivateName != nil:
			key = e.PrivateName.Name
		case e.Index == nil:
			key = e.Name
		default:
			in.operand(e.Index)
			k, ok := literalKeyName(e.Index, true)
			if !ok {
				k = "<computed>"
			}
			key = k
		}
		if key != "prototype" {
			in.push(key, false)
		}
	case *parser.Call:
		in.expr(e.Callee)
		in.args(e.Args)
		in.dropLast()
	case *parser.New:
		in.expr(e.Callee)
		in.args(e.Args)
	case *parser.Assign:
		switch e.Target.(type) {
		case *parser.Identifier, *parser.Member:
			in.expr(e.Target.(parser.Expr))
		default:
			in.pattern(e.Target)
		}
		in.operand(e.Value)
		switch e.Op {
		case parser.AssignPlain, parser.AssignLogicalAnd, parser.AssignLogicalOr, parser.AssignNullish:
			in.assigned(e.Value)
		default:
			in.dropLast()
		}
	case *parser.Conditional:
		in.expr(e.Test)
		in.operand(e.Cons)
		in.operand(e.Alt)
	case *parser.Binary:
		in.expr(e.Left)
		in.expr(e.Right)
	case *parser.Sequence:
		for _, x := range e.Exprs {
			in.operand(x)
		}
	case *parser.Array:
		for _, x := range e.Elems {
			if x != nil {
				in.operand(x)
			}
		}
	case *parser.Object:
		in.object(e)
	case *parser.Function:
		in.function(e)
		if e.Name == nil && !e.IsMethod && (e.IsArrow || e == in.firstArg || !afterParen(in.src, e.Loc.Start)) {
			in.add(e)
		}
	case *parser.Class:
		in.class(e)
		if e.Name == nil {
			in.add(e)
		}
	default:
		// Any other expression: its operands are read each on its own.
		parser.Walk(e, func(n parser.Node) bool {
			if n == e {
				return true
			}
			switch n := n.(type) {
			case parser.Expr:
				in.operand(n)
				return false
			case parser.Pattern:
				in.pattern(n)
				return false
			}
			return true
		})
	}
}

// args reads a call's arguments. The first one follows the call's '(',
// which V8 does not take for an invoked function's.
func (in *oracleInferrer) args(l []parser.Expr) {
	for i, a := range l {
		if i == 0 {
			in.firstArg = a
		}
		in.operand(a)
	}
	in.firstArg = nil
}

func (in *oracleInferrer) object(o *parser.Object) {
	for _, p := range o.Props {
		if p.Kind == parser.PropSpread {
			in.operand(p.Value)
			continue
		}
		top := len(in.names)
		if p.Computed {
			in.operand(p.Key)
		} else if k, ok := literalKeyName(p.Key, false); ok {
			in.push(k, false)
		}
		switch fn, _ := p.Value.(*parser.Function); {
		case p.Kind == parser.PropShorthand:
			// The name read is not an operand of its own: it stays.
			in.expr(p.Value)
		case fn != nil && p.Kind != parser.PropInit:
			// A method under a computed key has no name until it runs:
			// V8 infers one for it, which its coverage report shows.
			if p.Computed {
				in.add(fn)
			}
			in.function(fn)
		default:
			in.operand(p.Value)
		}
		in.infer()
		in.names = in.names[:top]
	}
}

// function schedules the reading of a function's body and, for an arrow,
// reads it in place too.
func (in *oracleInferrer) function(fn *parser.Function) {
	body := func() {
		// Parameters are read only for the functions nested in them.
		in.inParams = true
		for _, p := range fn.Params {
			in.pattern(p)
		}
		in.inParams = false
		in.pending = in.pending[:0]
		if fn.ExprBody != nil {
			in.operand(fn.ExprBody)
			return
		}
		in.stmts(fn.Body)
	}
	in.later(body)
	if fn.IsArrow {
		saved := in.inPlace
		in.inPlace = true
		if fn.ExprBody != nil {
			in.operand(fn.ExprBody)
		} else {
			in.stmts(fn.Body)
		}
		in.inPlace = saved
	}
}

// class reads a class's heritage and computed keys in place, and schedules
// its methods and field initialisers.
func (in *oracleInferrer) class(cl *parser.Class) {
	if cl.Super != nil {
		in.operand(cl.Super)
	}
	if cl.Constructor != nil {
		in.function(cl.Constructor)
	}
	for _, m := range cl.Members {
		if m.Computed && m.Key != nil {
			in.operand(m.Key)
		}
		switch v := m.Value.(type) {
		case nil:
		case *parser.Function:
			if m.Kind != parser.MemberField {
				if m.Computed {
					in.add(v) // as an object literal's computed method
				}
				in.function(v)
				continue
			}
		}
		if m.Kind != parser.MemberField || m.Value == nil {
			continue
		}
		var key string
		if m.Private {
			if pn, ok := m.Key.(*parser.PrivateName); ok {
				key = pn.Name
			}
		} else if k, ok := literalKeyName(m.Key, m.Computed); ok {
			key = k
		}
		value := m.Value
		in.later(func() {
			if key != "" {
				in.push(key, false)
			}
			in.operand(value)
			in.infer()
		})
	}
}

func checkInferredNames(t *testing.T, name string, prog *parser.Program) {
	t.Helper()
	got, want := inferNames(prog.Body, prog.Source), oracleInferNames(prog.Body, prog.Source)
	if len(got) != len(want) {
		t.Errorf("%s: %d names inferred, the oracle infers %d", name, len(got), len(want))
	}
	for n, w := range want {
		if g := got[n]; g != w {
			line, col := prog.LineCol(n.NodeLoc().Start)
			t.Errorf("%s:%d:%d: inferred %q, the oracle infers %q", name, line, col, g, w)
		}
	}
}

func TestInferredNamesMatchOracle(t *testing.T) {
	srcs := map[string]string{
		"snippets": `
			o.x = [function () {}, () => { o.q = 1 }];
			o.y = [function () {}, () => { g(); () => { h(); o.z = 1 } }];
			a.b = [function () {}, () => () => () => { k = 1 }, function () {}];
			const a1 = () => { const a2 = () => { const a3 = () => { p.q = () => {} } } };
			o.w = [function () {}, () => { class K extends g() {} }, function () {}]; o.v = 1;
			f(() => { x.y = function () {} }, function () {});
			o.u = { k: [function () {}, (a = () => { q.r = 1 }) => {}] };
		`,
	}
	checkCorpus(t, srcs, "/test/", checkInferredNames)
}

// BenchmarkInferNames times the name inference alone over stdlib/lib and,
// when present, typescript's _tsc.js (see BenchmarkCompileTsc), against the
// oracle's walk.
func BenchmarkInferNames(b *testing.B) {
	files, _ := filepath.Glob("../stdlib/lib/*/*.js")
	top, _ := filepath.Glob("../stdlib/lib/*.js")
	files = append(files, top...)
	if tsc := os.Getenv("KILN_BENCH_TSC"); tsc != "" {
		files = append(files, tsc)
	}
	var progs []*parser.Program
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		prog, err := parser.Parse(string(data), f, parser.Options{AllowReturnOutsideFunction: true})
		if err != nil {
			b.Fatal(err)
		}
		progs = append(progs, prog)
	}
	for _, walk := range []struct {
		name  string
		infer func([]parser.Stmt, string) map[parser.Node]string
	}{{"walk", inferNames}, {"oracle", oracleInferNames}} {
		b.Run(walk.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range progs {
					walk.infer(p.Body, p.Source)
				}
			}
		})
	}
}
