package parser

// Parsing is recursive descent over the token stream, with two passes:
//
//  1. parse (this file, expr.go, stmt.go) builds the AST and reports every
//     early error that depends on syntactic context (strictness, labels,
//     yield/await, super, new.target, private names, assignment targets);
//  2. resolve (resolve.go) walks the finished AST, builds scopes, reports
//     redeclarations and binds every identifier reference.
//
// Scope analysis is a separate pass because arrow function parameters are
// only known to be parameters after `=>` is seen, and because direct eval
// anywhere in a function changes how every reference in it resolves.
//
// Errors abort parsing by panicking with a *SyntaxError that Parse recovers;
// no panic leaves the package.

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/regex"
)

// Options control how source text is parsed.
type Options struct {
	Module                     bool // parse as an ES module: strict, import/export, top-level await
	Strict                     bool // start in strict mode
	AllowReturnOutsideFunction bool // CommonJS top level: Node wraps files in a function (return and new.target parse)
	// FunctionBody parses the source as the body of a function (for the
	// Function constructor): return and new.target are allowed. The top
	// scope is then a ScopeFunction with a nil Func; its parameters and
	// `arguments` are the caller's to provide, so references to them stay
	// unresolved.
	FunctionBody bool
	// FunctionAsync and FunctionGenerator make the FunctionBody an async
	// and/or generator function body.
	FunctionAsync     bool
	FunctionGenerator bool
	// ParamsEnd, when above 0, is the offset of the ")" that closes the
	// parameters of the first function in the source: the Function
	// constructor's, whose parameter text must parse as parameters alone
	// (ECMA-262 §20.2.1.1.1), so a list that ends before it ("a b", "a)")
	// or past it (a comment swallowing the ")") is V8's "arg string" error.
	ParamsEnd int

	// Eval parses direct or indirect eval code: the top-level scope is
	// ScopeEval. The In* flags describe the context a direct eval runs in
	// (ECMA-262 §19.2.1.1 PerformEval steps 4-8).
	Eval bool
	// InFunction allows new.target (eval inside a non-arrow function).
	InFunction bool
	// InMethod allows super property access.
	InMethod bool
	// InDerivedConstructor allows super() calls.
	InDerivedConstructor bool
	// InClassField forbids `arguments` (eval inside a field initializer).
	InClassField bool
	// PrivateNames are the private names ("#x") visible to eval code.
	PrivateNames []string
}

// ValidateRegExp checks a regular expression literal's body and flags; its
// error's text is the whole SyntaxError message ("Invalid regular
// expression: /(/: Unterminated group"), as the regex package writes it.
var ValidateRegExp = regex.Validate

// maxDepth bounds syntactic nesting so that deeply nested input gives a
// SyntaxError instead of overflowing the Go stack (which Go grows to a
// gigabyte: ten thousand levels take a few megabytes). It is above what
// node's stack lets V8 parse: generated code nests deeply (2,300 nested
// arrays, 4,000 chained else-ifs and 2,500 nested conditionals all run on
// node, and did not here at 2,500).
const maxDepth = 10000

// funcCtx is the syntactic context of the function being parsed.
type funcCtx struct {
	parent      *funcCtx
	fn          *Function // nil at top level
	strict      bool
	isAsync     bool
	isGenerator bool
	isArrow     bool
	// Capabilities inherited by arrows from their enclosing function.
	allowNewTarget   bool
	allowSuperProp   bool
	allowSuperCall   bool
	allowReturn      bool
	inClassFieldInit bool // `arguments` forbidden; await forbidden
	inStaticBlock    bool
	inParams         bool // parsing formal parameters: yield/await expressions are errors

	labels    []label
	loopDepth int
	brkDepth  int // loops and switches
}

type label struct {
	name   string
	isLoop bool
	start  int // source offset of the labelled statement
	body   int // source offset where its body starts
}

type classCtx struct {
	parent   *classCtx
	class    *Class
	declared map[string]privKind
	refs     []*PrivateName
}

type privKind uint8

const (
	privField privKind = 1 << iota
	privMethod
	privGetter
	privSetter
	privStatic
)

