package compiler

// The emitter: one fstate per function being compiled. Registers are a
// stack: r0 is this, r1..rNParams the parameters, then locals and
// temporaries, all allocated last-in first-out by moving top. Expression
// code never frees registers one by one; callers save top and restore it.

import (
	"math"
	"slices"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// maxRegs is the frame limit the bytecode format allows.
const maxRegs = 65535

type constKey struct {
	kind bytecode.ConstKind
	num  uint64
	str  string
}

type fstate struct {
	c      *compiler
	parent *fstate
	fn     *bytecode.Function
	code   []uint32
	consts map[constKey]int
	sites  map[string]int

	top, nregs int
	// entryRegs is NInit, when markEntryRegs has set it.
	entryRegs int
	// level is the static environment depth now, counted from the start of
	// the whole chain (outer functions included); baseLevel is the level
	// when the function starts running.
	level, baseLevel int

	strict    bool
	arrow     bool
	derived   bool // a derived class constructor
	generator bool
	async     bool
	// evalTop is set for the top level of direct eval code, which finds
	// this/new.target/home by name in the caller's environments.
	evalTop bool
	// pseudo are the env slots holding this, new.target, the home object
	// and the running function for arrows (and eval) to read; nil when the
	// function does not capture them.
	pseudo [numPseudo]*varLoc
	// annexBSet holds, for sloppy eval code, the register of a closure that
	// assigns each Annex B function's var binding (see evalAnnexBSetters).
	annexBSet map[*parser.Binding]int

	ctl           []*ctl
	chain         *[]int // short-circuit jumps of the optional chain being compiled
	pendingLabels []string
	completion    int    // register of the completion value, or -1
	holes         []hole // the LoadEmpty of each register binding (holes.go)
	jumps         []int  // the offset word of every jump in code, for dropDeadHoles

	coverSlots  map[coverKey]int // the counter of each coverage range
	returnAwait *parser.Await    // the await a return statement returns, which counts no resume

	pos              int32
	lastPos          int32
	lastLine, lastCl int32
	// stmtPos is the start of the statement being compiled when it is one
	// V8 gives a position of its own (return, throw, if, switch, an
	// expression statement; not a loop, whose condition has its own), and stmtFresh holds until its first instruction: V8
	// places that instruction at the statement, so a global name read first
	// (`return x` with x not defined) throws at the statement.
	stmtPos   int32
	stmtFresh bool
}

const (
	pseudoThis = iota
	pseudoNewTarget
	pseudoHome
	pseudoFunc
	numPseudo
)

var pseudoNames = [numPseudo]string{"this", "new.target", "%home", "%func"}

func (c *compiler) newFunc(parent *fstate, name string) *fstate {
	f := c.newFuncState(parent, name)
	c.takeBuffers(f)
	return f
}

// newFuncState is newFunc without the buffers, for a function whose body
// may be compiled later (lazy.go).
func (c *compiler) newFuncState(parent *fstate, name string) *fstate {
	f := &fstate{
		c:          c,
		parent:     parent,
		fn:         &bytecode.Function{Name: name, Program: c.out},
		completion: -1,
		lastPos:    -1,
	}
	if parent != nil {
		f.level, f.baseLevel = parent.level, parent.level
	}
	return f
}

// takeBuffers gives f the buffers of a finished function to emit into.
func (c *compiler) takeBuffers(f *fstate) {
	if n := len(c.spare); n > 0 {
		s := &c.spare[n-1]
		f.code, f.jumps = s.code, s.jumps
		f.fn.Consts, f.fn.Sites, f.fn.Lines, f.fn.Callees = s.consts, s.sites, s.lines, s.callees
		c.spare = c.spare[:n-1]
	}
}

// setInited records that the binding at l is initialised where code is
// emitted now, in f, its owner (needsTDZ reads the owner's state).
func (f *fstate) setInited(l *varLoc) {
	if l.owner == f {
		l.inited = true
	}
}

// sized returns a copy of s with no spare capacity, nil for an empty s
// (the tables of a function nothing was emitted into stay nil).
func sized[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// finish seals the function's code and tables.
func (f *fstate) finish() *bytecode.Function {
	if f.nregs > maxRegs {
		f.c.fail(f.fn.SourceStart, "function too large")
	}
	f.dropDeadHoles()
	fn := f.fn
	f.c.spare = append(f.c.spare, funcBufs{code: f.code[:0], jumps: f.jumps[:0],
		consts: fn.Consts[:0], sites: fn.Sites[:0], lines: fn.Lines[:0], callees: fn.Callees[:0]})
	fn.Code = slices.Clone(f.code)
	fn.Consts, fn.Sites, fn.Lines, fn.Callees = sized(fn.Consts), sized(fn.Sites), sized(fn.Lines), sized(fn.Callees)
	f.code, f.jumps = nil, nil
	if fn.NRegs = f.nregs; fn.NRegs < fn.NParams+1 {
		fn.NRegs = fn.NParams + 1
	}
	if fn.NInit = f.entryRegs; fn.NInit == 0 {
		fn.NInit = fn.NRegs
	}
	fn.NInit = max(fn.NInit, fn.NParams+1)
	return fn
}

// markEntryRegs records, once a function's entry has declared its
// bindings and before its body runs, that the registers below top are the
// ones a call must set (bytecode.Function.NInit): the parameters, and the
// var and function bindings of the entry scopes, which read undefined
// until assigned. Every register allocated after this is allocated and
// freed again as the body's statements run, so it is already reused
// within one call for temporaries and block bindings with other values,
// and code never reads one before writing it (a block's let starts with
// LoadUndef or, in its dead zone, LoadEmpty). A function that never calls
// this (a script, a module, eval code, a class's field initialiser) has
// all its registers set.
func (f *fstate) markEntryRegs() { f.entryRegs = f.top }

// ---------------------------------------------------------------------------
// Registers

func (f *fstate) alloc() int {
	r := f.top
	f.top++
	if f.top > f.nregs {
		f.nregs = f.top
	}
	return r
}

func (f *fstate) allocN(n int) int {
	r := f.top
	f.top += n
	if f.top > f.nregs {
		f.nregs = f.top
	}
	return r
}

// ---------------------------------------------------------------------------
// Code

// at sets the source position of the instructions emitted next.
func (f *fstate) at(pos int32) { f.pos = pos }

func (f *fstate) markPos() {
	if f.pos == f.lastPos {
		return
	}
	f.lastPos = f.pos
	line, col := f.c.prog.LineCol(f.pos)
	l, cl := int32(line), int32(col)
	lines := f.fn.Lines
	if n := len(lines); n > 0 {
		if lines[n-1].Line == l && lines[n-1].Col == cl {
			return
		}
		if lines[n-1].PC == len(f.code) {
			lines[n-1].Line, lines[n-1].Col = l, cl
			return
		}
	}
	f.fn.Lines = append(lines, bytecode.LinePos{PC: len(f.code), Line: l, Col: cl})
}

func (f *fstate) emit(op bytecode.Opcode, a, b, c int) {
	f.stmtFresh = false
	if op.Info().Throws {
		f.markPos()
	}
	var at int
	if f.code, at = bytecode.Encode(f.code, op, a, b, c); at >= 0 {
		f.jumps = append(f.jumps, at)
	}
}

// emitElem emits GetElem or SetElem with a property site of its own, the
// inline cache of its computed key (the site's name is unused: "").
func (f *fstate) emitElem(op bytecode.Opcode, a, b, c int) {
	if op.Info().Throws {
		f.markPos()
	}
	f.fn.Sites = append(f.fn.Sites, "")
	f.code = bytecode.EncodeSite(f.code, op, a, b, c, len(f.fn.Sites)-1)
}

// jump emits a jump opcode and returns its offset word for patching.
func (f *fstate) jump(op bytecode.Opcode, a, b int) int {
	return f.jumpABC(op, a, b, 0)
}

// jumpABC is jump for a jump opcode with three operands.
func (f *fstate) jumpABC(op bytecode.Opcode, a, b, c int) int {
	if op.Info().Throws {
		f.markPos()
	}
	var at int
	if f.code, at = bytecode.Encode(f.code, op, a, b, c); at >= 0 {
		f.jumps = append(f.jumps, at)
	}
	return at
}

// jumpTo emits a jump to a known target.
func (f *fstate) jumpTo(op bytecode.Opcode, a, b, target int) {
	bytecode.PatchJump(f.code, f.jump(op, a, b), target)
}

func (f *fstate) here() int { return len(f.code) }

// patchHere points the given jumps at the next instruction.
func (f *fstate) patchHere(jumps ...int) {
	for _, j := range jumps {
		bytecode.PatchJump(f.code, j, len(f.code))
	}
}

// ---------------------------------------------------------------------------
// Constants and sites

func (f *fstate) addConst(k constKey, c bytecode.Const) int {
	if i, ok := f.consts[k]; ok {
		return i
	}
	i := len(f.fn.Consts)
	f.fn.Consts = append(f.fn.Consts, c)
	if f.consts == nil {
		f.consts = map[constKey]int{}
	}
	f.consts[k] = i
	return i
}

func (f *fstate) kNum(v float64) int {
	return f.addConst(constKey{kind: bytecode.ConstNumber, num: math.Float64bits(v)},
		bytecode.Const{Kind: bytecode.ConstNumber, Num: v})
}

func (f *fstate) kStr(s string) int {
	return f.addConst(constKey{kind: bytecode.ConstString, str: s}, bytecode.Const{Kind: bytecode.ConstString, Str: s})
}

func (f *fstate) kName(s string) int {
	return f.addConst(constKey{kind: bytecode.ConstName, str: s}, bytecode.Const{Kind: bytecode.ConstName, Str: s})
}

// kUnique adds a constant that must not be shared with another site
// (templates are identified by their constant).
func (f *fstate) kUnique(c bytecode.Const) int {
	f.fn.Consts = append(f.fn.Consts, c)
	return len(f.fn.Consts) - 1
}

func (f *fstate) site(name string) int {
	if i, ok := f.sites[name]; ok {
		return i
	}
	i := len(f.fn.Sites)
	f.fn.Sites = append(f.fn.Sites, name)
	if f.sites == nil {
		f.sites = map[string]int{}
	}
	f.sites[name] = i
	return i
}

// propSite returns a new property site for one property instruction. Sites
// of property instructions are never shared: each has its own inline cache
// in the runtime, so a cache only ever sees one kind of access.
func (f *fstate) propSite(name string) int {
	f.fn.Sites = append(f.fn.Sites, name)
	return len(f.fn.Sites) - 1
}

// ---------------------------------------------------------------------------
// Small loads

func (f *fstate) loadNum(dst int, v float64) {
	if v == math.Trunc(v) && v >= math.MinInt16 && v <= math.MaxInt16 && !(v == 0 && math.Signbit(v)) {
		f.emit(bytecode.OpLoadInt, dst, int(uint16(int16(v))), 0)
		return
	}
	f.emit(bytecode.OpLoadK, dst, f.kNum(v), 0)
}

func (f *fstate) loadInt(dst, v int) { f.emit(bytecode.OpLoadInt, dst, int(uint16(int16(v))), 0) }

func (f *fstate) loadStr(dst int, s string) { f.emit(bytecode.OpLoadK, dst, f.kStr(s), 0) }

func (f *fstate) mov(dst, src int) {
	if dst != src {
		f.emit(bytecode.OpMov, dst, src, 0)
	}
}

// throwError emits ThrowError of kind (0 TypeError, 1 ReferenceError, 2
// SyntaxError, 3 RangeError).
func (f *fstate) throwError(kind int, msg string) {
	f.emit(bytecode.OpThrowError, kind, f.kStr(msg), 0)
}

// funcOf returns the nearest enclosing non-arrow function state.
func (f *fstate) unit() *fstate {
	u := f
	for u.arrow && u.parent != nil {
		u = u.parent
	}
	return u
}

// posOf is the start offset of n.
func posOf(n parser.Node) int32 { return n.NodeLoc().Start }
