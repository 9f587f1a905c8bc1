package parser

// Classes (ECMA-262 §15.7). All parts of a class are strict mode code.
// Private names are checked here rather than in the resolver because a
// class body may use `#x` before declaring it: references are collected per
// class and matched when the class body ends, then handed outwards.

// parseClass parses a class after the `class` keyword.
func (p *parser) parseClass(start int, isDecl, nameOptional bool) *Class {
	p.features |= FeatureClass
	c := &Class{IsDeclaration: isDecl}
	savedStrict := p.fc.strict
	p.fc.strict = true
	if p.tok == tName && !p.isName("extends") {
		nstart := p.start
		if isStrictReserved(p.name) {
			// V8 checks a class name as strict code, escapes or not.
			p.errRange(int32(nstart), int32(p.lexer.end), "Unexpected strict mode reserved word")
		}
		p.checkIdentifier(p.name, nstart, p.escaped, true)
		c.Name = &Identifier{Loc: Loc{int32(p.start), int32(p.end)}, Name: p.name}
		p.next()
	} else if isDecl && !nameOptional {
		p.unexpected()
	}
	if p.eatName("extends") {
		sstart := p.start
		p.enter()
		c.Super = p.parseSubscripts(p.parseExprAtom(nil), sstart, false)
		p.leave()
		p.noBareArrow(c.Super)
	}
	cc := &classCtx{parent: p.cls, class: c, declared: map[string]privKind{}}
	p.cls = cc
	p.expect(tLBrace)
	for p.tok != tRBrace {
		if p.eat(tSemi) {
			continue
		}
		if p.tok == tEOF {
			p.unexpected()
		}
		p.parseClassMember(c, cc)
	}
	p.next()
	c.Loc = p.loc(start)
	p.fc.strict = savedStrict
	p.cls = cc.parent
	// Resolve private references against this class; the rest must be
	// declared by an enclosing class.
	for _, ref := range cc.refs {
		if _, ok := cc.declared[ref.Name]; ok {
			ref.Class = c
			continue
		}
		if p.cls == nil {
			p.errAt(int(ref.Start), "Private field '%s' must be declared in an enclosing class", ref.Name)
		}
		p.cls.refs = append(p.cls.refs, ref)
	}
	return c
}

// usePrivateName records a reference to a private name in the current class.
func (p *parser) usePrivateName(pn *PrivateName) {
	if p.cls == nil {
		p.errAt(int(pn.Start), "Private field '%s' must be declared in an enclosing class", pn.Name)
	}
	p.cls.refs = append(p.cls.refs, pn)
}

