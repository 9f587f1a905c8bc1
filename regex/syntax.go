package regex

// The parser reads Pattern (§22.2.1) with the Annex B.1.2 extensions when neither u nor v is set, into a tree of
// nodes. It works on a slice of characters: code points in unicode mode (surrogate pairs already joined), code units
// otherwise, so every position and every error is in the pattern's own alphabet.
//
// Errors carry V8's wording because programs print and compare them. The parser stops at the first error by
// panicking with a syntaxError, which Compile recovers; nothing else panics.

import "unicode/utf16"

// node is the parsed pattern. Each kind is a struct; the marker method closes the set.
type node interface{ isNode() }

type (
	nEmpty struct{}
	nChar  struct{ c rune }
	// nSet is a class or escape; neg is applied after case folding closes the set (§22.2.2.7.3).
	nSet struct {
		set *charSet
		neg bool
	}
	nSeq   struct{ items []node }
	nAlt   struct{ alts []node }
	nGroup struct {
		index int // capture number, 1-based
		body  node
	}
	nLook struct {
		behind, neg bool
		body        node
	}
	nRepeat struct {
		min, max     int // max < 0 is unbounded
		greedy       bool
		body         node
		capLo, capHi int // captures [capLo, capHi) lie inside body
	}
	nAssert  struct{ kind assertKind }
	nBackref struct {
		index int
		name  string // resolved to index once all groups are known
	}
)

func (nEmpty) isNode()    {}
func (nChar) isNode()     {}
func (*nSet) isNode()     {}
func (*nSeq) isNode()     {}
func (*nAlt) isNode()     {}
func (*nGroup) isNode()   {}
func (*nLook) isNode()    {}
func (*nRepeat) isNode()  {}
func (nAssert) isNode()   {}
func (*nBackref) isNode() {}

type assertKind uint8

const (
	assertBegin assertKind = iota
	assertEnd
	assertWord
	assertNotWord
)

// maxDepth bounds group and class nesting so that the recursive parser and compiler stay far from Go's stack limit.
const maxDepth = 10000

// maxCount is where quantifier bounds saturate; larger counts cannot be told apart on any real input.
const maxCount = 1<<31 - 1

type syntaxError struct{ msg string }

type parser struct {
	src      []rune
	pos      int
	flags    Flags
	u, v, ic bool
	ncap     int  // capturing groups in the whole pattern, counted before parsing (for \N in Annex B)
	named    bool // the pattern has a named group, which makes \k a reference everywhere
	capCount int
	names    []string // names[i] is the name of capture i, "" if unnamed
	refs     []*nBackref
	depth    int
}

func (p *parser) fail(msg string) { panic(syntaxError{msg}) }

func (p *parser) eof() bool { return p.pos >= len(p.src) }

func (p *parser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return -1
}

func (p *parser) peekAt(i int) rune {
	if p.pos+i < len(p.src) {
		return p.src[p.pos+i]
	}
	return -1
}

func (p *parser) eat(c rune) bool {
	if p.peek() == c {
		p.pos++
		return true
	}
	return false
}

// decodePattern turns the UTF-16 pattern into the parser's characters.
func decodePattern(pattern []uint16, unicodeMode bool) []rune {
	src := make([]rune, 0, len(pattern))
	for i := 0; i < len(pattern); i++ {
		c := rune(pattern[i])
		if unicodeMode && utf16.IsSurrogate(c) && c < 0xDC00 && i+1 < len(pattern) {
			if d := rune(pattern[i+1]); d >= 0xDC00 && d <= 0xDFFF {
				c = utf16.DecodeRune(c, d)
				i++
			}
		}
		src = append(src, c)
	}
	return src
}

func parse(pattern []uint16, flags Flags) (tree node, p *parser) {
	u := flags.unicodeMode()
	p = &parser{src: decodePattern(pattern, u), flags: flags, u: u, v: flags&FlagUnicodeSets != 0,
		ic: flags&FlagIgnoreCase != 0, names: []string{""}}
	p.prescan()
	tree = p.parseDisjunction()
	if !p.eof() {
		// parseDisjunction only stops early at a ')'.
		p.fail("Unmatched ')'")
	}
	for _, r := range p.refs {
		if r.name == "" {
			continue
		}
		r.index = -1
		for i, n := range p.names {
			if n == r.name {
				r.index = i
			}
		}
		if r.index < 0 {
			p.fail("Invalid named capture referenced")
		}
	}
	return tree, p
}

