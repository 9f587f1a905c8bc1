package parser

import "strings"

// Expressions are parsed as expressions first and converted into patterns
// when an `=` or `=>` shows they were assignment targets or arrow parameters
// (the cover grammars of ECMA-262 §13.2.5.1 and §15.3). coverErrs remembers
// constructs that are only valid in one of the two readings, so the error
// can be reported once the reading is known.

// coverErrs holds positions (-1 when absent) of constructs whose validity
// depends on whether the enclosing expression becomes a pattern.
type coverErrs struct {
	shorthandAssign int // `{a = 1}`: valid only as a pattern
	doubleProto     int // second `__proto__:`: valid only as a pattern
}

func newCoverErrs() *coverErrs { return &coverErrs{-1, -1} }

func (p *parser) checkCoverErrs(e *coverErrs) {
	if e == nil {
		return
	}
	if e.shorthandAssign >= 0 {
		p.errAt(e.shorthandAssign, "Invalid shorthand property initializer")
	}
	if e.doubleProto >= 0 {
		// V8 underlines the key, __proto__ or a string of it.
		n := len("__proto__")
		if c := p.src[e.doubleProto]; c == '"' || c == '\'' {
			n += 2
		}
		p.errRange(int32(e.doubleProto), int32(e.doubleProto+n), "Duplicate __proto__ fields are not allowed in object literals")
	}
}

// parseExpression parses Expression (comma-separated).
func (p *parser) parseExpression(noIn bool) Expr {
	errs := newCoverErrs()
	x := p.parseExprWithErrs(noIn, errs)
	p.checkCoverErrs(errs)
	return x
}

func (p *parser) parseExprWithErrs(noIn bool, errs *coverErrs) Expr {
	start := p.start
	x := p.parseMaybeAssign(noIn, errs)
	if p.tok != tComma {
		return x
	}
	seq := &Sequence{Exprs: []Expr{x}}
	for p.eat(tComma) {
		seq.Exprs = append(seq.Exprs, p.parseMaybeAssign(noIn, errs))
	}
	seq.Loc = p.loc(start)
	return seq
}

func assignOpFor(t token) (AssignOp, bool) {
	switch t {
	case tEq:
		return AssignPlain, true
	case tPlusEq:
		return AssignAdd, true
	case tMinusEq:
		return AssignSub, true
	case tStarEq:
		return AssignMul, true
	case tSlashEq:
		return AssignDiv, true
	case tPercentEq:
		return AssignMod, true
	case tStarStarEq:
		return AssignExp, true
	case tShlEq:
		return AssignShl, true
	case tShrEq:
		return AssignShr, true
	case tUShrEq:
		return AssignUShr, true
	case tAmpEq:
		return AssignBitAnd, true
	case tBarEq:
		return AssignBitOr, true
	case tCaretEq:
		return AssignBitXor, true
	case tAmpAmpEq:
		return AssignLogicalAnd, true
	case tBarBarEq:
		return AssignLogicalOr, true
	case tQuestionQuestionEq:
		return AssignNullish, true
	}
	return 0, false
}

// parseMaybeAssign parses AssignmentExpression. With a nil errs, cover
// errors are reported here; otherwise they are left to the caller.
func (p *parser) parseMaybeAssign(noIn bool, errs *coverErrs) Expr {
	p.enter()
	defer p.leave()
	if p.isName("yield") && p.fc.isGenerator {
		if p.fc.inParams {
			p.errAt(p.start, "Yield expression not allowed in formal parameter")
		}
		return p.parseYield(noIn)
	}
	ownErrs := errs == nil
	if ownErrs {
		errs = newCoverErrs()
	}
	oldShorthand, oldProto := errs.shorthandAssign, errs.doubleProto
	errs.shorthandAssign, errs.doubleProto = -1, -1
	start := p.start
	left := p.parseConditional(noIn, errs)
	if op, ok := assignOpFor(p.tok); ok {
		var target Pattern
		if op == AssignPlain {
			target = p.toAssignTarget(left, "Invalid left-hand side in assignment")
			errs.shorthandAssign, errs.doubleProto = -1, -1
		} else {
			p.checkCoverErrs(errs)
			target = p.toSimpleTarget(left, op.isLogicalAssign(), "Invalid left-hand side in assignment")
			if op >= AssignLogicalAnd {
				p.features |= FeatureLogicalAssignment
			} else if op == AssignExp {
				p.features |= FeatureExponentOperator
			}
		}
		p.next()
		right := p.parseMaybeAssign(noIn, nil)
		if errs.shorthandAssign < 0 {
			errs.shorthandAssign = oldShorthand
		}
		if errs.doubleProto < 0 {
			errs.doubleProto = oldProto
		}
		if ownErrs {
			p.checkCoverErrs(errs)
		}
		return &Assign{Loc: p.loc(start), Op: op, Target: target, Value: right}
	}
	if ownErrs {
		p.checkCoverErrs(errs)
	}
	if errs.shorthandAssign < 0 {
		errs.shorthandAssign = oldShorthand
	}
	if errs.doubleProto < 0 {
		errs.doubleProto = oldProto
	}
	return left
}

func (op AssignOp) isLogicalAssign() bool {
	return op == AssignLogicalAnd || op == AssignLogicalOr || op == AssignNullish
}

// toSimpleTarget checks a target of a compound assignment or update
// (ECMA-262 §13.15.1 AssignmentTargetType must be simple).
func (p *parser) toSimpleTarget(x Expr, noCall bool, msg string) Pattern {
	switch t := x.(type) {
	case *Identifier:
		if p.strict() && (t.Name == "eval" || t.Name == "arguments") {
			p.errNode(t, "Unexpected eval or arguments in strict mode")
		}
		return t
	case *Member:
		return t
	case *Call:
		if !noCall && !p.strict() {
			return t
		}
	}
	p.errExpr(x, "%s", msg)
	return nil
}

// toAssignTarget converts the left side of `=` or of a for-in/of head into
// an assignment pattern; invalidMsg is V8's message for a whole target
// that cannot be one.
func (p *parser) toAssignTarget(x Expr, invalidMsg string) Pattern {
	return p.toPattern(x, false, invalidMsg)
}

