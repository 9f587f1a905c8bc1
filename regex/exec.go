package regex

// The machine runs a program against one input with an explicit backtracking stack; no Go recursion depends on
// the input. Every change to a register (captures and loop registers alike) first pushes the old value, so
// backtracking to a choice point undoes everything done since it by popping. Stack entries are:
//
//	choice     resume at pc with pos
//	restore    reg[aux] = pos
//	lookPos    marker of a positive lookaround: popping it just keeps failing
//	lookNeg    marker of a negative lookaround: popping it means the body failed, so resume at pc with pos
//	repGreedy  opRepSet gave back characters down to aux; pos is where it stands now, pc the continuation
//	repLazy    opRepSet at pc may take one more character; pos is where it stands, aux how many it has
//
// Lookarounds are atomic (§22.2.2.4): when a body succeeds, its choice points are dropped but its restore entries
// kept, so that failing past the lookaround still undoes the captures it set.

type entryKind uint8

const (
	kChoice entryKind = iota
	kRestore
	kLookPos
	kLookNeg
	kRepGreedy
	kRepLazy
)

// entry is 16 bytes: positions fit in 32 bits because Match refuses longer input.
type entry struct {
	kind entryKind
	pc   int32
	pos  int32
	aux  int32
}

// pollEvery is how many instructions run between calls to the interrupt callback.
const pollEvery = 1 << 13

type machine[T uint16 | byte] struct {
	prog      []inst
	in        []T
	u, ic     bool
	regs      []int
	stack     []entry
	steps     int
	interrupt func() bool
}

// read returns the character at pos in the direction of the instruction and its width, 0 at the edge.
func (m *machine[T]) read(pos int, back bool) (rune, int) {
	if back {
		if pos <= 0 {
			return 0, 0
		}
		c := rune(m.in[pos-1])
		if m.u && c >= 0xDC00 && c <= 0xDFFF && pos >= 2 {
			if h := rune(m.in[pos-2]); h >= 0xD800 && h <= 0xDBFF {
				return (h-0xD800)<<10 + (c - 0xDC00) + 0x10000, 2
			}
		}
		return c, 1
	}
	if pos >= len(m.in) {
		return 0, 0
	}
	c := rune(m.in[pos])
	if m.u && c >= 0xD800 && c <= 0xDBFF && pos+1 < len(m.in) {
		if l := rune(m.in[pos+1]); l >= 0xDC00 && l <= 0xDFFF {
			return (c-0xD800)<<10 + (l - 0xDC00) + 0x10000, 2
		}
	}
	return c, 1
}

func (m *machine[T]) setReg(r, v int) {
	m.stack = append(m.stack, entry{kind: kRestore, pos: int32(m.regs[r]), aux: int32(r)})
	m.regs[r] = v
}

// run tries the program at exactly pos. On success regs holds the captures.
func (m *machine[T]) run(pos int) (bool, error) {
	m.stack = m.stack[:0]
	pc := 0
	for {
		m.steps++
		if m.steps%pollEvery == 0 && m.interrupt != nil && m.interrupt() {
			return false, ErrInterrupted
		}
		in := &m.prog[pc]
		ok := true
		switch in.op {
		case opMatch:
			m.regs[1] = pos
			return true, nil
		case opChar:
			c, w := m.read(pos, in.back)
			if w == 0 || c != in.c {
				ok = false
			} else if in.back {
				pos -= w
			} else {
				pos += w
			}
			pc++
		case opSet:
			c, w := m.read(pos, in.back)
			if w == 0 || !in.set.has(c) {
				ok = false
			} else if in.back {
				pos -= w
			} else {
				pos += w
			}
			pc++
		case opSplit:
			m.stack = append(m.stack, entry{kind: kChoice, pc: int32(in.y), pos: int32(pos)})
			pc = in.x
		case opJmp:
			pc = in.x
		case opSave, opSetPos:
			m.setReg(in.a, pos)
			pc++
		case opClear:
			for r := in.a; r < in.b; r++ {
				if m.regs[r] != -1 {
					m.setReg(r, -1)
				}
			}
			pc++
		case opCheckEmpty:
			if pos == m.regs[in.a] && (in.b < 0 || m.regs[in.b] >= in.min) {
				ok = false
			}
			pc++
		case opRepInit:
			m.setReg(in.a, 0)
			pc++
		case opIncr:
			m.setReg(in.a, m.regs[in.a]+1)
			pc++
		case opRepBranch:
			n := m.regs[in.a]
			switch {
			case n < in.min:
				pc = in.x
			case in.max >= 0 && n >= in.max:
				pc = in.y
			case in.greedy:
				m.stack = append(m.stack, entry{kind: kChoice, pc: int32(in.y), pos: int32(pos)})
				pc = in.x
			default:
				m.stack = append(m.stack, entry{kind: kChoice, pc: int32(in.x), pos: int32(pos)})
				pc = in.y
			}
		case opRepSet:
			pos, ok = m.repSet(pc, in, pos)
			pc++
		case opAssert:
			ok = m.assert(assertKind(in.a), in.greedy, pos)
			pc++
		case opBackref:
			pos, ok = m.backref(in, pos)
			pc++
		case opLookStart:
			kind := kLookPos
			if in.neg {
				kind = kLookNeg
			}
			m.stack = append(m.stack, entry{kind: kind, pc: int32(in.x), pos: int32(pos)})
			pc++
		case opLookEnd:
			mark := len(m.stack) - 1
			for m.stack[mark].kind != kLookPos && m.stack[mark].kind != kLookNeg {
				mark--
			}
			if in.neg {
				// The body matched, so the negative lookaround fails: undo the body entirely.
				for i := len(m.stack) - 1; i > mark; i-- {
					if e := m.stack[i]; e.kind == kRestore {
						m.regs[e.aux] = int(e.pos)
					}
				}
				m.stack = m.stack[:mark]
				ok = false
				break
			}
			pos = int(m.stack[mark].pos)
			w := mark
			for i := mark + 1; i < len(m.stack); i++ {
				if m.stack[i].kind == kRestore {
					m.stack[w] = m.stack[i]
					w++
				}
			}
			m.stack = m.stack[:w]
			pc++
		}
		if ok {
			continue
		}
		var found bool
		pc, pos, found = m.backtrack()
		if !found {
			return false, nil
		}
	}
}