// prescan counts capturing groups and notes named ones, which decide how \1 and \k read (Annex B.1.2,
// CountLeftCapturingParensWithin and the [NamedCaptureGroups] parameter).
func (p *parser) prescan() {
	inClass := 0
	for i := 0; i < len(p.src); i++ {
		switch p.src[i] {
		case '\\':
			i++
		case '[':
			if inClass == 0 || p.v {
				inClass++
			}
		case ']':
			if inClass > 0 {
				inClass--
			}
		case '(':
			if inClass > 0 {
				continue
			}
			if i+1 < len(p.src) && p.src[i+1] == '?' {
				if i+2 < len(p.src) && p.src[i+2] == '<' && i+3 < len(p.src) && p.src[i+3] != '=' && p.src[i+3] != '!' {
					p.ncap++
					p.named = true
				}
				continue
			}
			p.ncap++
		}
	}
}

func (p *parser) parseDisjunction() node {
	var alts []node
	for {
		alts = append(alts, p.parseAlternative())
		if !p.eat('|') {
			break
		}
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return &nAlt{alts}
}

func (p *parser) parseAlternative() node {
	var items []node
	for !p.eof() && p.peek() != '|' && p.peek() != ')' {
		items = append(items, p.parseTerm())
	}
	switch len(items) {
	case 0:
		return nEmpty{}
	case 1:
		return items[0]
	}
	return &nSeq{items}
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.fail("Regular expression too large")
	}
}

func (p *parser) parseTerm() node {
	capBefore := p.capCount
	c := p.peek()
	var atom node
	switch c {
	case '^':
		p.pos++
		return p.noQuantifier(nAssert{assertBegin}, "Nothing to repeat")
	case '$':
		p.pos++
		return p.noQuantifier(nAssert{assertEnd}, "Nothing to repeat")
	case '\\':
		switch p.peekAt(1) {
		case 'b':
			p.pos += 2
			return p.noQuantifier(nAssert{assertWord}, "Nothing to repeat")
		case 'B':
			p.pos += 2
			return p.noQuantifier(nAssert{assertNotWord}, "Nothing to repeat")
		}
		p.pos++
		atom = p.parseAtomEscape()
	case '(':
		if p.peekAt(1) == '?' {
			behind := p.peekAt(2) == '<' && (p.peekAt(3) == '=' || p.peekAt(3) == '!')
			if p.peekAt(2) == '=' || p.peekAt(2) == '!' || behind {
				p.enter()
				neg := p.peekAt(2) == '!' || behind && p.peekAt(3) == '!'
				p.pos += 3
				if behind {
					p.pos++
				}
				body := p.parseDisjunction()
				if !p.eat(')') {
					p.fail("Unterminated group")
				}
				p.depth--
				look := &nLook{behind: behind, neg: neg, body: body}
				if behind || p.u {
					// Lookbehinds are never quantifiable; lookaheads only through Annex B's QuantifiableAssertion.
					return p.noQuantifier(look, "Invalid quantifier")
				}
				atom = look
				break
			}
		}
		atom = p.parseGroup()
	case '.':
		p.pos++
		atom = p.dotNode()
	case '[':
		p.pos++
		atom = p.parseClass()
	case '*', '+', '?':
		p.fail("Nothing to repeat")
	case '{':
		if _, _, ok := p.tryBraces(); ok {
			p.fail("Nothing to repeat")
		}
		if p.u {
			p.fail("Lone quantifier brackets")
		}
		p.pos++
		atom = nChar{c}
	case '}', ']':
		if p.u {
			p.fail("Lone quantifier brackets")
		}
		p.pos++
		atom = nChar{c}
	default:
		p.pos++
		atom = nChar{c}
	}
	return p.parseQuantifier(atom, capBefore)
}

// noQuantifier returns n, failing with msg if a quantifier follows it.
func (p *parser) noQuantifier(n node, msg string) node {
	switch p.peek() {
	case '*', '+', '?':
		p.fail(msg)
	case '{':
		if _, _, ok := p.tryBraces(); ok {
			p.fail(msg)
		}
	}
	return n
}

