package compiler

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kilnjs/kiln/parser"
)

// V8 gives an anonymous function a second name, for stack traces only, from
// the place its value is stored: `o.m = function () {}` runs as "o.m",
// `exports.f = () => {}` as "exports.f", `const list = [function () {}]` as
// "list". Node's users read these names in every trace, so Kiln infers them
// too, here, before compiling: the compiler records the result in
// bytecode.Function.InferredName and the vm shows it where the function has
// no name of its own. `.name` (ECMA-262 NamedEvaluation) is a different,
// narrower thing and is unaffected.
//
// V8 derives the names while parsing, and what it shows follows from how
// its parser goes about it, quirks included, so this pass replays that walk
// rather than describing its outcome with rules:
//
//   - Reading an expression left to right pushes names on a stack: each
//     identifier, each property name of a member expression ("<computed>"
//     for a computed one that is not a string literal; `this` and
//     "prototype" push nothing), the key of each object literal property,
//     the target of each declaration. Names pushed inside an operand that is
//     an assignment expression of its own (an array element, an argument, a
//     property value, a conditional's branch) are popped when it ends.
//   - Each anonymous function or class read is added to a pending list.
//   - An assignment (`=` or a logical one), a declarator with an initialiser
//     and an object literal property (after its value) give every pending
//     function the stack's names joined with '.', of two identifiers in a
//     row only the later: `o.a = o.b = f` is "o.a.o.b", `var a = b = f` is
//     "b", `o.x = c && {k: [f]}` is "o.x.c.k".
//   - A call removes the pending function last added (`o.f = g(function
//     () {})` leaves it unnamed), and so does an assignment whose right side
//     is a call or `new`.
//   - A `function` written right after '(' or '!' is taken for an
//     immediately invoked one and is never pending.
//   - The body of a non-arrow function is read later, on its own, with an
//     empty stack (its name prefixed where it starts with a capital letter:
//     see inferredName). An arrow's body is read in place, where its calls
//     and assignments act on the enclosing pending list, and read again on
//     its own, which is what names the functions inside it.
//     Reading it in place is done once per arrow and kept as an arrowEffect:
//     read in place again for each arrow around it, a chain of nested
//     arrows would cost the square of its depth.
//   - Parameters' defaults name nothing; a class field's initialiser is
//     read on its own with the field's name on the stack.

// inferredName is the name V8 infers for the anonymous function or class n
// written directly inside parent. Inside a function whose name starts with
// a capital letter (a constructor, V8 guesses) it is prefixed with that
// name: `function Foo() { this.o.p = function () {} }` runs as "Foo.o.p".
func (c *compiler) inferredName(parent *fstate, n parser.Node) string {
	name := c.inferred[n]
	if name == "" || parent == nil || parent.arrow {
		return name
	}
	if r, _ := utf8.DecodeRuneInString(parent.fn.Name); unicode.IsUpper(r) {
		return parent.fn.Name + "." + name
	}
	return name
}

// nameSeg is one name on the inference stack.
type nameSeg struct {
	s string
	// variable marks an identifier, as opposed to a property key: of two
	// in a row only the second counts.
	variable bool
}

// pendingFn is a function or class waiting for a name. record is false
// for one read inside an arrow's body in place: the arrow's own reading
// names it.
type pendingFn struct {
	n      parser.Node
	record bool
}

// arrowEffect is what reading an arrow's body in place does to the
// pending list around it, replayed by apply wherever the arrow is met.
type arrowEffect struct {
	// drops is how many of the functions pending around the body its calls
	// remove before an assignment in it names them.
	drops int
	// named is set when an assignment in the body names (and so clears) the
	// functions pending around it; names are the names the body had pushed
	// then.
	named bool
	names *nameList
	// left is how many of the body's own functions are pending at its end.
	left int
	// exact is false when a class declaration in the body removed or named
	// functions pending around it: the declaration puts the list back as it
	// was, which the summary cannot replay, so such a body is read in place
	// each time.
	exact bool
}

// nameList is a run of names: segs, then tail's. An assignment inside
// nested arrows names with the names each of them had pushed: kept as a
// list of the runs, which the effects of the arrows around share, rather
// than copied into each (the square of the nesting again).
type nameList struct {
	segs []nameSeg
	tail *nameList
}