// toPattern converts an expression into an assignment pattern (binding ==
// false) or a binding pattern for arrow parameters (binding == true). top
// is the message for an invalid whole assignment target, "" for a binding
// pattern and for nested elements of a destructuring pattern.
func (p *parser) toPattern(x Expr, binding bool, top string) Pattern {
	pos := int(x.NodeLoc().Start)
	invalid := func() {
		if top != "" && !binding {
			p.errExpr(x, "%s", top)
		}
		p.errExpr(x, "Invalid destructuring assignment target")
	}
	if p.parenthesized(x) {
		switch x.(type) {
		case *Identifier, *Member:
			if binding {
				invalid()
			}
		default:
			invalid()
		}
	}
	switch t := x.(type) {
	case *patternExpr:
		if !binding {
			invalid()
		}
		return t.pat
	case *Identifier:
		if binding {
			p.checkIdentifier(t.Name, pos, false, true)
		} else if p.strict() && (t.Name == "eval" || t.Name == "arguments") {
			p.errNode(t, "Unexpected eval or arguments in strict mode")
		}
		return t
	case *Member:
		if binding {
			invalid()
		}
		return t
	case *Call:
		if top != "" && !binding && !p.strict() {
			return t
		}
		invalid()
	case *Object:
		p.features |= FeatureDestructuring
		op := &ObjectPattern{Loc: t.Loc}
		for i, prop := range t.Props {
			switch prop.Kind {
			case PropInit:
				op.Props = append(op.Props, &PatternProp{Loc: prop.Loc, Key: prop.Key, Computed: prop.Computed,
					Value: p.toPattern(prop.Value, binding, "")})
			case PropShorthand:
				op.Props = append(op.Props, &PatternProp{Loc: prop.Loc, Key: prop.Key, Shorthand: true,
					Value: p.toPattern(prop.Value, binding, "")})
			case PropSpread:
				p.features |= FeatureObjectRestSpread
				if i != len(t.Props)-1 || p.trailingCommaObj[t] {
					p.errNode(prop, "Rest element must be last element")
				}
				rest := p.toPattern(prop.Value, binding, "")
				switch rest.(type) {
				case *Identifier, *Member:
				default:
					p.errExpr(prop.Value, "`...` must be followed by an assignable reference in assignment contexts")
				}
				op.Rest = rest
			default:
				p.errAt(int(prop.Start), "Invalid destructuring assignment target")
			}
		}
		return op
	case *Array:
		p.features |= FeatureDestructuring
		ap := &ArrayPattern{Loc: t.Loc}
		for i, el := range t.Elems {
			if el == nil {
				ap.Elems = append(ap.Elems, nil)
				continue
			}
			if sp, ok := el.(*Spread); ok {
				if _, ok := sp.X.(*Assign); ok && !p.parenthesized(sp.X) {
					p.errNode(sp, "Invalid destructuring assignment target")
				}
				if i != len(t.Elems)-1 || p.trailingComma[t] {
					p.errNode(sp, "Rest element must be last element")
				}
				rest := p.toPattern(sp.X, binding, "")
				if _, ok := rest.(*Identifier); !ok {
					p.features |= FeatureNestedRestBinding
				}
				ap.Rest = rest
				continue
			}
			ap.Elems = append(ap.Elems, p.toPattern(el, binding, ""))
		}
		return ap
	case *Assign:
		if top != "" || t.Op != AssignPlain {
			invalid()
		}
		target := t.Target
		if id, ok := target.(*Identifier); ok && p.strict() && (id.Name == "eval" || id.Name == "arguments") {
			p.errNode(id, "Unexpected eval or arguments in strict mode")
		}
		if binding {
			target = p.toBindingPattern(target)
		}
		return &AssignPattern{Loc: t.Loc, Target: target, Default: t.Value}
	}
	invalid()
	return nil
}

// toBindingPattern re-checks an already converted assignment pattern as a
// binding pattern (for arrow parameters like `([a = 1]) => a`).
func (p *parser) toBindingPattern(pat Pattern) Pattern {
	switch t := pat.(type) {
	case *Identifier:
		p.checkIdentifier(t.Name, int(t.Start), false, true)
	case *Member, *Call:
		p.errAt(int(pat.NodeLoc().Start), "Invalid destructuring assignment target")
	case *AssignPattern:
		p.toBindingPattern(t.Target)
	case *ArrayPattern:
		for _, e := range t.Elems {
			if e != nil {
				p.toBindingPattern(e)
			}
		}
		if t.Rest != nil {
			p.toBindingPattern(t.Rest)
		}
	case *ObjectPattern:
		for _, pp := range t.Props {
			p.toBindingPattern(pp.Value)
		}
		if t.Rest != nil {
			p.toBindingPattern(t.Rest)
		}
	}
	return pat
}

func (p *parser) parseConditional(noIn bool, errs *coverErrs) Expr {
	start := p.start
	test := p.parseExprOps(noIn, errs)
	if p.tok != tQuestion {
		return test
	}
	if _, ok := test.(*Function); ok && test.(*Function).IsArrow && !p.parenthesized(test) {
		p.unexpected()
	}
	p.next()
	cons := p.parseMaybeAssign(false, nil)
	p.expect(tColon)
	alt := p.parseMaybeAssign(noIn, nil)
	return &Conditional{Loc: p.loc(start), Test: test, Cons: cons, Alt: alt}
}

// binaryPrec returns the precedence of a binary operator token (higher binds
// tighter), or 0 when the token is not one.
func (p *parser) binaryOp(noIn bool) (BinOp, int) {
	switch p.tok {
	case tQuestionQuestion:
		return BinNullish, 1
	case tBarBar:
		return BinLogicalOr, 2
	case tAmpAmp:
		return BinLogicalAnd, 3
	case tBar:
		return BinBitOr, 4
	case tCaret:
		return BinBitXor, 5
	case tAmp:
		return BinBitAnd, 6
	case tEqEq:
		return BinEq, 7
	case tNe:
		return BinNe, 7
	case tEqEqEq:
		return BinStrictEq, 7
	case tNeEq:
		return BinStrictNe, 7
	case tLt:
		return BinLt, 8
	case tGt:
		return BinGt, 8
	case tLe:
		return BinLe, 8
	case tGe:
		return BinGe, 8
	case tShl:
		return BinShl, 9
	case tShr:
		return BinShr, 9
	case tUShr:
		return BinUShr, 9
	case tPlus:
		return BinAdd, 10
	case tMinus:
		return BinSub, 10
	case tStar:
		return BinMul, 11
	case tSlash:
		return BinDiv, 11
	case tPercent:
		return BinMod, 11
	case tStarStar:
		return BinExp, 12
	case tName:
		if p.escaped {
			return 0, 0
		}
		if p.name == "instanceof" {
			return BinInstanceof, 8
		}
		if p.name == "in" && !noIn {
			return BinIn, 8
		}
	}
	return 0, 0
}

func (p *parser) parseExprOps(noIn bool, errs *coverErrs) Expr {
	start := p.start
	var left Expr
	if p.tok == tPrivateName {
		// `#x in obj` (ECMA-262 §13.10 RelationalExpression: PrivateIdentifier in ShiftExpression).
		pn := &PrivateName{Loc: Loc{int32(p.start), int32(p.end)}, Name: p.name}
		p.next()
		if !p.isName("in") || noIn {
			p.unexpectedAt(int(pn.Start))
		}
		p.usePrivateName(pn)
		p.features |= FeatureClassPrivateBrandCheck
		left = pn
		op, prec := p.binaryOp(noIn)
		p.next()
		rstart := p.start
		rightOperand := p.parseMaybeUnary(nil)
		p.noBareArrow(rightOperand)
		right := p.parseExprOp(rightOperand, rstart, prec, noIn)
		left = &Binary{Loc: p.loc(start), Op: op, Left: left, Right: right}
		return p.parseExprOp(left, start, 0, noIn)
	}
	left = p.parseMaybeUnary(errs)
	if fn, ok := left.(*Function); ok && fn.IsArrow && !p.parenthesized(left) {
		return left
	}
	return p.parseExprOp(left, start, 0, noIn)
}