func (p *parser) parseQuantifier(atom node, capBefore int) node {
	var lo, hi int
	switch p.peek() {
	case '*':
		lo, hi = 0, -1
		p.pos++
	case '+':
		lo, hi = 1, -1
		p.pos++
	case '?':
		lo, hi = 0, 1
		p.pos++
	case '{':
		var ok bool
		lo, hi, ok = p.tryBraces()
		if !ok {
			if p.u {
				p.fail("Incomplete quantifier")
			}
			return atom
		}
		if hi >= 0 && lo > hi {
			p.fail("numbers out of order in {} quantifier")
		}
	default:
		return atom
	}
	greedy := !p.eat('?')
	return &nRepeat{min: lo, max: hi, greedy: greedy, body: atom, capLo: capBefore + 1, capHi: p.capCount + 1}
}

// tryBraces reads {n}, {n,} or {n,m} at the current position and consumes it only if it is well formed.
func (p *parser) tryBraces() (lo, hi int, ok bool) {
	i := p.pos
	if i >= len(p.src) || p.src[i] != '{' {
		return 0, 0, false
	}
	i++
	lo, i, ok = p.digitsAt(i)
	if !ok {
		return 0, 0, false
	}
	hi = lo
	if i < len(p.src) && p.src[i] == ',' {
		i++
		hi = -1
		if i < len(p.src) && p.src[i] >= '0' && p.src[i] <= '9' {
			hi, i, _ = p.digitsAt(i)
		}
	}
	if i >= len(p.src) || p.src[i] != '}' {
		return 0, 0, false
	}
	p.pos = i + 1
	return lo, hi, true
}

func (p *parser) digitsAt(i int) (n, next int, ok bool) {
	start := i
	for i < len(p.src) && p.src[i] >= '0' && p.src[i] <= '9' {
		n = min(n*10+int(p.src[i]-'0'), maxCount)
		i++
	}
	return n, i, i > start
}

func (p *parser) parseGroup() node {
	p.enter()
	defer func() { p.depth-- }()
	p.pos++ // (
	index := 0
	if p.eat('?') {
		switch {
		case p.eat(':'):
		case p.eat('<'):
			name := p.parseGroupName()
			for _, n := range p.names {
				if n == name {
					p.fail("Duplicate capture group name")
				}
			}
			p.capCount++
			index = p.capCount
			p.names = append(p.names, name)
		default:
			p.fail("Invalid group")
		}
	} else {
		p.capCount++
		index = p.capCount
		p.names = append(p.names, "")
	}
	body := p.parseDisjunction()
	if !p.eat(')') {
		p.fail("Unterminated group")
	}
	if index == 0 {
		return body
	}
	return &nGroup{index: index, body: body}
}

// parseGroupName reads RegExpIdentifierName '>' (§22.2.1). Names allow \u escapes and, even outside unicode
// mode, surrogate pairs written directly.
func (p *parser) parseGroupName() string {
	var name []rune
	for {
		c, ok := p.nameChar()
		if !ok {
			p.fail("Invalid capture group name")
		}
		if c == '>' && len(name) > 0 {
			return string(name)
		}
		if len(name) == 0 && !IsIDStart(c) || len(name) > 0 && !IsIDPart(c) {
			p.fail("Invalid capture group name")
		}
		name = append(name, c)
	}
}

func (p *parser) nameChar() (rune, bool) {
	if p.eof() {
		return 0, false
	}
	c := p.src[p.pos]
	p.pos++
	if c == '\\' {
		if !p.eat('u') {
			return 0, false
		}
		return p.unicodeEscape(true)
	}
	if c >= 0xD800 && c <= 0xDBFF && !p.eof() && p.peek() >= 0xDC00 && p.peek() <= 0xDFFF {
		c = utf16.DecodeRune(c, p.src[p.pos])
		p.pos++
	}
	return c, true
}

// unicodeEscape reads what follows \u in unicode mode: XXXX, a lead XXXX followed by \uXXXX trail, or {X…}.
func (p *parser) unicodeEscape(braces bool) (rune, bool) {
	if braces && p.eat('{') {
		v, n := rune(0), 0
		for p.peek() != '}' {
			d := hexVal(p.peek())
			if d < 0 {
				return 0, false
			}
			v = v*16 + d
			if v > maxRune {
				return 0, false
			}
			p.pos++
			n++
		}
		p.pos++
		return v, n > 0
	}
	v, ok := p.hex(4)
	if !ok {
		return 0, false
	}
	if v >= 0xD800 && v <= 0xDBFF && p.peek() == '\\' && p.peekAt(1) == 'u' {
		save := p.pos
		p.pos += 2
		if t, ok := p.hex(4); ok && t >= 0xDC00 && t <= 0xDFFF {
			return utf16.DecodeRune(v, t), true
		}
		p.pos = save
	}
	return v, true
}