type inferrer struct {
	src     string
	names   []nameSeg
	pending []pendingFn
	// While an arrow's effect is worked out, eff is the effect, base the
	// length of the pending list around the body (the body never touches
	// what is below it: it counts in eff instead) and nameBase the length
	// of the name stack.
	eff            *arrowEffect
	base, nameBase int
	effects        map[*parser.Function]*arrowEffect
	// inPlace is set while an arrow's body is read in place, inParams
	// while a parameter list is read.
	inPlace, inParams bool
	// firstArg is the first argument of the call being read.
	firstArg parser.Expr
	units    []func()
	out      map[parser.Node]string
	// later, when set, says which functions' bodies are read when the
	// function is compiled (inferBody) rather than now: the bodies a lazy
	// compilation may defer (lazy.go).
	bodyLater func(*parser.Function) bool
}

// inferNames returns the inferred name of each anonymous function and class
// in body (nested ones included) that has one.
func inferNames(body []parser.Stmt, src string) map[parser.Node]string {
	return inferNamesBut(body, src, nil)
}

// inferNamesBut is inferNames leaving out the bodies of the functions
// bodyLater picks (nil: none), each read by inferBody when it compiles.
// The reading of a non-arrow function's body starts afresh, so reading
// it then names the same.
func inferNamesBut(body []parser.Stmt, src string, bodyLater func(*parser.Function) bool) map[parser.Node]string {
	in := &inferrer{src: src, out: map[parser.Node]string{}, bodyLater: bodyLater}
	in.run(func() { in.stmts(body) })
	return in.out
}

// inferBody adds to out the names inside fn's body, which inferNamesBut
// left out.
func inferBody(fn *parser.Function, src string, out map[parser.Node]string, bodyLater func(*parser.Function) bool) {
	if fn.Scope != nil && !containsFunction(fn.Scope) {
		return
	}
	in := &inferrer{src: src, out: out, bodyLater: bodyLater}
	in.run(in.body(fn))
}

// run reads unit and the units it schedules.
func (in *inferrer) run(unit func()) {
	in.units = append(in.units, unit)
	for len(in.units) > 0 {
		u := in.units[len(in.units)-1]
		in.units = in.units[:len(in.units)-1]
		in.names, in.pending, in.inPlace, in.inParams = in.names[:0], in.pending[:0], false, false
		u()
	}
}

func (in *inferrer) push(s string, variable bool) {
	in.names = append(in.names, nameSeg{s: s, variable: variable})
}

// infer names every pending function after the stack.
func (in *inferrer) infer() {
	in.inferWith(nil)
}

// inferWith names every pending function after the stack followed by the
// names in tail.
func (in *inferrer) inferWith(tail *nameList) {
	if e := in.eff; e != nil && !e.named {
		e.named = true
		e.names = &nameList{segs: slices.Clone(in.names[in.nameBase:]), tail: tail}
	}
	recorded := false
	for _, p := range in.pending[in.base:] {
		recorded = recorded || p.record
	}
	if !recorded {
		in.pending = in.pending[:in.base]
		return
	}
	names := in.names
	if tail != nil {
		names = slices.Clone(names)
		for l := tail; l != nil; l = l.tail {
			names = append(names, l.segs...)
		}
	}
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
	for _, p := range in.pending {
		if p.record && b.Len() > 0 {
			if in.out == nil {
				in.out = map[parser.Node]string{}
			}
			in.out[p.n] = b.String()
		}
	}
	in.pending = in.pending[:in.base]
}

func (in *inferrer) dropLast() {
	in.drop(1)
}

// drop removes the last n pending functions.
func (in *inferrer) drop(n int) {
	k := min(n, len(in.pending)-in.base)
	in.pending = in.pending[:len(in.pending)-k]
	if e := in.eff; e != nil && !e.named {
		e.drops += n - k
	}
}

func (in *inferrer) add(n parser.Node) {
	in.pending = append(in.pending, pendingFn{n: n, record: !in.inPlace && !in.inParams})
}

// later schedules fn to be read on its own, once: not again when met while
// an arrow's body is read in place.
func (in *inferrer) later(fn func()) {
	if !in.inPlace {
		in.units = append(in.units, fn)
	}
}

func (in *inferrer) stmts(l []parser.Stmt) {
	for _, s := range l {
		in.stmt(s)
	}
}

