package compiler

// Expressions. expr(e, dst) leaves e's value in dst; intermediate values
// always go to fresh temporaries, so dst may be a local's own register only
// when directOK says writing it early cannot change what e reads.

import (
	"math"
	"slices"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// pure reports whether evaluating e cannot write a local's register (only
// assignments and updates in the same function can), so an operand
// evaluated before it may stay in that register. Large expressions are
// assumed impure rather than walked.
func pure(e parser.Expr) bool {
	budget := 32
	ok := true
	parser.Walk(e, func(n parser.Node) bool {
		budget--
		switch n.(type) {
		case *parser.Assign, *parser.Update, *parser.Class:
			ok = false
		case *parser.Function:
			return false
		}
		if budget < 0 {
			ok = false
		}
		return ok
	})
	return ok
}

// directOK reports whether e may be compiled straight into a local's
// register: its code writes dst only as its last step.
func directOK(e parser.Expr) bool {
	switch e := e.(type) {
	case *parser.Number, *parser.String, *parser.Boolean, *parser.Null, *parser.BigInt, *parser.RegExp,
		*parser.Identifier, *parser.This, *parser.Function, *parser.Call, *parser.New, *parser.Member,
		*parser.Unary, *parser.Await, *parser.Yield, *parser.NewTarget:
		return true
	case *parser.Binary:
		return !e.Op.IsLogical()
	case *parser.Conditional:
		// The test runs before either branch writes dst.
		return directOK(e.Cons) && directOK(e.Alt)
	case *parser.TemplateLiteral:
		// Its last concatenation writes dst (template).
		return true
	case *parser.Array:
		// Elements gathered in temporaries, then one NewArray (array);
		// a spread or a hole is added to the array in dst.
		return len(e.Elems) <= arrayLead && !slices.ContainsFunc(e.Elems, isSpreadOrHole)
	case *parser.Object:
		// An empty literal is one NewObject; properties are added to
		// the object in dst.
		return len(e.Props) == 0
	}
	return false
}

// earlyWriteOK reports whether e, whose code may write dst before its last
// step (an object literal, an array with a spread), may be compiled
// straight into the register of the lexical binding name that it
// initialises: nothing in e names the binding, so nothing reads the
// register before the declaration completes, and if e throws, no code in
// the binding's scope runs after (a handler of the throw is outside the
// block that declares it). A var has no such scope, and keeps its old
// value when its initialiser throws.
func earlyWriteOK(e parser.Expr, name string) bool {
	switch e.(type) {
	case *parser.Object, *parser.Array:
	default:
		return false
	}
	// Only e's own code can read the register: a nested function that
	// referred to the binding would have captured it, and it would live in
	// an environment instead. Walking into functions too made compiling
	// `const a = { f() { const b = { g() { ... } } } }` quadratic in depth.
	named := false
	parser.Walk(e, func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.Function:
			return false
		case *parser.Identifier:
			if n.Name == name {
				named = true
			}
		}
		return !named
	})
	return !named
}

func isSpreadOrHole(e parser.Expr) bool {
	_, spread := e.(*parser.Spread)
	return spread || e == nil
}

// exprAny evaluates e into some register: a local's own register when
// that needs no code, else a new temporary. The result is read-only.
func (f *fstate) exprAny(e parser.Expr) int {
	switch e := e.(type) {
	case *parser.Identifier:
		if r, ok := f.regOf(f.resolve(e)); ok {
			return r
		}
	case *parser.This:
		u := f.unit()
		if u == f && !f.derived && !f.evalTop {
			return 0
		}
	}
	t := f.alloc()
	f.expr(e, t)
	return t
}

// exprAnyBefore is exprAny for an operand evaluated before next.
func (f *fstate) exprAnyBefore(e, next parser.Expr) int {
	if next == nil || pure(next) {
		return f.exprAny(e)
	}
	t := f.alloc()
	f.expr(e, t)
	return t
}

// exprDiscard evaluates e for its effects only.
func (f *fstate) exprDiscard(e parser.Expr) {
	mark := f.top
	switch e := e.(type) {
	case *parser.Assign:
		f.assign(e, -1)
	case *parser.Update:
		f.update(e, -1)
	case *parser.Sequence:
		for _, x := range e.Exprs {
			f.exprDiscard(x)
		}
	default:
		f.expr(e, f.alloc())
	}
	f.top = mark
}

// isAnonFn reports whether e is an anonymous function or class definition
// (ECMA-262 §8.4.3 IsAnonymousFunctionDefinition).
func isAnonFn(e parser.Expr) bool {
	switch e := e.(type) {
	case *parser.Function:
		return e.Name == nil
	case *parser.Class:
		return e.Name == nil
	}
	return false
}

// exprNamed is expr with NamedEvaluation for anonymous functions.
func (f *fstate) exprNamed(e parser.Expr, dst int, name string) {
	switch x := e.(type) {
	case *parser.Function:
		if x.Name == nil {
			f.closure(x, dst, name)
			return
		}
	case *parser.Class:
		if x.Name == nil {
			f.class(x, dst, name, false)
			return
		}
	}
	f.expr(e, dst)
}

func (f *fstate) expr(e parser.Expr, dst int) {
	mark := f.top
	defer func() { f.top = mark }()
	switch e := e.(type) {
	case *parser.Number:
		f.loadNum(dst, e.Value)
	case *parser.String:
		f.loadStr(dst, wtf8(e.Value))
	case *parser.TemplateLiteral:
		f.template(e, dst)
	case *parser.TaggedTemplate:
		f.tagged(e, dst)
	case *parser.RegExp:
		f.at(e.Loc.Start)
		k := f.addConst(constKey{kind: bytecode.ConstRegExp, str: e.Pattern + "/" + e.Flags},
			bytecode.Const{Kind: bytecode.ConstRegExp, Str: e.Pattern, Str2: e.Flags})
		f.emit(bytecode.OpNewRegExp, dst, k, 0)
	case *parser.BigInt:
		k := f.addConst(constKey{kind: bytecode.ConstBigInt, str: e.Digits}, bytecode.Const{Kind: bytecode.ConstBigInt, Str: e.Digits})
		f.emit(bytecode.OpLoadK, dst, k, 0)
	case *parser.Boolean:
		if e.Value {
			f.emit(bytecode.OpLoadTrue, dst, 0, 0)
		} else {
			f.emit(bytecode.OpLoadFalse, dst, 0, 0)
		}
	case *parser.Null:
		f.emit(bytecode.OpLoadNull, dst, 0, 0)
	case *parser.Identifier:
		r := f.resolve(e)
		if r.global && r.loc == nil && e.Name == "undefined" {
			f.emit(bytecode.OpLoadUndef, dst, 0, 0)
			return
		}
		f.at(f.namePos(r, e))
		f.load(r, dst)
	case *parser.This:
		f.at(e.Loc.Start)
		f.this(dst)
	case *parser.NewTarget:
		f.pseudoLoad(pseudoNewTarget, dst)
	case *parser.ImportMeta:
		if f.c.mode != modeModule {
			f.c.fail(e.Loc.Start, "import.meta is only valid in modules")
		}
		f.emit(bytecode.OpImportMeta, dst, 0, 0)
	case *parser.Array:
		f.array(e.Elems, dst, false, 0)
	case *parser.Object:
		f.object(e, dst)
	case *parser.Function:
		f.closure(e, dst, "")
	case *parser.Class:
		f.class(e, dst, "", false)
	case *parser.Unary:
		f.unary(e, dst)
	case *parser.Update:
		f.update(e, dst)
	case *parser.Binary:
		f.binary(e, dst)
	case *parser.Assign:
		f.assign(e, dst)
	case *parser.Conditional:
		jElse := f.condJump(e.Test, false)
		cover := f.c.opts.Coverage
		var consEnd int32
		if cover {
			consEnd = f.exprEnd(e.Cons)
			f.cover(f.tokenAt(e.Test.NodeLoc().End, "?"), consEnd)
		}
		f.expr(e.Cons, dst)
		jEnd := f.jump(bytecode.OpJmp, 0, 0)
		f.patchHere(jElse...)
		if cover {
			f.cover(f.tokenAt(consEnd, ":"), f.exprEnd(e.Alt))
		}
		f.expr(e.Alt, dst)
		f.patchHere(jEnd)
	case *parser.Call:
		f.call(e, dst)
	case *parser.New:
		f.newExpr(e, dst)
	case *parser.Member:
		f.member(e, dst)
	case *parser.OptionalChain:
		f.optionalChain(e, dst, false)
	case *parser.Sequence:
		for _, x := range e.Exprs[:len(e.Exprs)-1] {
			f.exprDiscard(x)
		}
		f.expr(e.Exprs[len(e.Exprs)-1], dst)
	case *parser.Yield:
		f.yield(e, dst)
		f.coverResume(e)
	case *parser.Await:
		v := f.exprAny(e.X)
		// V8's "at async f" frames point at the await keyword.
		f.at(e.Loc.Start)
		f.await(v, dst)
		if e != f.returnAwait {
			f.coverResume(e)
		}
	case *parser.ImportCall:
		a := f.alloc()
		f.expr(e.Arg, a)
		if e.Options != nil {
			o := f.alloc()
			f.expr(e.Options, o)
			f.at(e.Loc.Start)
			f.emit(bytecode.OpDynImportWith, dst, a, o)
			break
		}
		f.at(e.Loc.Start)
		f.emit(bytecode.OpDynImport, dst, a, 0)
	default:
		f.c.fail(e.NodeLoc().Start, "unexpected expression %T", e)
	}
}