// parseExprOp is precedence climbing over binary operators: it extends left
// with operators binding tighter than minPrec.
func (p *parser) parseExprOp(left Expr, leftStart int, minPrec int, noIn bool) Expr {
	for {
		op, prec := p.binaryOp(noIn)
		if prec == 0 || prec <= minPrec {
			return left
		}
		if op == BinExp {
			p.features |= FeatureExponentOperator
		}
		if op == BinNullish {
			p.features |= FeatureNullishCoalescing
		}
		p.next()
		rstart := p.start
		var right Expr
		if p.tok == tPrivateName {
			right = p.parseExprOps(noIn, nil)
		} else {
			right = p.parseMaybeUnary(nil)
		}
		// ** is right-associative: parse the right side at one level lower.
		rprec := prec
		if op == BinExp {
			rprec = prec - 1
		}
		p.noBareArrow(right)
		right = p.parseExprOp(right, rstart, rprec, noIn)
		if op == BinNullish {
			if b, ok := right.(*Binary); ok && !p.parenthesized(right) && (b.Op == BinLogicalAnd || b.Op == BinLogicalOr) {
				// V8 stops at the first operator after ??'s right operand.
				for l, ok := b.Left.(*Binary); ok && !p.parenthesized(l) && (l.Op == BinLogicalAnd || l.Op == BinLogicalOr); l, ok = b.Left.(*Binary) {
					b = l
				}
				p.errOperator(b.Left, b.Op.String(), "Unexpected token '%s'", b.Op)
			}
			if b, ok := left.(*Binary); ok && !p.parenthesized(left) && (b.Op == BinLogicalAnd || b.Op == BinLogicalOr) {
				p.errOperator(left, "??", "Unexpected token '??'")
			}
		}
		if op == BinLogicalAnd || op == BinLogicalOr {
			if b, ok := left.(*Binary); ok && !p.parenthesized(left) && b.Op == BinNullish {
				p.unexpectedAt(p.start)
			}
		}
		left = &Binary{Loc: p.loc(leftStart), Op: op, Left: left, Right: right}
		if op == BinNullish && (p.tok == tBarBar || p.tok == tAmpAmp) {
			p.unexpected()
		}
		if (op == BinLogicalAnd || op == BinLogicalOr) && p.tok == tQuestionQuestion {
			p.unexpected()
		}
	}
}

func (p *parser) parseMaybeUnary(errs *coverErrs) Expr {
	start := p.start
	var uop UnaryOp
	isUnary := true
	switch p.tok {
	case tMinus:
		uop = UnaryNeg
	case tPlus:
		uop = UnaryPos
	case tBang:
		uop = UnaryNot
	case tTilde:
		uop = UnaryBitNot
	case tPlusPlus, tMinusMinus:
		p.enter()
		defer p.leave()
		op := UpdateInc
		if p.tok == tMinusMinus {
			op = UpdateDec
		}
		p.next()
		arg := p.parseMaybeUnary(nil)
		if _, ok := arg.(*Call); ok && !p.strict() {
			return &Update{Loc: p.loc(start), Op: op, Prefix: true, Target: arg}
		}
		p.toUpdateTarget(arg, "Invalid left-hand side expression in prefix operation")
		return &Update{Loc: p.loc(start), Op: op, Prefix: true, Target: arg}
	case tName:
		if p.escaped {
			isUnary = false
			break
		}
		switch p.name {
		case "typeof":
			uop = UnaryTypeof
		case "void":
			uop = UnaryVoid
		case "delete":
			uop = UnaryDelete
		case "await":
			if p.awaitIsKeyword() || p.fc.inStaticBlock {
				return p.parseAwait()
			}
			isUnary = false
		default:
			isUnary = false
		}
	default:
		isUnary = false
	}
	if isUnary {
		p.enter()
		defer p.leave()
		p.next()
		arg := p.parseMaybeUnary(nil)
		p.noBareArrow(arg)
		if uop == UnaryDelete {
			if id, ok := arg.(*Identifier); ok && p.strict() {
				// V8 marks the operand's last token: the identifier, or
				// the ')' closing it.
				if p.parenthesized(id) {
					p.errRange(int32(p.prevEnd-1), int32(p.prevEnd), "Delete of an unqualified identifier in strict mode.")
				}
				p.errNode(id, "Delete of an unqualified identifier in strict mode.")
			}
			if isPrivateMember(arg) {
				// V8 marks the operand's last token, as above.
				if p.parenthesized(arg) {
					p.errRange(int32(p.prevEnd-1), int32(p.prevEnd), "Private fields can not be deleted")
				}
				p.errRange(int32(p.prevEnd)-(arg.NodeLoc().End-privateMember(arg).NameLoc.Start), int32(p.prevEnd),
					"Private fields can not be deleted")
			}
		}
		p.checkNoExponent(start)
		return &Unary{Loc: p.loc(start), Op: uop, X: arg}
	}
	x := p.parseExprSubscripts(errs)
	if (p.tok == tPlusPlus || p.tok == tMinusMinus) && !p.nlBefore {
		op := UpdateInc
		if p.tok == tMinusMinus {
			op = UpdateDec
		}
		if _, ok := x.(*Call); !(ok && !p.strict()) {
			p.toUpdateTarget(x, "Invalid left-hand side expression in postfix operation")
		}
		p.next()
		return &Update{Loc: p.loc(start), Op: op, Target: x}
	}
	return x
}

// noBareArrow rejects an unparenthesized arrow function where the grammar
// wants a tighter-binding expression (an operand, a class heritage).
func (p *parser) noBareArrow(x Expr) {
	if fn, ok := x.(*Function); ok && fn.IsArrow && !p.parenthesized(x) {
		p.errAt(int(fn.Start), "Malformed arrow function parameter list")
	}
}

// errOperator reports an error at the operator op that follows operand x,
// which V8 underlines.
func (p *parser) errOperator(x Expr, op string, format string, args ...any) {
	end := int(x.NodeLoc().End)
	if l, ok := p.parens[x]; ok {
		end = int(l.End)
	}
	if i := strings.Index(p.src[end:], op); i >= 0 {
		p.errRange(int32(end+i), int32(end+i+len(op)), format, args...)
	}
	p.errAt(end, format, args...)
}

func isPrivateMember(x Expr) bool {
	m := privateMember(x)
	return m != nil
}