func (p *parser) hex(n int) (rune, bool) {
	v := rune(0)
	for i := 0; i < n; i++ {
		d := hexVal(p.peekAt(i))
		if d < 0 {
			return 0, false
		}
		v = v*16 + d
	}
	p.pos += n
	return v, true
}

func hexVal(c rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

func (p *parser) top() rune {
	if p.u {
		return maxRune
	}
	return 0xFFFF
}

func (p *parser) dotNode() node {
	if p.flags&FlagDotAll != 0 {
		return &nSet{set: newSet(rng{0, p.top()})}
	}
	return &nSet{set: lineTermSet, neg: true}
}

// parseAtomEscape reads AtomEscape after the backslash (§22.2.1, Annex B.1.2 without u).
func (p *parser) parseAtomEscape() node {
	if p.eof() {
		p.fail("\\ at end of pattern")
	}
	c := p.peek()
	switch {
	case c >= '1' && c <= '9':
		save := p.pos
		n, next, _ := p.digitsAt(p.pos)
		if n <= p.ncap {
			p.pos = next
			r := &nBackref{index: n}
			p.refs = append(p.refs, r)
			return r
		}
		if p.u {
			p.fail("Invalid escape")
		}
		p.pos = save
		return nChar{p.legacyEscape()}
	case c == 'k':
		if p.u || p.named {
			p.pos++
			if !p.eat('<') {
				p.fail("Invalid named reference")
			}
			name := p.parseGroupName()
			r := &nBackref{name: name}
			p.refs = append(p.refs, r)
			return r
		}
	}
	if v, ok := p.classEscape(false); ok {
		return v.node()
	}
	return nChar{p.characterEscape(false)}
}

// classEscape reads \d \D \s \S \w \W and, in unicode mode, \p{…} \P{…}. Only a property of strings (v flag)
// gives a value with strings.
func (p *parser) classEscape(inClass bool) (classVal, bool) {
	c := p.peek()
	var s *charSet
	neg := false
	switch c {
	case 'd', 'D':
		s, neg = digitSet, c == 'D'
	case 's', 'S':
		s, neg = spaceSet, c == 'S'
	case 'w', 'W':
		s, neg = p.wordChars(), c == 'W'
	case 'p', 'P':
		if !p.u {
			return classVal{}, false
		}
		p.pos++
		return p.parseProperty(inClass, c == 'P'), true
	default:
		return classVal{}, false
	}
	p.pos++
	if neg {
		s = s.negate(p.top())
	}
	return classVal{set: s}, true
}

// wordChars is WordCharacters (§22.2.2.9.4): with u/v and i it also holds the two non-ASCII characters that fold
// into it, U+017F and U+212A.
func (p *parser) wordChars() *charSet {
	if p.u && p.ic {
		return wordSetUnicodeIC
	}
	return wordSet
}

var wordSetUnicodeIC = &charSet{r: []rng{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}, {0x17F, 0x17F},
	{0x212A, 0x212A}}, latin1: [4]uint64{0x3ff000000000000, 0x7fffffe87fffffe}}

func (p *parser) parseProperty(inClass, neg bool) classVal {
	msg := "Invalid property name"
	if inClass {
		msg = "Invalid property name in character class"
	}
	if !p.eat('{') {
		p.fail(msg)
	}
	start := p.pos
	for !p.eof() && p.peek() != '}' {
		c := p.peek()
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '=') {
			p.fail(msg)
		}
		p.pos++
	}
	if p.eof() {
		p.fail(msg)
	}
	body := string(p.src[start:p.pos])
	p.pos++
	if s, ok := propertySet(body); ok {
		if neg {
			s = s.negate(maxRune)
		}
		return classVal{set: s}
	}
	// A property of strings exists only with the v flag, and its complement is not a set of characters
	// (§22.2.1.1 Static Semantics: Early Errors for \P{…} and MayContainStrings).
	v, ok := stringProperty(body)
	if !ok || !p.v || neg {
		p.fail(msg)
	}
	return v
}