// condJump evaluates e for its truthiness and returns the jumps taken when
// it is when; evaluation falls through otherwise.
func (f *fstate) condJump(e parser.Expr, when bool) []int {
	switch x := e.(type) {
	case *parser.Unary:
		if x.Op == parser.UnaryNot {
			return f.condJump(x.X, !when)
		}
	case *parser.Binary:
		if (x.Op == parser.BinLogicalAnd && !when) || (x.Op == parser.BinLogicalOr && when) {
			j := f.condJump(x.Left, when)
			f.coverRight(x)
			return append(j, f.condJump(x.Right, when)...)
		}
		if x.Op == parser.BinLogicalAnd || x.Op == parser.BinLogicalOr {
			skip := f.condJump(x.Left, !when)
			f.coverRight(x)
			j := f.condJump(x.Right, when)
			f.patchHere(skip...)
			return j
		}
		if x.Op == parser.BinStrictEq || x.Op == parser.BinStrictNe {
			if j, ok := f.intCompareJump(x, when); ok {
				return j
			}
		}
		if j, ok := f.nullishCompareJump(x, when); ok {
			return j
		}
		if j, ok := f.intOrderJump(x, when); ok {
			return j
		}
		if op, ok := fusedJump(x.Op, when); ok {
			mark := f.top
			a := f.exprAnyBefore(x.Left, x.Right)
			b := f.exprAny(x.Right)
			f.top = mark
			f.at(f.binaryPos(x))
			return []int{f.jump(op, a, b)}
		}
	case *parser.Boolean:
		if x.Value == when {
			return []int{f.jump(bytecode.OpJmp, 0, 0)}
		}
		return nil
	}
	mark := f.top
	r := f.exprAny(e)
	f.top = mark
	if when {
		return []int{f.jump(bytecode.OpJmpTrue, r, 0)}
	}
	return []int{f.jump(bytecode.OpJmpFalse, r, 0)}
}

// intCompareJump compiles a condition `e === n` or `e !== n` (either way
// round) on an integer literal n that fits the instruction as one
// JmpStrictEqI or JmpStrictNeI. The literal has no effects, so only the
// other side is evaluated.
func (f *fstate) intCompareJump(x *parser.Binary, when bool) ([]int, bool) {
	other := x.Left
	v, ok := smallIntLiteral(x.Right)
	if !ok {
		if v, ok = smallIntLiteral(x.Left); !ok {
			return nil, false
		}
		other = x.Right
	}
	op := bytecode.OpJmpStrictEqI
	if (x.Op == parser.BinStrictEq) != when {
		op = bytecode.OpJmpStrictNeI
	}
	mark := f.top
	r := f.exprAny(other)
	f.top = mark
	f.at(x.Loc.Start)
	return []int{f.jump(op, r, v)}, true
}

// nullishCompareJump compiles a condition that compares e with null or
// undefined (either way round) as one jump on e: `e === null` as JmpNull,
// `e === undefined` as JmpUndef, and `e == null` or `e == undefined` as
// JmpNullish (loose equality with either is exactly "is null or
// undefined", §7.2.14 steps 2-3), and their negations. The literal side
// has no effects, so only e is evaluated.
func (f *fstate) nullishCompareJump(x *parser.Binary, when bool) ([]int, bool) {
	var eq, ne bytecode.Opcode
	strict := x.Op == parser.BinStrictEq || x.Op == parser.BinStrictNe
	if !strict && x.Op != parser.BinEq && x.Op != parser.BinNe {
		return nil, false
	}
	other := x.Left
	lit := f.nullishLiteral(x.Right)
	if lit == nullishNone {
		if lit = f.nullishLiteral(x.Left); lit == nullishNone {
			return nil, false
		}
		other = x.Right
	}
	switch {
	case !strict:
		eq, ne = bytecode.OpJmpNullish, bytecode.OpJmpNotNullish
	case lit == nullishNull:
		eq, ne = bytecode.OpJmpNull, bytecode.OpJmpNotNull
	default:
		eq, ne = bytecode.OpJmpUndef, bytecode.OpJmpNotUndef
	}
	op := eq
	if (x.Op == parser.BinStrictEq || x.Op == parser.BinEq) != when {
		op = ne
	}
	mark := f.top
	r := f.exprAny(other)
	f.top = mark
	f.at(x.Loc.Start)
	return []int{f.jump(op, r, 0)}, true
}

const (
	nullishNone = iota
	nullishNull
	nullishUndefined
)

// nullishLiteral says whether e is the literal null, or undefined with no
// effect to evaluate: the global undefined (not a local of that name, nor
// one a with statement could supply) or void of a literal.
func (f *fstate) nullishLiteral(e parser.Expr) int {
	switch e := e.(type) {
	case *parser.Null:
		return nullishNull
	case *parser.Identifier:
		if e.Name == "undefined" {
			if r := f.resolve(e); r.global && r.loc == nil {
				return nullishUndefined
			}
		}
	case *parser.Unary:
		if e.Op == parser.UnaryVoid {
			switch e.X.(type) {
			case *parser.Number, *parser.String, *parser.Null, *parser.Boolean:
				return nullishUndefined
			}
		}
	}
	return nullishNone
}

// intOrderJump compiles a condition `e < n` (or <=, >, >=, either way
// round) on an integer literal n that fits the instruction as one of the
// JmpLtI family. A literal on the left trades places with e (`n < e` is
// `e > n`: converting n has no effect, so the order of the conversions
// cannot be seen).
func (f *fstate) intOrderJump(x *parser.Binary, when bool) ([]int, bool) {
	op, other := x.Op, x.Left
	v, ok := smallIntLiteral(x.Right)
	if !ok {
		if v, ok = smallIntLiteral(x.Left); !ok {
			return nil, false
		}
		other = x.Right
		switch op {
		case parser.BinLt:
			op = parser.BinGt
		case parser.BinLe:
			op = parser.BinGe
		case parser.BinGt:
			op = parser.BinLt
		case parser.BinGe:
			op = parser.BinLe
		}
	}
	var t, n bytecode.Opcode
	switch op {
	case parser.BinLt:
		t, n = bytecode.OpJmpLtI, bytecode.OpJmpNotLtI
	case parser.BinLe:
		t, n = bytecode.OpJmpLeI, bytecode.OpJmpNotLeI
	case parser.BinGt:
		t, n = bytecode.OpJmpGtI, bytecode.OpJmpNotGtI
	case parser.BinGe:
		t, n = bytecode.OpJmpGeI, bytecode.OpJmpNotGeI
	default:
		return nil, false
	}
	if !when {
		t = n
	}
	mark := f.top
	r := f.exprAny(other)
	f.top = mark
	f.at(x.Loc.Start)
	return []int{f.jump(t, r, v)}, true
}

