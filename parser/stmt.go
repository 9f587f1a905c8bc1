package parser

import (
	"strings"
)

// stmtCtx says where a statement appears, which decides whether
// declarations are allowed (ECMA-262 §14: Statement vs StatementListItem).
type stmtCtx uint8

const (
	ctxListItem stmtCtx = iota // block or function body: declarations allowed
	ctxTopLevel                // program top level: also import/export in modules
	ctxIf                      // body of if/else: sloppy function declarations allowed (§B.3.3)
	ctxLabel                   // body of a label: sloppy function declarations allowed (§B.3.2)
	ctxPlain                   // loop body, with body etc.
)

func (p *parser) parseProgram() {
	src := p.src
	fc := &funcCtx{
		strict:      p.opts.Strict || p.opts.Module,
		allowReturn: p.opts.AllowReturnOutsideFunction || p.opts.FunctionBody,
		// Node runs a CommonJS file as the body of its module wrapper
		// function, so new.target (undefined there) parses at top level.
		allowNewTarget:   p.opts.InFunction || p.opts.FunctionBody || p.opts.AllowReturnOutsideFunction,
		allowSuperProp:   p.opts.InMethod,
		allowSuperCall:   p.opts.InDerivedConstructor,
		inClassFieldInit: p.opts.InClassField,
		isAsync:          p.opts.FunctionBody && p.opts.FunctionAsync,
		isGenerator:      p.opts.FunctionBody && p.opts.FunctionGenerator,
	}
	p.fc = fc
	if len(p.opts.PrivateNames) > 0 {
		c := &classCtx{declared: map[string]privKind{}}
		for _, n := range p.opts.PrivateNames {
			c.declared[n] = privField
		}
		p.cls = c
	}
	if strings.HasPrefix(src, "#!") {
		end := 2
		for end < len(src) {
			r, n := p.peekRune(end)
			if isLineTerminator(r) {
				break
			}
			end += n
		}
		p.prog.Hashbang = src[2:end]
		p.features |= FeatureHashbang
		p.lexer.pos = end
		p.lexer.sawToken = true
	}
	p.next()
	body := p.parseBody(tEOF, nil, ctxTopLevel)
	p.prog.Body = body
	p.prog.Strict = fc.strict
	p.prog.Loc = Loc{0, int32(len(src))}
	if p.cls != nil && p.cls.class == nil {
		// Eval code in a class: references to names not in PrivateNames
		// were reported when the private name was parsed.
		p.cls = nil
	}
	p.prog.Features = p.features
}

// parseBody parses a directive prologue and statement list up to end (not
// consumed). fn is the function whose body this is, nil for the program.
func (p *parser) parseBody(end token, fn *Function, ctx stmtCtx) []Stmt {
	var body []Stmt
	octalPos, octalMsg := -1, ""
	for p.tok == tString {
		// ECMA-262 §11.2.1 Directive Prologues.
		start, tokEnd := p.start, p.end
		raw := p.src[start:tokEnd]
		tokOctal, tokOctalMsg := p.octalAt, p.octalMsg
		stmt := p.parseStatement(ctx)
		es, ok := stmt.(*ExprStmt)
		if !ok {
			body = append(body, stmt)
			break
		}
		if s, ok := es.X.(*String); !ok || s.Start != int32(start) || s.End != int32(tokEnd) {
			body = append(body, stmt)
			break
		}
		body = append(body, stmt)
		if tokOctal >= 0 && octalPos < 0 {
			octalPos, octalMsg = tokOctal, tokOctalMsg
		}
		if raw == `"use strict"` || raw == `'use strict'` {
			if fn != nil && !isSimpleParamList(fn.Params) {
				p.errRange(int32(start), int32(tokEnd), "Illegal 'use strict' directive in function with non-simple parameter list")
			}
			p.fc.strict = true
			if octalPos >= 0 {
				p.errAt(octalPos, "%s", octalMsg)
			}
		}
	}
	for p.tok != end {
		if p.tok == tEOF {
			p.unexpected()
		}
		body = append(body, p.parseStatement(ctx))
	}
	return body
}

func isSimpleParamList(params []Pattern) bool {
	for _, prm := range params {
		if _, ok := prm.(*Identifier); !ok {
			return false
		}
	}
	return true
}

