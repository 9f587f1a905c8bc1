package wasm

// Validation of a function body and its translation into ins, in one pass
// (WebAssembly spec §3.3 and its appendix's validation algorithm).

// ins is one translated instruction of a register machine. Operand stack
// heights are static in valid code, so every operand has a fixed slot in
// the frame: the locals' slots first, then the operand stack's, each value
// in its home (a v128 takes two slots, everything else one, see doc.go).
// Instructions name their slots, and local.get and constants cost nothing
// at run time where the consumer can read the local's slot or take the
// constant as an immediate.
//
// Fields by instruction: d is the slot written, x and y the slots read;
// k is an immediate (a constant, a memory offset, a branch target pc, a
// function, type, global or segment index); n counts values carried by a
// branch or return. Branches copy n values from slots x.. to d.. and jump
// to k; br_if and if test slot y; br_table reads its index from y and has
// k entries (opBrEntry, each with its d, n and k) after it; select tests
// slot k. The fused instructions (opBrCmp, opAddAdd and the like) say by
// their constants how they use the fields.
type ins struct {
	op      uint16
	n       uint16
	d, x, y uint32
	k       uint64
}

// Internal opcodes, in bytes the MVP leaves unused so that the
// interpreter's switch stays dense (Go then compiles it to a jump table).
// 0xFC-prefixed instructions are opPrefixFC plus their sub-opcode; a
// binary operator whose second operand is a constant is opImm plus its
// opcode, with the constant in k.
const (
	opPrefixFC = 0xd0
	opBrUnless = 0xe0 // if: jump to k when slot y is zero
	opJump     = 0xe1 // else, and br without values to move: jump to k
	opBrEntry  = 0xe2 // one target of the br_table before it
	opConst    = 0xe3 // d = k
	opCopy     = 0xe4 // d = x
	opBrIfNZ   = 0xe5 // br_if without values to move: jump to k when y is non-zero
	opImm      = 0x100
)

// The reference types' table and function instructions run in slow, out
// of run's switch, so their numbers lie past opImm's range. k holds a
// table, segment or function index; table.init and table.copy, which
// name two, hold the second in k's high half. Slots are as for
// memory.init: d, x and y the three operands (or d the result).
const (
	opTableGet  = 0x200 + iota // d = table k[x]
	opTableSet                 // table k[x] = y
	opRefFunc                  // d = a reference to function k
	opTableInit                // table.init: segment low k into table high k
	opElemDrop                 // elem.drop of segment k
	opTableCopy                // table.copy: from table high k into table low k
	opTableGrow                // d = table.grow by y with x
	opTableSize                // d = table.size
	opTableFill                // table.fill: y entries from d with x
	opThrow                    // throw tag k with the payload from slot x
	opRethrow                  // rethrow the exception caught into exception slot k
)

// An i32 comparison followed by a br_if or if that moves no values runs as
// one instruction that jumps to d when the comparison of x with y (or with
// the constant k) holds; an if jumps when it does not, so it takes the
// negated comparison. The comparisons are numbered as their opcodes
// (0x46 eq ... 0x4f ge_u).
const (
	opBrEqz    = 0xe6 // jump to d when x is zero
	opBrNez    = 0xe7 // jump to d when x is non-zero
	opBrCmp    = 0xe8 // opBrCmp+(op-0x46): jump to d when x op y
	opBrCmpImm = 0xf2 // opBrCmpImm+(op-0x46): jump to d when x op k
)

// setTarget sets the jump target of the branch at pc.
func (v *validator) setTarget(pc int, target uint64) {
	if in := &v.code[pc]; in.op >= opBrEqz && in.op <= opBrCmpImm+9 {
		in.d = uint32(target)
	} else {
		in.k = target
	}
}

// comparedTop returns the pc of the i32 comparison that computed the
// value on top of the stack, if it is the last instruction emitted and
// the value is nowhere else; -1 otherwise.
func (v *validator) comparedTop() int {
	top := len(v.vals) - 1
	pc := v.produced
	if pc < 0 || pc != len(v.code)-1 || top < v.ctrls[len(v.ctrls)-1].height || v.vals[top].kind != inHome || v.code[pc].d != v.home(top) {
		return -1
	}
	switch op := v.code[pc].op; {
	case op >= 0x45 && op <= 0x4f, op >= opImm+0x46 && op <= opImm+0x4f:
		return pc
	}
	return -1
}

// fuseBranch merges the comparison at cmp with the copy-free branch right
// after it, negating the comparison for an if, and returns the merged
// instruction's pc.
func (v *validator) fuseBranch(cmp int, negate bool) int {
	c := v.code[cmp]
	op := c.op
	if negate {
		// eq/ne, lt_s/ge_s, lt_u/ge_u, gt_s/le_s, gt_u/le_u, eqz/nez.
		inverse := [...]uint16{0x45: opBrNez, 0x46: 0x47, 0x47: 0x46, 0x48: 0x4e, 0x49: 0x4f, 0x4a: 0x4c, 0x4b: 0x4d, 0x4c: 0x4a, 0x4d: 0x4b, 0x4e: 0x48, 0x4f: 0x49}
		if op >= opImm {
			op = opImm + inverse[op-opImm]
		} else {
			op = inverse[op]
		}
	}
	switch {
	case op == 0x45:
		op = opBrEqz
	case op == opBrNez:
	case op >= opImm:
		op = opBrCmpImm + op - opImm - 0x46
	case op >= 0x46:
		op = opBrCmp + op - 0x46
	}
	target := v.code[cmp+1].k
	v.code[cmp] = ins{op: op, x: c.x, y: c.y, k: c.k, d: uint32(target)}
	v.code = v.code[:cmp+1]
	return cmp
}

// funcCode is a validated, translated function body.
type funcCode struct {
	typ       *FuncType
	numParams int // the parameters' slots
	numLocals int // the locals' slots, parameters included
	body      []ins
	maxStack  int // locals plus the deepest operand stack, in slots
	// handlers are the function's try blocks (see handler), outer ones
	// before the blocks they enclose.
	handlers []handler
}

// handler is a try block of the exception-handling proposal: what an
// exception thrown by an instruction in [start, end) meets. Either its
// catches, tried in order, or, for try...delegate, handler next (-1 for
// the caller). A try without either lets exceptions through.
//
// A function's handlers are only looked at when something throws, so
// that code which does not use exceptions pays nothing: run's loop has no
// handler of its own, and calls push nothing for them.
type handler struct {
	start, end uint32
	delegate   bool
	next       int
	catches    []catchClause
}