// smallIntLiteral returns the operand (int16 in 16 bits) that stands for
// e, a number literal holding an integer of int16's range.
func smallIntLiteral(e parser.Expr) (int, bool) {
	v, ok := numberLiteral(e)
	if !ok || v != math.Trunc(v) || v < math.MinInt16 || v > math.MaxInt16 {
		return 0, false
	}
	return int(uint16(int16(v))), true
}

// returnedInt returns the ReturnI operand for returning e, a small integer
// literal; -0 is not one, since ReturnI's int16 has no sign for zero.
func returnedInt(e parser.Expr) (int, bool) {
	if v, ok := numberLiteral(e); !ok || v == 0 && math.Signbit(v) {
		return 0, false
	}
	return smallIntLiteral(e)
}

// numberLiteral returns the value of e when it is a number literal or the
// negation of one (`-1`), neither of which has an effect to evaluate.
func numberLiteral(e parser.Expr) (float64, bool) {
	if u, ok := e.(*parser.Unary); ok && u.Op == parser.UnaryNeg {
		if n, ok := u.X.(*parser.Number); ok {
			return -n.Value, true
		}
		return 0, false
	}
	if n, ok := e.(*parser.Number); ok {
		return n.Value, true
	}
	return 0, false
}

// fusedJump returns the compare-and-jump opcode that jumps when `a op b` is
// when.
func fusedJump(op parser.BinOp, when bool) (bytecode.Opcode, bool) {
	var t, f bytecode.Opcode
	switch op {
	case parser.BinLt:
		t, f = bytecode.OpJmpLt, bytecode.OpJmpNotLt
	case parser.BinLe:
		t, f = bytecode.OpJmpLe, bytecode.OpJmpNotLe
	case parser.BinGt:
		t, f = bytecode.OpJmpGt, bytecode.OpJmpNotGt
	case parser.BinGe:
		t, f = bytecode.OpJmpGe, bytecode.OpJmpNotGe
	case parser.BinStrictEq:
		t, f = bytecode.OpJmpStrictEq, bytecode.OpJmpStrictNe
	case parser.BinStrictNe:
		t, f = bytecode.OpJmpStrictNe, bytecode.OpJmpStrictEq
	default:
		return 0, false
	}
	if when {
		return t, true
	}
	return f, true
}

// ---------------------------------------------------------------------------
// this, new.target, super

// pseudoLoad reads this/new.target/home/function for the running code.
func (f *fstate) pseudoLoad(k int, dst int) {
	u := f.unit()
	if u.evalTop {
		f.emit(bytecode.OpGetName, dst, f.site(pseudoNames[k]), 0)
		return
	}
	if u != f || (k == pseudoThis && u.derived && u.pseudo[pseudoThis] != nil) {
		loc := u.pseudo[k]
		if loc == nil {
			f.c.fail(f.pos, "internal: %s not captured for an arrow", pseudoNames[k])
		}
		f.emit(bytecode.OpGetEnv, dst, f.level-loc.env.level, loc.slot)
		return
	}
	switch k {
	case pseudoThis:
		f.mov(dst, 0)
	case pseudoNewTarget:
		if f.fn.Kind == bytecode.KindScript {
			f.emit(bytecode.OpLoadUndef, dst, 0, 0)
		} else {
			f.emit(bytecode.OpLoadNewTarget, dst, 0, 0)
		}
	case pseudoHome:
		f.emit(bytecode.OpLoadHome, dst, 0, 0)
	case pseudoFunc:
		f.emit(bytecode.OpLoadFunc, dst, 0, 0)
	}
}

func (f *fstate) this(dst int) {
	u := f.unit()
	switch {
	case u.evalTop:
		f.pseudoLoad(pseudoThis, dst)
	case u.derived && (u != f || u.pseudo[pseudoThis] != nil):
		f.pseudoLoad(pseudoThis, dst)
		f.emit(bytecode.OpCheckTDZ, dst, f.kName("this"), 0)
	case u.derived:
		f.emit(bytecode.OpLoadThis, dst, 0, 0)
	default:
		f.pseudoLoad(pseudoThis, dst)
	}
}

// explicitSuper reports whether super references must name home and this
// explicitly (GetSuperFrom/SetSuperFrom) rather than use the frame's.
func (f *fstate) explicitSuper() bool {
	u := f.unit()
	return u != f || u.evalTop || (u.derived && u.pseudo[pseudoThis] != nil)
}

// superKey evaluates the property key of super.x / super[x], converted to
// a property key when toKey. An assignment's target leaves it unconverted:
// PutValue converts it after the right-hand side (ECMA-262 §6.2.5.6), and
// the SetSuper instructions do.
func (f *fstate) superKey(m *parser.Member, k int, toKey bool) {
	if m.Index == nil {
		f.loadStr(k, m.Name)
		return
	}
	if u := f.unit(); u.derived || u.evalTop {
		// GetThisBinding comes before the expression (§13.3.7.1 step
		// 2): super[super()] in a derived constructor throws first.
		f.this(k)
	}
	f.expr(m.Index, k)
	if toKey {
		f.emit(bytecode.OpToPropKey, k, k, 0)
	}
}

func (f *fstate) superGet(k, dst int) {
	if f.explicitSuper() {
		h := f.allocN(2)
		f.pseudoLoad(pseudoHome, h)
		f.this(h + 1)
		f.emit(bytecode.OpGetSuperFrom, dst, h, k)
		f.top = h
		return
	}
	f.emit(bytecode.OpGetSuper, dst, k, 0)
}

func (f *fstate) superSet(k, val int) {
	if f.explicitSuper() {
		h := f.allocN(2)
		f.pseudoLoad(pseudoHome, h)
		f.this(h + 1)
		f.emit(bytecode.OpSetSuperFrom, h, k, val)
		f.top = h
		return
	}
	f.emit(bytecode.OpSetSuper, k, val, 0)
}

// superCall compiles super(args) (ECMA-262 §13.3.7.1).
func (f *fstate) superCall(e *parser.Call, dst int) {
	u := f.unit()
	thisReg := 0
	captured := u.pseudo[pseudoThis]
	if u != f || captured != nil || u.evalTop {
		thisReg = f.alloc()
		f.pseudoLoad(pseudoThis, thisReg)
	}
	spread := hasSpread(e.Args)
	n := len(e.Args)
	if spread {
		n = 1
	}
	base := f.allocN(2 + n)
	f.pseudoLoad(pseudoFunc, base)
	f.pseudoLoad(pseudoNewTarget, base+1)
	if spread {
		f.array(e.Args, base+2, true, e.Loc.Start)
	} else {
		for i, a := range e.Args {
			f.expr(a, base+2+i)
		}
	}
	f.at(e.Loc.Start)
	if spread {
		f.emit(bytecode.OpSuperCallSpread, thisReg, base, 0)
	} else {
		f.emit(bytecode.OpSuperCall, thisReg, base, n)
	}
	f.top = base
	if thisReg != 0 {
		switch {
		case u.evalTop:
			f.emit(bytecode.OpSetName, thisReg, f.site("this"), 0)
		default:
			f.emit(bytecode.OpSetEnv, thisReg, f.level-captured.env.level, captured.slot)
			if u == f {
				f.mov(0, thisReg)
			}
		}
	}
	f.mov(dst, thisReg)
}