type parser struct {
	lexer
	opts     Options
	filename string
	prevEnd  int
	depth    int
	// paramsSeen is set once the first function's parameters are parsed
	// (Options.ParamsEnd applies to them alone).
	paramsSeen bool
	fc         *funcCtx
	cls        *classCtx
	features   Features

	// parens records parenthesized expressions by their node, for the cover
	// grammars: `(a) = 1` is fine, `({a}) = 1` and `((a)) => 1` are not.
	// The value is the source range of the outermost parentheses.
	parens map[Expr]Loc
	// trailingComma records array literals ending in `...x,`, which cannot
	// become patterns.
	trailingComma    map[*Array]bool
	trailingCommaObj map[*Object]bool

	// Positions for arrow-parameter validity, in the style of the cover
	// grammar: the first yield/await expression seen since the position was
	// reset, or -1.
	yieldPos int
	awaitPos int
	// awaitIdentPos is the first use of `await` as an identifier, which is an
	// error if the enclosing cover turns out to be async arrow parameters.
	awaitIdentPos int

	// idents is the block the next Identifier is cut from: a program has
	// an identifier every 20-odd bytes, and one allocation per block of
	// them instead of per name is a tenth of the parser's allocations.
	idents []Identifier

	prog *Program
}

// newIdent returns a new Identifier named name at loc.
func (p *parser) newIdent(loc Loc, name string) *Identifier {
	if len(p.idents) == cap(p.idents) {
		p.idents = make([]Identifier, 0, min(256, max(16, 2*cap(p.idents))))
	}
	p.idents = p.idents[:len(p.idents)+1]
	id := &p.idents[len(p.idents)-1]
	id.Loc, id.Name = loc, name
	return id
}

// Parse parses src as a script (or a module with opts.Module) and resolves
// its scopes. filename is used in error messages only.
func Parse(src string, filename string, opts Options) (prog *Program, err error) {
	p := &parser{opts: opts, filename: filename, parens: map[Expr]Loc{}}
	p.lexer.src = src
	p.lexer.module = opts.Module
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	prog = &Program{Source: src, Filename: filename, IsModule: opts.Module}
	prog.lineStarts = computeLineStarts(src)
	p.prog = prog
	defer func() {
		if r := recover(); r != nil {
			var se *SyntaxError
			switch e := r.(type) {
			case lexError:
				se = &SyntaxError{Msg: e.msg, Loc: e.pos}
				switch {
				case e.end > e.pos:
					se.end, se.ranged = e.end, true
				case int(e.pos) >= len(src):
					// At the end of the input V8 has nothing to underline.
					se.end, se.ranged = e.pos, true
				}
			case *SyntaxError:
				se = e
			default:
				// A bug in the parser must not crash the embedding program.
				prog, err = nil, fmt.Errorf("parser: internal error in %s: %v", filename, r)
				return
			}
			se.Line, se.Column = prog.LineCol(se.Loc)
			if se.ranged {
				se.EndLine, se.EndColumn = prog.LineCol(se.end)
			}
			se.File = filename
			prog, err = nil, se
		}
	}()
	p.parseProgram()
	if err := resolveProgram(p, prog); err != nil {
		var se *SyntaxError
		if errors.As(err, &se) {
			se.Line, se.Column = prog.LineCol(se.Loc)
			if se.ranged {
				se.EndLine, se.EndColumn = prog.LineCol(se.end)
			}
			se.File = filename
		}
		return nil, err
	}
	return prog, nil
}

func computeLineStarts(src string) []int32 {
	// Most sources end lines with \n alone and hold no U+2028/U+2029 (whose
	// UTF-8 starts with E2): those are split by the vectorised byte search.
	if strings.IndexByte(src, '\r') < 0 && strings.IndexByte(src, 0xe2) < 0 {
		starts := make([]int32, 1, strings.Count(src, "\n")+1)
		for i := 0; ; {
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				return starts
			}
			i += j + 1
			starts = append(starts, int32(i))
		}
	}
	starts := []int32{0}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			starts = append(starts, int32(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, int32(i+1))
		case 0xe2:
			// U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
			if i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xa8 || src[i+2] == 0xa9) {
				i += 2
				starts = append(starts, int32(i+1))
			}
		}
	}
	return starts
}