// catchClause is one catch (tag >= 0) or catch_all (tag -1): where its
// code starts, the slot its payload goes to, and its level, the number of
// the function's catch blocks it is nested in, which finds the exception
// it holds for rethrow (see Store.exns).
type catchClause struct {
	tag   int64
	pc    uint32
	d     uint32
	level uint32
}

// unknown is the type of an operand in unreachable code (the spec's
// "Unknown"), which matches any type.
const unknown ValType = 0

type ctrl struct {
	// 0x02 block, 0x03 loop, 0x04 if, 0x05 else, 0x06 try, 0x07 catch,
	// 0x19 catch_all, 0 the function.
	op        byte
	params    []ValType
	results   []ValType
	height    int
	unreach   bool
	start     int   // a loop's first pc
	fixups    []int // forward branches to patch with the end's pc
	elseFixup int   // an if's opBrUnless, -1 once patched
	handler   int   // a try's handler
	level     int   // a catch's exception slot
}

func (c *ctrl) labelTypes() []ValType {
	if c.op == 0x03 {
		return c.params
	}
	return c.results
}

// Where a value on the validator's operand stack is at run time: in its
// home slot, still in a local (a local.get not yet copied), or a constant
// not yet written. Values leave the last two states when consumed, when
// the local is about to be assigned, and at every control instruction
// (flush), so that at block boundaries all values are in their homes.
const (
	inHome = iota
	inLocal
	isConst
)

// stackVal is one value of the validator's operand stack.
type stackVal struct {
	t    ValType
	kind byte
	slot uint32 // its home
	idx  uint32 // the local's slot, for inLocal
	k    uint64 // the constant, for isConst
}

type validator struct {
	r         *reader
	m         *Module
	fn        int
	locals    []ValType
	localSlot []uint32 // each local's first slot
	numSlots  int      // the locals' slots
	vals      []stackVal
	ctrls     []ctrl
	code      []ins
	maxSlots  int // the frame's size so far
	dataCount int
	declared  []bool // the functions ref.func may name (see declaredFuncs)
	opPos     int
	curOp     byte
	opName    string // set where curOp does not name the instruction
	simdSub   uint32 // the sub-opcode, where curOp is 0xfd
	handlers  []handler
	// produced is the pc of the instruction that wrote the value on top
	// of the stack into its home slot, if it was the last one emitted,
	// else -1: a local.set right after it can retarget its write.
	produced int
}

func (v *validator) fail(format string, args ...any) {
	v.r.failAt(v.opPos, "Compiling function #%d failed: "+format, append([]any{v.fn}, args...)...)
}

func (v *validator) name() string {
	if v.opName != "" {
		return v.opName
	}
	if v.curOp == 0xfd {
		return simdName(v.simdSub)
	}
	return opName(v.curOp)
}

func (v *validator) pushVal(sv stackVal) {
	sv.slot = v.home(len(v.vals))
	v.vals = append(v.vals, sv)
	if end := int(sv.slot) + sv.t.slots(); end > v.maxSlots {
		v.maxSlots = end
	}
}

func (v *validator) push(t ValType) { v.pushVal(stackVal{t: t}) }

func (v *validator) pushAll(ts []ValType) {
	for _, t := range ts {
		v.push(t)
	}
}

// result pushes a value of type t that the instruction just emitted wrote
// into its home slot.
func (v *validator) result(t ValType) {
	v.push(t)
	v.produced = len(v.code) - 1
}

func (v *validator) popVal(want ValType) stackVal {
	c := &v.ctrls[len(v.ctrls)-1]
	if len(v.vals) == c.height {
		if c.unreach {
			return stackVal{t: want}
		}
		v.fail("not enough arguments on the stack for %s (need %d, got %d)", v.name(), 1, 0)
	}
	sv := v.vals[len(v.vals)-1]
	v.vals = v.vals[:len(v.vals)-1]
	if want != unknown && sv.t != unknown && sv.t != want {
		v.fail("%s[0] expected type %s, found %s of type %s", v.name(), want, "value", sv.t)
	}
	if sv.t == unknown {
		sv.t = want
	}
	return sv
}

func (v *validator) pop(want ValType) ValType { return v.popVal(want).t }

func (v *validator) popAll(ts []ValType) {
	for i := len(ts) - 1; i >= 0; i-- {
		v.pop(ts[i])
	}
}

// home is the slot of operand stack height h: a v128 takes two slots, so
// it follows from the value below.
func (v *validator) home(h int) uint32 {
	if h <= 0 {
		// h < 0 only in unreachable code, which never runs.
		return uint32(v.numSlots)
	}
	below := &v.vals[h-1]
	return below.slot + uint32(below.t.slots())
}

// copyOp is the instruction that copies a value of type t.
func copyOp(t ValType) uint16 {
	if t == V128 {
		return opCopy128
	}
	return opCopy
}

// operand pops a value and returns the slot to read it from, writing a
// pending constant into its home first.
func (v *validator) operand(want ValType) uint32 {
	sv := v.popVal(want)
	h := v.home(len(v.vals))
	switch sv.kind {
	case inLocal:
		return sv.idx
	case isConst:
		v.emit(ins{op: opConst, d: h, k: sv.k})
	}
	return h
}

// settle writes the value at height h into its home slot.
func (v *validator) settle(h int) {
	sv := &v.vals[h]
	switch sv.kind {
	case inLocal:
		v.emit(ins{op: copyOp(sv.t), d: v.home(h), x: sv.idx})
	case isConst:
		v.emit(ins{op: opConst, d: v.home(h), k: sv.k})
	}
	sv.kind = inHome
}

// flush settles every value on the stack: control instructions need them
// in their homes.
func (v *validator) flush() {
	for h := range v.vals {
		if v.vals[h].kind != inHome {
			v.settle(h)
		}
	}
}

// settleLocal settles the values still read from local slot i, which is about
// to be assigned, and reports whether there were any.
func (v *validator) settleLocal(i uint32) bool {
	any := false
	for h := range v.vals {
		if sv := &v.vals[h]; sv.kind == inLocal && sv.idx == i {
			v.settle(h)
			any = true
		}
	}
	return any
}

func (v *validator) emit(i ins) int {
	v.code = append(v.code, i)
	v.produced = -1
	return len(v.code) - 1
}

// label reads a branch depth and returns the control frame it names.
func (v *validator) label() *ctrl {
	pos := v.r.pos
	depth := v.r.u32("branch depth")
	return v.labelAt(depth, pos)
}