// ---------------------------------------------------------------------------
// Members and calls

func (f *fstate) memberPos(m *parser.Member) int32 {
	if m.Index != nil {
		end := m.Object.NodeLoc().End
		if p := f.tokenAfter(end, "[", true); p >= 0 {
			return p
		}
		if p := f.tokenAfter(end, "?.[", true); p >= 0 {
			return p + 2
		}
		return m.Index.NodeLoc().Start
	}
	if !m.Private && afterCallOrOptional(m.Object) {
		if p := f.tokenAfter(m.Object.NodeLoc().End, ".", false); p >= 0 {
			return p
		}
	}
	return m.NameLoc.Start
}

// afterCallOrOptional reports whether a property access on e continues a
// chain with a call or an optional link in it: V8 parses the rest of such a
// chain as a left-hand side continuation, which places a property access
// at its '.' rather than at the name.
func afterCallOrOptional(e parser.Expr) bool {
	for {
		switch x := e.(type) {
		case *parser.Member:
			if x.Optional {
				return true
			}
			e = x.Object
		case *parser.Call, *parser.OptionalChain:
			return true
		default:
			return false
		}
	}
}

// readModifyPos is where V8 places the read of a compound assignment's or
// an update's target m: at m's object (`o.a.b += 1` at the a).
func (f *fstate) readModifyPos(m *parser.Member) int32 {
	if _, ok := m.Object.(*parser.Super); ok {
		return f.memberPos(m)
	}
	return f.exprPos(m.Object)
}

// assignOpPos is where V8 places an assignment's store: at its operator.
func (f *fstate) assignOpPos(e *parser.Assign) int32 {
	start := e.Target.NodeLoc()
	if p := f.tokenAfter(start.End, e.Op.String(), true); p >= 0 {
		return p
	}
	return start.Start
}

// updateOpPos is where V8 places an update's store: at a postfix one's
// operator, at a prefix one's last token (the token V8's parser had read
// when it made the node: `++o.a` at the a, `++o[k]` at the ']').
func (f *fstate) updateOpPos(e *parser.Update) int32 {
	if e.Prefix {
		switch t := e.Target.(type) {
		case *parser.Member:
			if t.Index != nil {
				return t.Loc.End - 1
			}
			return t.NameLoc.Start
		default:
			return t.NodeLoc().Start
		}
	}
	op := "++"
	if e.Op == parser.UpdateDec {
		op = "--"
	}
	if p := f.tokenAfter(e.Target.NodeLoc().End, op, true); p >= 0 {
		return p
	}
	return e.Loc.Start
}

// namePos is where V8 places the read of the name e resolved as r: at the
// statement when the read is a global one (which may throw a
// ReferenceError) and comes first in it (see fstate.stmtPos).
func (f *fstate) namePos(r ref, e *parser.Identifier) int32 {
	if f.stmtFresh && (r.global || r.dynamic) {
		return f.stmtPos
	}
	return e.Loc.Start
}

// exprPos is where V8 places an error about the value of e as a whole (an
// iterable that is not one): a property access's own position, else e's
// start.
func (f *fstate) exprPos(e parser.Expr) int32 {
	if m, ok := e.(*parser.Member); ok {
		return f.memberPos(m)
	}
	return e.NodeLoc().Start
}

// optJumps collects the short-circuit jumps of the innermost optional chain.
func (f *fstate) optJump(r int) {
	if f.chain == nil {
		f.c.fail(f.pos, "optional link outside an optional chain")
	}
	*f.chain = append(*f.chain, f.jump(bytecode.OpJmpNullish, r, 0))
}

func (f *fstate) optionalChain(e *parser.OptionalChain, dst int, isDelete bool) {
	saved := f.chain
	var jumps []int
	f.chain = &jumps
	if isDelete {
		f.deleteExpr(e.X, dst, e.Loc.Start)
	} else {
		f.expr(e.X, dst)
	}
	f.chain = saved
	jEnd := f.jump(bytecode.OpJmp, 0, 0)
	f.patchHere(jumps...)
	if isDelete {
		f.emit(bytecode.OpLoadTrue, dst, 0, 0)
	} else {
		f.emit(bytecode.OpLoadUndef, dst, 0, 0)
	}
	f.patchHere(jEnd)
}

func (f *fstate) member(m *parser.Member, dst int) {
	if _, ok := m.Object.(*parser.Super); ok {
		k := f.alloc()
		f.superKey(m, k, false)
		f.at(f.memberPos(m))
		f.superGet(k, dst)
		return
	}
	var next parser.Expr
	if m.Index != nil {
		next = m.Index
	}
	obj := f.exprAnyBefore(m.Object, next)
	if m.Optional {
		f.optJump(obj)
		f.coverOptional(m.Object, m.Loc.End)
	}
	switch {
	case m.Private:
		pn := f.alloc()
		f.privateName(m.PrivateName, pn)
		f.at(f.memberPos(m))
		f.emit(bytecode.OpGetPrivate, dst, obj, pn)
	case m.Index == nil:
		f.at(f.memberPos(m))
		f.emit(bytecode.OpGetProp, dst, obj, f.propSite(m.Name))
	default:
		if i, ok := indexLiteral(m.Index); ok {
			f.at(f.memberPos(m))
			f.emit(bytecode.OpGetElemI, dst, obj, i)
			return
		}
		k := f.exprAny(m.Index)
		f.at(f.memberPos(m))
		f.emitElem(bytecode.OpGetElem, dst, obj, k)
	}
}

// indexLiteral returns the value of e when it is a number literal holding
// an array index that GetElemI's operand can carry (16 bits with a Wide
// prefix).
func indexLiteral(e parser.Expr) (int, bool) {
	n, ok := e.(*parser.Number)
	if !ok || n.Value != math.Trunc(n.Value) || n.Value < 0 || n.Value > math.MaxUint16 {
		return 0, false
	}
	return int(n.Value), true
}

func hasSpread(args []parser.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*parser.Spread); ok {
			return true
		}
	}
	return false
}

