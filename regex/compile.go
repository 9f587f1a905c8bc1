package regex

// The compiler lowers the parsed tree to a program for the backtracking machine in exec.go. Direction is decided
// here: inside a lookbehind every consuming instruction reads right to left and sequences are emitted in reverse,
// which is how §22.2.2 evaluates a lookbehind's body (direction = backward).
//
// Quantifiers (§22.2.2.3.1 RepeatMatcher) become one of three shapes:
//   - a single-character body: opRepSet, which consumes in a loop and backtracks one character at a time from a
//     single stack entry;
//   - x*: a split loop with no counter;
//   - anything else: a counter register, initialised by opRepInit and tested by opRepBranch.
// A body that can match empty gets opSetPos / opCheckEmpty around it: the spec's rule that an iteration beyond the
// minimum may not end where it began. A body with captures gets opClear, since each iteration starts with them
// undefined.

type opcode uint8

const (
	opMatch      opcode = iota
	opChar              // consume c
	opSet               // consume a character in set
	opSplit             // try x, on failure y
	opJmp               // goto x
	opSave              // reg[a] = pos
	opClear             // reg[a..b) = -1
	opSetPos            // reg[a] = pos (loop start, for the empty check)
	opCheckEmpty        // fail if pos == reg[a] and (b < 0 or reg[b] >= min)
	opRepInit           // reg[a] = 0
	opRepBranch         // loop head: counter reg[a] against min/max; body at x, exit at y
	opIncr              // reg[a]++
	opRepSet            // set{min,max} on one character, greedy or lazy
	opAssert            // zero-width assertion a (assertKind), multiline in greedy
	opBackref           // match the text of capture a again
	opLookStart         // push a lookaround marker; x is the continuation of a negative lookaround
	opLookEnd           // the body of a lookaround succeeded
)

type inst struct {
	op       opcode
	back     bool // read right to left
	greedy   bool // opRepBranch, opRepSet; opAssert: multiline
	neg      bool // opLookStart, opLookEnd
	a, b     int
	x, y     int
	min, max int // max < 0 is unbounded
	c        rune
	set      *charSet
}

type compiler struct {
	prog  []inst
	nregs int // capture registers first, then loop registers
	ic    bool
	u     bool
	ml    bool
}

func (c *compiler) emit(i inst) int {
	c.prog = append(c.prog, i)
	return len(c.prog) - 1
}

func (c *compiler) reg() int {
	c.nregs++
	return c.nregs - 1
}