func (v *validator) labelAt(depth uint32, pos int) *ctrl {
	if int(depth) >= len(v.ctrls) {
		v.r.failAt(pos, "Compiling function #%d failed: invalid branch depth: %d", v.fn, depth)
	}
	return &v.ctrls[len(v.ctrls)-1-int(depth)]
}

// branchTo fills the branch instruction at pc for a jump to the label c
// that carries the values on top of the (flushed) stack. A branch with
// nothing to move becomes the copy-free form jumpOp when it has one.
func (v *validator) branchTo(pc int, c *ctrl, jumpOp uint16) {
	in := &v.code[pc]
	n := len(c.labelTypes())
	in.n = uint16(slotCount(c.labelTypes()))
	in.x = v.home(len(v.vals) - n)
	in.d = v.home(c.height)
	if jumpOp != 0 && (n == 0 || in.x == in.d) {
		in.op, in.n = jumpOp, 0
	}
	if c.op == 0x03 {
		in.k = uint64(c.start)
	} else {
		c.fixups = append(c.fixups, pc)
	}
}

func (v *validator) blockType() ([]ValType, []ValType) {
	pos := v.r.pos
	b := v.r.b[pos:]
	if len(b) > 0 {
		switch ValType(b[0]) {
		case 0x40:
			v.r.pos++
			return nil, nil
		case I32, I64, F32, F64, V128, FuncRef, ExternRef:
			v.r.pos++
			return nil, []ValType{ValType(b[0])}
		}
	}
	idx := v.r.signed(33, "block type")
	if idx < 0 || idx >= int64(len(v.m.Types)) {
		v.r.failAt(pos, "Compiling function #%d failed: block type index %d is not a signature definition", v.fn, idx)
	}
	t := v.m.Types[idx]
	return t.Params, t.Results
}

func (v *validator) memarg(size uint32) uint64 {
	if len(v.m.memories) == 0 {
		v.r.failAt(v.r.pos, "Compiling function #%d failed: memory instruction with no memory", v.fn)
	}
	apos := v.r.pos
	align := v.r.u32("alignment")
	if align > 31 || 1<<align > size {
		v.r.failAt(apos, "Compiling function #%d failed: invalid alignment; expected maximum alignment is %d, actual alignment is %d", v.fn, log2(size), align)
	}
	return uint64(v.r.u32("offset"))
}

func log2(n uint32) int {
	l := 0
	for n > 1 {
		n >>= 1
		l++
	}
	return l
}

func (v *validator) memIndex() {
	if len(v.m.memories) == 0 {
		v.r.failAt(v.r.pos, "Compiling function #%d failed: memory instruction with no memory", v.fn)
	}
	pos := v.r.pos
	if v.r.byte("memory index") != 0 {
		v.r.failAt(pos, "Compiling function #%d failed: invalid memory index", v.fn)
	}
}

func compileFunc(m *Module, r *reader, fnIndex int, typ *FuncType, dataCount int, declared []bool) *funcCode {
	v := &validator{r: r, m: m, fn: fnIndex, dataCount: dataCount, declared: declared, produced: -1}
	v.locals = append(v.locals, typ.Params...)
	v.addLocalSlots()
	ngroups := r.count(maxLocals, "local decls count")
	for range ngroups {
		pos := r.pos
		n := r.u32("local count")
		if uint64(n)+uint64(len(v.locals)) > maxLocals {
			r.failAt(pos, "Compiling function #%d failed: local count too large", fnIndex)
		}
		t := r.valType()
		for range n {
			v.locals = append(v.locals, t)
		}
	}
	v.addLocalSlots()
	v.maxSlots = v.numSlots
	v.ctrls = append(v.ctrls, ctrl{results: typ.Results, elseFixup: -1})
	for {
		if r.eof() {
			r.fail("Compiling function #%d failed: function body must end with \"end\" opcode", fnIndex)
		}
		v.opPos = r.pos
		op := r.byte("opcode")
		v.curOp, v.opName = op, ""
		if v.instr(op) {
			break
		}
	}
	if !r.eof() {
		r.fail("Compiling function #%d failed: trailing code after function end", fnIndex)
	}
	return &funcCode{typ: typ, numParams: slotCount(typ.Params), numLocals: v.numSlots, body: v.code, maxStack: v.maxSlots,
		handlers: v.handlers}
}

// addLocalSlots gives the locals declared since its last call their
// slots.
func (v *validator) addLocalSlots() {
	for _, t := range v.locals[len(v.localSlot):] {
		v.localSlot = append(v.localSlot, uint32(v.numSlots))
		v.numSlots += t.slots()
	}
}

