package regex

import "sort"

// Class sets of the v flag (§22.2.1 ClassSetExpression): nested classes, && and -- operators, \q{…} string
// disjunctions. A class value is a set of characters plus a set of strings that are not one character long.

type classVal struct {
	set    *charSet
	strs   map[string]bool // strings of length other than one
	mayStr bool            // MayContainStrings (§22.2.1.6), a static property that decides [^…] validity
}

func (a classVal) union(b classVal) classVal {
	s := a.set.clone()
	s.addSet(b.set)
	s.normalize()
	strs := map[string]bool{}
	for k := range a.strs {
		strs[k] = true
	}
	for k := range b.strs {
		strs[k] = true
	}
	return classVal{s, strs, a.mayStr || b.mayStr}
}

func (a classVal) intersect(b classVal) classVal {
	strs := map[string]bool{}
	for k := range a.strs {
		if b.strs[k] {
			strs[k] = true
		}
	}
	return classVal{a.set.intersect(b.set), strs, a.mayStr && b.mayStr}
}

func (a classVal) subtract(b classVal) classVal {
	strs := map[string]bool{}
	for k := range a.strs {
		if !b.strs[k] {
			strs[k] = true
		}
	}
	return classVal{a.set.subtract(b.set), strs, a.mayStr}
}

func (p *parser) parseClassV() node { return p.classContentsV().node() }

// node lowers a class value to an alternation of its strings, longest first (§22.2.2.7 CompileAtom for
// ClassSetExpression), then its characters, then the empty string.
func (v classVal) node() node {
	if len(v.strs) == 0 {
		return &nSet{set: v.set}
	}
	strs := make([][]rune, 0, len(v.strs))
	for k := range v.strs {
		strs = append(strs, []rune(k))
	}
	sort.Slice(strs, func(i, j int) bool {
		if len(strs[i]) != len(strs[j]) {
			return len(strs[i]) > len(strs[j])
		}
		return string(strs[i]) < string(strs[j])
	})
	var alts []node
	empty := false
	for _, s := range strs {
		if len(s) == 0 {
			empty = true
			continue
		}
		items := make([]node, len(s))
		for i, c := range s {
			items[i] = nChar{c}
		}
		alts = append(alts, &nSeq{items})
	}
	if !v.set.isEmpty() {
		alts = append(alts, &nSet{set: v.set})
	}
	if empty {
		alts = append(alts, nEmpty{})
	}
	return &nAlt{alts}
}

// classContentsV reads after '[' up to and including the matching ']', applying a leading '^'.
func (p *parser) classContentsV() classVal {
	p.enter()
	defer func() { p.depth-- }()
	neg := p.eat('^')
	v := p.classSetExpression()
	if neg {
		if v.mayStr {
			p.fail("Negated character class may contain strings")
		}
		s := v.set
		if p.ic {
			s = closeUnderFold(s, true)
		}
		v = classVal{s.negate(maxRune), nil, false}
	}
	return v
}

func (p *parser) classSetExpression() classVal {
	acc := classVal{set: &charSet{}}
	if p.eat(']') {
		return acc
	}
	first, wasRange := p.classSetOperand(true)
	op := ""
	switch {
	case p.peek() == '&' && p.peekAt(1) == '&':
		op = "&&"
	case p.peek() == '-' && p.peekAt(1) == '-':
		op = "--"
	}
	acc = first
	if op != "" && wasRange {
		p.fail("Invalid set operation in character class")
	}
	if op == "" {
		for {
			if p.eof() {
				p.fail("Unterminated character class")
			}
			if p.eat(']') {
				return acc
			}
			if p.peek() == '&' && p.peekAt(1) == '&' || p.peek() == '-' && p.peekAt(1) == '-' {
				p.fail("Invalid set operation in character class")
			}
			next, _ := p.classSetOperand(true)
			acc = acc.union(next)
		}
	}
	for {
		if p.eof() {
			p.fail("Unterminated character class")
		}
		if p.eat(']') {
			return acc
		}
		if p.peek() != rune(op[0]) || p.peekAt(1) != rune(op[1]) {
			p.fail("Invalid set operation in character class")
		}
		p.pos += 2
		if op == "&&" && p.peek() == '&' {
			p.fail("Invalid character in character class")
		}
		b, _ := p.classSetOperand(false)
		if op == "&&" {
			acc = acc.intersect(b)
		} else {
			acc = acc.subtract(b)
		}
	}
}

// classSetOperand reads a nested class, a string disjunction, a class escape or a character, and with allowRange
// a ClassSetRange, reporting whether it read one.
func (p *parser) classSetOperand(allowRange bool) (classVal, bool) {
	if p.eof() {
		p.fail("Unterminated character class")
	}
	switch {
	case p.peek() == '[':
		p.pos++
		return p.classContentsV(), false
	case p.peek() == '\\' && p.peekAt(1) == 'q':
		p.pos += 2
		if !p.eat('{') {
			p.fail("Invalid escape")
		}
		return p.classStringDisjunction(), false
	case p.peek() == '\\':
		p.pos++
		if p.eof() {
			p.fail("\\ at end of pattern")
		}
		if v, ok := p.classEscape(true); ok {
			return v, false
		}
		p.pos--
	}
	lo := p.classSetCharacter()
	if allowRange && p.peek() == '-' && p.peekAt(1) != '-' {
		p.pos++
		hi := p.classSetCharacter()
		if lo > hi {
			p.fail("Range out of order in character class")
		}
		return classVal{set: newSet(rng{lo, hi})}, true
	}
	return classVal{set: newSet(rng{lo, lo})}, false
}

func (p *parser) classStringDisjunction() classVal {
	v := classVal{set: &charSet{}, strs: map[string]bool{}}
	var cur []rune
	flush := func() {
		if len(cur) == 1 {
			v.set.add(cur[0], cur[0])
		} else {
			v.strs[string(cur)] = true
			v.mayStr = true
		}
		cur = cur[:0]
	}
	for {
		if p.eof() {
			p.fail("Unterminated character class")
		}
		switch p.peek() {
		case '}':
			p.pos++
			flush()
			v.set.normalize()
			return v
		case '|':
			p.pos++
			flush()
			continue
		}
		cur = append(cur, p.classSetCharacter())
	}
}

// classSetCharacter reads ClassSetCharacter: a character that is not ClassSetSyntaxCharacter nor the start of a
// ClassSetReservedDoublePunctuator, or an escape.
func (p *parser) classSetCharacter() rune {
	if p.eof() {
		p.fail("Unterminated character class")
	}
	c := p.peek()
	if c == '\\' {
		p.pos++
		if p.eof() {
			p.fail("\\ at end of pattern")
		}
		d := p.peek()
		switch {
		case d == 'b':
			p.pos++
			return '\b'
		case isClassSetReservedPunctuator(d):
			p.pos++
			return d
		}
		return p.characterEscape(true)
	}
	if c == p.peekAt(1) && isDoublePunctuatorChar(c) {
		p.fail("Invalid set operation in character class")
	}
	switch c {
	case '(', ')', '[', ']', '{', '}', '/', '-', '|':
		p.fail("Invalid character in character class")
	}
	p.pos++
	return c
}

func isClassSetReservedPunctuator(c rune) bool {
	switch c {
	case '&', '-', '!', '#', '%', ',', ':', ';', '<', '=', '>', '@', '`', '~':
		return true
	}
	return false
}

func isDoublePunctuatorChar(c rune) bool {
	switch c {
	case '&', '!', '#', '$', '%', '*', '+', ',', '.', ':', ';', '<', '=', '>', '?', '@', '^', '`', '~':
		return true
	}
	return false
}