func (f *fstate) call(e *parser.Call, dst int) {
	if _, ok := e.Callee.(*parser.Super); ok {
		f.superCall(e, dst)
		return
	}
	spread := hasSpread(e.Args)
	n := len(e.Args)
	if spread {
		n = 1
	}
	base := f.allocN(2 + n)
	pos := e.Callee.NodeLoc().Start
	if _, named := e.Callee.(*parser.Identifier); !named && e.Paren > 0 {
		// V8 places a call at its callee's name, or when it has none (a
		// computed key, a parenthesised expression) at its parenthesis.
		pos = e.Paren
	}
	callee := e.Callee
	// thisUndef is set when this is undefined: CallU writes it.
	thisUndef := false
	// A parenthesised optional chain ending in a member, (a?.b)(), still
	// calls with this = a: the parentheses pass the Reference through
	// (ECMA-262 §13.2.9.1), and a short-circuited chain calls undefined.
	if oc, ok := callee.(*parser.OptionalChain); ok {
		if m, ok := oc.X.(*parser.Member); ok && !isSuperObject(m) {
			callee = m
		}
	}
	switch c := callee.(type) {
	case *parser.Member:
		// V8 places a call of a private method at its parenthesis too.
		// A failed call is placed at the property's name, even where the
		// property's read is placed at its '.' (see memberPos).
		if c.Index == nil && !c.Private && !e.Optional || e.Paren == 0 {
			pos = c.NameLoc.Start
			if c.Index != nil {
				pos = c.Index.NodeLoc().Start
			}
		}
		if isSuperObject(c) {
			f.this(base + 1)
			k := f.alloc()
			f.superKey(c, k, false)
			f.at(pos)
			f.superGet(k, base)
			break
		}
		if callee != e.Callee {
			saved := f.chain
			var jumps []int
			f.chain = &jumps
			f.memberCallee(c, base, pos)
			f.chain = saved
			jEnd := f.jump(bytecode.OpJmp, 0, 0)
			f.patchHere(jumps...)
			f.emit(bytecode.OpLoadUndef, base, 0, 0)
			f.patchHere(jEnd)
		} else {
			f.memberCallee(c, base, pos)
		}
		f.top = base + 2 + n
	case *parser.Identifier:
		r := f.resolve(c)
		f.at(pos)
		if !r.dynamic {
			f.at(f.namePos(r, c))
		}
		if r.dynamic {
			f.emit(bytecode.OpCallName, base, f.site(r.name), 0)
		} else {
			f.load(r, base)
			thisUndef = true
		}
	default:
		f.expr(e.Callee, base)
		thisUndef = true
	}
	if thisUndef && (spread || e.DirectEval) {
		f.emit(bytecode.OpLoadUndef, base+1, 0, 0)
	}
	if e.Optional {
		f.optJump(base)
		f.coverOptional(e.Callee, e.Loc.End)
	}
	if spread {
		f.array(e.Args, base+2, true, pos)
	} else {
		for i, a := range e.Args {
			f.expr(a, base+2+i)
		}
	}
	f.at(pos)
	f.calleeRange(e.Callee)
	switch {
	case spread && e.DirectEval:
		f.emit(bytecode.OpCallEvalSpread, dst, base, 0)
	case spread:
		f.emit(bytecode.OpCallSpread, dst, base, 0)
	case e.DirectEval:
		f.emit(bytecode.OpCallEval, dst, base, n)
	case thisUndef:
		f.emit(bytecode.OpCallU, dst, base, n)
	default:
		f.emit(bytecode.OpCall, dst, base, n)
	}
}

func isSuperObject(m *parser.Member) bool {
	_, ok := m.Object.(*parser.Super)
	return ok
}

// memberCallee loads the function of a method call into base and its
// this value into base+1.
func (f *fstate) memberCallee(c *parser.Member, base int, pos int32) {
	f.expr(c.Object, base+1)
	if c.Optional {
		f.optJump(base + 1)
		f.coverOptional(c.Object, c.Loc.End)
	}
	switch {
	case c.Private:
		pn := f.alloc()
		f.privateName(c.PrivateName, pn)
		f.at(pos)
		f.emit(bytecode.OpGetPrivate, base, base+1, pn)
	case c.Index == nil:
		f.at(f.memberPos(c))
		f.emit(bytecode.OpGetProp, base, base+1, f.propSite(c.Name))
	default:
		k := f.exprAny(c.Index)
		f.at(f.memberPos(c))
		f.emitElem(bytecode.OpGetElem, base, base+1, k)
	}
}

func (f *fstate) newExpr(e *parser.New, dst int) {
	spread := hasSpread(e.Args)
	n := len(e.Args)
	if spread {
		n = 1
	}
	base := f.allocN(2 + n)
	f.expr(e.Callee, base)
	if spread {
		f.array(e.Args, base+2, true, e.Loc.Start)
	} else {
		for i, a := range e.Args {
			f.expr(a, base+2+i)
		}
	}
	f.at(e.Loc.Start)
	f.calleeRange(e.Callee)
	if spread {
		f.emit(bytecode.OpNewSpread, dst, base, 0)
	} else {
		f.emit(bytecode.OpNew, dst, base, n)
	}
}

// privateName loads the private name value #x refers to.
func (f *fstate) privateName(pn *parser.PrivateName, dst int) {
	if pn != nil && pn.Class != nil {
		if loc := f.c.privs[pn.Class][pn.Name]; loc != nil {
			f.emit(bytecode.OpGetEnv, dst, f.level-loc.env.level, loc.slot)
			return
		}
	}
	name := ""
	if pn != nil {
		name = pn.Name
	}
	f.emit(bytecode.OpGetName, dst, f.site(name), 0)
}

// ---------------------------------------------------------------------------
// Operators

var binOps = [...]bytecode.Opcode{
	parser.BinAdd: bytecode.OpAdd, parser.BinSub: bytecode.OpSub, parser.BinMul: bytecode.OpMul,
	parser.BinDiv: bytecode.OpDiv, parser.BinMod: bytecode.OpMod, parser.BinExp: bytecode.OpExp,
	parser.BinShl: bytecode.OpShl, parser.BinShr: bytecode.OpShr, parser.BinUShr: bytecode.OpUShr,
	parser.BinBitAnd: bytecode.OpBitAnd, parser.BinBitOr: bytecode.OpBitOr, parser.BinBitXor: bytecode.OpBitXor,
	parser.BinLt: bytecode.OpLt, parser.BinGt: bytecode.OpGt, parser.BinLe: bytecode.OpLe, parser.BinGe: bytecode.OpGe,
	parser.BinEq: bytecode.OpEq, parser.BinNe: bytecode.OpNe, parser.BinStrictEq: bytecode.OpStrictEq,
	parser.BinStrictNe: bytecode.OpStrictNe, parser.BinIn: bytecode.OpIn, parser.BinInstanceof: bytecode.OpInstanceOf,
}

// logicalJump is the jump that skips the right operand of a short-circuit
// operator (or logical assignment) given the left value.
func logicalJump(op parser.BinOp) bytecode.Opcode {
	switch op {
	case parser.BinLogicalAnd:
		return bytecode.OpJmpFalse
	case parser.BinLogicalOr:
		return bytecode.OpJmpTrue
	}
	return bytecode.OpJmpNotNullish
}

func (f *fstate) binary(e *parser.Binary, dst int) {
	if e.Op.IsLogical() {
		f.expr(e.Left, dst)
		j := f.jump(logicalJump(e.Op), dst, 0)
		f.coverRight(e)
		f.expr(e.Right, dst)
		f.patchHere(j)
		return
	}
	if pn, ok := e.Left.(*parser.PrivateName); ok && e.Op == parser.BinIn {
		obj := f.exprAny(e.Right)
		k := f.alloc()
		f.privateName(pn, k)
		f.at(f.binaryPos(e))
		f.emit(bytecode.OpHasPrivate, dst, obj, k)
		return
	}
	if k, ok := immLiteral(e.Left); ok {
		if op, ok := swappedImmOp(e.Op); ok {
			r := f.exprAny(e.Right)
			f.at(f.binaryPos(e))
			f.emit(op, dst, r, k)
			return
		}
	}
	l := f.exprAnyBefore(e.Left, e.Right)
	f.binaryOn(e.Op, dst, l, e.Right, f.binaryPos(e))
}

// binaryPos is where V8 places an error of the binary operation e: at its
// operator.
func (f *fstate) binaryPos(e *parser.Binary) int32 {
	if p := f.tokenAfter(e.Left.NodeLoc().End, e.Op.String(), true); p >= 0 {
		return p
	}
	return e.Loc.Start
}

// binaryOn emits dst = l op right, the left operand already in l: with
// op's immediate form when right is a small integer literal.
func (f *fstate) binaryOn(op parser.BinOp, dst, l int, right parser.Expr, pos int32) {
	if k, ok := immLiteral(right); ok {
		if iop, ok := immOp(op); ok {
			f.at(pos)
			f.emit(iop, dst, l, k)
			return
		}
	}
	r := f.exprAny(right)
	f.at(pos)
	f.emit(binOps[op], dst, l, r)
}