// instr validates and translates one instruction; it reports whether it
// was the function's final end.
func (v *validator) instr(op byte) bool {
	r := v.r
	switch op {
	case 0x00:
		v.emit(ins{op: 0x00})
		v.unreachable()
	case 0x01:
	case 0x02, 0x03, 0x04, 0x06:
		params, results := v.blockType()
		var cond uint32
		cmp := -1
		if op == 0x04 {
			cmp = v.comparedTop()
			cond = v.operand(I32)
		}
		v.flush()
		v.popAll(params)
		c := ctrl{op: op, params: params, results: results, height: len(v.vals), start: len(v.code), elseFixup: -1}
		if op == 0x06 {
			c.handler = len(v.handlers)
			v.handlers = append(v.handlers, handler{start: uint32(len(v.code)), end: uint32(len(v.code)), next: -1})
		}
		if op == 0x04 {
			c.elseFixup = v.emit(ins{op: opBrUnless, y: cond})
			if cmp >= 0 && c.elseFixup == cmp+1 {
				c.elseFixup = v.fuseBranch(cmp, true)
			}
		}
		v.produced = -1
		v.ctrls = append(v.ctrls, c)
		v.pushAll(params)
	case 0x05:
		c := &v.ctrls[len(v.ctrls)-1]
		if c.op != 0x04 {
			v.fail("else does not match an if")
		}
		v.flush()
		v.endCheck(c)
		j := v.emit(ins{op: opJump})
		c.fixups = append(c.fixups, j)
		v.setTarget(c.elseFixup, uint64(len(v.code)))
		c.elseFixup = -1
		c.op = 0x05
		v.vals = v.vals[:c.height]
		c.unreach = false
		v.pushAll(c.params)
	case 0x07, 0x19:
		v.catch(op)
	case 0x08:
		tag := v.tagIndex()
		t := v.m.TagType(tag)
		v.flush()
		x := v.home(len(v.vals) - len(t.Params))
		v.popAll(t.Params)
		v.emit(ins{op: opThrow, x: x, k: uint64(tag)})
		v.unreachable()
	case 0x09:
		c := v.label()
		if c.op != 0x07 && c.op != 0x19 {
			v.fail("rethrow not targeting catch or catch-all")
		}
		v.emit(ins{op: opRethrow, k: uint64(c.level)})
		v.unreachable()
	case 0x18:
		c := &v.ctrls[len(v.ctrls)-1]
		if c.op != 0x06 {
			v.fail("delegate does not match a try")
		}
		pos := r.pos
		depth := r.u32("delegate depth")
		if int(depth) >= len(v.ctrls)-1 {
			r.failAt(pos, "Compiling function #%d failed: invalid branch depth: %d", v.fn, depth)
		}
		v.flush()
		v.endCheck(c)
		h := &v.handlers[c.handler]
		h.end, h.delegate = uint32(len(v.code)), true
		// The exception goes on to the handler of the try that encloses
		// the target label, or is the label's own while it is in its try
		// body; past all of them it leaves the function.
		for k := len(v.ctrls) - 2 - int(depth); k >= 0; k-- {
			if v.ctrls[k].op == 0x06 {
				h.next = v.ctrls[k].handler
				break
			}
		}
		v.endBlock(c)
	case 0x0b:
		c := &v.ctrls[len(v.ctrls)-1]
		v.flush()
		v.endCheck(c)
		if c.op == 0x06 {
			v.handlers[c.handler].end = uint32(len(v.code))
		}
		if c.op == 0x04 && !sameTypes(c.params, c.results) {
			v.fail("start-arity and end-arity of one-armed if must match")
		}
		if len(v.ctrls) == 1 {
			v.emit(ins{op: 0x0f, n: uint16(slotCount(c.results)), x: v.home(0)})
		}
		v.endBlock(c)
		return len(v.ctrls) == 0
	case 0x0c:
		c := v.label()
		v.flush()
		pc := v.emit(ins{op: 0x0c})
		v.branchTo(pc, c, opJump)
		v.popLabel(c.labelTypes(), "branch")
		v.unreachable()
	case 0x0d:
		c := v.label()
		cmp := v.comparedTop()
		cond := v.operand(I32)
		v.flush()
		pc := v.emit(ins{op: 0x0d, y: cond})
		v.branchTo(pc, c, opBrIfNZ)
		if cmp >= 0 && pc == cmp+1 && v.code[pc].op == opBrIfNZ {
			v.fuseBranch(cmp, false)
			if c.op != 0x03 {
				c.fixups[len(c.fixups)-1] = cmp
			}
		}
		v.popLabel(c.labelTypes(), "branch")
		v.pushAll(c.labelTypes())
	case 0x0e:
		n := r.count(maxBrTable, "table count")
		depths := make([]uint32, n+1)
		pos := make([]int, n+1)
		for i := range depths {
			pos[i] = r.pos
			depths[i] = r.u32("branch depth")
		}
		idx := v.operand(I32)
		v.flush()
		def := v.labelAt(depths[n], pos[n])
		arity := len(def.labelTypes())
		v.emit(ins{op: 0x0e, y: idx, k: uint64(n)})
		for k, d := range depths {
			c := v.labelAt(d, pos[k])
			if len(c.labelTypes()) != arity {
				v.fail("br_table: type mismatch in target's arity")
			}
			v.branchTo(v.emit(ins{op: opBrEntry}), c, 0)
			// Each target's types must match the operands, checked as the
			// spec's algorithm does: pop then push back.
			saved := append([]stackVal(nil), v.vals...)
			v.popLabel(c.labelTypes(), "branch")
			v.vals = saved
		}
		v.popLabel(def.labelTypes(), "branch")
		v.unreachable()
	case 0x0f:
		v.flush()
		n := len(v.ctrls[0].results)
		v.emit(ins{op: 0x0f, n: uint16(slotCount(v.ctrls[0].results)), x: v.home(len(v.vals) - n)})
		v.popLabel(v.ctrls[0].results, "return")
		v.unreachable()
	case 0x10:
		pos := r.pos
		f := r.u32("function index")
		if int(f) >= len(v.m.funcs) {
			r.failAt(pos, "Compiling function #%d failed: function index #%d is out of bounds", v.fn, f)
		}
		t := v.m.FuncType(f)
		v.flush()
		v.popAll(t.Params)
		v.emit(ins{op: 0x10, x: v.home(len(v.vals)), k: uint64(f)})
		v.pushAll(t.Results)
	case 0x11:
		pos := r.pos
		ti := r.u32("signature index")
		if int(ti) >= len(v.m.Types) {
			r.failAt(pos, "Compiling function #%d failed: invalid signature index: %d", v.fn, ti)
		}
		tab := v.table()
		if v.m.tables[tab].Elem != FuncRef {
			r.failAt(pos, "Compiling function #%d failed: call_indirect: immediate table #%d is not of a function type", v.fn, tab)
		}
		idx := v.operand(I32)
		v.flush()
		t := v.m.Types[ti]
		v.popAll(t.Params)
		v.emit(ins{op: 0x11, x: v.home(len(v.vals)), y: idx, k: uint64(ti) | uint64(tab)<<32})
		v.pushAll(t.Results)
	case 0x1a:
		// The value's slot is simply left behind.
		v.pop(unknown)
	case 0x1b, 0x1c:
		// 0x1c is select with its type written out, which references
		// need.
		want := unknown
		if op == 0x1c {
			pos := r.pos
			if n := r.u32("number of select types"); n != 1 {
				r.failAt(pos, "Compiling function #%d failed: Invalid number of types. Select accepts exactly one type", v.fn)
			}
			want = r.valType()
		}
		cond := v.operand(I32)
		b := v.popVal(want)
		bs := v.slotOf(b)
		a := v.popVal(b.t)
		as := v.slotOf(a)
		t := b.t
		if t == unknown {
			t = a.t
		}
		if op == 0x1b && t.IsRef() {
			v.fail("select without type is only valid for value type inputs")
		}
		sel := uint16(0x1b)
		if t == V128 {
			sel = opSelect128
		}
		v.emit(ins{op: sel, d: v.home(len(v.vals)), x: as, y: bs, k: uint64(cond)})
		v.result(t)
	case 0x25:
		tab := v.table()
		x := v.operand(I32)
		v.emit(ins{op: opTableGet, d: v.home(len(v.vals)), x: x, k: uint64(tab)})
		v.result(v.m.tables[tab].Elem)
	case 0x26:
		tab := v.table()
		y := v.operand(v.m.tables[tab].Elem)
		x := v.operand(I32)
		v.emit(ins{op: opTableSet, x: x, y: y, k: uint64(tab)})
	case 0xd0:
		// The heap type is a negative s33 (V8 reads it so, and names
		// the number); a null reference is zero, a constant like any
		// other.
		pos := r.pos
		var t ValType
		switch h := r.signed(33, "heap type"); h {
		case int64(FuncRef) - 0x80:
			t = FuncRef
		case int64(ExternRef) - 0x80:
			t = ExternRef
		default:
			r.failAt(pos, "Compiling function #%d failed: Unknown heap type %d", v.fn, h)
		}
		v.pushVal(stackVal{t: t, kind: isConst})
	case 0xd1:
		sv := v.popVal(unknown)
		if sv.t != unknown && !sv.t.IsRef() {
			v.fail("ref.is_null[0] expected reference type, found %s", sv.t)
		}
		// Null being zero, this is i64.eqz.
		x := v.slotOf(sv)
		v.emit(ins{op: 0x50, d: v.home(len(v.vals)), x: x})
		v.result(I32)
	case 0xd2:
		pos := r.pos
		f := r.u32("function index")
		if int(f) >= len(v.m.funcs) {
			r.failAt(pos, "Compiling function #%d failed: function index #%d is out of bounds", v.fn, f)
		}
		if !v.declared[f] {
			r.failAt(pos, "Compiling function #%d failed: undeclared reference to function #%d", v.fn, f)
		}
		v.emit(ins{op: opRefFunc, d: v.home(len(v.vals)), k: uint64(f)})
		v.result(FuncRef)
	case 0x20:
		pos := r.pos
		i := v.localIndex(pos)
		v.pushVal(stackVal{t: v.locals[i], kind: inLocal, idx: v.localSlot[i]})
	case 0x21, 0x22:
		i := v.localIndex(r.pos)
		v.setLocal(i, op == 0x22)
	case 0x23, 0x24:
		pos := r.pos
		i := r.u32("global index")
		if int(i) >= len(v.m.globals) {
			r.failAt(pos, "Compiling function #%d failed: Invalid global index: %d", v.fn, i)
		}
		g := v.m.globals[i]
		get, set := uint16(0x23), uint16(0x24)
		if g.Type == V128 {
			get, set = opGlobalGet128, opGlobalSet128
		}
		if op == 0x23 {
			v.emit(ins{op: get, d: v.home(len(v.vals)), k: uint64(i)})
			v.result(g.Type)
		} else {
			if !g.Mutable {
				r.failAt(pos, "Compiling function #%d failed: immutable global #%d cannot be assigned", v.fn, i)
			}
			v.emit(ins{op: set, y: v.operand(g.Type), k: uint64(i)})
		}
	case 0x3f:
		v.memIndex()
		v.emit(ins{op: 0x3f, d: v.home(len(v.vals))})
		v.result(I32)
	case 0x40:
		v.memIndex()
		x := v.operand(I32)
		v.emit(ins{op: 0x40, d: v.home(len(v.vals)), x: x})
		v.result(I32)
	case 0x41:
		v.pushVal(stackVal{t: I32, kind: isConst, k: uint64(uint32(int32(r.signed(32, "immi32"))))})
	case 0x42:
		v.pushVal(stackVal{t: I64, kind: isConst, k: uint64(r.signed(64, "immi64"))})
	case 0x43:
		b := r.bytes(4, "immf32")
		v.pushVal(stackVal{t: F32, kind: isConst, k: uint64(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)})
	case 0x44:
		b := r.bytes(8, "immf64")
		var x uint64
		for i := 7; i >= 0; i-- {
			x = x<<8 | uint64(b[i])
		}
		v.pushVal(stackVal{t: F64, kind: isConst, k: x})
	case 0xfc:
		v.prefixed()
	case 0xfd:
		v.simd()
	case 0xfe:
		v.atomic()
	default:
		if op >= 0x28 && op <= 0x3e {
			mt := memOps[op-0x28]
			off := v.memarg(mt.size)
			if op >= 0x36 {
				val := v.operand(mt.t)
				addr := v.operand(I32)
				v.emit(ins{op: uint16(op), x: addr, y: val, k: off})
			} else {
				addr := v.operand(I32)
				v.emit(ins{op: uint16(op), d: v.home(len(v.vals)), x: addr, k: off})
				v.result(mt.t)
			}
			return false
		}
		in, out, ok := numericSig(op)
		if !ok {
			v.r.failAt(v.opPos, "Compiling function #%d failed: Invalid opcode 0x%x", v.fn, op)
		}
		if in[1] == 0 {
			x := v.operand(in[0])
			v.emit(ins{op: uint16(op), d: v.home(len(v.vals)), x: x})
			v.result(out)
			return false
		}
		if top := len(v.vals) - 1; hasImm(op) && top >= v.ctrls[len(v.ctrls)-1].height && v.vals[top].kind == isConst && v.vals[top].t == in[1] {
			k := v.popVal(in[1]).k
			x := v.operand(in[0])
			v.binary(ins{op: opImm + uint16(op), d: v.home(len(v.vals)), x: x, k: k}, out)
			return false
		}
		y := v.operand(in[1])
		x := v.operand(in[0])
		v.binary(ins{op: uint16(op), d: v.home(len(v.vals)), x: x, y: y}, out)
	}
	return false
}