// LineCol converts a byte offset into a 1-based line and a 0-based column
// counted in UTF-16 code units.
func (p *Program) LineCol(offset int32) (line, col int) {
	if p.lineStarts == nil {
		p.lineStarts = computeLineStarts(p.Source)
	}
	if offset < 0 {
		offset = 0
	}
	if int(offset) > len(p.Source) {
		offset = int32(len(p.Source))
	}
	i := sort.Search(len(p.lineStarts), func(i int) bool { return p.lineStarts[i] > offset }) - 1
	switch {
	case p.lcLine != i+1 || !p.runeStart(offset) || !p.runeStart(p.lcOffset):
		col = utf16Len(p.Source[p.lineStarts[i]:offset])
	case offset >= p.lcOffset:
		col = p.lcCol + utf16Len(p.Source[p.lcOffset:offset])
	default:
		col = p.lcCol - utf16Len(p.Source[offset:p.lcOffset])
	}
	p.lcOffset, p.lcLine, p.lcCol = offset, i+1, col
	return i + 1, col
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// runeStart reports whether offset is where a character of the source
// starts (or its end), so that counting from it agrees with counting from
// the line's start.
func (p *Program) runeStart(offset int32) bool {
	return int(offset) == len(p.Source) || utf8.RuneStart(p.Source[offset])
}

// ---------------------------------------------------------------------------
// Token helpers

func (p *parser) errAt(pos int, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	panic(&SyntaxError{Msg: msg, Loc: int32(pos)})
}

// errRange is errAt for an error V8 reports with the range [start, end)
// of the source underlined, not one character.
func (p *parser) errRange(start, end int32, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	panic(&SyntaxError{Msg: msg, Loc: start, end: end, ranged: true})
}

// errNode is errRange over n's source.
func (p *parser) errNode(n Node, format string, args ...any) {
	l := n.NodeLoc()
	p.errRange(l.Start, l.End, format, args...)
}

// errExpr is errRange over x with the parentheses around it, which V8
// underlines too though the AST has dropped them.
func (p *parser) errExpr(x Expr, format string, args ...any) {
	l, ok := p.parens[x]
	if !ok {
		l = x.NodeLoc()
	}
	p.errRange(l.Start, l.End, format, args...)
}

func (p *parser) parenthesized(x Expr) bool {
	_, ok := p.parens[x]
	return ok
}

func (p *parser) next() {
	p.prevEnd = p.lexer.end
	p.lexer.next()
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errAt(p.start, "Maximum nesting depth exceeded")
	}
}

func (p *parser) leave() { p.depth-- }

func (p *parser) loc(start int) Loc { return Loc{int32(start), int32(p.prevEnd)} }

// isName reports whether the current token is the unescaped identifier name.
func (p *parser) isName(name string) bool {
	return p.tok == tName && p.name == name && !p.escaped
}

// eatName consumes the current token if it is the unescaped name.
func (p *parser) eatName(name string) bool {
	if p.isName(name) {
		p.next()
		return true
	}
	return false
}