// privateMember is x, or the member an optional chain x ends with, when
// that is a private member access.
func privateMember(x Expr) *Member {
	switch t := x.(type) {
	case *Member:
		if t.Private {
			return t
		}
	case *OptionalChain:
		return privateMember(t.X)
	}
	return nil
}

// toUpdateTarget checks the operand of ++ or -- (ECMA-262 §13.4.1: its
// AssignmentTargetType must be simple).
func (p *parser) toUpdateTarget(x Expr, msg string) {
	switch t := x.(type) {
	case *Identifier:
		if p.strict() && (t.Name == "eval" || t.Name == "arguments") {
			p.errNode(t, "Unexpected eval or arguments in strict mode")
		}
		return
	case *Member:
		return
	}
	p.errExpr(x, "%s", msg)
}

func (p *parser) parseAwait() Expr {
	start := p.start
	if p.fc.inParams {
		p.errAt(start, "Illegal await-expression in formal parameters of async function")
	}
	if p.fc.inStaticBlock || p.fc.inClassFieldInit && !p.fc.isAsync {
		p.errAt(start, "Unexpected reserved word")
	}
	p.enter()
	defer p.leave()
	if p.awaitPos < 0 {
		p.awaitPos = start
	}
	if p.fc.fn == nil && p.opts.Module {
		p.features |= FeatureTopLevelAwait
	}
	p.next()
	arg := p.parseMaybeUnary(nil)
	p.checkNoExponent(start)
	return &Await{Loc: p.loc(start), X: arg}
}

// checkNoExponent rejects ** right after the unary or await expression
// that began at start (ECMA-262 §13.6: its base is an UpdateExpression).
// V8 reports it from the innermost such expression, underlining up to the
// end of the **.
func (p *parser) checkNoExponent(start int) {
	if p.tok == tStarStar {
		p.errRange(int32(start), int32(p.lexer.end), "Unary operator used immediately before exponentiation expression. "+
			"Parenthesis must be used to disambiguate operator precedence")
	}
}

func (p *parser) parseYield(noIn bool) Expr {
	start := p.start
	if p.yieldPos < 0 {
		p.yieldPos = start
	}
	p.next()
	y := &Yield{}
	if p.tok == tStar && !p.nlBefore {
		p.next()
		y.Delegate = true
		y.Arg = p.parseMaybeAssign(noIn, nil)
	} else if !p.nlBefore && p.startsExpr() {
		y.Arg = p.parseMaybeAssign(noIn, nil)
	}
	y.Loc = p.loc(start)
	return y
}

// startsExpr reports whether the current token can begin an expression (for
// the optional operand of yield).
func (p *parser) startsExpr() bool {
	switch p.tok {
	case tEOF, tRParen, tRBracket, tRBrace, tComma, tSemi, tColon, tQuestion, tArrow, tEq,
		tQuestionQuestion, tBarBar, tAmpAmp, tBar, tCaret, tAmp, tEqEq, tNe, tEqEqEq, tNeEq, tLe, tGe, tGt,
		tShl, tShr, tUShr, tStar, tPercent, tStarStar, tDot, tQuestionDot, tTemplate:
		return false
	case tName:
		return !(p.name == "in" || p.name == "of" || p.name == "instanceof")
	}
	if _, ok := assignOpFor(p.tok); ok && p.tok != tSlashEq {
		return false
	}
	return true
}

// parseExprSubscripts parses a LeftHandSideExpression: a primary expression
// with member accesses, calls and tagged templates.
func (p *parser) parseExprSubscripts(errs *coverErrs) Expr {
	start := p.start
	x := p.parseExprAtom(errs)
	if fn, ok := x.(*Function); ok && fn.IsArrow && !p.parenthesized(x) {
		return x
	}
	return p.parseSubscripts(x, start, false)
}

// parseSubscripts parses the member/call/template chain after base. With
// noCalls (a `new` callee), it stops before arguments.
func (p *parser) parseSubscripts(base Expr, start int, noCalls bool) Expr {
	chain := false
	x := base
	for {
		switch p.tok {
		case tDot:
			p.next()
			x = p.parseMemberName(x, start, false)
		case tQuestionDot:
			if noCalls {
				p.errAt(p.start, "Invalid optional chain from new expression")
			}
			chain = true
			p.features |= FeatureOptionalChain
			p.next()
			switch p.tok {
			case tLParen:
				paren := int32(p.start)
				p.next()
				args := p.parseArgs()
				x = &Call{Loc: p.loc(start), Callee: x, Args: args, Optional: true, Paren: paren}
			case tLBracket:
				p.next()
				idx := p.parseExpression(false)
				p.expect(tRBracket)
				x = &Member{Loc: p.loc(start), Object: x, Index: idx, Optional: true}
			case tTemplate, tTemplateHead:
				p.errAt(p.start, "Invalid tagged template on optional chain")
			default:
				x = p.parseMemberName(x, start, true)
			}
		case tLBracket:
			p.next()
			idx := p.parseExpression(false)
			p.expect(tRBracket)
			x = &Member{Loc: p.loc(start), Object: x, Index: idx}
		case tLParen:
			if noCalls {
				return x
			}
			asyncArrow := false
			if id, ok := x.(*Identifier); ok && id.Name == "async" && !p.nlBefore && x == base &&
				p.prevEnd == int(id.End) && !p.parenthesized(x) && p.src[id.Start:id.End] == "async" {
				asyncArrow = true
			}
			if asyncArrow {
				return p.parseAsyncCallOrArrow(x.(*Identifier), start)
			}
			paren := int32(p.start)
			p.next()
			args := p.parseArgs()
			x = p.newCall(x, args, start)
			x.(*Call).Paren = paren
		case tTemplate, tTemplateHead:
			if chain {
				p.errAt(p.start, "Invalid tagged template on optional chain")
			}
			q := p.parseTemplate(true)
			x = &TaggedTemplate{Loc: p.loc(start), Tag: x, Quasi: q}
		default:
			if chain {
				return &OptionalChain{Loc: p.loc(start), X: x}
			}
			return x
		}
	}
}

func (p *parser) newCall(callee Expr, args []Expr, start int) *Call {
	c := &Call{Loc: p.loc(start), Callee: callee, Args: args}
	// ECMA-262 §13.3.6.1: parentheses keep the reference, so `(eval)(x)`
	// is a direct eval too; `(0, eval)(x)` is not.
	if id, ok := callee.(*Identifier); ok && id.Name == "eval" {
		c.DirectEval = true
	}
	if _, ok := callee.(*Super); ok {
		if !p.fc.allowSuperCall {
			p.errRange(callee.NodeLoc().Start, callee.NodeLoc().Start+int32(len("super")), "'super' keyword unexpected here")
		}
	}
	return c
}