func (p *parser) parseStatement(ctx stmtCtx) Stmt {
	p.enter()
	defer p.leave()
	start := p.start
	switch p.tok {
	case tLBrace:
		return p.parseBlock()
	case tSemi:
		p.next()
		return &Empty{p.loc(start)}
	case tName:
		if p.escaped {
			// An escaped name is never a keyword: it is an identifier (or an
			// error reported when the expression parser checks it).
			if tok, _, _, _ := p.peek(); tok == tColon && !isReserved(p.name) {
				return p.parseLabeled(start, ctx)
			}
			break
		}
		switch p.name {
		case "var":
			p.next()
			d := p.parseVarDecl(start, DeclVar, false)
			p.semicolon()
			d.Loc = p.loc(start)
			return d
		case "let":
			tok, name, nl, _ := p.peek()
			isDecl := tok == tLBracket || tok == tLBrace ||
				tok == tName && (!isReserved(name) || name == "await" || name == "yield")
			if !isDecl {
				break
			}
			if ctx != ctxListItem && ctx != ctxTopLevel {
				if tok == tLBracket || !nl {
					p.errRange(int32(start), int32(p.lexer.end), "Lexical declaration cannot appear in a single-statement context")
				}
				break
			}
			p.next()
			p.features |= FeatureConstAndLet
			d := p.parseVarDecl(start, DeclLet, false)
			p.semicolon()
			d.Loc = p.loc(start)
			return d
		case "const":
			if ctx != ctxListItem && ctx != ctxTopLevel {
				// V8 keeps its single-statement message for let; const
				// there is just an unexpected token.
				p.unexpected()
			}
			p.next()
			p.features |= FeatureConstAndLet
			d := p.parseVarDecl(start, DeclConst, false)
			p.semicolon()
			d.Loc = p.loc(start)
			return d
		case "function":
			return p.parseFunctionStatement(start, false, ctx)
		case "async":
			if tok, name, nl, esc := p.peek(); tok == tName && name == "function" && !nl && !esc {
				if p.escaped {
					p.errAt(start, "Keyword must not contain escaped characters")
				}
				p.next()
				return p.parseFunctionStatement(start, true, ctx)
			}
		case "class":
			if ctx != ctxListItem && ctx != ctxTopLevel {
				p.unexpected()
			}
			p.next()
			c := p.parseClass(start, true, false)
			return &ClassDecl{Loc: c.Loc, Class: c}
		case "if":
			return p.parseIf(start)
		case "for":
			return p.parseFor(start)
		case "while":
			p.next()
			test := p.parseParenExpr()
			body := p.parseLoopBody()
			return &While{Loc: p.loc(start), Test: test, Body: body}
		case "do":
			p.next()
			body := p.parseLoopBody()
			p.expectName("while")
			test := p.parseParenExpr()
			// ECMA-262 §12.10.1: a semicolon is inserted after do-while even
			// without a newline.
			p.eat(tSemi)
			return &DoWhile{Loc: p.loc(start), Body: body, Test: test}
		case "return":
			if !p.fc.allowReturn {
				p.errAt(start, "Illegal return statement")
			}
			p.next()
			var arg Expr
			if !p.canInsertSemicolon() && p.tok != tSemi {
				arg = p.parseExpression(false)
			}
			p.semicolon()
			return &Return{Loc: p.loc(start), Arg: arg}
		case "break", "continue":
			return p.parseBreakContinue(start)
		case "throw":
			p.next()
			if p.nlBefore {
				p.errAt(start, "Illegal newline after throw")
			}
			arg := p.parseExpression(false)
			p.semicolon()
			return &Throw{Loc: p.loc(start), Arg: arg}
		case "try":
			return p.parseTry(start)
		case "switch":
			return p.parseSwitch(start)
		case "with":
			if p.strict() {
				p.errRange(int32(start), int32(start+len("with")), "Strict mode code may not include a with statement")
			}
			p.next()
			obj := p.parseParenExpr()
			body := p.parseStatement(ctxPlain)
			return &With{Loc: p.loc(start), Object: obj, Body: body}
		case "debugger":
			p.next()
			p.semicolon()
			return &Debugger{p.loc(start)}
		case "import":
			if tok, _, _, _ := p.peek(); tok == tLParen || tok == tDot {
				break
			}
			if !p.opts.Module {
				p.errRange(int32(start), int32(p.lexer.end), "Cannot use import statement outside a module")
			}
			if ctx != ctxTopLevel {
				// Below the top level V8 reads import as the start of
				// import() or import.meta and stops at the token after it.
				p.next()
				p.unexpected()
			}
			return p.parseImport(start)
		case "export":
			if !p.opts.Module || ctx != ctxTopLevel {
				p.unexpected()
			}
			return p.parseExport(start)
		case "else", "case", "default", "catch", "finally", "extends", "enum", "in", "instanceof":
			p.unexpected()
		default:
			// yield and await, where they are operators, begin an
			// expression that then stops at the colon, as in V8.
			operator := p.name == "yield" && p.fc.isGenerator || p.name == "await" && p.awaitIsOperator()
			if tok, _, _, _ := p.peek(); tok == tColon && !isReserved(p.name) && !operator {
				return p.parseLabeled(start, ctx)
			}
		}
	}
	x := p.parseExpression(false)
	p.semicolon()
	return &ExprStmt{Loc: p.loc(start), X: x}
}

func (p *parser) parseBlock() *Block {
	start := p.start
	p.expect(tLBrace)
	var body []Stmt
	for p.tok != tRBrace {
		if p.tok == tEOF {
			p.unexpected()
		}
		body = append(body, p.parseStatement(ctxListItem))
	}
	p.next()
	return &Block{Loc: p.loc(start), Body: body}
}

func (p *parser) parseParenExpr() Expr {
	p.expect(tLParen)
	x := p.parseExpression(false)
	p.expect(tRParen)
	return x
}

func (p *parser) parseLoopBody() Stmt {
	p.fc.loopDepth++
	p.fc.brkDepth++
	body := p.parseStatement(ctxPlain)
	p.fc.loopDepth--
	p.fc.brkDepth--
	return body
}