// Pairs of i32 operations where the second consumes the first's result
// run as one instruction: d = op2(op1(x, y), slot k). The pairs are those
// of hash functions' rounds (md4, xxhash) and of address arithmetic. The
// last two have constants: (x + y) + k, and rotl(x + k, y) with the
// rotation count in y.
const (
	opAddAdd     = 0xc5 + iota // (x + y) + k
	opXorAdd                   // (x ^ y) + k
	opAndAdd                   // (x & y) + k
	opOrAdd                    // (x | y) + k
	opXorAnd                   // (x ^ y) & k
	opAndXor                   // (x & y) ^ k
	opAndOr                    // (x & y) | k
	opOrAnd                    // (x | y) & k
	opXorXor                   // (x ^ y) ^ k
	opAddAddImm                // (x + y) + k, k a constant
	opAddImmRotl               // rotl(x + k, y), k and y constants
)

// More pairs, and chains of three and four: md4's step is
// rotl(a + f + x + k, s).
const (
	opShlAdd      = 0xdc + iota // (x << k) + y, k a constant
	opAddRotl                   // rotl(x + y, k), k a constant
	opAdd3Imm                   // x + y + slot(low half of k) + high half of k
	opAdd3ImmRotl               // rotl(opAdd3Imm's sum, n)
)