func (p *parser) parseMemberName(obj Expr, start int, optional bool) Expr {
	nstart := p.start
	switch p.tok {
	case tName:
		name := p.name
		p.next()
		return &Member{Loc: p.loc(start), Object: obj, Name: name, NameLoc: p.loc(nstart), Optional: optional}
	case tPrivateName:
		if _, ok := obj.(*Super); ok {
			p.unexpected()
		}
		pn := &PrivateName{Loc: Loc{int32(p.start), int32(p.end)}, Name: p.name}
		p.next()
		p.usePrivateName(pn)
		return &Member{Loc: p.loc(start), Object: obj, Name: pn.Name, NameLoc: pn.Loc, Private: true,
			PrivateName: pn, Optional: optional}
	}
	p.unexpected()
	return nil
}

// parseArgs parses arguments after '(' up to and including ')'.
func (p *parser) parseArgs() []Expr {
	args := []Expr{}
	for p.tok != tRParen {
		if p.tok == tEOF {
			p.unexpected()
		}
		argStart := p.start
		if p.tok == tEllipsis {
			sstart := p.start
			p.next()
			p.features |= FeatureArraySpread
			x := p.parseMaybeAssign(false, nil)
			args = append(args, &Spread{Loc: p.loc(sstart), X: x})
		} else {
			args = append(args, p.parseMaybeAssign(false, nil))
		}
		if p.tok != tRParen {
			if p.tok != tComma {
				p.errAt(argStart, "missing ) after argument list")
			}
			p.next()
		}
	}
	p.next()
	return args
}

// parseAsyncCallOrArrow handles `async(...)`: a call to a function named
// async, or the parameters of an async arrow function (ECMA-262 §15.9
// CoverCallExpressionAndAsyncArrowHead).
func (p *parser) parseAsyncCallOrArrow(id *Identifier, start int) Expr {
	savedYield, savedAwait, savedAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	p.next() // (
	errs := newCoverErrs()
	var args []Expr
	trailingCommaAfterSpread := false
	for p.tok != tRParen {
		if p.tok == tEllipsis {
			sstart := p.start
			p.next()
			x := p.parseMaybeAssign(false, errs)
			args = append(args, &Spread{Loc: p.loc(sstart), X: x})
			if p.tok == tComma {
				trailingCommaAfterSpread = true
			}
		} else {
			args = append(args, p.parseMaybeAssign(false, errs))
		}
		if p.tok != tRParen {
			if p.tok != tComma {
				if p.tok == tEOF {
					p.unexpected()
				}
				p.errAt(p.start, "missing ) after argument list")
			}
			p.next()
		}
	}
	p.next()
	if p.tok == tArrow && !p.nlBefore {
		if p.yieldPos >= 0 && p.fc.isGenerator {
			p.errAt(p.yieldPos, "Yield expression not allowed in formal parameter")
		}
		if p.awaitPos >= 0 {
			p.errAt(p.awaitPos, "Illegal await-expression in formal parameters of async function")
		}
		if p.awaitIdentPos >= 0 {
			p.errAt(p.awaitIdentPos, "'await' is not a valid identifier name in an async function")
		}
		p.yieldPos, p.awaitPos, p.awaitIdentPos = savedYield, savedAwait, savedAwaitIdent
		params := p.toArrowParams(args, trailingCommaAfterSpread)
		return p.parseArrow(start, params, true)
	}
	p.checkCoverErrs(errs)
	if p.yieldPos < 0 {
		p.yieldPos = savedYield
	}
	if p.awaitPos < 0 {
		p.awaitPos = savedAwait
	}
	if p.awaitIdentPos < 0 {
		p.awaitIdentPos = savedAwaitIdent
	}
	call := p.newCall(id, args, start)
	return p.parseSubscripts(call, start, false)
}

func (p *parser) toArrowParams(items []Expr, trailingCommaAfterRest bool) []Pattern {
	params := make([]Pattern, 0, len(items))
	for i, it := range items {
		if sp, ok := it.(*Spread); ok {
			if i != len(items)-1 || trailingCommaAfterRest {
				p.errAt(int(sp.Start), "Rest parameter must be last formal parameter")
			}
			target := p.toPattern(sp.X, true, "")
			if _, ok := target.(*AssignPattern); ok {
				p.errAt(int(sp.X.NodeLoc().Start), "Rest parameter may not have a default initializer")
			}
			params = append(params, &RestElement{Loc: sp.Loc, Target: target})
			p.features |= FeatureRestArgument
			continue
		}
		pat := p.toPattern(it, true, "")
		if _, ok := pat.(*AssignPattern); ok {
			p.features |= FeatureDefaultArgument
		}
		params = append(params, pat)
	}
	return params
}

// parseArrow parses `=> body` for params already converted.
func (p *parser) parseArrow(start int, params []Pattern, isAsync bool) Expr {
	p.features |= FeatureArrow
	if isAsync {
		p.features |= FeatureAsyncAwait
	}
	p.expect(tArrow)
	fn := &Function{Kind: FuncArrow, IsArrow: true, IsAsync: isAsync, Params: params}
	outer := p.fc
	fc := &funcCtx{
		parent:           outer,
		fn:               fn,
		strict:           outer.strict,
		isAsync:          isAsync,
		isArrow:          true,
		allowNewTarget:   outer.allowNewTarget,
		allowSuperProp:   outer.allowSuperProp,
		allowSuperCall:   outer.allowSuperCall,
		allowReturn:      true,
		inClassFieldInit: outer.inClassFieldInit,
	}
	p.fc = fc
	savedYield, savedAwait, savedAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	if p.tok == tLBrace {
		p.parseFunctionBody(fn)
	} else {
		fn.ExprBody = p.parseMaybeAssign(false, nil)
		fn.Strict = fc.strict
		p.finishParams(fn, false)
	}
	fn.Loc = p.loc(start)
	p.fc = outer
	p.yieldPos, p.awaitPos, p.awaitIdentPos = savedYield, savedAwait, savedAwaitIdent
	return fn
}

// parseExprAtom parses a PrimaryExpression (plus `new`, `super` and
// `import` forms).
func (p *parser) parseExprAtom(errs *coverErrs) Expr {
	p.enter()
	defer p.leave()
	switch p.tok {
	case tName:
		return p.parseNameAtom(errs)
	case tNumber:
		if p.octalAt >= 0 && p.strict() {
			// V8 underlines the whole literal.
			p.errRange(int32(p.start), int32(p.end), "%s", p.octalMsg)
		}
		n := &Number{Loc: Loc{int32(p.start), int32(p.end)}, Value: p.num}
		p.next()
		return n
	case tBigInt:
		p.features |= FeatureBigInt
		n := &BigInt{Loc: Loc{int32(p.start), int32(p.end)}, Digits: p.bigint}
		p.next()
		return n
	case tString:
		if p.octalAt >= 0 && p.strict() {
			p.errAt(p.octalAt, "%s", p.octalMsg)
		}
		s := &String{Loc: Loc{int32(p.start), int32(p.end)}, Value: p.str, Text: utf16ToString(p.str)}
		p.next()
		return s
	case tTemplate, tTemplateHead:
		return p.parseTemplate(false)
	case tSlash, tSlashEq:
		p.rescanRegExp()
		r := &RegExp{Loc: Loc{int32(p.start), int32(p.end)}, Pattern: p.regexPat, Flags: p.regexFlg}
		p.checkRegExp(r)
		p.next()
		return r
	case tLParen:
		return p.parseParenOrArrow()
	case tLBracket:
		return p.parseArrayLiteral(errs)
	case tLBrace:
		return p.parseObjectLiteral(errs)
	}
	p.unexpected()
	return nil
}