func (p *parser) parseFunctionStatement(start int, isAsync bool, ctx stmtCtx) Stmt {
	p.next() // function
	isGen := p.tok == tStar
	switch ctx {
	case ctxPlain:
		if p.strict() {
			p.errAt(start, "In strict mode code, functions can only be declared at top level or inside a block.")
		}
		p.errAt(start, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
	case ctxIf, ctxLabel:
		if p.strict() {
			p.errAt(start, "In strict mode code, functions can only be declared at top level or inside a block.")
		}
		if isGen || isAsync {
			if isAsync {
				p.errAt(start, "Async functions can only be declared at the top level or inside a block.")
			}
			p.errAt(start, "Generators can only be declared at the top level or inside a block.")
		}
	}
	fn := p.parseFunction(start, isAsync, true, false)
	return &FunctionDecl{Loc: fn.Loc, Func: fn}
}

func (p *parser) parseIf(start int) Stmt {
	p.next()
	test := p.parseParenExpr()
	cons := ifClause(p.parseStatement(ctxIf))
	var alt Stmt
	if p.eatName("else") {
		alt = ifClause(p.parseStatement(ctxIf))
	}
	return &If{Loc: p.loc(start), Test: test, Cons: cons, Alt: alt}
}

// ifClause wraps a (sloppy) function declaration that is the whole of an if
// clause in a block: it behaves as if it were one (ECMA-262 §B.3.3), with a
// block scope of its own, and an Annex B var binding outside.
func ifClause(st Stmt) Stmt {
	if fd, ok := st.(*FunctionDecl); ok {
		return &Block{Loc: fd.Loc, Body: []Stmt{fd}}
	}
	return st
}

func (p *parser) parseBreakContinue(start int) Stmt {
	isBreak := p.name == "break"
	kwEnd := int32(p.end)
	p.next()
	lbl := ""
	lblPos, lblEnd := int32(p.start), int32(p.end)
	if p.tok == tName && !p.nlBefore && !(isReserved(p.name) && !p.escaped) {
		lbl = p.name
		p.checkIdentifier(lbl, p.start, p.escaped, false)
		p.next()
	}
	p.semicolon()
	if lbl != "" {
		found := false
		for i := len(p.fc.labels) - 1; i >= 0; i-- {
			if p.fc.labels[i].name == lbl {
				found = true
				if !isBreak && !p.fc.labels[i].isLoop {
					p.errRange(lblPos, lblEnd, "Illegal continue statement: '%s' does not denote an iteration statement", lbl)
				}
				break
			}
		}
		if !found {
			p.errRange(lblPos, lblEnd, "Undefined label '%s'", lbl)
		}
	} else if isBreak && p.fc.brkDepth == 0 {
		p.errRange(int32(start), kwEnd, "Illegal break statement")
	} else if !isBreak && p.fc.loopDepth == 0 {
		p.errRange(int32(start), kwEnd, "Illegal continue statement: no surrounding iteration statement")
	}
	if isBreak {
		return &Break{Loc: p.loc(start), Label: lbl}
	}
	return &Continue{Loc: p.loc(start), Label: lbl}
}

func (p *parser) parseLabeled(start int, ctx stmtCtx) Stmt {
	name := p.name
	p.checkIdentifier(name, start, p.escaped, false)
	for _, l := range p.fc.labels {
		if l.name == name {
			p.errRange(int32(start), int32(p.end), "Label '%s' has already been declared", name)
		}
	}
	p.next()
	p.expect(tColon)
	isLoop := p.isName("for") || p.isName("while") || p.isName("do")
	if isLoop {
		// `a: b: for (...)`: every label whose body is this labelled
		// statement labels the loop too (ECMA-262 §14.13.3 LabelledEvaluation
		// passes the label set down), so `continue a` is valid.
		at := start
		for i := len(p.fc.labels) - 1; i >= 0 && p.fc.labels[i].body == at; i-- {
			p.fc.labels[i].isLoop = true
			at = p.fc.labels[i].start
		}
	}
	p.fc.labels = append(p.fc.labels, label{name: name, isLoop: isLoop, body: p.start, start: start})
	bodyCtx := ctxLabel
	if ctx == ctxPlain || ctx == ctxIf {
		// A labelled function is only allowed where a declaration would be
		// (ECMA-262 §14.13.1 IsLabelledFunction).
		bodyCtx = ctxPlain
	}
	body := p.parseStatement(bodyCtx)
	p.fc.labels = p.fc.labels[:len(p.fc.labels)-1]
	return &Labeled{Loc: p.loc(start), Label: name, Body: body}
}

func (p *parser) parseTry(start int) Stmt {
	p.next()
	block := p.parseBlock()
	t := &Try{Block: block}
	if p.isName("catch") {
		p.next()
		if p.eat(tLParen) {
			t.Param = p.parseBindingTarget(DeclLet)
			p.expect(tRParen)
		} else {
			p.features |= FeatureOptionalCatchBinding
		}
		t.Handler = p.parseBlock()
	}
	if p.eatName("finally") {
		t.Finalizer = p.parseBlock()
	}
	if t.Handler == nil && t.Finalizer == nil {
		// V8 marks the '}' that ends the try block.
		p.errRange(int32(p.prevEnd-1), int32(p.prevEnd), "Missing catch or finally after try")
	}
	t.Loc = p.loc(start)
	return t
}

func (p *parser) parseSwitch(start int) Stmt {
	p.next()
	disc := p.parseParenExpr()
	p.expect(tLBrace)
	s := &Switch{Disc: disc}
	p.fc.brkDepth++
	sawDefault := false
	for p.tok != tRBrace {
		cstart := p.start
		c := &Case{}
		if p.eatName("case") {
			c.Test = p.parseExpression(false)
		} else if p.isName("default") {
			if sawDefault {
				p.errAt(cstart, "More than one default clause in switch statement")
			}
			sawDefault = true
			p.next()
		} else {
			p.unexpected()
		}
		p.expect(tColon)
		for p.tok != tRBrace && !p.isName("case") && !p.isName("default") {
			if p.tok == tEOF {
				p.unexpected()
			}
			c.Body = append(c.Body, p.parseStatement(ctxListItem))
		}
		c.Loc = p.loc(cstart)
		s.Cases = append(s.Cases, c)
	}
	p.fc.brkDepth--
	p.next()
	s.Loc = p.loc(start)
	return s
}

// parseVarDecl parses the declarators after var/let/const. In a for head
// (inFor), initializers may be missing (the caller checks) and `in` is not
// an operator.
func (p *parser) parseVarDecl(start int, kind DeclKind, inFor bool) *VarDecl {
	d := &VarDecl{Kind: kind}
	for {
		dstart := p.start
		target := p.parseBindingTarget(kind)
		var init Expr
		if p.eat(tEq) {
			init = p.parseMaybeAssign(inFor, nil)
		} else if !inFor {
			if kind == DeclConst {
				p.errAt(dstart, "Missing initializer in const declaration")
			}
			if _, ok := target.(*Identifier); !ok {
				p.errAt(dstart, "Missing initializer in destructuring declaration")
			}
		}
		d.Decls = append(d.Decls, &Declarator{Loc: p.loc(dstart), Target: target, Init: init})
		if !p.eat(tComma) {
			break
		}
	}
	d.Loc = p.loc(start)
	return d
}

func (p *parser) parseFor(start int) Stmt {
	p.next()
	isAwait := false
	if p.isName("await") {
		if !p.fc.isAsync && !(p.opts.Module && p.fc.fn == nil) {
			p.errRange(int32(p.start), int32(p.end), "Unexpected reserved word")
		}
		isAwait = true
		p.features |= FeatureForAwait
		if p.fc.fn == nil {
			p.features |= FeatureTopLevelAwait
		}
		p.next()
	}
	p.expect(tLParen)
	var init Stmt
	initStart := p.start
	if p.tok == tSemi {
		if isAwait {
			p.unexpected()
		}
		return p.parseForRest(start, nil)
	}
	kind := DeclNone
	if p.tok == tName && !p.escaped {
		switch p.name {
		case "var":
			kind = DeclVar
		case "const":
			kind = DeclConst
		case "let":
			// `for (let in o)` and `for (let.x ...)` use let as an identifier.
			if tok, name, _, _ := p.peek(); tok == tLBracket || tok == tLBrace || tok == tName && !isReserved(name) {
				kind = DeclLet
			}
		}
	}
	if kind != DeclNone {
		p.next()
		if kind != DeclVar {
			p.features |= FeatureConstAndLet
		}
		decl := p.parseVarDecl(initStart, kind, true)
		if (p.isName("of") || p.isName("in")) && len(decl.Decls) == 1 {
			isOf := p.isName("of")
			dd := decl.Decls[0]
			if dd.Init != nil {
				_, isIdent := dd.Target.(*Identifier)
				if isOf || p.strict() || kind != DeclVar || !isIdent || isAwait {
					if isOf {
						p.errAt(int(dd.Start), "for-of loop variable declaration may not have an initializer.")
					}
					p.errAt(int(dd.Start), "for-in loop variable declaration may not have an initializer.")
				}
			}
			return p.parseForInOf(start, isOf, isAwait, kind, dd.Target, dd.Init)
		}
		if p.isName("of") || p.isName("in") {
			if p.isName("of") {
				p.errAt(initStart, "Invalid left-hand side in for-of loop: Must have a single binding.")
			}
			p.errAt(initStart, "Invalid left-hand side in for-in loop: Must have a single binding.")
		}
		for _, dd := range decl.Decls {
			if dd.Init == nil {
				if kind == DeclConst {
					p.errAt(int(dd.Start), "Missing initializer in const declaration")
				}
				if _, ok := dd.Target.(*Identifier); !ok {
					p.errAt(int(dd.Start), "Missing initializer in destructuring declaration")
				}
			}
		}
		if isAwait {
			p.unexpected()
		}
		init = decl
		return p.parseForRest(start, init)
	}
	// An expression or assignment target.
	startsWithLet := p.isName("let")
	startsWithAsync := p.isName("async") && !p.escaped
	errs := newCoverErrs()
	x := p.parseExprWithErrs(true, errs)
	if p.isName("of") || p.isName("in") {
		isOf := p.isName("of")
		if isOf && startsWithLet {
			p.errAt(initStart, "The left-hand side of a for-of loop may not be 'let'.")
		}
		if isOf && startsWithAsync && !isAwait {
			if id, ok := x.(*Identifier); ok && id.Name == "async" && !p.parenthesized(x) {
				p.errAt(initStart, "The left-hand side of a for-of loop may not be 'async'.")
			}
		}
		target := p.toAssignTarget(x, "Invalid left-hand side in for-loop")
		return p.parseForInOf(start, isOf, isAwait, DeclNone, target, nil)
	}
	p.checkCoverErrs(errs)
	if isAwait {
		p.unexpected()
	}
	return p.parseForRest(start, &ExprStmt{Loc: x.NodeLoc(), X: x})
}

func (p *parser) parseForRest(start int, init Stmt) Stmt {
	p.expect(tSemi)
	var test, update Expr
	if p.tok != tSemi {
		test = p.parseExpression(false)
	}
	p.expect(tSemi)
	if p.tok != tRParen {
		update = p.parseExpression(false)
	}
	p.expect(tRParen)
	body := p.parseLoopBody()
	f := &For{Loc: p.loc(start), Init: init, Test: test, Update: update, Body: body}
	return f
}

func (p *parser) parseForInOf(start int, isOf, isAwait bool, kind DeclKind, target Pattern, init Expr) Stmt {
	p.next() // in/of
	var right Expr
	if isOf {
		p.features |= FeatureForOf
		right = p.parseMaybeAssign(false, nil)
	} else {
		if isAwait {
			p.errAt(start, "Unexpected reserved word")
		}
		right = p.parseExpression(false)
	}
	p.expect(tRParen)
	body := p.parseLoopBody()
	if isOf {
		return &ForOf{Loc: p.loc(start), Kind: kind, Target: target, Right: right, Body: body, Await: isAwait}
	}
	return &ForIn{Loc: p.loc(start), Kind: kind, Target: target, Init: init, Right: right, Body: body}
}

// ---------------------------------------------------------------------------
// Binding patterns (ECMA-262 §14.3.3)

// parseBindingTarget parses a BindingIdentifier or BindingPattern declared
// with kind (DeclLet for catch parameters, DeclNone for parameters).
func (p *parser) parseBindingTarget(kind DeclKind) Pattern {
	p.enter()
	defer p.leave()
	start := p.start
	switch p.tok {
	case tLBracket:
		p.features |= FeatureDestructuring
		p.next()
		ap := &ArrayPattern{}
		for p.tok != tRBracket {
			if p.tok == tComma {
				p.next()
				ap.Elems = append(ap.Elems, nil)
				continue
			}
			if p.tok == tEllipsis {
				restStart := p.start
				p.next()
				ap.Rest = p.parseBindingTarget(kind)
				if _, ok := ap.Rest.(*Identifier); !ok {
					p.features |= FeatureNestedRestBinding
				}
				if p.tok == tEq {
					// V8 parses the rest operand as an assignment and
					// underlines it, from the "...", when it has an initializer.
					p.next()
					p.parseMaybeAssign(false, nil)
					p.errRange(int32(restStart), int32(p.prevEnd), "Invalid destructuring assignment target")
				}
				if p.tok != tRBracket {
					p.errRange(int32(restStart), int32(p.prevEnd), "Rest element must be last element")
				}
				break
			}
			ap.Elems = append(ap.Elems, p.parseBindingElement(kind))
			if p.tok != tRBracket {
				p.expect(tComma)
			}
		}
		p.expect(tRBracket)
		ap.Loc = p.loc(start)
		return ap
	case tLBrace:
		p.features |= FeatureDestructuring
		p.next()
		op := &ObjectPattern{}
		for p.tok != tRBrace {
			if p.tok == tEllipsis {
				p.features |= FeatureObjectRestSpread
				p.next()
				rstart := p.start
				if p.tok != tName && p.tok != tLBracket && p.tok != tLBrace {
					p.unexpected()
				}
				op.Rest = p.parseBindingTarget(kind)
				_, ok := op.Rest.(*Identifier)
				if p.tok == tEq {
					p.next()
					p.parseMaybeAssign(false, nil)
					ok = false
				}
				if !ok {
					// V8 underlines the whole operand, initializer included.
					p.errRange(int32(rstart), int32(p.prevEnd), "`...` must be followed by an identifier in declaration contexts")
				}
				if p.tok != tRBrace {
					p.errNode(op.Rest, "Rest element must be last element")
				}
				break
			}
			pstart := p.start
			if p.tok == tName && !p.isKeyFollowedByColon() {
				// Shorthand: {a} or {a = 1}.
				id := p.parseBindingIdent(kind)
				var val Pattern = id
				if p.tok == tEq {
					p.next()
					def := p.parseMaybeAssign(false, nil)
					val = &AssignPattern{Loc: p.loc(pstart), Target: id, Default: def}
				}
				op.Props = append(op.Props, &PatternProp{Loc: p.loc(pstart), Key: nameString(id.Loc, id.Name),
					Value: val, Shorthand: true})
			} else {
				key, computed := p.parsePropertyKey()
				p.expect(tColon)
				val := p.parseBindingElement(kind)
				op.Props = append(op.Props, &PatternProp{Loc: p.loc(pstart), Key: key, Computed: computed, Value: val})
			}
			if p.tok != tRBrace {
				p.expect(tComma)
			}
		}
		p.expect(tRBrace)
		op.Loc = p.loc(start)
		return op
	}
	return p.parseBindingIdent(kind)
}

// isKeyFollowedByColon reports whether the current name token is a
// property key (followed by ':' or '(') rather than a shorthand.
func (p *parser) isKeyFollowedByColon() bool {
	tok, _, _, _ := p.peek()
	return tok == tColon
}

func (p *parser) parseBindingElement(kind DeclKind) Pattern {
	start := p.start
	target := p.parseBindingTarget(kind)
	if p.tok == tEq {
		p.next()
		p.features |= FeatureDefaultArgument
		def := p.parseMaybeAssign(false, nil)
		return &AssignPattern{Loc: p.loc(start), Target: target, Default: def}
	}
	return target
}

func (p *parser) parseBindingIdent(kind DeclKind) *Identifier {
	if p.tok != tName {
		p.unexpected()
	}
	name, start := p.name, p.start
	if (kind == DeclLet || kind == DeclConst) && name == "let" {
		p.errRange(int32(start), int32(p.lexer.end), "let is disallowed as a lexically bound name")
	}
	p.checkIdentifier(name, start, p.escaped, true)
	p.next()
	return p.newIdent(p.loc(start), name)
}

// ---------------------------------------------------------------------------
// Functions

// parseFunction parses a function after the `function` keyword (and after
// `async` when isAsync): optional `*`, name, parameters and body.
func (p *parser) parseFunction(start int, isAsync, isDecl, nameOptional bool) *Function {
	fn := &Function{IsAsync: isAsync, IsDeclaration: isDecl, Kind: FuncNormal}
	if p.eat(tStar) {
		fn.IsGenerator = true
		p.features |= FeatureGenerator
	}
	if isAsync {
		p.features |= FeatureAsyncAwait
		if fn.IsGenerator {
			p.features |= FeatureAsyncGenerator
		}
	}
	if p.tok == tName {
		nstart := p.start
		name, esc := p.name, p.escaped
		if isDecl {
			p.checkIdentifier(name, nstart, esc, true)
		} else {
			// A function expression's name is checked in its own context.
			saved := p.fc
			p.fc = &funcCtx{parent: saved, strict: saved.strict, isAsync: isAsync, isGenerator: fn.IsGenerator}
			p.checkIdentifier(name, nstart, esc, true)
			p.fc = saved
		}
		p.next()
		fn.Name = &Identifier{Loc: p.loc(nstart), Name: name}
	} else if !nameOptional {
		if isDecl {
			if p.tok == tLParen {
				// V8 marks the token before the '(': function, or the *.
				n := len("function")
				if fn.IsGenerator {
					n = len("*")
				}
				p.errRange(int32(p.prevEnd-n), int32(p.prevEnd), "Function statements require a function name")
			}
			p.unexpected()
		}
		if p.tok != tLParen {
			p.unexpected()
		}
	}
	p.parseFunctionRest(fn, start, false, false)
	return fn
}

// parseFunctionRest parses `(params) { body }` into fn, in a new function
// context. isMethod allows super property access; derived allows super().
func (p *parser) parseFunctionRest(fn *Function, start int, isMethod, derived bool) {
	outer := p.fc
	fc := &funcCtx{
		parent:         outer,
		fn:             fn,
		strict:         outer.strict,
		isAsync:        fn.IsAsync,
		isGenerator:    fn.IsGenerator,
		allowNewTarget: true,
		allowSuperProp: isMethod,
		allowSuperCall: derived,
		allowReturn:    true,
	}
	p.fc = fc
	savedYield, savedAwait, savedAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	p.expect(tLParen)
	fn.Params = p.parseParams()
	fn.paramsEnd = int32(p.prevEnd)
	p.parseFunctionBody(fn)
	fn.Loc = p.loc(start)
	p.fc = outer
	p.yieldPos, p.awaitPos, p.awaitIdentPos = savedYield, savedAwait, savedAwaitIdent
}

// parseParams parses formal parameters after '(' up to and including ')'.
func (p *parser) parseParams() []Pattern {
	p.fc.inParams = true
	dynamic := p.opts.ParamsEnd > 0 && !p.paramsSeen
	p.paramsSeen = true
	var params []Pattern
	for p.tok != tRParen {
		if p.tok == tEllipsis {
			rstart := p.start
			p.next()
			p.features |= FeatureRestArgument
			target := p.parseBindingTarget(DeclNone)
			if p.tok == tEq {
				p.errAt(p.start, "Rest parameter may not have a default initializer")
			}
			params = append(params, &RestElement{Loc: p.loc(rstart), Target: target})
			if p.tok == tComma {
				p.errAt(p.start, "Rest parameter must be last formal parameter")
			}
			break
		}
		params = append(params, p.parseBindingElement(DeclNone))
		if p.tok != tComma {
			break
		}
		p.next()
	}
	if dynamic {
		// V8 checks where a dynamic function's parameters end before the ")".
		switch end := p.opts.ParamsEnd; {
		case p.start < end:
			p.errAt(p.start, "Arg string terminates parameters early")
		case p.start > end:
			p.errRange(int32(end-2), int32(end), "Unexpected end of arg string")
		}
	}
	p.expect(tRParen)
	p.fc.inParams = false
	return params
}

// parseFunctionBody parses `{ body }` for fn in the current (fn's) context
// and applies the checks that depend on the body's strictness.
func (p *parser) parseFunctionBody(fn *Function) {
	wasStrict := p.fc.strict
	p.expect(tLBrace)
	fn.Body = p.parseBody(tRBrace, fn, ctxListItem)
	p.next()
	fn.Strict = p.fc.strict
	if fn.Body == nil {
		fn.Body = []Stmt{}
	}
	p.finishParams(fn, !wasStrict && fn.Strict)
}

// finishParams computes the parameter summary fields and, when the body
// turned the function strict, re-checks names declared before the
// directive was seen.
func (p *parser) finishParams(fn *Function, becameStrict bool) {
	fn.HasSimpleParams = isSimpleParamList(fn.Params)
	fn.ParamCount = 0
	for _, prm := range fn.Params {
		if _, ok := prm.(*AssignPattern); ok {
			break
		}
		if _, ok := prm.(*RestElement); ok {
			break
		}
		fn.ParamCount++
	}
	if becameStrict {
		if fn.Name != nil {
			p.checkStrictBindingName(fn.Name)
		}
		for _, prm := range fn.Params {
			forEachBoundIdent(prm, p.checkStrictBindingName)
		}
	}
}

func (p *parser) checkStrictBindingName(id *Identifier) {
	if id.Name == "eval" || id.Name == "arguments" {
		p.errNode(id, "Unexpected eval or arguments in strict mode")
	}
	if isStrictReserved(id.Name) {
		p.errAt(int(id.Start), "Unexpected strict mode reserved word")
	}
}

// forEachBoundIdent calls f for every identifier a pattern binds.
// ForEachBoundIdent calls f for every identifier a binding pattern binds,
// in source order.
func ForEachBoundIdent(pat Pattern, f func(*Identifier)) { forEachBoundIdent(pat, f) }

func forEachBoundIdent(pat Pattern, f func(*Identifier)) {
	switch t := pat.(type) {
	case *Identifier:
		f(t)
	case *AssignPattern:
		forEachBoundIdent(t.Target, f)
	case *RestElement:
		forEachBoundIdent(t.Target, f)
	case *ArrayPattern:
		for _, e := range t.Elems {
			if e != nil {
				forEachBoundIdent(e, f)
			}
		}
		if t.Rest != nil {
			forEachBoundIdent(t.Rest, f)
		}
	case *ObjectPattern:
		for _, pp := range t.Props {
			forEachBoundIdent(pp.Value, f)
		}
		if t.Rest != nil {
			forEachBoundIdent(t.Rest, f)
		}
	}
}

// ---------------------------------------------------------------------------
// Modules (ECMA-262 §16.2)

func (p *parser) parseModuleSpecifier() string {
	if p.tok != tString {
		p.unexpected()
	}
	s := utf16ToString(p.str)
	p.next()
	return s
}

func (p *parser) parseImportAttributes() []*ImportAttribute {
	if !(p.isName("with") || p.isName("assert") && !p.nlBefore) {
		return nil
	}
	p.features |= FeatureImportAttributes
	p.next()
	p.expect(tLBrace)
	var attrs []*ImportAttribute
	seen := map[string]bool{}
	for p.tok != tRBrace {
		astart := p.start
		var key string
		switch p.tok {
		case tName:
			key = p.name
		case tString:
			key = utf16ToString(p.str)
		default:
			p.unexpected()
		}
		if seen[key] {
			p.errAt(astart, "Import attribute has duplicate key '%s'", key)
		}
		seen[key] = true
		p.next()
		p.expect(tColon)
		if p.tok != tString {
			p.unexpected()
		}
		val := utf16ToString(p.str)
		p.next()
		attrs = append(attrs, &ImportAttribute{Loc: p.loc(astart), Key: key, Value: val})
		if p.tok != tRBrace {
			p.expect(tComma)
		}
	}
	p.next()
	return attrs
}

// parseModuleExportName parses an IdentifierName or a string literal
// (ECMA-262 §16.2.2 ModuleExportName), which must be well-formed Unicode.
func (p *parser) parseModuleExportName() (name string, isString bool) {
	switch p.tok {
	case tName:
		name = p.name
		p.next()
		return name, false
	case tString:
		for i := 0; i < len(p.str); i++ {
			c := p.str[i]
			if c >= 0xd800 && c <= 0xdbff && i+1 < len(p.str) && p.str[i+1] >= 0xdc00 && p.str[i+1] <= 0xdfff {
				i++
				continue
			}
			if c >= 0xd800 && c <= 0xdfff {
				p.errAt(p.start, "Invalid module export name: contains unpaired surrogate")
			}
		}
		name = utf16ToString(p.str)
		p.next()
		return name, true
	}
	p.unexpected()
	return "", false
}

func (p *parser) parseImport(start int) Stmt {
	p.next() // import
	d := &ImportDecl{}
	if p.tok == tString {
		d.Source = p.parseModuleSpecifier()
		d.Attributes = p.parseImportAttributes()
		p.semicolon()
		d.Loc = p.loc(start)
		return d
	}
	if p.tok == tName {
		d.Default = p.parseBindingIdent(DeclConst)
		if !p.eat(tComma) {
			goto from
		}
	}
	if p.tok == tStar {
		p.next()
		p.expectName("as")
		d.Namespace = p.parseBindingIdent(DeclConst)
	} else if p.tok == tLBrace {
		p.next()
		for p.tok != tRBrace {
			sstart := p.start
			nameTok, nameEsc := p.tok, p.escaped
			imported, isStr := p.parseModuleExportName()
			var local *Identifier
			if p.eatName("as") {
				local = p.parseBindingIdent(DeclConst)
			} else {
				if isStr || nameTok != tName {
					p.unexpected()
				}
				if isReserved(imported) {
					p.errAt(sstart, "Unexpected reserved word")
				}
				p.checkIdentifier(imported, sstart, nameEsc, true)
				local = &Identifier{Loc: p.loc(sstart), Name: imported}
			}
			d.Specifiers = append(d.Specifiers, &ImportSpecifier{Loc: p.loc(sstart), Imported: imported, Local: local})
			if p.tok != tRBrace {
				p.expect(tComma)
			}
		}
		p.next()
	} else {
		p.unexpected()
	}
from:
	p.expectName("from")
	d.Source = p.parseModuleSpecifier()
	d.Attributes = p.parseImportAttributes()
	p.semicolon()
	d.Loc = p.loc(start)
	return d
}

func (p *parser) parseExport(start int) Stmt {
	p.next() // export
	switch {
	case p.tok == tStar:
		p.next()
		e := &ExportAll{}
		if p.eatName("as") {
			p.features |= FeatureExportStarAs
			e.HasAlias = true
			e.Exported, _ = p.parseModuleExportName()
		}
		p.expectName("from")
		e.Source = p.parseModuleSpecifier()
		e.Attributes = p.parseImportAttributes()
		p.semicolon()
		e.Loc = p.loc(start)
		return e
	case p.tok == tLBrace:
		p.next()
		e := &ExportNamed{}
		var localStrings []int
		var reserved []int
		for p.tok != tRBrace {
			sstart := p.start
			isRes := p.tok == tName && isReserved(p.name)
			local, isStr := p.parseModuleExportName()
			exported := local
			if p.eatName("as") {
				exported, _ = p.parseModuleExportName()
			}
			if isStr {
				localStrings = append(localStrings, sstart)
			}
			if isRes {
				reserved = append(reserved, sstart)
			}
			e.Specifiers = append(e.Specifiers, &ExportSpecifier{Loc: p.loc(sstart), Local: local, Exported: exported})
			if p.tok != tRBrace {
				p.expect(tComma)
			}
		}
		p.next()
		if p.isName("from") {
			p.next()
			e.HasSource = true
			e.Source = p.parseModuleSpecifier()
			e.Attributes = p.parseImportAttributes()
		} else {
			if len(localStrings) > 0 {
				p.errAt(localStrings[0], "String literal module export names must be followed by a 'from' clause")
			}
			if len(reserved) > 0 {
				p.errAt(reserved[0], "Unexpected reserved word")
			}
			for _, s := range e.Specifiers {
				s.Ref = &Identifier{Loc: Loc{s.Start, s.Start + int32(len(s.Local))}, Name: s.Local}
			}
		}
		p.semicolon()
		e.Loc = p.loc(start)
		return e
	case p.isName("default"):
		p.next()
		e := &ExportDefault{}
		dstart := p.start
		if p.isName("function") {
			p.next()
			fn := p.parseFunction(dstart, false, true, true)
			e.Decl = &FunctionDecl{Loc: fn.Loc, Func: fn}
		} else if p.isName("async") {
			if tok, name, nl, _ := p.peek(); tok == tName && name == "function" && !nl {
				p.next()
				p.next()
				fn := p.parseFunction(dstart, true, true, true)
				e.Decl = &FunctionDecl{Loc: fn.Loc, Func: fn}
			}
		} else if p.isName("class") {
			p.next()
			c := p.parseClass(dstart, true, true)
			e.Decl = &ClassDecl{Loc: c.Loc, Class: c}
		}
		if e.Decl == nil {
			e.Expr = p.parseMaybeAssign(false, nil)
			p.semicolon()
		}
		e.Loc = p.loc(start)
		return e
	case p.tok == tName && (p.name == "var" || p.name == "let" || p.name == "const" || p.name == "function" ||
		p.name == "class" || p.name == "async"):
		if p.name == "async" {
			if tok, name, nl, _ := p.peek(); !(tok == tName && name == "function" && !nl) {
				p.unexpected()
			}
		}
		decl := p.parseStatement(ctxListItem)
		return &ExportDecl{Loc: p.loc(start), Decl: decl}
	}
	p.unexpected()
	return nil
}