// immOp returns the form of the binary operator op that takes a small
// integer literal as its right operand (c, an int16).
func immOp(op parser.BinOp) (bytecode.Opcode, bool) {
	switch op {
	case parser.BinAdd:
		return bytecode.OpAddI, true
	case parser.BinSub:
		return bytecode.OpSubI, true
	case parser.BinDiv:
		return bytecode.OpDivI, true
	case parser.BinMod:
		return bytecode.OpModI, true
	case parser.BinShl:
		return bytecode.OpShlI, true
	case parser.BinShr:
		return bytecode.OpShrI, true
	case parser.BinUShr:
		return bytecode.OpUShrI, true
	case parser.BinLt:
		return bytecode.OpLtI, true
	case parser.BinLe:
		return bytecode.OpLeI, true
	case parser.BinGt:
		return bytecode.OpGtI, true
	case parser.BinGe:
		return bytecode.OpGeI, true
	}
	return swappedImmOp(op)
}

// swappedImmOp returns the immediate form of `k op x`, a small integer
// literal k on the left, for the operators whose operands may trade
// places: converting k has no effect and the result does not depend on
// the order (multiplication and the bitwise operators commute; `k < x` is
// `x > k`, both converting x alone). Addition is not among them: "1" + s
// is not s + "1".
func swappedImmOp(op parser.BinOp) (bytecode.Opcode, bool) {
	switch op {
	case parser.BinMul:
		return bytecode.OpMulI, true
	case parser.BinBitAnd:
		return bytecode.OpBitAndI, true
	case parser.BinBitOr:
		return bytecode.OpBitOrI, true
	case parser.BinBitXor:
		return bytecode.OpBitXorI, true
	case parser.BinStrictEq:
		return bytecode.OpStrictEqI, true
	case parser.BinStrictNe:
		return bytecode.OpStrictNeI, true
	case parser.BinLt:
		return bytecode.OpGtI, true
	case parser.BinLe:
		return bytecode.OpGeI, true
	case parser.BinGt:
		return bytecode.OpLtI, true
	case parser.BinGe:
		return bytecode.OpLeI, true
	}
	return 0, false
}

// immLiteral returns the operand (int16 in 16 bits) that stands for e, a
// number literal holding an integer of int16's range: 0..255 fit a plain
// instruction, any other takes a Wide prefix (still one dispatch, where a
// LoadK or LoadInt of the literal costs one more).
func immLiteral(e parser.Expr) (int, bool) {
	v, ok := numberLiteral(e)
	if !ok || v != math.Trunc(v) || v < math.MinInt16 || v > math.MaxInt16 || v == 0 && math.Signbit(v) {
		return 0, false
	}
	return int(uint16(int16(v))), true
}

func (f *fstate) unary(e *parser.Unary, dst int) {
	switch e.Op {
	case parser.UnaryNeg:
		if n, ok := e.X.(*parser.Number); ok {
			f.loadNum(dst, -n.Value)
			return
		}
		x := f.exprAny(e.X)
		f.emit(bytecode.OpNeg, dst, x, 0)
	case parser.UnaryPos:
		x := f.exprAny(e.X)
		f.emit(bytecode.OpPlus, dst, x, 0)
	case parser.UnaryNot:
		x := f.exprAny(e.X)
		f.emit(bytecode.OpNot, dst, x, 0)
	case parser.UnaryBitNot:
		x := f.exprAny(e.X)
		f.emit(bytecode.OpBitNot, dst, x, 0)
	case parser.UnaryVoid:
		f.exprDiscard(e.X)
		f.emit(bytecode.OpLoadUndef, dst, 0, 0)
	case parser.UnaryTypeof:
		if id, ok := e.X.(*parser.Identifier); ok {
			r := f.resolve(id)
			f.at(id.Loc.Start)
			switch {
			case r.dynamic:
				f.emit(bytecode.OpTypeofName, dst, f.site(r.name), 0)
				return
			case r.global:
				f.emit(bytecode.OpTypeofGlobal, dst, f.site(r.name), 0)
				return
			}
		}
		x := f.exprAny(e.X)
		f.emit(bytecode.OpTypeof, dst, x, 0)
	case parser.UnaryDelete:
		f.deleteExpr(e.X, dst, e.Loc.Start)
	}
}

// deleteExpr compiles delete x (ECMA-262 §13.5.1.2).
// pos is the delete's own position, where V8 places a failure when the
// object is not a property access of its own.
func (f *fstate) deleteExpr(x parser.Expr, dst int, pos int32) {
	switch x := x.(type) {
	case *parser.OptionalChain:
		f.optionalChain(x, dst, true)
	case *parser.Member:
		if _, ok := x.Object.(*parser.Super); ok {
			f.throwError(1, "Unsupported reference to 'super'")
			return
		}
		obj := f.exprAnyBefore(x.Object, x.Index)
		if x.Optional {
			f.optJump(obj)
		}
		switch o := x.Object.(type) {
		case *parser.Member:
			f.at(f.memberPos(o))
		default:
			f.at(pos)
		}
		if x.Index == nil {
			f.emit(bytecode.OpDelProp, dst, obj, f.propSite(x.Name))
		} else {
			k := f.exprAny(x.Index)
			f.emit(bytecode.OpDelElem, dst, obj, k)
		}
	case *parser.Identifier:
		r := f.resolve(x)
		if r.dynamic || r.global {
			f.emit(bytecode.OpDeleteName, dst, f.site(r.name), 0)
		} else {
			f.emit(bytecode.OpLoadFalse, dst, 0, 0)
		}
	default:
		f.exprDiscard(x)
		f.emit(bytecode.OpLoadTrue, dst, 0, 0)
	}
}

// memberRef is an evaluated member reference: object and key registers.
type memberRef struct {
	m        *parser.Member
	obj, key int // key is the site for dot access
	super    bool
}

func (f *fstate) evalMemberRef(m *parser.Member, toKey bool) memberRef {
	return f.evalMemberRefIn(m, toKey, false)
}

// evalMemberRefIn is evalMemberRef that may read a local object and key in
// place when pureAfter: nothing its user evaluates after them can assign a
// local (see pure). Its key too must be pure for the object to be: `this.
// left = left` in a constructor copied this and the value's register before
// each SetProp, and this.length++ copied this.
func (f *fstate) evalMemberRefIn(m *parser.Member, toKey, pureAfter bool) memberRef {
	mr := memberRef{m: m}
	if _, ok := m.Object.(*parser.Super); ok {
		mr.super = true
		mr.key = f.alloc()
		f.superKey(m, mr.key, toKey)
		return mr
	}
	if pureAfter && (m.Index == nil || pure(m.Index)) {
		mr.obj = f.exprAny(m.Object)
	} else {
		mr.obj = f.alloc()
		f.expr(m.Object, mr.obj)
	}
	switch {
	case m.Private:
		mr.key = f.alloc()
		f.privateName(m.PrivateName, mr.key)
	case m.Index == nil:
		// Named access: getMember and setMember give each instruction a
		// property site of its own.
	case pureAfter && !toKey:
		mr.key = f.exprAny(m.Index)
	default:
		mr.key = f.alloc()
		f.expr(m.Index, mr.key)
		if toKey {
			// GetValue checks the base before converting the key
			// (§13.15.2 step 1.b, §6.2.5.5): a null or undefined
			// base throws before the key's toString runs, and the
			// read that follows throws it.
			j := f.jump(bytecode.OpJmpNullish, mr.obj, 0)
			f.emit(bytecode.OpToPropKey, mr.key, mr.key, 0)
			f.patchHere(j)
		}
	}
	return mr
}

func (f *fstate) getMember(mr memberRef, dst int) {
	f.getMemberAt(mr, dst, f.memberPos(mr.m))
}

