package regex

import (
	"errors"
	"fmt"
	"sync"
	"unicode/utf16"
)

// maxInput keeps every position and count within the 32 bits of a backtrack stack entry.
const maxInput = 1<<31 - 2

// ErrInterrupted is returned by Match when the interrupt callback asked it to stop.
var ErrInterrupted = errors.New("regex: match interrupted")

// Program is a compiled pattern, safe for concurrent use. Compile parses the pattern (so syntax errors are
// reported at once, as the spec requires) and leaves code generation to the first match, as V8 does: a program
// typically builds many patterns at start-up (libraries keep tables of them) and runs a few.
type Program struct {
	tree     node // the parsed pattern until generate has run
	genOnce  sync.Once
	genErr   error
	prog     []inst
	ncap     int // including group 0
	nregs    int
	names    []string
	flags    Flags
	first    *charSet // every match starts with one of these, or nil if unknown
	anchored bool     // the pattern starts with ^ and no m flag: only position 0 can match
	u16      sync.Pool
	latin1   sync.Pool
}

// Compile parses and compiles a pattern given as UTF-16 code units. A syntax error's message is complete, in V8's
// words: "Invalid regular expression: /(/: Unterminated group".
func Compile(pattern []uint16, flags Flags) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(syntaxError)
			if !ok {
				// A bug here must not take the whole runtime down with it.
				prog, err = nil, fmt.Errorf("regex: internal error compiling /%s/%s: %v", string(utf16.Decode(pattern)), flags, r)
				return
			}
			prog, err = nil, errors.New(syntaxErrorMessage(pattern, flags, se.msg))
		}
	}()
	tree, p := parse(pattern, flags)
	prog = &Program{tree: tree, ncap: p.capCount + 1, flags: flags}
	for _, n := range p.names {
		if n != "" {
			prog.names = p.names
			break
		}
	}
	return prog, nil
}

// generate compiles the parsed pattern into instructions, once.
func (p *Program) generate() error {
	p.genOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				// A bug here must not take the whole runtime down with it.
				p.genErr = fmt.Errorf("regex: internal error compiling a /%s pattern: %v", p.flags, r)
			}
		}()
		flags := p.flags
		c := &compiler{nregs: 2 * p.ncap, ic: flags&FlagIgnoreCase != 0, u: flags.unicodeMode(), ml: flags&FlagMultiline != 0}
		c.compile(p.tree, false)
		c.emit(inst{op: opMatch})
		p.prog, p.nregs = c.prog, c.nregs
		if fs, nullable, ok := c.firstChars(p.tree); ok && !nullable {
			p.first = fs
		}
		p.anchored = !c.ml && startsAnchored(p.tree)
		p.tree = nil
	})
	return p.genErr
}

func startsAnchored(n node) bool {
	switch n := n.(type) {
	case nAssert:
		return n.kind == assertBegin
	case *nSeq:
		return len(n.items) > 0 && startsAnchored(n.items[0])
	case *nGroup:
		return startsAnchored(n.body)
	case *nAlt:
		for _, a := range n.alts {
			if !startsAnchored(a) {
				return false
			}
		}
		return true
	}
	return false
}

// Validate checks a regular expression literal's body and flags, given in source form, for the parser's early
// errors (§13.2.7.2).
func Validate(pattern string, flags string) error {
	f, err := ParseFlags(flags)
	if err != nil {
		return errors.New("Invalid regular expression flags")
	}
	_, err = Compile(utf16.Encode([]rune(pattern)), f)
	return err
}

// NumCaptures is the number of capture groups including group 0.
func (p *Program) NumCaptures() int { return p.ncap }

// GroupNames gives the name of each capture by index ("" if unnamed), or nil when no group is named.
func (p *Program) GroupNames() []string { return p.names }

// Flags returns the flags the program was compiled with.
func (p *Program) Flags() Flags { return p.flags }

// Match looks for a match at start, or with no sticky flag at the first position from start on. caps receives
// 2*NumCaptures() ints, start and end of each group, -1 for a group that did not participate. interrupt, if not
// nil, is polled every few thousand steps; when it returns true Match gives up with ErrInterrupted.
func (p *Program) Match(input []uint16, start int, caps []int, interrupt func() bool) (bool, error) {
	if err := p.generate(); err != nil {
		return false, err
	}
	m, _ := p.u16.Get().(*machine[uint16])
	if m == nil {
		m = &machine[uint16]{}
	}
	ok, err := match(p, m, input, start, caps, interrupt)
	m.in, m.interrupt = nil, nil
	p.u16.Put(m)
	return ok, err
}

// MatchLatin1 is Match over a string stored as Latin-1 bytes, one code unit each.
func (p *Program) MatchLatin1(input []byte, start int, caps []int, interrupt func() bool) (bool, error) {
	if err := p.generate(); err != nil {
		return false, err
	}
	m, _ := p.latin1.Get().(*machine[byte])
	if m == nil {
		m = &machine[byte]{}
	}
	ok, err := match(p, m, input, start, caps, interrupt)
	m.in, m.interrupt = nil, nil
	p.latin1.Put(m)
	return ok, err
}

func match[T uint16 | byte](p *Program, m *machine[T], in []T, start int, caps []int, interrupt func() bool) (bool, error) {
	if len(caps) < 2*p.ncap {
		return false, errors.New("regex: caps needs 2*NumCaptures() ints")
	}
	if len(in) > maxInput {
		return false, errors.New("regex: input longer than 2^31-2 code units")
	}
	if start < 0 || start > len(in) {
		return false, nil
	}
	if p.flags.unicodeMode() && start > 0 && start < len(in) && isLow(rune(in[start])) && isHigh(rune(in[start-1])) {
		// As V8 does, a start inside a surrogate pair means the pair itself.
		start--
	}
	m.prog, m.in, m.interrupt = p.prog, in, interrupt
	m.u, m.ic = p.flags.unicodeMode(), p.flags&FlagIgnoreCase != 0
	m.steps = 0
	if cap(m.regs) < p.nregs {
		m.regs = make([]int, p.nregs)
	}
	m.regs = m.regs[:p.nregs]
	for i := range m.regs {
		m.regs[i] = -1
	}
	sticky := p.flags&FlagSticky != 0
	for pos := start; pos <= len(in); {
		if p.anchored && pos != 0 {
			return false, nil
		}
		if p.first != nil && !sticky && !p.anchored {
			// The scan for a possible first character, kept tight: most positions of most inputs stop here.
			// An anchored pattern has only position 0 to try: scanning on from there made each failed
			// /^x/.exec(rest) of a tokenizer cost the rest of its input.
			for pos < len(in) {
				c := rune(in[pos])
				if p.first.has(c) || m.u && isHigh(c) {
					break
				}
				pos++
			}
		}
		c, w := m.read(pos, false)
		if p.first == nil || w > 0 && p.first.has(c) {
			m.regs[0] = pos
			ok, err := m.run(pos)
			if err != nil {
				return false, err
			}
			if ok {
				copy(caps, m.regs[:2*p.ncap])
				return true, nil
			}
		}
		if sticky {
			return false, nil
		}
		if w == 0 {
			w = 1
		}
		pos += w
		m.steps++
		if m.steps%pollEvery == 0 && interrupt != nil && interrupt() {
			return false, ErrInterrupted
		}
	}
	return false, nil
}

func isHigh(c rune) bool { return c >= 0xD800 && c <= 0xDBFF }
func isLow(c rune) bool  { return c >= 0xDC00 && c <= 0xDFFF }