// fusedPair returns the instruction that does first then second, or 0.
func fusedPair(first, second uint16) uint16 {
	switch [2]uint16{first, second} {
	case [2]uint16{0x6a, 0x6a}:
		return opAddAdd
	case [2]uint16{0x73, 0x6a}:
		return opXorAdd
	case [2]uint16{0x71, 0x6a}:
		return opAndAdd
	case [2]uint16{0x72, 0x6a}:
		return opOrAdd
	case [2]uint16{0x73, 0x71}:
		return opXorAnd
	case [2]uint16{0x71, 0x73}:
		return opAndXor
	case [2]uint16{0x71, 0x72}:
		return opAndOr
	case [2]uint16{0x72, 0x71}:
		return opOrAnd
	case [2]uint16{0x73, 0x73}:
		return opXorXor
	case [2]uint16{0x6a, opImm + 0x6a}:
		return opAddAddImm
	case [2]uint16{opImm + 0x6a, opImm + 0x77}:
		return opAddImmRotl
	case [2]uint16{opImm + 0x74, 0x6a}:
		return opShlAdd
	case [2]uint16{0x6a, opImm + 0x77}:
		return opAddRotl
	case [2]uint16{opAddAdd, opImm + 0x6a}:
		return opAdd3Imm
	case [2]uint16{opAdd3Imm, opImm + 0x77}:
		return opAdd3ImmRotl
	}
	return 0
}

// binary emits the binary operation b, whose result has type t, merged
// with the instruction before it when that one computed b's first
// operand (or, b being commutative and taking two slots, its second) into
// a temporary slot that nothing else reads, right before b.
func (v *validator) binary(b ins, t ValType) {
	if a := v.produced; a >= 0 && a == len(v.code)-1 && v.code[a].d >= uint32(v.numSlots) {
		first := v.code[a]
		x, other := b.x, b.y
		if b.op < opImm && x != first.d && b.y == first.d {
			// The fused second operations taking two slots commute.
			x, other = b.y, b.x
		}
		if op := fusedPair(first.op, b.op); op != 0 && x == first.d && (b.op >= opImm || other != first.d) {
			f := ins{op: op, d: b.d, x: first.x, y: first.y, k: uint64(other)}
			switch op {
			case opAddAddImm:
				f.k = b.k
			case opAddImmRotl:
				f.k, f.y = first.k, uint32(b.k&31)
			case opShlAdd:
				f.y, f.k = other, first.k&31
			case opAddRotl:
				f.k = b.k & 31
			case opAdd3Imm:
				f.k = first.k | b.k<<32
			case opAdd3ImmRotl:
				f.k, f.n = first.k, uint16(b.k&31)
			}
			v.code[a] = f
			v.push(t)
			return
		}
	}
	v.emit(b)
	v.result(t)
}

// slotOf returns the slot of a value just popped (its home is the
// current height), writing a pending constant there first.
func (v *validator) slotOf(sv stackVal) uint32 {
	h := v.home(len(v.vals))
	switch sv.kind {
	case inLocal:
		return sv.idx
	case isConst:
		v.emit(ins{op: opConst, d: h, k: sv.k})
	}
	return h
}

func (v *validator) localIndex(pos int) uint32 {
	i := v.r.u32("local index")
	if int(i) >= len(v.locals) {
		v.r.failAt(pos, "Compiling function #%d failed: invalid local index: %d", v.fn, i)
	}
	return i
}

// setLocal translates local.set (tee false) and local.tee of local i.
// Where the value was just computed into its home slot and no other value
// still reads the local, the computing instruction writes the local
// instead, which leaves no copy at all.
func (v *validator) setLocal(local uint32, tee bool) {
	t := v.locals[local]
	i := v.localSlot[local]
	top := len(v.vals) - 1
	if top >= v.ctrls[len(v.ctrls)-1].height {
		sv := v.vals[top]
		if sv.kind == inLocal && sv.idx == i {
			v.pop(t)
			if tee {
				v.pushVal(sv)
			}
			return
		}
		if v.produced >= 0 && v.produced == len(v.code)-1 && sv.kind == inHome && sv.t == t && v.code[v.produced].d == v.home(top) && !v.localReadBelow(i, top) {
			v.code[v.produced].d = i
			v.pop(t)
			if tee {
				v.pushVal(stackVal{t: t, kind: inLocal, idx: i})
			}
			return
		}
	}
	v.settleLocal(i)
	sv := v.popVal(t)
	switch sv.kind {
	case inLocal:
		v.emit(ins{op: copyOp(t), d: i, x: sv.idx})
	case isConst:
		v.emit(ins{op: opConst, d: i, k: sv.k})
	default:
		v.emit(ins{op: copyOp(t), d: i, x: v.home(len(v.vals))})
	}
	if tee {
		v.pushVal(sv)
	}
}

// localReadBelow reports whether a value below height top is still read
// from local slot i.
func (v *validator) localReadBelow(i uint32, top int) bool {
	for _, sv := range v.vals[:top] {
		if sv.kind == inLocal && sv.idx == i {
			return true
		}
	}
	return false
}

// hasImm reports whether binary operator op has a form with a constant
// second operand (opImm+op).
func hasImm(op byte) bool {
	return op >= 0x46 && op <= 0x4f || op >= 0x51 && op <= 0x5a || op >= 0x6a && op <= 0x6c || op >= 0x71 && op <= 0x78 ||
		op >= 0x7c && op <= 0x7e || op >= 0x83 && op <= 0x8a
}