// getMemberAt is getMember with its errors placed at pos.
func (f *fstate) getMemberAt(mr memberRef, dst int, pos int32) {
	f.at(pos)
	switch {
	case mr.super:
		f.superGet(mr.key, dst)
	case mr.m.Private:
		f.emit(bytecode.OpGetPrivate, dst, mr.obj, mr.key)
	case mr.m.Index == nil:
		f.emit(bytecode.OpGetProp, dst, mr.obj, f.propSite(mr.m.Name))
	default:
		f.emitElem(bytecode.OpGetElem, dst, mr.obj, mr.key)
	}
}

func (f *fstate) setMember(mr memberRef, val int) {
	f.setMemberAt(mr, val, f.memberPos(mr.m))
}

// setMemberAt is setMember with its errors placed at pos.
func (f *fstate) setMemberAt(mr memberRef, val int, pos int32) {
	f.at(pos)
	switch {
	case mr.super:
		f.superSet(mr.key, val)
	case mr.m.Private:
		f.emit(bytecode.OpSetPrivate, mr.obj, mr.key, val)
	case mr.m.Index == nil:
		f.emit(bytecode.OpSetProp, mr.obj, f.propSite(mr.m.Name), val)
	default:
		f.emitElem(bytecode.OpSetElem, mr.obj, mr.key, val)
	}
}

// assign compiles an assignment; dst < 0 discards the value.
func (f *fstate) assign(e *parser.Assign, dst int) {
	mark := f.top
	defer func() { f.top = mark }()
	result := func(v int) {
		if dst >= 0 {
			f.mov(dst, v)
		}
	}
	switch t := e.Target.(type) {
	case *parser.Identifier:
		r := f.resolve(t)
		// A parenthesized target, `(f) = function () {}`, is no
		// IdentifierRef: the function is not named after it (ECMA-262
		// §13.15.2 step 1.c). The parser drops parentheses; only they can
		// make the assignment start before its identifier target.
		name := t.Name
		if e.Loc.Start < t.Loc.Start {
			name = ""
		}
		if e.Op == parser.AssignPlain {
			if reg, ok := f.regOf(r); ok && !r.loc.immutable && directOK(e.Value) {
				f.exprNamed(e.Value, reg, name)
				result(reg)
				return
			}
			v := f.alloc()
			f.exprNamed(e.Value, v, name)
			f.at(f.assignOpPos(e))
			f.store(r, v)
			result(v)
			return
		}
		if reg, ok := f.regOf(r); ok && !r.loc.immutable && !e.Op.BinOp().IsLogical() && pure(e.Value) {
			// Nothing in the value can write the local (it is in a
			// register, so no closure reaches it), so the operator may
			// read it after the value is computed and write it in place.
			f.binaryOn(e.Op.BinOp(), reg, reg, e.Value, e.Loc.Start)
			result(reg)
			return
		}
		cur := f.alloc()
		f.at(f.namePos(r, t))
		f.load(r, cur)
		if op := e.Op.BinOp(); op.IsLogical() {
			j := f.jump(logicalJump(op), cur, 0)
			f.exprNamed(e.Value, cur, name)
			f.at(f.assignOpPos(e))
			f.store(r, cur)
			f.patchHere(j)
		} else {
			f.binaryOn(op, cur, cur, e.Value, e.Loc.Start)
			f.at(f.assignOpPos(e))
			f.store(r, cur)
		}
		result(cur)
	case *parser.Member:
		if e.Op == parser.AssignPlain {
			mr := f.evalMemberRefIn(t, false, pure(e.Value))
			// No setter or proxy trap can write a local in a register
			// (no closure reaches it), so the value may be read in place.
			v := f.exprAny(e.Value)
			f.setMemberAt(mr, v, f.assignOpPos(e))
			result(v)
			return
		}
		mr := f.evalMemberRefIn(t, true, pure(e.Value))
		cur := f.alloc()
		f.getMemberAt(mr, cur, f.readModifyPos(t))
		if op := e.Op.BinOp(); op.IsLogical() {
			j := f.jump(logicalJump(op), cur, 0)
			f.expr(e.Value, cur)
			f.setMemberAt(mr, cur, f.assignOpPos(e))
			f.patchHere(j)
		} else {
			f.binaryOn(op, cur, cur, e.Value, e.Loc.Start)
			f.setMemberAt(mr, cur, f.assignOpPos(e))
		}
		result(cur)
	default:
		v := f.alloc()
		f.expr(e.Value, v)
		f.destructureTop(e.Target, v, false, e.Value)
		result(v)
	}
}

// update compiles ++/--; dst < 0 discards the value.
func (f *fstate) update(e *parser.Update, dst int) {
	mark := f.top
	defer func() { f.top = mark }()
	op := bytecode.OpInc
	if e.Op == parser.UpdateDec {
		op = bytecode.OpDec
	}
	switch t := e.Target.(type) {
	case *parser.Identifier:
		r := f.resolve(t)
		f.at(t.Loc.Start)
		if reg, ok := f.regOf(r); ok && !r.loc.immutable && (e.Prefix || dst < 0) {
			// Inc and Dec apply ToNumeric themselves.
			f.emit(op, reg, reg, 0)
			if dst >= 0 {
				f.mov(dst, reg)
			}
			return
		}
		old := f.alloc()
		f.load(r, old)
		f.emit(bytecode.OpToNumeric, old, old, 0)
		n := f.alloc()
		f.emit(op, n, old, 0)
		f.at(f.updateOpPos(e))
		f.store(r, n)
		if dst >= 0 {
			if e.Prefix {
				f.mov(dst, n)
			} else {
				f.mov(dst, old)
			}
		}
	case *parser.Member:
		// Only the key is evaluated after the object, and the getter and
		// setter cannot assign a local in a register.
		mr := f.evalMemberRefIn(t, true, true)
		old := f.alloc()
		f.getMemberAt(mr, old, f.readModifyPos(t))
		if !e.Prefix && dst >= 0 {
			// The old value is the result, as a number; Inc and Dec
			// apply ToNumeric themselves.
			f.emit(bytecode.OpToNumeric, old, old, 0)
		}
		n := f.alloc()
		f.emit(op, n, old, 0)
		f.setMemberAt(mr, n, f.updateOpPos(e))
		if dst >= 0 {
			if e.Prefix {
				f.mov(dst, n)
			} else {
				f.mov(dst, old)
			}
		}
	default:
		f.exprDiscard(e.Target)
		if e.Prefix {
			f.throwError(1, "Invalid left-hand side expression in prefix operation")
		} else {
			f.throwError(1, "Invalid left-hand side expression in postfix operation")
		}
		if dst >= 0 {
			f.emit(bytecode.OpLoadUndef, dst, 0, 0)
		}
	}
}

// ---------------------------------------------------------------------------
// Literals

// array builds an array literal (or, with args, a spread argument list)
// into dst.
// arrayLead is the most elements an array literal gathers in temporaries
// for one NewArray; the rest are pushed one by one.
const arrayLead = 16

// For a call's or new's arguments (args), pos is where V8 places the
// call, and a spread argument's failure with it.
func (f *fstate) array(elems []parser.Expr, dst int, args bool, pos int32) {
	lead := 0
	for lead < len(elems) && lead < arrayLead {
		if _, ok := elems[lead].(*parser.Spread); ok || elems[lead] == nil {
			break
		}
		lead++
	}
	if lead > 0 {
		base := f.allocN(lead)
		for i := 0; i < lead; i++ {
			f.expr(elems[i], base+i)
		}
		f.emit(bytecode.OpNewArray, dst, lead, base)
		f.top = base
	} else {
		f.emit(bytecode.OpNewArray, dst, 0, dst)
	}
	for _, el := range elems[lead:] {
		mark := f.top
		switch x := el.(type) {
		case nil:
			f.emit(bytecode.OpArrayHole, dst, 0, 0)
		case *parser.Spread:
			v := f.exprAny(x.X)
			if args {
				f.at(pos)
			} else {
				f.at(f.exprPos(x.X))
			}
			if args {
				// V8 words a spread argument's failure apart from an
				// array literal's; the range starts at the "..." so that
				// the vm can tell them apart.
				f.calleeRange(x)
			} else {
				f.iterableRange(x.X)
			}
			f.emit(bytecode.OpArraySpread, dst, v, 0)
		default:
			v := f.exprAny(x)
			f.emit(bytecode.OpArrayPush, dst, v, 0)
		}
		f.top = mark
	}
}