func (p *parser) checkRegExp(r *RegExp) {
	seen := map[rune]bool{}
	for _, c := range r.Flags {
		if seen[c] || !strings.ContainsRune("dgimsuyv", c) {
			p.errAt(int(r.Start), "Invalid regular expression flags")
		}
		seen[c] = true
	}
	if seen['u'] && seen['v'] {
		p.errAt(int(r.Start), "Invalid regular expression flags")
	}
	if seen['s'] {
		p.features |= FeatureRegexpDotAllFlag
	}
	if seen['d'] {
		p.features |= FeatureRegexpMatchIndices
	}
	if seen['y'] || seen['u'] {
		p.features |= FeatureRegexpStickyAndUnicodeFlags
	}
	if seen['v'] {
		p.features |= FeatureRegexpSetNotation
	}
	if strings.Contains(r.Pattern, "(?<=") || strings.Contains(r.Pattern, "(?<!") {
		p.features |= FeatureRegexpLookbehindAssertions
	}
	if strings.Contains(strings.NewReplacer("(?<=", "", "(?<!", "").Replace(r.Pattern), "(?<") {
		p.features |= FeatureRegexpNamedCaptureGroups
	}
	if (seen['u'] || seen['v']) && (strings.Contains(r.Pattern, `\p{`) || strings.Contains(r.Pattern, `\P{`)) {
		p.features |= FeatureRegexpUnicodePropertyEscapes
	}
	if ValidateRegExp != nil {
		if err := ValidateRegExp(r.Pattern, r.Flags); err != nil {
			p.errNode(r, "%s", err.Error())
		}
	}
}

func (p *parser) parseNameAtom(errs *coverErrs) Expr {
	start := p.start
	name, esc := p.name, p.escaped
	if !esc {
		switch name {
		case "this":
			p.next()
			return &This{p.loc(start)}
		case "null":
			p.next()
			return &Null{p.loc(start)}
		case "true", "false":
			p.next()
			return &Boolean{Loc: p.loc(start), Value: name == "true"}
		case "function":
			p.next()
			return p.parseFunction(start, false, false, true)
		case "class":
			p.next()
			return p.parseClass(start, false, true)
		case "new":
			return p.parseNew()
		case "super":
			return p.parseSuper()
		case "import":
			return p.parseImportExpr()
		case "async":
			tok, nname, nl, nesc := p.peek()
			if tok == tName && nname == "function" && !nl && !nesc {
				p.next()
				p.next()
				return p.parseFunction(start, true, false, true)
			}
			if tok == tName && !nl && !isReserved(nname) && p.asyncArrowAhead() {
				// async x => ...
				p.next()
				pstart := p.start
				pname, pesc := p.name, p.escaped
				if pname == "await" {
					p.errAt(pstart, "'await' is not a valid identifier name in an async function")
				}
				saved := p.fc
				p.fc = &funcCtx{parent: saved, strict: saved.strict, isAsync: true}
				p.checkIdentifier(pname, pstart, pesc, true)
				p.fc = saved
				p.next()
				if p.tok != tArrow || p.nlBefore {
					p.unexpected()
				}
				id := &Identifier{Loc: p.loc(pstart), Name: pname}
				return p.parseArrow(start, []Pattern{id}, true)
			}
		}
	}
	p.checkIdentifier(name, start, esc, false)
	if name == "await" && p.awaitIdentPos < 0 {
		p.awaitIdentPos = start
	}
	p.next()
	id := p.newIdent(p.loc(start), name)
	if p.tok == tArrow && !p.nlBefore {
		p.checkIdentifier(name, start, esc, true)
		return p.parseArrow(start, []Pattern{id}, false)
	}
	return id
}

// asyncArrowAhead reports whether the tokens after the current `async` are
// `name =>`, so that `for await (async of x)` reads async as an identifier.
func (p *parser) asyncArrowAhead() bool {
	saved, savedPrev := p.lexer, p.prevEnd
	p.next()
	p.next()
	ok := p.tok == tArrow && !p.nlBefore
	p.lexer, p.prevEnd = saved, savedPrev
	return ok
}

func (p *parser) parseSuper() Expr {
	start := p.start
	p.next()
	s := &Super{p.loc(start)}
	switch p.tok {
	case tLParen:
		if !p.fc.allowSuperCall {
			p.errRange(int32(start), int32(start+len("super")), "'super' keyword unexpected here")
		}
	case tDot, tLBracket:
		if !p.fc.allowSuperProp {
			p.errRange(int32(start), int32(start+len("super")), "'super' keyword unexpected here")
		}
	default:
		p.errRange(int32(start), int32(start+len("super")), "'super' keyword unexpected here")
	}
	return s
}

func (p *parser) parseImportExpr() Expr {
	start := p.start
	end := p.lexer.end
	p.next()
	if p.tok == tDot {
		p.next()
		if !p.isName("meta") {
			p.unexpected()
		}
		if !p.opts.Module {
			p.errRange(int32(p.start), int32(p.lexer.end), "Cannot use 'import.meta' outside a module")
		}
		p.next()
		p.features |= FeatureImportMeta
		return &ImportMeta{p.loc(start)}
	}
	if p.tok != tLParen {
		if !p.opts.Module {
			p.errRange(int32(start), int32(end), "Cannot use import statement outside a module")
		}
		p.unexpected()
	}
	lparen := p.start
	p.next()
	if p.tok == tRParen {
		p.errAt(lparen, "import() requires a specifier")
	}
	p.features |= FeatureDynamicImport
	arg := p.parseMaybeAssign(false, nil)
	var opts Expr
	if p.eat(tComma) && p.tok != tRParen {
		opts = p.parseMaybeAssign(false, nil)
		p.eat(tComma)
	}
	p.expect(tRParen)
	return &ImportCall{Loc: p.loc(start), Arg: arg, Options: opts}
}