func (p *parser) parseClassMember(c *Class, cc *classCtx) {
	start := p.start
	isStatic, isAsync, isGen := false, false, false
	kind := MemberMethod
	// Modifiers are contextual: `static`, `get` etc. are also valid names.
	if p.isName("static") {
		tok, _, _, _ := p.peek()
		if tok == tLBrace {
			p.next()
			p.parseStaticBlock(c, start)
			return
		}
		if tok != tLParen && tok != tEq && tok != tSemi && tok != tRBrace {
			p.next()
			isStatic = true
		}
	}
	// A method's source text (Function.prototype.toString) starts after
	// `static`, which belongs to the ClassElement, not the MethodDefinition.
	fnStart := p.start
	if p.isName("async") {
		tok, _, nl, _ := p.peek()
		if (isPropertyKeyStart(tok) || tok == tStar) && !nl {
			p.next()
			isAsync = true
		}
	}
	if p.tok == tStar {
		p.next()
		isGen = true
	}
	if !isAsync && !isGen && (p.isName("get") || p.isName("set")) {
		tok, _, _, _ := p.peek()
		if isPropertyKeyStart(tok) {
			if p.name == "get" {
				kind = MemberGetter
			} else {
				kind = MemberSetter
			}
			p.next()
		}
	}
	m := &ClassMember{Kind: kind, Static: isStatic}
	if p.tok == tPrivateName {
		m.Private = true
		pn := &PrivateName{Loc: Loc{int32(p.start), int32(p.end)}, Name: p.name, Class: c}
		m.Key = pn
		p.next()
		if pn.Name == "#constructor" {
			p.errNode(m.Key, "Classes may not have a field named 'constructor'")
		}
	} else {
		m.Key, m.Computed = p.parsePropertyKey()
	}
	keyName := ""
	if s, ok := m.Key.(*String); ok && !m.Computed {
		keyName = s.Text
	}
	if p.tok == tLParen || kind != MemberMethod || isAsync || isGen {
		// A method, accessor or the constructor.
		isCtor := !isStatic && !m.Computed && !m.Private && keyName == "constructor"
		if isCtor {
			switch {
			case kind != MemberMethod:
				p.errNode(m.Key, "Class constructor may not be an accessor")
			case isGen:
				p.errNode(m.Key, "Class constructor may not be a generator")
			case isAsync:
				p.errNode(m.Key, "Class constructor may not be an async method")
			}
			if c.Constructor != nil {
				p.errNode(m.Key, "A class may only have one constructor")
			}
			fn := p.parseMethod(fnStart, PropMethod, false, false, c.Super != nil)
			fn.Kind = FuncClassConstructor
			if c.Super != nil {
				fn.Kind = FuncDerivedConstructor
			}
			c.Constructor = fn
			return
		}
		if isStatic && !m.Computed && keyName == "prototype" {
			p.errNode(m.Key, "Classes may not have a static property named 'prototype'")
		}
		pk := PropMethod
		switch kind {
		case MemberGetter:
			pk = PropGetter
		case MemberSetter:
			pk = PropSetter
		}
		fn := p.parseMethod(fnStart, pk, isAsync, isGen, false)
		fn.IsStatic = isStatic
		m.Value = fn
		if m.Private {
			pkind := privMethod
			switch kind {
			case MemberGetter:
				pkind = privGetter
			case MemberSetter:
				pkind = privSetter
			}
			p.declarePrivate(cc, m.Key.(*PrivateName), pkind, isStatic)
			if kind == MemberMethod {
				p.features |= pick(isStatic, FeatureClassPrivateStaticMethod, FeatureClassPrivateMethod)
			} else {
				p.features |= pick(isStatic, FeatureClassPrivateStaticAccessor, FeatureClassPrivateAccessor)
			}
		}
		m.Loc = p.loc(start)
		c.Members = append(c.Members, m)
		return
	}
	// A field (ECMA-262 §15.7.1: fields named constructor are errors, and
	// static fields named prototype or constructor).
	m.Kind = MemberField
	if !m.Computed && !m.Private && (keyName == "constructor" || isStatic && keyName == "prototype") {
		if keyName == "constructor" {
			p.errNode(m.Key, "Classes may not have a field named 'constructor'")
		}
		p.errNode(m.Key, "Classes may not have a static property named 'prototype'")
	}
	if m.Private {
		p.declarePrivate(cc, m.Key.(*PrivateName), privField, isStatic)
		p.features |= pick(isStatic, FeatureClassPrivateStaticField, FeatureClassPrivateField)
	} else {
		p.features |= pick(isStatic, FeatureClassStaticField, FeatureClassField)
	}
	if p.eat(tEq) {
		outer := p.fc
		p.fc = &funcCtx{
			parent:           outer,
			strict:           true,
			allowNewTarget:   true,
			allowSuperProp:   true,
			inClassFieldInit: true,
		}
		savedYield, savedAwait, savedAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
		m.Value = p.parseMaybeAssign(false, nil)
		p.yieldPos, p.awaitPos, p.awaitIdentPos = savedYield, savedAwait, savedAwaitIdent
		p.fc = outer
	}
	p.semicolon()
	m.Loc = p.loc(start)
	c.Members = append(c.Members, m)
}

func pick(cond bool, a, b Features) Features {
	if cond {
		return a
	}
	return b
}

func (p *parser) declarePrivate(cc *classCtx, pn *PrivateName, kind privKind, isStatic bool) {
	if isStatic {
		kind |= privStatic
	}
	prev, ok := cc.declared[pn.Name]
	if ok {
		// Only a getter and a setter of the same staticness may share a name.
		pair := prev&privStatic == kind&privStatic &&
			(prev&^privStatic == privGetter && kind&^privStatic == privSetter ||
				prev&^privStatic == privSetter && kind&^privStatic == privGetter)
		if !pair {
			p.errAt(int(pn.Start), "Identifier '%s' has already been declared", pn.Name)
		}
		cc.declared[pn.Name] = prev | kind
		return
	}
	cc.declared[pn.Name] = kind
	cc.class.PrivateNames = append(cc.class.PrivateNames, pn.Name)
}

// parseStaticBlock parses `static { ... }` after `static` (ECMA-262
// §15.7.1 ClassStaticBlock): a function-like body where await is reserved,
// arguments is forbidden and return is not allowed.
func (p *parser) parseStaticBlock(c *Class, start int) {
	p.features |= FeatureClassStaticBlocks
	fn := &Function{Kind: FuncStaticBlock, IsMethod: true, IsStatic: true, Strict: true, HasSimpleParams: true}
	outer := p.fc
	p.fc = &funcCtx{
		parent:           outer,
		fn:               fn,
		strict:           true,
		allowNewTarget:   true,
		allowSuperProp:   true,
		inClassFieldInit: true,
		inStaticBlock:    true,
	}
	savedYield, savedAwait, savedAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.expect(tLBrace)
	var body []Stmt
	for p.tok != tRBrace {
		if p.tok == tEOF {
			p.unexpected()
		}
		body = append(body, p.parseStatement(ctxListItem))
	}
	p.next()
	p.yieldPos, p.awaitPos, p.awaitIdentPos = savedYield, savedAwait, savedAwaitIdent
	p.fc = outer
	if body == nil {
		body = []Stmt{}
	}
	fn.Body = body
	fn.Loc = p.loc(start)
	c.Members = append(c.Members, &ClassMember{Loc: fn.Loc, Kind: MemberStaticBlock, Static: true, Value: fn})
}