func (f *fstate) object(e *parser.Object, dst int) {
	f.emit(bytecode.OpNewObject, dst, 0, 0)
	for _, p := range e.Props {
		mark := f.top
		switch p.Kind {
		case parser.PropSpread:
			v := f.exprAny(p.Value)
			f.at(p.Loc.Start)
			f.emit(bytecode.OpCopyProps, dst, v, 0)
		case parser.PropInit, parser.PropShorthand:
			if p.IsProto {
				v := f.exprAny(p.Value)
				f.emit(bytecode.OpSetProto, dst, v, 0)
				break
			}
			if p.Computed {
				k := f.alloc()
				f.expr(p.Key, k)
				f.emit(bytecode.OpToPropKey, k, k, 0)
				v := f.alloc()
				f.expr(p.Value, v)
				if isAnonFn(p.Value) {
					f.emit(bytecode.OpSetFuncName, v, k, 0)
				}
				f.emit(bytecode.OpInitElem, dst, k, v)
				break
			}
			name := propKeyName(p.Key)
			var v int
			if isAnonFn(p.Value) {
				v = f.alloc()
				f.exprNamed(p.Value, v, name)
			} else {
				v = f.exprAny(p.Value) // {x}: a local's own register
			}
			f.emit(bytecode.OpInitProp, dst, f.propSite(name), v)
		case parser.PropMethod, parser.PropGetter, parser.PropSetter:
			fn, _ := p.Value.(*parser.Function)
			if fn == nil {
				f.c.fail(p.Loc.Start, "object method without a function")
			}
			k := f.alloc()
			name := ""
			if p.Computed {
				f.expr(p.Key, k)
				f.emit(bytecode.OpToPropKey, k, k, 0)
			} else {
				name = propKeyName(p.Key)
				if p.Kind != parser.PropMethod {
					f.loadStr(k, name)
				}
				name = accessorPrefix(p.Kind == parser.PropGetter, p.Kind == parser.PropSetter) + name
			}
			v := f.alloc()
			f.closure(fn, v, name)
			f.emit(bytecode.OpSetHome, v, dst, 0)
			if p.Computed {
				f.emit(bytecode.OpSetFuncName, v, k, funcNamePrefix(p.Kind == parser.PropGetter, p.Kind == parser.PropSetter))
			}
			switch {
			case p.Kind == parser.PropGetter:
				f.emit(bytecode.OpInitGetter, dst, k, v)
			case p.Kind == parser.PropSetter:
				f.emit(bytecode.OpInitSetter, dst, k, v)
			case p.Computed:
				f.emit(bytecode.OpInitElem, dst, k, v)
			default:
				f.emit(bytecode.OpInitProp, dst, f.propSite(propKeyName(p.Key)), v)
			}
		}
		f.top = mark
	}
}

func accessorPrefix(get, set bool) string {
	switch {
	case get:
		return "get "
	case set:
		return "set "
	}
	return ""
}

func funcNamePrefix(get, set bool) int {
	switch {
	case get:
		return 1
	case set:
		return 2
	}
	return 0
}

// propKeyName is the property name of a non-computed key.
func propKeyName(k parser.Expr) string {
	switch k := k.(type) {
	case *parser.String:
		return wtf8(k.Value)
	case *parser.Number:
		return numberToString(k.Value)
	case *parser.BigInt:
		return bigIntKey(k.Digits)
	case *parser.Identifier:
		return k.Name
	case *parser.PrivateName:
		return k.Name
	}
	return ""
}

func (f *fstate) template(e *parser.TemplateLiteral, dst int) {
	first := wtf16(e.Quasis[0].Cooked)
	if len(e.Exprs) == 0 {
		f.loadStr(dst, first)
		return
	}
	acc := f.alloc()
	started := first != ""
	if started {
		f.loadStr(acc, first)
	}
	t := f.alloc()
	// The last step writes dst, and only it: no move at the end, and a
	// local's register may be dst (directOK).
	n := len(e.Exprs)
	for i, x := range e.Exprs {
		s := wtf16(e.Quasis[i+1].Cooked)
		to := acc
		if i == n-1 && s == "" {
			to = dst
		}
		mark := f.top
		v := f.exprAny(x)
		f.at(x.NodeLoc().Start)
		if started {
			f.emit(bytecode.OpToString, t, v, 0)
			f.emit(bytecode.OpAdd, to, acc, t)
		} else {
			f.emit(bytecode.OpToString, to, v, 0)
			started = true
		}
		f.top = mark
		if s != "" {
			to = acc
			if i == n-1 {
				to = dst
			}
			f.loadStr(t, s)
			f.emit(bytecode.OpAdd, to, acc, t)
		}
	}
}

func (f *fstate) tagged(e *parser.TaggedTemplate, dst int) {
	q := e.Quasi
	c := bytecode.Const{Kind: bytecode.ConstTemplate, ConstLists: &bytecode.ConstLists{}}
	for _, el := range q.Quasis {
		c.Cooked = append(c.Cooked, wtf16(el.Cooked))
		c.Invalid = append(c.Invalid, el.Invalid)
		c.Raw = append(c.Raw, el.Raw)
	}
	n := 1 + len(q.Exprs)
	base := f.allocN(2 + n)
	if m, ok := e.Tag.(*parser.Member); ok {
		if _, sup := m.Object.(*parser.Super); sup {
			f.this(base + 1)
			k := f.alloc()
			f.superKey(m, k, false)
			f.superGet(k, base)
		} else {
			mr := f.evalMemberRef(m, false)
			f.mov(base+1, mr.obj)
			f.getMember(mr, base)
		}
		f.top = base + 2 + n
	} else {
		f.expr(e.Tag, base)
		f.emit(bytecode.OpLoadUndef, base+1, 0, 0)
	}
	f.emit(bytecode.OpTemplate, base+2, f.kUnique(c), 0)
	for i, x := range q.Exprs {
		f.expr(x, base+3+i)
	}
	// V8 places the call at the template.
	f.at(e.Quasi.Loc.Start)
	f.calleeRange(e.Tag)
	f.emit(bytecode.OpCall, dst, base, n)
}

// iterableRange records, for the GetIter or ArraySpread about to be
// emitted, the source range of its operand when V8 would name the operand
// by it ("o.list is not iterable"): a name, this, a literal, {} or a chain
// of dotted members, or a call or new, which V8 words as "o.f is not a
// function or its return value is not iterable". For other operands V8
// falls back to naming the type.
func (f *fstate) iterableRange(e parser.Expr) {
	switch e.(type) {
	case *parser.Call, *parser.New:
		f.calleeRange(e)
		return
	}
	if printableOperand(e) {
		f.calleeRange(e)
	}
}

func printableOperand(e parser.Expr) bool {
	switch x := e.(type) {
	case *parser.Identifier, *parser.This, *parser.Number, *parser.Boolean, *parser.Null:
		return true
	case *parser.Member:
		return x.Index == nil && !x.Private && !x.Optional && printableOperand(x.Object)
	case *parser.Object:
		return len(x.Props) == 0
	}
	return false
}

// calleeRange records the source range of the callee of the call about to
// be emitted.
func (f *fstate) calleeRange(callee parser.Expr) {
	l := callee.NodeLoc()
	f.fn.Callees = append(f.fn.Callees, bytecode.SourceRange{PC: len(f.code), Start: l.Start, End: l.End})
}