func (p *parser) parseNew() Expr {
	start := p.start
	p.enter()
	defer p.leave()
	p.next()
	if p.tok == tDot {
		p.next()
		if !p.isName("target") {
			p.unexpected()
		}
		if !p.fc.allowNewTarget {
			p.errAt(start, "new.target expression is not allowed here")
		}
		p.next()
		p.features |= FeatureNewTarget
		return &NewTarget{p.loc(start)}
	}
	cstart := p.start
	if p.isName("import") {
		if tok, _, _, _ := p.peek(); tok != tDot {
			p.errRange(int32(cstart), int32(p.lexer.end), "Cannot use new with import")
		}
	}
	var callee Expr
	if p.isName("new") {
		callee = p.parseNew()
	} else {
		callee = p.parseExprAtom(nil)
	}
	callee = p.parseSubscripts(callee, cstart, true)
	var args []Expr
	if p.eat(tLParen) {
		args = p.parseArgs()
	}
	return &New{Loc: p.loc(start), Callee: callee, Args: args}
}

// parseParenOrArrow parses `( ... )` as a parenthesized expression or, when
// `=>` follows, as arrow parameters (ECMA-262 §13.2.1
// CoverParenthesizedExpressionAndArrowParameterList).
func (p *parser) parseParenOrArrow() Expr {
	start := p.start
	p.next()
	savedYield, savedAwait, savedAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	innerErrs := newCoverErrs()
	var items []Expr
	restPos := -1
	trailingComma := -1
	trailingAfterRest := false
	innerStart := p.start
	for p.tok != tRParen {
		if p.tok == tEllipsis {
			sstart := p.start
			restPos = sstart
			p.next()
			target := p.parseBindingTarget(DeclNone)
			if p.tok == tEq {
				p.errAt(p.start, "Rest parameter may not have a default initializer")
			}
			items = append(items, &Spread{Loc: p.loc(sstart), X: patternAsExpr(target)})
			if p.tok == tComma {
				trailingAfterRest = true
			}
			if p.tok != tRParen {
				p.errAt(p.start, "Rest parameter must be last formal parameter")
			}
			break
		}
		items = append(items, p.parseMaybeAssign(false, innerErrs))
		if p.tok != tRParen {
			p.expect(tComma)
			if p.tok == tRParen {
				trailingComma = p.prevEnd - 1
			}
		}
	}
	innerEnd := p.prevEnd
	if len(items) == 0 {
		if tok, _, nl, _ := p.peek(); tok != tArrow || nl {
			p.unexpected()
		}
	}
	p.next() // )
	if p.tok == tArrow && !p.nlBefore {
		if p.yieldPos >= 0 && (p.fc.isGenerator || p.fc.inParams) {
			p.errAt(p.yieldPos, "Yield expression not allowed in formal parameter")
		}
		if p.awaitPos >= 0 {
			p.errAt(p.awaitPos, "Illegal await-expression in formal parameters of async function")
		}
		p.yieldPos, p.awaitPos, p.awaitIdentPos = savedYield, savedAwait, savedAwaitIdent
		params := p.toArrowParams(items, trailingAfterRest)
		return p.parseArrow(start, params, false)
	}
	if restPos >= 0 {
		p.errAt(restPos, "Unexpected token '...'")
	}
	if trailingComma >= 0 {
		p.errAt(trailingComma+1, "Unexpected token ')'")
	}
	p.checkCoverErrs(innerErrs)
	if p.yieldPos < 0 {
		p.yieldPos = savedYield
	}
	if p.awaitPos < 0 {
		p.awaitPos = savedAwait
	}
	if p.awaitIdentPos < 0 {
		p.awaitIdentPos = savedAwaitIdent
	}
	var x Expr
	if len(items) == 1 {
		x = items[0]
	} else {
		x = &Sequence{Loc: Loc{int32(innerStart), int32(innerEnd)}, Exprs: items}
	}
	// Set again for each enclosing pair, so it ends with the outermost.
	p.parens[x] = Loc{int32(start), int32(p.prevEnd)}
	return x
}

// patternAsExpr lets a binding pattern parsed inside a parenthesized list
// ride along as an expression until the list becomes arrow parameters.
func patternAsExpr(pat Pattern) Expr {
	switch t := pat.(type) {
	case *Identifier:
		return t
	}
	return &patternExpr{Loc: pat.NodeLoc(), pat: pat}
}

// patternExpr wraps a binding pattern parsed after `...` in parentheses; it
// never survives into a finished AST because `(...x)` is only valid as
// arrow parameters.
type patternExpr struct {
	Loc
	pat Pattern
}

func (*patternExpr) isExpr() {}

func (p *parser) parseArrayLiteral(errs *coverErrs) Expr {
	start := p.start
	p.next()
	arr := &Array{Elems: []Expr{}}
	for p.tok != tRBracket {
		if p.tok == tEOF {
			p.unexpected()
		}
		if p.tok == tComma {
			p.next()
			arr.Elems = append(arr.Elems, nil)
			continue
		}
		var el Expr
		if p.tok == tEllipsis {
			sstart := p.start
			p.next()
			p.features |= FeatureArraySpread
			x := p.parseMaybeAssign(false, errs)
			el = &Spread{Loc: p.loc(sstart), X: x}
		} else {
			el = p.parseMaybeAssign(false, errs)
		}
		arr.Elems = append(arr.Elems, el)
		if p.tok != tRBracket {
			p.expect(tComma)
			if _, ok := el.(*Spread); ok && p.tok == tRBracket {
				p.markTrailingComma(arr)
			}
		}
	}
	p.next()
	arr.Loc = p.loc(start)
	return arr
}

func (p *parser) markTrailingComma(a *Array) {
	if p.trailingComma == nil {
		p.trailingComma = map[*Array]bool{}
	}
	p.trailingComma[a] = true
}

// parsePropertyKey parses a PropertyName: identifier names and strings
// become *String, numbers *Number, bigints *BigInt; `[expr]` is computed.
func (p *parser) parsePropertyKey() (Expr, bool) {
	start := p.start
	switch p.tok {
	case tName:
		name := p.name
		p.next()
		return nameString(p.loc(start), name), false
	case tString:
		if p.octalAt >= 0 && p.strict() {
			p.errAt(p.octalAt, "%s", p.octalMsg)
		}
		s := &String{Loc: Loc{int32(p.start), int32(p.end)}, Value: p.str, Text: utf16ToString(p.str)}
		p.next()
		return s, false
	case tNumber:
		if p.octalAt >= 0 && p.strict() {
			// V8 underlines the whole literal.
			p.errRange(int32(p.start), int32(p.end), "%s", p.octalMsg)
		}
		n := &Number{Loc: Loc{int32(p.start), int32(p.end)}, Value: p.num}
		p.next()
		return n, false
	case tBigInt:
		n := &BigInt{Loc: Loc{int32(p.start), int32(p.end)}, Digits: p.bigint}
		p.next()
		return n, false
	case tLBracket:
		p.next()
		x := p.parseMaybeAssign(false, nil)
		p.expect(tRBracket)
		return x, true
	}
	p.unexpected()
	return nil, false
}

func isPropertyKeyStart(t token) bool {
	switch t {
	case tName, tString, tNumber, tBigInt, tLBracket, tPrivateName:
		return true
	}
	return false
}