// stmt reads a statement. V8 keeps the pending list from one statement to
// the next: `new Keep([function () {}]); o.y = 1;` names the function "o.y".
func (in *inferrer) stmt(s parser.Stmt) {
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
			var before arrowEffect
			if in.eff != nil {
				before = *in.eff
			}
			in.class(n.Class)
			if in.eff != nil && (in.eff.drops != before.drops || in.eff.named != before.named) {
				in.eff.exact = false
			}
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
func (in *inferrer) declarator(target parser.Pattern, init parser.Expr) {
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
func (in *inferrer) assigned(value parser.Expr) {
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
func (in *inferrer) pattern(p parser.Pattern) {
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
func (in *inferrer) operand(e parser.Expr) {
	top := len(in.names)
	in.expr(e)
	in.names = in.names[:top]
}

func (in *inferrer) expr(e parser.Expr) {
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
func (in *inferrer) args(l []parser.Expr) {
	for i, a := range l {
		if i == 0 {
			in.firstArg = a
		}
		in.operand(a)
	}
	in.firstArg = nil
}

func (in *inferrer) object(o *parser.Object) {
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
// body is the reading of fn's parameters and body on their own.
func (in *inferrer) body(fn *parser.Function) func() {
	return func() {
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
}

func (in *inferrer) function(fn *parser.Function) {
	// The reading of a body with no function or class in it would name
	// nothing.
	if (fn.Scope == nil || containsFunction(fn.Scope)) && (in.bodyLater == nil || !in.bodyLater(fn)) {
		in.later(in.body(fn))
	}
	if !fn.IsArrow {
		return
	}
	// An arrow met outside any arrow's in-place reading is not met again
	// (the reading of its own body comes last): it is read in place as it
	// is. One inside is met again by each reading around it: the effect is
	// kept.
	e := in.effects[fn]
	if e == nil && in.inPlace {
		e = in.effectOf(fn)
	}
	if e != nil && e.exact {
		in.apply(e)
		return
	}
	saved := in.inPlace
	in.inPlace = true
	in.arrowBody(fn)
	in.inPlace = saved
}

func (in *inferrer) arrowBody(fn *parser.Function) {
	if fn.ExprBody != nil {
		in.operand(fn.ExprBody)
	} else {
		in.stmts(fn.Body)
	}
}

// effectOf reads an arrow's body in place, for its effect on the pending
// list around it, and leaves that list and the name stack as they were.
func (in *inferrer) effectOf(fn *parser.Function) *arrowEffect {
	e := &arrowEffect{exact: true}
	eff, base, nameBase, inPlace := in.eff, in.base, in.nameBase, in.inPlace
	in.eff, in.base, in.nameBase, in.inPlace = e, len(in.pending), len(in.names), true
	in.arrowBody(fn)
	e.left = len(in.pending) - in.base
	in.pending = in.pending[:in.base]
	in.eff, in.base, in.nameBase, in.inPlace = eff, base, nameBase, inPlace
	if in.effects == nil {
		in.effects = map[*parser.Function]*arrowEffect{}
	}
	in.effects[fn] = e
	return e
}

// apply does to the pending list what reading an arrow's body in place
// does, as effectOf found it.
func (in *inferrer) apply(e *arrowEffect) {
	in.drop(e.drops)
	if e.named {
		in.inferWith(e.names)
	}
	for range e.left {
		in.pending = append(in.pending, pendingFn{})
	}
}

// class reads a class's heritage and computed keys in place, and schedules
// its methods and field initialisers.
func (in *inferrer) class(cl *parser.Class) {
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

// containsFunction reports whether a function or class is written
// anywhere inside scope s.
func containsFunction(s *parser.Scope) bool {
	for _, c := range s.Children {
		if c.Kind == parser.ScopeFunction || c.Kind == parser.ScopeClass || containsFunction(c) {
			return true
		}
	}
	return false
}

// literalKeyName is the name a property key contributes when it is written
// as a literal: a computed key counts only as a string, a plain one as a
// number too (V8 reads `o[0]` as computed, `{0: f}` as "0").
func literalKeyName(k parser.Expr, computed bool) (string, bool) {
	switch k := k.(type) {
	case *parser.String:
		return wtf8(k.Value), true
	case *parser.Identifier:
		if !computed {
			return k.Name, true
		}
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

// afterParen reports whether the source text just before offset, past
// white space, is '(' or '!', V8's signs of a function called at once.
func afterParen(src string, offset int32) bool {
	i := int(offset) - 1
	for i >= 0 && i < len(src) && strings.IndexByte(" \t\r\n", src[i]) >= 0 {
		i--
	}
	return i >= 0 && i < len(src) && (src[i] == '(' || src[i] == '!')
}