func (v *validator) prefixed() {
	pos := v.r.pos
	sub := v.r.u32("prefixed opcode index")
	switch {
	case sub <= 7:
		from := [...]ValType{F32, F32, F64, F64}[sub%4]
		to := I32
		if sub >= 4 {
			to = I64
		}
		v.opName = "trunc_sat"
		x := v.operand(from)
		v.emit(ins{op: opPrefixFC + uint16(sub), d: v.home(len(v.vals)), x: x})
		v.result(to)
	case sub == 8 || sub == 9:
		if v.dataCount < 0 {
			v.r.failAt(pos, "Compiling function #%d failed: invalid data segment index: 0 (no data count section)", v.fn)
		}
		ipos := v.r.pos
		seg := v.r.u32("data segment index")
		if int(seg) >= v.dataCount {
			v.r.failAt(ipos, "Compiling function #%d failed: invalid data segment index: %d", v.fn, seg)
		}
		if sub == 9 {
			v.emit(ins{op: opPrefixFC + 9, k: uint64(seg)})
			return
		}
		v.memIndex()
		v.opName = "memory.init"
		n := v.operand(I32)
		src := v.operand(I32)
		dst := v.operand(I32)
		v.emit(ins{op: opPrefixFC + 8, d: dst, x: src, y: n, k: uint64(seg)})
	case sub == 10 || sub == 11:
		v.memIndex()
		if sub == 10 {
			v.memIndex()
		}
		v.opName = "memory.fill"
		if sub == 10 {
			v.opName = "memory.copy"
		}
		n := v.operand(I32)
		src := v.operand(I32)
		dst := v.operand(I32)
		v.emit(ins{op: opPrefixFC + uint16(sub), d: dst, x: src, y: n})
	case sub == 12:
		spos := v.r.pos
		seg := v.elemIndex()
		tab := v.table()
		if v.m.elems[seg].typ != v.m.tables[tab].Elem {
			v.r.failAt(spos, "Compiling function #%d failed: table %d is not a super-type of %s", v.fn, tab, v.m.elems[seg].typ)
		}
		v.opName = "table.init"
		n := v.operand(I32)
		src := v.operand(I32)
		dst := v.operand(I32)
		v.emit(ins{op: opTableInit, d: dst, x: src, y: n, k: uint64(seg) | uint64(tab)<<32})
	case sub == 13:
		v.emit(ins{op: opElemDrop, k: uint64(v.elemIndex())})
	case sub == 14:
		dpos := v.r.pos
		dt := v.table()
		st := v.table()
		if v.m.tables[dt].Elem != v.m.tables[st].Elem {
			v.r.failAt(dpos, "Compiling function #%d failed: table %d is not a super-type of %s", v.fn, dt, v.m.tables[st].Elem)
		}
		v.opName = "table.copy"
		n := v.operand(I32)
		src := v.operand(I32)
		dst := v.operand(I32)
		v.emit(ins{op: opTableCopy, d: dst, x: src, y: n, k: uint64(dt) | uint64(st)<<32})
	case sub == 15:
		tab := v.table()
		v.opName = "table.grow"
		n := v.operand(I32)
		init := v.operand(v.m.tables[tab].Elem)
		v.emit(ins{op: opTableGrow, d: v.home(len(v.vals)), x: init, y: n, k: uint64(tab)})
		v.result(I32)
	case sub == 16:
		tab := v.table()
		v.emit(ins{op: opTableSize, d: v.home(len(v.vals)), k: uint64(tab)})
		v.result(I32)
	case sub == 17:
		tab := v.table()
		v.opName = "table.fill"
		n := v.operand(I32)
		val := v.operand(v.m.tables[tab].Elem)
		dst := v.operand(I32)
		v.emit(ins{op: opTableFill, d: dst, x: val, y: n, k: uint64(tab)})
	default:
		v.r.failAt(v.opPos, "Compiling function #%d failed: invalid numeric opcode: 0xfc%02x", v.fn, sub)
	}
}

// table reads a table index.
func (v *validator) table() uint32 {
	pos := v.r.pos
	t := v.r.u32("table index")
	if int(t) >= len(v.m.tables) {
		v.r.failAt(pos, "Compiling function #%d failed: invalid table index: %d", v.fn, t)
	}
	return t
}

// elemIndex reads an element segment index. The element section comes
// before the code, so the segments are known.
func (v *validator) elemIndex() uint32 {
	pos := v.r.pos
	e := v.r.u32("element segment index")
	if int(e) >= len(v.m.elems) {
		v.r.failAt(pos, "Compiling function #%d failed: invalid element segment index: %d", v.fn, e)
	}
	return e
}

// declaredFuncs marks the functions that ref.func may name: those a
// global's initialiser, an element segment or an export names
// (WebAssembly spec §3.4.10, the context's refs). All of those sections
// come before the code.
func (m *Module) declaredFuncs() []bool {
	d := make([]bool, len(m.funcs))
	for _, g := range m.globalDef {
		if g.init.funcRef {
			d[g.init.value] = true
		}
	}
	for _, e := range m.elems {
		for _, c := range e.init {
			if c.funcRef {
				d[c.value] = true
			}
		}
	}
	for _, ex := range m.Exports {
		if ex.Kind == KindFunc {
			d[ex.Index] = true
		}
	}
	return d
}

func (v *validator) unreachable() {
	c := &v.ctrls[len(v.ctrls)-1]
	v.vals = v.vals[:c.height]
	c.unreach = true
}

// endBlock closes the innermost block c (its end, or a try's delegate):
// branches to it land here, and its results are on the stack.
func (v *validator) endBlock(c *ctrl) {
	end := uint64(len(v.code))
	for _, pc := range c.fixups {
		v.setTarget(pc, end)
	}
	if c.elseFixup >= 0 {
		v.setTarget(c.elseFixup, end)
	}
	v.ctrls = v.ctrls[:len(v.ctrls)-1]
	v.vals = v.vals[:c.height]
	v.pushAll(c.results)
	v.produced = -1
}

// catch translates catch (0x07) and catch_all (0x19): the end of a try
// body or of the catch before, and the start of a catch's code, which an
// exception enters with the stack at the try's height and its payload
// (nothing for catch_all) on it.
func (v *validator) catch(op byte) {
	c := &v.ctrls[len(v.ctrls)-1]
	var tag int64 = -1
	var params []ValType
	if op == 0x07 {
		if c.op != 0x06 && c.op != 0x07 {
			if c.op == 0x19 {
				v.fail("catch after catch-all for try")
			}
			v.fail("catch does not match a try")
		}
		t := v.tagIndex()
		tag, params = int64(t), v.m.TagType(t).Params
	} else if c.op != 0x06 && c.op != 0x07 {
		if c.op == 0x19 {
			v.fail("catch-all already present for try")
		}
		v.fail("catch-all does not match a try")
	}
	v.flush()
	v.endCheck(c)
	c.fixups = append(c.fixups, v.emit(ins{op: opJump}))
	h := &v.handlers[c.handler]
	if c.op == 0x06 {
		h.end = uint32(len(v.code))
		c.level = 0
		for _, o := range v.ctrls[:len(v.ctrls)-1] {
			if o.op == 0x07 || o.op == 0x19 {
				c.level++
			}
		}
	}
	c.op = op
	v.vals = v.vals[:c.height]
	c.unreach = false
	h.catches = append(h.catches, catchClause{tag: tag, pc: uint32(len(v.code)), d: v.home(c.height), level: uint32(c.level)})
	v.pushAll(params)
	v.produced = -1
}