func (p *parser) parseObjectLiteral(errs *coverErrs) Expr {
	start := p.start
	p.next()
	obj := &Object{Props: []*Property{}}
	sawProto := false
	for p.tok != tRBrace {
		pstart := p.start
		if p.tok == tEllipsis {
			p.next()
			p.features |= FeatureObjectRestSpread
			x := p.parseMaybeAssign(false, errs)
			obj.Props = append(obj.Props, &Property{Loc: p.loc(pstart), Kind: PropSpread, Value: x})
		} else {
			prop := p.parseObjectMember(errs)
			if prop.IsProto {
				if sawProto && errs != nil && errs.doubleProto < 0 {
					errs.doubleProto = int(prop.Key.NodeLoc().Start)
				} else if sawProto && errs == nil {
					p.errNode(prop.Key, "Duplicate __proto__ fields are not allowed in object literals")
				}
				sawProto = true
			}
			obj.Props = append(obj.Props, prop)
		}
		if p.tok != tRBrace {
			p.expect(tComma)
			if p.tok == tRBrace && obj.Props[len(obj.Props)-1].Kind == PropSpread {
				if p.trailingCommaObj == nil {
					p.trailingCommaObj = map[*Object]bool{}
				}
				p.trailingCommaObj[obj] = true
			}
		}
	}
	p.next()
	obj.Loc = p.loc(start)
	return obj
}

func (p *parser) parseObjectMember(errs *coverErrs) *Property {
	start := p.start
	isAsync, isGen := false, false
	kind := PropInit
	if p.tok == tName && !p.escaped && (p.name == "get" || p.name == "set" || p.name == "async") {
		tok, _, nl, _ := p.peek()
		if isPropertyKeyStart(tok) || tok == tStar && p.name == "async" {
			if p.name == "async" && nl {
				p.unexpectedAt(p.start)
			}
			switch p.name {
			case "get":
				kind = PropGetter
			case "set":
				kind = PropSetter
			case "async":
				isAsync = true
				kind = PropMethod
			}
			p.next()
		}
	}
	if p.tok == tStar {
		p.next()
		isGen = true
		if kind == PropGetter || kind == PropSetter {
			p.unexpected()
		}
		kind = PropMethod
	}
	if p.tok == tPrivateName {
		p.unexpected()
	}
	keyTok, keyName, keyEsc, keyStart := p.tok, p.name, p.escaped, p.start
	key, computed := p.parsePropertyKey()
	if kind == PropGetter || kind == PropSetter || kind == PropMethod || p.tok == tLParen {
		if kind == PropInit {
			kind = PropMethod
		}
		p.features |= FeatureObjectExtensions
		if kind == PropGetter || kind == PropSetter {
			p.features |= FeatureObjectAccessors
		}
		fn := p.parseMethod(start, kind, isAsync, isGen, false)
		return &Property{Loc: p.loc(start), Kind: kind, Computed: computed, Key: key, Value: fn}
	}
	if p.eat(tColon) {
		val := p.parseMaybeAssign(false, errs)
		isProto := !computed && (keyTok == tName || keyTok == tString) && key.(*String).Text == "__proto__"
		return &Property{Loc: p.loc(start), Kind: PropInit, Computed: computed, Key: key, Value: val, IsProto: isProto}
	}
	// Shorthand property: `{a}` or CoverInitializedName `{a = 1}`.
	if keyTok != tName || computed {
		p.unexpected()
	}
	p.features |= FeatureObjectExtensions
	p.checkIdentifier(keyName, keyStart, keyEsc, false)
	if keyName == "await" && p.awaitIdentPos < 0 {
		p.awaitIdentPos = keyStart
	}
	id := &Identifier{Loc: key.NodeLoc(), Name: keyName}
	var val Expr = id
	if p.tok == tEq {
		if errs == nil {
			p.errAt(keyStart, "Invalid shorthand property initializer")
		}
		if errs.shorthandAssign < 0 {
			errs.shorthandAssign = keyStart
		}
		p.next()
		def := p.parseMaybeAssign(false, nil)
		val = &Assign{Loc: p.loc(keyStart), Op: AssignPlain, Target: id, Value: def}
	}
	return &Property{Loc: p.loc(start), Kind: PropShorthand, Key: key, Value: val}
}

// parseMethod parses the parameters and body of an object or class method,
// accessor or constructor; start is the member's first token.
func (p *parser) parseMethod(start int, kind PropKind, isAsync, isGen bool, derivedCtor bool) *Function {
	fn := &Function{IsAsync: isAsync, IsGenerator: isGen, IsMethod: true, Kind: FuncMethod}
	switch kind {
	case PropGetter:
		fn.Kind = FuncGetter
	case PropSetter:
		fn.Kind = FuncSetter
	}
	if isGen {
		p.features |= FeatureGenerator
	}
	if isAsync {
		p.features |= FeatureAsyncAwait
		if isGen {
			p.features |= FeatureAsyncGenerator
		}
	}
	pstart := p.start
	p.parseFunctionRest(fn, pstart, true, derivedCtor)
	switch kind {
	case PropGetter:
		if len(fn.Params) != 0 {
			p.errRange(int32(pstart), fn.paramsEnd, "Getter must not have any formal parameters.")
		}
	case PropSetter:
		if len(fn.Params) != 1 {
			p.errRange(int32(pstart), fn.paramsEnd, "Setter must have exactly one formal parameter.")
		}
		if _, ok := fn.Params[0].(*RestElement); ok {
			p.errRange(int32(pstart), fn.paramsEnd, "Setter function argument must not be a rest parameter")
		}
	}
	// Methods' source text (for toString) starts at the member's first token.
	fn.Loc = p.loc(start)
	return fn
}

// ---------------------------------------------------------------------------
// Templates (ECMA-262 §13.2.8)

func (p *parser) parseTemplate(tagged bool) *TemplateLiteral {
	start := p.start
	p.features |= FeatureTemplateLiteral
	t := &TemplateLiteral{}
	for {
		if !p.strOK && !tagged {
			p.errAt(p.tmplErrAt, "%s", p.tmplErr)
		}
		// Element loc covers the chunk's text between its delimiters.
		elStart := int32(p.start + 1)
		elEnd := int32(p.end - 1)
		if p.tok == tTemplateHead {
			elEnd = int32(p.end - 2)
		}
		el := &TemplateElement{Loc: Loc{elStart, elEnd}, Raw: p.rawTmpl, Invalid: !p.strOK}
		if p.strOK {
			el.Cooked = p.str
			if el.Cooked == nil {
				el.Cooked = []uint16{}
			}
		}
		t.Quasis = append(t.Quasis, el)
		if p.tok == tTemplate {
			p.next()
			break
		}
		p.next()
		t.Exprs = append(t.Exprs, p.parseExpression(false))
		if p.tok != tRBrace {
			p.unexpected()
		}
		p.rescanTemplate()
	}
	t.Loc = p.loc(start)
	return t
}