// characterEscape reads CharacterEscape (and Annex B's identity and legacy octal escapes) after the backslash.
func (p *parser) characterEscape(inClass bool) rune {
	c := p.peek()
	p.pos++
	switch c {
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case 'c':
		if l := p.peek(); l >= 'a' && l <= 'z' || l >= 'A' && l <= 'Z' {
			p.pos++
			return l % 32
		}
		if inClass && !p.u {
			if l := p.peek(); l >= '0' && l <= '9' || l == '_' {
				p.pos++
				return l % 32
			}
		}
		if p.u {
			p.fail("Invalid Unicode escape")
		}
		// Annex B: a backslash before a c that starts no control escape is itself.
		p.pos--
		return '\\'
	case '0':
		if d := p.peek(); d >= '0' && d <= '9' {
			if p.u {
				p.fail("Invalid decimal escape")
			}
			p.pos--
			return p.legacyEscape()
		}
		return 0
	case 'x':
		if v, ok := p.hex(2); ok {
			return v
		}
		if p.u {
			p.fail("Invalid escape")
		}
		return 'x'
	case 'u':
		if p.u {
			v, ok := p.unicodeEscape(true)
			if !ok {
				p.fail("Invalid Unicode escape")
			}
			return v
		}
		if v, ok := p.hex(4); ok {
			return v
		}
		return 'u'
	}
	if p.u {
		if isSyntaxChar(c) || c == '/' || inClass && c == '-' {
			return c
		}
		p.fail("Invalid escape")
	}
	if c >= '1' && c <= '9' {
		p.pos--
		return p.legacyEscape()
	}
	if c == 'k' && p.named {
		p.fail("Invalid named reference")
	}
	return c
}

// legacyEscape reads Annex B's LegacyOctalEscapeSequence, or \8 and \9 as the digits themselves.
func (p *parser) legacyEscape() rune {
	c := p.peek()
	p.pos++
	if c >= '8' {
		return c
	}
	v := c - '0'
	if d := p.peek(); d >= '0' && d <= '7' {
		p.pos++
		v = v*8 + d - '0'
		if e := p.peek(); c <= '3' && e >= '0' && e <= '7' {
			p.pos++
			v = v*8 + e - '0'
		}
	}
	return v
}

func isSyntaxChar(c rune) bool {
	switch c {
	case '^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|':
		return true
	}
	return false
}

// parseClass reads a CharacterClass after its '[' (§22.2.1 ClassContents, Annex B.1.2 ClassAtomNoDash).
func (p *parser) parseClass() node {
	if p.v {
		return p.parseClassV()
	}
	neg := p.eat('^')
	s := &charSet{}
	for {
		if p.eof() {
			p.fail("Unterminated character class")
		}
		if p.eat(']') {
			break
		}
		lo, loSet := p.classAtom()
		if p.peek() == '-' && p.peekAt(1) != ']' && p.peekAt(1) != -1 {
			p.pos++
			hi, hiSet := p.classAtom()
			if loSet != nil || hiSet != nil {
				if p.u {
					p.fail("Invalid character class")
				}
				// Annex B: a class escape at either end makes the dash literal.
				addAtom(s, lo, loSet)
				s.add('-', '-')
				addAtom(s, hi, hiSet)
				continue
			}
			if lo > hi {
				p.fail("Range out of order in character class")
			}
			s.add(lo, hi)
			continue
		}
		addAtom(s, lo, loSet)
	}
	s.normalize()
	return &nSet{set: s, neg: neg}
}

func addAtom(s *charSet, c rune, set *charSet) {
	if set != nil {
		s.addSet(set)
	} else {
		s.add(c, c)
	}
}

// classAtom reads one ClassAtom: a character, or a set for a class escape.
func (p *parser) classAtom() (rune, *charSet) {
	c := p.peek()
	p.pos++
	if c != '\\' {
		return c, nil
	}
	if p.eof() {
		p.fail("\\ at end of pattern")
	}
	switch p.peek() {
	case 'b':
		p.pos++
		return '\b', nil
	case '-':
		if p.u {
			p.pos++
			return '-', nil
		}
	case 'k':
		if !p.u {
			if p.named {
				p.fail("Invalid escape")
			}
			p.pos++
			return 'k', nil
		}
	}
	if v, ok := p.classEscape(true); ok {
		return 0, v.set
	}
	if d := p.peek(); p.u && d >= '1' && d <= '9' {
		p.fail("Invalid class escape")
	}
	return p.characterEscape(true), nil
}

// syntaxErrorMessage formats an error as V8 does.
func syntaxErrorMessage(pattern []uint16, flags Flags, msg string) string {
	return "Invalid regular expression: /" + string(utf16.Decode(pattern)) + "/" + flags.String() + ": " + msg
}