func (c *compiler) compile(n node, back bool) {
	switch n := n.(type) {
	case nEmpty:
	case nChar:
		if s := c.charSetFor(n.c); s != nil {
			c.emit(inst{op: opSet, back: back, set: s})
		} else {
			c.emit(inst{op: opChar, back: back, c: n.c})
		}
	case *nSet:
		c.emit(inst{op: opSet, back: back, set: c.finalSet(n)})
	case *nSeq:
		if back {
			for i := len(n.items) - 1; i >= 0; i-- {
				c.compile(n.items[i], back)
			}
		} else {
			for _, it := range n.items {
				c.compile(it, back)
			}
		}
	case *nAlt:
		var jumps []int
		for i, alt := range n.alts {
			if i < len(n.alts)-1 {
				split := c.emit(inst{op: opSplit})
				c.prog[split].x = len(c.prog)
				c.compile(alt, back)
				jumps = append(jumps, c.emit(inst{op: opJmp}))
				c.prog[split].y = len(c.prog)
			} else {
				c.compile(alt, back)
			}
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case *nGroup:
		first, second := 2*n.index, 2*n.index+1
		if back {
			first, second = second, first
		}
		c.emit(inst{op: opSave, a: first})
		c.compile(n.body, back)
		c.emit(inst{op: opSave, a: second})
	case *nLook:
		start := c.emit(inst{op: opLookStart, neg: n.neg})
		c.compile(n.body, n.behind)
		c.emit(inst{op: opLookEnd, neg: n.neg})
		c.prog[start].x = len(c.prog)
	case nAssert:
		c.emit(inst{op: opAssert, a: int(n.kind), greedy: c.ml})
	case *nBackref:
		c.emit(inst{op: opBackref, back: back, a: n.index})
	case *nRepeat:
		c.compileRepeat(n, back)
	}
}

// charSetFor gives the set a literal character stands for under case folding, or nil if it is only itself.
func (c *compiler) charSetFor(ch rune) *charSet {
	if !c.ic {
		return nil
	}
	members := foldMembers(ch, c.u)
	if members == nil {
		return nil
	}
	s := &charSet{}
	for _, m := range members {
		s.add(m, m)
	}
	s.normalize()
	return s
}

func (c *compiler) finalSet(n *nSet) *charSet {
	s := n.set
	if c.ic {
		s = closeUnderFold(s, c.u)
	}
	if n.neg {
		top := rune(0xFFFF)
		if c.u {
			top = maxRune
		}
		s = s.negate(top)
	}
	return s
}

func (c *compiler) compileRepeat(n *nRepeat, back bool) {
	if n.max == 0 {
		return
	}
	if n.min == 1 && n.max == 1 {
		c.compile(n.body, back)
		return
	}
	if s := c.singleCharSet(n.body); s != nil {
		c.emit(inst{op: opRepSet, back: back, set: s, min: n.min, max: n.max, greedy: n.greedy})
		return
	}
	empty := canBeEmpty(n.body)
	hasCaps := n.capHi > n.capLo
	counter := -1
	var head int
	if n.min == 0 && n.max < 0 {
		head = c.emit(inst{op: opSplit})
	} else {
		counter = c.reg()
		c.emit(inst{op: opRepInit, a: counter})
		head = c.emit(inst{op: opRepBranch, a: counter, min: n.min, max: n.max, greedy: n.greedy})
	}
	bodyStart := len(c.prog)
	posReg := -1
	if empty {
		posReg = c.reg()
		c.emit(inst{op: opSetPos, a: posReg})
	}
	if hasCaps {
		c.emitClears(n)
	}
	c.compile(n.body, back)
	if empty {
		c.emit(inst{op: opCheckEmpty, a: posReg, b: counter, min: n.min})
	}
	if counter >= 0 {
		c.emit(inst{op: opIncr, a: counter})
	}
	c.emit(inst{op: opJmp, x: head})
	exit := len(c.prog)
	h := &c.prog[head]
	if h.op == opSplit && !n.greedy {
		h.x, h.y = exit, bodyStart
	} else {
		h.x, h.y = bodyStart, exit
	}
}

// emitClears resets the body's captures at the start of an iteration. A capture that every successful pass through
// the body sets again, and that nothing in the body reads first, need not be cleared: its cleared value can never
// be observed. That keeps loops like (a|b)* to half the stack entries.
func (c *compiler) emitClears(n *nRepeat) {
	set := map[int]bool{}
	if !hasBackref(n.body) {
		alwaysSets(n.body, set)
	}
	for i := n.capLo; i < n.capHi; {
		if set[i] {
			i++
			continue
		}
		j := i
		for j < n.capHi && !set[j] {
			j++
		}
		c.emit(inst{op: opClear, a: 2 * i, b: 2 * j})
		i = j
	}
}

// alwaysSets adds to set the captures that every match of n sets.
func alwaysSets(n node, set map[int]bool) {
	switch n := n.(type) {
	case *nSeq:
		for _, it := range n.items {
			alwaysSets(it, set)
		}
	case *nAlt:
		common := map[int]bool{}
		alwaysSets(n.alts[0], common)
		for _, a := range n.alts[1:] {
			other := map[int]bool{}
			alwaysSets(a, other)
			for k := range common {
				if !other[k] {
					delete(common, k)
				}
			}
		}
		for k := range common {
			set[k] = true
		}
	case *nGroup:
		set[n.index] = true
		alwaysSets(n.body, set)
	case *nRepeat:
		if n.min > 0 {
			alwaysSets(n.body, set)
		}
	case *nLook:
		if !n.neg {
			alwaysSets(n.body, set)
		}
	}
}

func hasBackref(n node) bool {
	switch n := n.(type) {
	case *nBackref:
		return true
	case *nSeq:
		for _, it := range n.items {
			if hasBackref(it) {
				return true
			}
		}
	case *nAlt:
		for _, a := range n.alts {
			if hasBackref(a) {
				return true
			}
		}
	case *nGroup:
		return hasBackref(n.body)
	case *nRepeat:
		return hasBackref(n.body)
	case *nLook:
		return hasBackref(n.body)
	}
	return false
}

// singleCharSet returns the set of a quantified body that is exactly one character, or nil.
func (c *compiler) singleCharSet(n node) *charSet {
	switch n := n.(type) {
	case nChar:
		if s := c.charSetFor(n.c); s != nil {
			return s
		}
		return newSet(rng{n.c, n.c})
	case *nSet:
		return c.finalSet(n)
	}
	return nil
}

// canBeEmpty reports whether n might match without consuming input.
func canBeEmpty(n node) bool {
	switch n := n.(type) {
	case nChar, *nSet:
		return false
	case *nSeq:
		for _, it := range n.items {
			if !canBeEmpty(it) {
				return false
			}
		}
		return true
	case *nAlt:
		for _, a := range n.alts {
			if canBeEmpty(a) {
				return true
			}
		}
		return false
	case *nGroup:
		return canBeEmpty(n.body)
	case *nRepeat:
		return n.min == 0 || canBeEmpty(n.body)
	}
	return true
}

// firstChars computes the characters a match can start with when it must consume one, for the scan in Match.
// ok is false when the pattern may match empty or starts with something this does not follow (a backreference).
func (c *compiler) firstChars(n node) (s *charSet, nullable, ok bool) {
	switch n := n.(type) {
	case nEmpty, nAssert, *nLook:
		return &charSet{}, true, true
	case nChar:
		if fs := c.charSetFor(n.c); fs != nil {
			return fs, false, true
		}
		return newSet(rng{n.c, n.c}), false, true
	case *nSet:
		return c.finalSet(n), false, true
	case *nSeq:
		acc := &charSet{}
		for _, it := range n.items {
			fs, null, ok := c.firstChars(it)
			if !ok {
				return nil, false, false
			}
			acc.addSet(fs)
			if !null {
				acc.normalize()
				return acc, false, true
			}
		}
		acc.normalize()
		return acc, true, true
	case *nAlt:
		acc := &charSet{}
		nullable := false
		for _, a := range n.alts {
			fs, null, ok := c.firstChars(a)
			if !ok {
				return nil, false, false
			}
			acc.addSet(fs)
			nullable = nullable || null
		}
		acc.normalize()
		return acc, nullable, true
	case *nGroup:
		return c.firstChars(n.body)
	case *nRepeat:
		if n.max == 0 {
			return &charSet{}, true, true
		}
		fs, null, ok := c.firstChars(n.body)
		return fs, null || n.min == 0, ok
	}
	return nil, false, false
}