func (p *parser) eat(t token) bool {
	if p.tok == t {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(t token) {
	if p.tok != t {
		p.unexpected()
	}
	p.next()
}

func (p *parser) expectName(name string) {
	if !p.isName(name) {
		p.unexpected()
	}
	p.next()
}

// unexpected reports the current token in V8's wording.
func (p *parser) unexpected() {
	p.unexpectedAt(p.start)
}

func (p *parser) unexpectedAt(pos int) {
	// V8 underlines the whole token (nothing at the end of input) when
	// the error is at the current token.
	fail := func(format string, args ...any) {
		if pos == p.start {
			p.errRange(int32(pos), int32(max(p.lexer.end, pos)), format, args...)
		}
		p.errAt(pos, format, args...)
	}
	switch p.tok {
	case tEOF:
		fail("Unexpected end of input")
	case tNumber, tBigInt:
		fail("Unexpected number")
	case tString:
		fail("Unexpected string")
	case tTemplate, tTemplateHead:
		fail("Unexpected template string")
	case tName:
		if p.escaped && (isReserved(p.name) || p.strict() && isStrictReserved(p.name)) {
			fail("Keyword must not contain escaped characters")
		}
		if isReserved(p.name) {
			fail("Unexpected token '%s'", p.name)
		}
		if p.strict() && isStrictReserved(p.name) {
			fail("Unexpected strict mode reserved word")
		}
		if p.name == "await" && p.awaitIsKeyword() || p.name == "yield" && p.fc.isGenerator {
			fail("Unexpected reserved word")
		}
		fail("Unexpected identifier '%s'", p.name)
	case tPrivateName:
		fail("Unexpected identifier '%s'", p.name)
	case tRegExp:
		fail("Unexpected regular expression")
	}
	fail("Unexpected token '%s'", p.tokenText())
}

// semicolon implements automatic semicolon insertion (ECMA-262 §12.10.1).
func (p *parser) semicolon() {
	if p.eat(tSemi) {
		return
	}
	if p.tok == tRBrace || p.tok == tEOF || p.nlBefore {
		return
	}
	// `await x` where await is an identifier: V8 blames the await.
	if start := p.prevEnd - len("await"); start >= 0 && p.src[start:p.prevEnd] == "await" &&
		(start == 0 || !isIdentPartByte(p.src[start-1])) {
		p.errRange(int32(start), int32(p.prevEnd),
			"await is only valid in async functions and the top level bodies of modules")
	}
	p.unexpected()
}

func isIdentPartByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func (p *parser) canInsertSemicolon() bool {
	return p.tok == tEOF || p.tok == tRBrace || p.nlBefore
}

// peek returns the token after the current one without consuming anything.
func (p *parser) peek() (tok token, name string, nlBefore bool, escaped bool) {
	saved := p.lexer
	savedPrev := p.prevEnd
	p.next()
	tok, name, nlBefore, escaped = p.tok, p.name, p.nlBefore, p.escaped
	p.lexer = saved
	p.prevEnd = savedPrev
	return
}

func (p *parser) strict() bool { return p.fc.strict }

func (p *parser) awaitIsKeyword() bool {
	return p.awaitIsOperator() || p.fc.inStaticBlock && p.fc.fn != nil && p.fc.fn.Kind == FuncStaticBlock
}

// awaitIsOperator reports whether await begins an AwaitExpression here: in
// a class static block it is reserved but no operator.
func (p *parser) awaitIsOperator() bool {
	return p.fc.isAsync || p.opts.Module && p.fc.fn == nil && !p.opts.FunctionBody
}

// ---------------------------------------------------------------------------
// Reserved words (ECMA-262 §12.7.2)

// isReserved reports ReservedWord less await, which is reserved only in
// modules and async functions and is checked where those are known.
func isReserved(name string) bool {
	switch name {
	case "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
		"enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
		"new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while",
		"with":
		return true
	}
	return false
}

func isStrictReserved(name string) bool {
	switch name {
	case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
		return true
	}
	return false
}

// checkIdentifier validates name used as an IdentifierReference,
// BindingIdentifier or LabelIdentifier in the current context.
func (p *parser) checkIdentifier(name string, pos int, escaped bool, binding bool) {
	// V8 underlines the identifier's source, escapes included.
	fail := func(format string, args ...any) {
		end := pos + len(name)
		if escaped {
			end = nameEnd(p.src, pos)
		}
		p.errRange(int32(pos), int32(end), format, args...)
	}
	if isReserved(name) {
		if escaped {
			fail("Keyword must not contain escaped characters")
		}
		fail("Unexpected token '%s'", name)
	}
	if name == "yield" && p.fc.isGenerator && escaped && !binding {
		fail("Keyword must not contain escaped characters")
	}
	if p.strict() && isStrictReserved(name) {
		// V8 scans an escaped yield as a strict mode reserved word, and
		// the other escaped ones as keywords.
		if escaped && name != "yield" {
			fail("Keyword must not contain escaped characters")
		}
		fail("Unexpected strict mode reserved word")
	}
	// In a generator or async function an escaped yield or await is
	// parsed as the keyword when it begins an expression, which V8 rejects
	// for its escapes; as a binding name it is rejected as the name.
	if name == "yield" && p.fc.isGenerator {
		fail("Unexpected identifier 'yield'")
	}
	if name == "await" {
		if p.awaitIsKeyword() || p.fc.inStaticBlock || p.opts.Module {
			if escaped && !binding && p.awaitIsOperator() {
				fail("Keyword must not contain escaped characters")
			}
			fail("Unexpected reserved word")
		}
		if p.awaitIdentPos < 0 {
			p.awaitIdentPos = pos
		}
	}
	if name == "arguments" && !binding && p.fc.inClassFieldInit {
		fail("'arguments' is not allowed in class field initializer or static initialization block")
	}
	if binding && p.strict() && (name == "eval" || name == "arguments") {
		fail("Unexpected eval or arguments in strict mode")
	}
}

// nameEnd returns the end of the identifier whose source starts at pos,
// which is longer than its name when it is spelled with escapes.
func nameEnd(src string, pos int) int {
	l := lexer{src: src, pos: pos}
	l.scanName()
	return l.pos
}

// ---------------------------------------------------------------------------
// String helpers

func utf16ToString(u []uint16) string {
	ascii := true
	for _, c := range u {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		b := make([]byte, len(u))
		for i, c := range u {
			b[i] = byte(c)
		}
		return string(b)
	}
	return string(utf16.Decode(u))
}

func stringToUTF16(s string) []uint16 {
	return utf16.Encode([]rune(s))
}

func (p *parser) newString(start int, u []uint16) *String {
	return &String{Loc: p.loc(start), Value: u, Text: utf16ToString(u)}
}

func nameString(loc Loc, name string) *String {
	return &String{Loc: loc, Value: stringToUTF16(name), Text: name}
}