// tagIndex reads a tag index.
func (v *validator) tagIndex() uint32 {
	pos := v.r.pos
	t := v.r.u32("tag index")
	if int(t) >= len(v.m.tags) {
		v.r.failAt(pos, "Compiling function #%d failed: Invalid tag index: %d", v.fn, t)
	}
	return t
}

// endCheck checks that the operand stack holds exactly the block's results.
func (v *validator) endCheck(c *ctrl) {
	v.popLabel(c.results, "fallthru")
	if len(v.vals) != c.height {
		v.fail("expected %d elements on the stack for fallthru, found %d", len(c.results), len(v.vals)-c.height+len(c.results))
	}
}

// popLabel pops the values a branch, return or block end carries, with
// V8's messages for a count or type that does not fit.
func (v *validator) popLabel(ts []ValType, what string) {
	c := &v.ctrls[len(v.ctrls)-1]
	have := len(v.vals) - c.height
	if have < len(ts) && !c.unreach {
		v.fail("expected %d elements on the stack for %s, found %d", len(ts), what, have)
	}
	for i := len(ts) - 1; i >= 0; i-- {
		if len(v.vals) == c.height {
			return
		}
		t := v.vals[len(v.vals)-1].t
		if t != unknown && t != ts[i] {
			v.fail("type error in %s[%d] (expected %s, got %s)", what, i, ts[i], t)
		}
		v.vals = v.vals[:len(v.vals)-1]
	}
}

func sameTypes(a, b []ValType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

type memOp struct {
	t    ValType
	size uint32
}

// memOps describes loads and stores 0x28..0x3e: the value type and the
// access width in bytes.
var memOps = [...]memOp{
	{I32, 4}, {I64, 8}, {F32, 4}, {F64, 8},
	{I32, 1}, {I32, 1}, {I32, 2}, {I32, 2},
	{I64, 1}, {I64, 1}, {I64, 2}, {I64, 2}, {I64, 4}, {I64, 4},
	{I32, 4}, {I64, 8}, {F32, 4}, {F64, 8},
	{I32, 1}, {I32, 2}, {I64, 1}, {I64, 2}, {I64, 4},
}

// numericSig gives a numeric instruction's operand types (the second zero
// for a unary one) and result type.
func numericSig(op byte) (in [2]ValType, out ValType, ok bool) {
	un := func(a, r ValType) ([2]ValType, ValType, bool) { return [2]ValType{a, 0}, r, true }
	bin := func(a, r ValType) ([2]ValType, ValType, bool) { return [2]ValType{a, a}, r, true }
	switch {
	case op == 0x45:
		return un(I32, I32)
	case op >= 0x46 && op <= 0x4f:
		return bin(I32, I32)
	case op == 0x50:
		return un(I64, I32)
	case op >= 0x51 && op <= 0x5a:
		return bin(I64, I32)
	case op >= 0x5b && op <= 0x60:
		return bin(F32, I32)
	case op >= 0x61 && op <= 0x66:
		return bin(F64, I32)
	case op >= 0x67 && op <= 0x69:
		return un(I32, I32)
	case op >= 0x6a && op <= 0x78:
		return bin(I32, I32)
	case op >= 0x79 && op <= 0x7b:
		return un(I64, I64)
	case op >= 0x7c && op <= 0x8a:
		return bin(I64, I64)
	case op >= 0x8b && op <= 0x91:
		return un(F32, F32)
	case op >= 0x92 && op <= 0x98:
		return bin(F32, F32)
	case op >= 0x99 && op <= 0x9f:
		return un(F64, F64)
	case op >= 0xa0 && op <= 0xa6:
		return bin(F64, F64)
	}
	switch op {
	case 0xa7:
		return un(I64, I32)
	case 0xa8, 0xa9:
		return un(F32, I32)
	case 0xaa, 0xab:
		return un(F64, I32)
	case 0xac, 0xad:
		return un(I32, I64)
	case 0xae, 0xaf:
		return un(F32, I64)
	case 0xb0, 0xb1:
		return un(F64, I64)
	case 0xb2, 0xb3:
		return un(I32, F32)
	case 0xb4, 0xb5:
		return un(I64, F32)
	case 0xb6:
		return un(F64, F32)
	case 0xb7, 0xb8:
		return un(I32, F64)
	case 0xb9, 0xba:
		return un(I64, F64)
	case 0xbb:
		return un(F32, F64)
	case 0xbc:
		return un(F32, I32)
	case 0xbd:
		return un(F64, I64)
	case 0xbe:
		return un(I32, F32)
	case 0xbf:
		return un(I64, F64)
	case 0xc0, 0xc1:
		return un(I32, I32)
	case 0xc2, 0xc3, 0xc4:
		return un(I64, I64)
	}
	return in, 0, false
}

// opName names an opcode for messages, as V8 names the common ones.
func opName(op byte) string {
	names := map[byte]string{
		0x00: "unreachable", 0x0b: "end", 0x0c: "br", 0x0d: "br_if", 0x0e: "br_table", 0x0f: "return",
		0x08: "throw", 0x10: "call", 0x11: "call_indirect", 0x1a: "drop", 0x1b: "select", 0x1c: "select", 0x25: "table.get",
		0x26: "table.set", 0x20: "local.get", 0x21: "local.set",
		0x22: "local.tee", 0x23: "global.get", 0x24: "global.set", 0x41: "i32.const", 0x42: "i64.const",
		0x43: "f32.const", 0x44: "f64.const", 0x45: "i32.eqz", 0x46: "i32.eq", 0x6a: "i32.add", 0x6b: "i32.sub",
		0x6c: "i32.mul", 0x7c: "i64.add", 0x7d: "i64.sub", 0x7e: "i64.mul", 0x04: "if", 0x02: "block", 0x03: "loop",
		0x40: "memory.grow", 0x28: "i32.load", 0x36: "i32.store",
	}
	if n, ok := names[op]; ok {
		return n
	}
	return "opcode"
}