// backtrack pops to the most recent alternative and returns where to resume.
func (m *machine[T]) backtrack() (pc, pos int, ok bool) {
	for len(m.stack) > 0 {
		e := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		switch e.kind {
		case kChoice, kLookNeg:
			return int(e.pc), int(e.pos), true
		case kRestore:
			m.regs[e.aux] = int(e.pos)
		case kRepGreedy:
			in := &m.prog[e.pc-1]
			pos := int(e.pos)
			_, w := m.read(pos, !in.back)
			np := pos - w
			if in.back {
				np = pos + w
			}
			if np != int(e.aux) {
				m.stack = append(m.stack, entry{kind: kRepGreedy, pc: e.pc, pos: int32(np), aux: e.aux})
			}
			return int(e.pc), np, true
		case kRepLazy:
			in := &m.prog[e.pc]
			pos := int(e.pos)
			c, w := m.read(pos, in.back)
			if w == 0 || !in.set.has(c) {
				continue
			}
			np := pos + w
			if in.back {
				np = pos - w
			}
			if n := int(e.aux) + 1; in.max < 0 || n < in.max {
				m.stack = append(m.stack, entry{kind: kRepLazy, pc: e.pc, pos: int32(np), aux: int32(n)})
			}
			return int(e.pc) + 1, np, true
		}
	}
	return 0, 0, false
}

// repSet runs opRepSet at pc: the mandatory characters, then as many (greedy) or as few (lazy) as it can, leaving
// one stack entry to revisit the choice.
func (m *machine[T]) repSet(pc int, in *inst, pos int) (int, bool) {
	n := 0
	for n < in.min {
		c, w := m.read(pos, in.back)
		if w == 0 || !in.set.has(c) {
			return pos, false
		}
		if in.back {
			pos -= w
		} else {
			pos += w
		}
		n++
	}
	if !in.greedy {
		if in.max < 0 || n < in.max {
			m.stack = append(m.stack, entry{kind: kRepLazy, pc: int32(pc), pos: int32(pos), aux: int32(n)})
		}
		return pos, true
	}
	floor := pos
	for in.max < 0 || n < in.max {
		c, w := m.read(pos, in.back)
		if w == 0 || !in.set.has(c) {
			break
		}
		if in.back {
			pos -= w
		} else {
			pos += w
		}
		n++
	}
	if pos != floor {
		m.stack = append(m.stack, entry{kind: kRepGreedy, pc: int32(pc + 1), pos: int32(pos), aux: int32(floor)})
	}
	return pos, true
}

func (m *machine[T]) isWordAt(i int) bool {
	if i < 0 || i >= len(m.in) {
		return false
	}
	c := rune(m.in[i])
	return isWordChar(c) || m.u && m.ic && (c == 0x17F || c == 0x212A)
}

// assert evaluates the zero-width assertions of §22.2.2.6.
func (m *machine[T]) assert(k assertKind, multiline bool, pos int) bool {
	switch k {
	case assertBegin:
		return pos == 0 || multiline && isLineTerminator(rune(m.in[pos-1]))
	case assertEnd:
		return pos == len(m.in) || multiline && isLineTerminator(rune(m.in[pos]))
	case assertWord:
		return m.isWordAt(pos-1) != m.isWordAt(pos)
	default:
		return m.isWordAt(pos-1) == m.isWordAt(pos)
	}
}

// backref is BackreferenceMatcher (§22.2.2.7.2): an undefined capture matches empty.
func (m *machine[T]) backref(in *inst, pos int) (int, bool) {
	s, e := m.regs[2*in.a], m.regs[2*in.a+1]
	if s < 0 || e < 0 {
		return pos, true
	}
	n := e - s
	start := pos
	if in.back {
		start = pos - n
		if start < 0 {
			return pos, false
		}
	} else if pos+n > len(m.in) {
		return pos, false
	}
	if !m.ic {
		for i := 0; i < n; i++ {
			if m.in[s+i] != m.in[start+i] {
				return pos, false
			}
		}
	} else {
		i, j := s, start
		for i < e {
			a, wa := m.read(i, false)
			b, wb := m.read(j, false)
			if canonicalize(a, m.u) != canonicalize(b, m.u) {
				return pos, false
			}
			i += wa
			j += wb
		}
		if j-start != n {
			return pos, false
		}
	}
	if in.back {
		return start, true
	}
	return pos + n, true
}
