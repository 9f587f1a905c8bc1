package wasm

// Validation of a function body and its translation into ins, in one pass
// (WebAssembly spec §3.3 and its appendix's validation algorithm).

// ins is one translated instruction. For branches a is the target pc, b
// the number of values carried and c the frame-relative stack height to
// cut back to; for memory accesses c is the static offset; for constants c
// is the value's bits; otherwise a holds the instruction's index operand.
type ins struct {
	op uint16
	a  uint32
	b  uint32
	c  uint64
}

// Internal opcodes, in bytes the instruction set leaves unused so that
// the interpreter's switch stays dense (Go then compiles it to a jump
// table). 0xFC-prefixed instructions are opPrefixFC plus their
// sub-opcode, just past the one-byte opcodes.
const (
	opPrefixFC = 0x100
	opBrUnless = 0xe0 // if: jump to a when the popped i32 is zero
	opJump     = 0xe1 // else: jump to a
	opBrEntry  = 0xe2 // one target of the br_table before it
)

// funcCode is a validated, translated function body.
type funcCode struct {
	typ       *FuncType
	numLocals int // parameters included
	body      []ins
	maxStack  int // locals plus the deepest operand stack
}

// unknown is the type of an operand in unreachable code (the spec's
// "Unknown"), which matches any type.
const unknown ValType = 0

type ctrl struct {
	op        byte // 0x02 block, 0x03 loop, 0x04 if, 0x05 else, 0 the function
	params    []ValType
	results   []ValType
	height    int
	unreach   bool
	start     int   // a loop's first pc
	fixups    []int // forward branches to patch with the end's pc
	elseFixup int   // an if's opBrUnless, -1 once patched
}

func (c *ctrl) labelTypes() []ValType {
	if c.op == 0x03 {
		return c.params
	}
	return c.results
}

type validator struct {
	r         *reader
	m         *Module
	fn        int
	locals    []ValType
	vals      []ValType
	ctrls     []ctrl
	code      []ins
	maxHeight int
	dataCount int
	opPos     int
	curOp     byte
	opName    string // set where curOp does not name the instruction
}

func (v *validator) fail(format string, args ...any) {
	v.r.failAt(v.opPos, "Compiling function #%d failed: "+format, append([]any{v.fn}, args...)...)
}

func (v *validator) name() string {
	if v.opName != "" {
		return v.opName
	}
	return opName(v.curOp)
}

func (v *validator) push(t ValType) {
	v.vals = append(v.vals, t)
	if len(v.vals) > v.maxHeight {
		v.maxHeight = len(v.vals)
	}
}

func (v *validator) pushAll(ts []ValType) {
	for _, t := range ts {
		v.push(t)
	}
}

func (v *validator) pop(want ValType) ValType {
	c := &v.ctrls[len(v.ctrls)-1]
	if len(v.vals) == c.height {
		if c.unreach {
			return want
		}
		v.fail("not enough arguments on the stack for %s (need %d, got %d)", v.name(), 1, 0)
	}
	t := v.vals[len(v.vals)-1]
	v.vals = v.vals[:len(v.vals)-1]
	if want != unknown && t != unknown && t != want {
		v.fail("%s[0] expected type %s, found %s of type %s", v.name(), want, "value", t)
	}
	if t == unknown {
		return want
	}
	return t
}

func (v *validator) popAll(ts []ValType) {
	for i := len(ts) - 1; i >= 0; i-- {
		v.pop(ts[i])
	}
}

func (v *validator) emit(i ins) int {
	v.code = append(v.code, i)
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

// branchTo fills a branch instruction at pc for a jump to the label c.
func (v *validator) branchTo(pc int, c *ctrl) {
	in := &v.code[pc]
	in.b = uint32(len(c.labelTypes()))
	in.c = uint64(len(v.locals) + c.height)
	if c.op == 0x03 {
		in.a = uint32(c.start)
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
		case I32, I64, F32, F64, FuncRef, ExternRef:
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

func compileFunc(m *Module, r *reader, fnIndex int, typ *FuncType, dataCount int) *funcCode {
	v := &validator{r: r, m: m, fn: fnIndex, dataCount: dataCount}
	v.locals = append(v.locals, typ.Params...)
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
	return &funcCode{typ: typ, numLocals: len(v.locals), body: v.code, maxStack: len(v.locals) + v.maxHeight}
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
	case 0x02, 0x03, 0x04:
		params, results := v.blockType()
		if op == 0x04 {
			v.pop(I32)
		}
		v.popAll(params)
		c := ctrl{op: op, params: params, results: results, height: len(v.vals), start: len(v.code), elseFixup: -1}
		if op == 0x04 {
			c.elseFixup = v.emit(ins{op: opBrUnless})
		}
		v.ctrls = append(v.ctrls, c)
		v.pushAll(params)
	case 0x05:
		c := &v.ctrls[len(v.ctrls)-1]
		if c.op != 0x04 {
			v.fail("else does not match an if")
		}
		v.endCheck(c)
		j := v.emit(ins{op: opJump})
		c.fixups = append(c.fixups, j)
		v.code[c.elseFixup].a = uint32(len(v.code))
		c.elseFixup = -1
		c.op = 0x05
		v.vals = v.vals[:c.height]
		c.unreach = false
		v.pushAll(c.params)
	case 0x0b:
		c := &v.ctrls[len(v.ctrls)-1]
		v.endCheck(c)
		if c.op == 0x04 && !sameTypes(c.params, c.results) {
			v.fail("start-arity and end-arity of one-armed if must match")
		}
		if len(v.ctrls) == 1 {
			v.emit(ins{op: 0x0f, b: uint32(len(c.results))})
		}
		end := uint32(len(v.code))
		for _, pc := range c.fixups {
			v.code[pc].a = end
		}
		if c.elseFixup >= 0 {
			v.code[c.elseFixup].a = end
		}
		v.ctrls = v.ctrls[:len(v.ctrls)-1]
		v.vals = v.vals[:c.height]
		v.pushAll(c.results)
		return len(v.ctrls) == 0
	case 0x0c:
		c := v.label()
		v.popLabel(c.labelTypes(), "branch")
		v.branchTo(v.emit(ins{op: 0x0c}), c)
		v.unreachable()
	case 0x0d:
		c := v.label()
		v.pop(I32)
		v.popLabel(c.labelTypes(), "branch")
		v.branchTo(v.emit(ins{op: 0x0d}), c)
		v.pushAll(c.labelTypes())
	case 0x0e:
		n := r.count(maxBrTable, "table count")
		depths := make([]uint32, n+1)
		pos := make([]int, n+1)
		for i := range depths {
			pos[i] = r.pos
			depths[i] = r.u32("branch depth")
		}
		v.pop(I32)
		def := v.labelAt(depths[n], pos[n])
		arity := len(def.labelTypes())
		v.emit(ins{op: 0x0e, a: uint32(n)})
		for k, d := range depths {
			c := v.labelAt(d, pos[k])
			if len(c.labelTypes()) != arity {
				v.fail("br_table: type mismatch in target's arity")
			}
			// Each target's types must match the operands, checked as the
			// spec's algorithm does: pop then push back.
			saved := append([]ValType(nil), v.vals...)
			v.popLabel(c.labelTypes(), "branch")
			v.vals = saved
			v.branchTo(v.emit(ins{op: opBrEntry}), c)
		}
		v.popLabel(def.labelTypes(), "branch")
		v.unreachable()
	case 0x0f:
		v.popLabel(v.ctrls[0].results, "return")
		v.emit(ins{op: 0x0f, b: uint32(len(v.ctrls[0].results))})
		v.unreachable()
	case 0x10:
		pos := r.pos
		f := r.u32("function index")
		if int(f) >= len(v.m.funcs) {
			r.failAt(pos, "Compiling function #%d failed: function index #%d is out of bounds", v.fn, f)
		}
		t := v.m.FuncType(f)
		v.popAll(t.Params)
		v.emit(ins{op: 0x10, a: f})
		v.pushAll(t.Results)
	case 0x11:
		pos := r.pos
		ti := r.u32("signature index")
		if int(ti) >= len(v.m.Types) {
			r.failAt(pos, "Compiling function #%d failed: invalid signature index: %d", v.fn, ti)
		}
		tab := v.table()
		if v.m.tables[tab].Elem != FuncRef {
			v.fail("call_indirect: immediate table #%d is not of a function type", tab)
		}
		v.pop(I32)
		t := v.m.Types[ti]
		v.popAll(t.Params)
		v.emit(ins{op: 0x11, a: ti, c: uint64(tab)})
		v.pushAll(t.Results)
	case 0x1a:
		v.pop(unknown)
		v.emit(ins{op: 0x1a})
	case 0x1b:
		v.pop(I32)
		t1 := v.pop(unknown)
		t2 := v.pop(t1)
		if t1 == unknown {
			t1 = t2
		}
		if t1.IsRef() {
			v.fail("select without type immediate needs numeric operands, found %s", t1)
		}
		v.emit(ins{op: 0x1b})
		v.push(t1)
	case 0x1c:
		// select with its type written out, which references need.
		pos := r.pos
		if n := r.u32("number of select types"); n != 1 {
			r.failAt(pos, "Compiling function #%d failed: Invalid number of types for select", v.fn)
		}
		t := r.valType()
		v.pop(I32)
		v.pop(t)
		v.pop(t)
		v.emit(ins{op: 0x1b})
		v.push(t)
	case 0x25, 0x26:
		tab := v.table()
		t := v.m.tables[tab].Elem
		if op == 0x26 {
			v.pop(t)
		}
		v.pop(I32)
		if op == 0x25 {
			v.push(t)
		}
		v.emit(ins{op: uint16(op), a: tab})
	case 0xd0:
		v.push(r.refType("reference type"))
		v.emit(ins{op: 0x42})
	case 0xd1:
		if t := v.pop(unknown); t != unknown && !t.IsRef() {
			v.fail("ref.is_null[0] expected reference type, found %s", t)
		}
		// A null reference is zero, so this is i64.eqz.
		v.emit(ins{op: 0x50})
		v.push(I32)
	case 0xd2:
		pos := r.pos
		f := r.u32("function index")
		if int(f) >= len(v.m.funcs) {
			r.failAt(pos, "Compiling function #%d failed: function index #%d is out of bounds", v.fn, f)
		}
		v.emit(ins{op: 0xd2, a: f})
		v.push(FuncRef)
	case 0x20, 0x21, 0x22:
		pos := r.pos
		i := r.u32("local index")
		if int(i) >= len(v.locals) {
			r.failAt(pos, "Compiling function #%d failed: invalid local index: %d", v.fn, i)
		}
		t := v.locals[i]
		switch op {
		case 0x20:
			v.push(t)
		case 0x21:
			v.pop(t)
		case 0x22:
			v.pop(t)
			v.push(t)
		}
		v.emit(ins{op: uint16(op), a: i})
	case 0x23, 0x24:
		pos := r.pos
		i := r.u32("global index")
		if int(i) >= len(v.m.globals) {
			r.failAt(pos, "Compiling function #%d failed: Invalid global index: %d", v.fn, i)
		}
		g := v.m.globals[i]
		if op == 0x23 {
			v.push(g.Type)
		} else {
			if !g.Mutable {
				r.failAt(pos, "Compiling function #%d failed: immutable global #%d cannot be assigned", v.fn, i)
			}
			v.pop(g.Type)
		}
		v.emit(ins{op: uint16(op), a: i})
	case 0x3f, 0x40:
		v.memIndex()
		if op == 0x40 {
			v.pop(I32)
		}
		v.push(I32)
		v.emit(ins{op: uint16(op)})
	case 0x41:
		v.emit(ins{op: 0x41, c: uint64(uint32(int32(r.signed(32, "immi32"))))})
		v.push(I32)
	case 0x42:
		v.emit(ins{op: 0x42, c: uint64(r.signed(64, "immi64"))})
		v.push(I64)
	case 0x43:
		b := r.bytes(4, "immf32")
		v.emit(ins{op: 0x43, c: uint64(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)})
		v.push(F32)
	case 0x44:
		b := r.bytes(8, "immf64")
		var x uint64
		for i := 7; i >= 0; i-- {
			x = x<<8 | uint64(b[i])
		}
		v.emit(ins{op: 0x44, c: x})
		v.push(F64)
	case 0xfc:
		v.prefixed()
	default:
		if op >= 0x28 && op <= 0x3e {
			mt := memOps[op-0x28]
			off := v.memarg(mt.size)
			if op >= 0x36 {
				v.pop(mt.t)
				v.pop(I32)
			} else {
				v.pop(I32)
				v.push(mt.t)
			}
			v.emit(ins{op: uint16(op), c: off})
			return false
		}
		in, out, ok := numericSig(op)
		if !ok {
			v.r.failAt(v.opPos, "Compiling function #%d failed: Invalid opcode 0x%x", v.fn, op)
		}
		if in[1] != 0 {
			v.pop(in[1])
		}
		v.pop(in[0])
		v.push(out)
		v.emit(ins{op: uint16(op)})
	}
	return false
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
		v.pop(from)
		v.push(to)
		v.emit(ins{op: opPrefixFC + uint16(sub)})
	case sub == 8 || sub == 9:
		if v.dataCount < 0 {
			v.r.failAt(pos, "Compiling function #%d failed: invalid data segment index: 0 (no data count section)", v.fn)
		}
		ipos := v.r.pos
		seg := v.r.u32("data segment index")
		if int(seg) >= v.dataCount {
			v.r.failAt(ipos, "Compiling function #%d failed: invalid data segment index: %d", v.fn, seg)
		}
		if sub == 8 {
			v.memIndex()
			v.opName = "memory.init"
			v.pop(I32)
			v.pop(I32)
			v.pop(I32)
		}
		v.emit(ins{op: opPrefixFC + uint16(sub), a: seg})
	case sub == 10 || sub == 11:
		v.memIndex()
		if sub == 10 {
			v.memIndex()
		}
		v.opName = "memory.fill"
		if sub == 10 {
			v.opName = "memory.copy"
		}
		v.pop(I32)
		v.pop(I32)
		v.pop(I32)
		v.emit(ins{op: opPrefixFC + uint16(sub)})
	case sub == 12:
		seg := v.elemIndex()
		tab := v.table()
		if v.m.elems[seg].typ != v.m.tables[tab].Elem {
			v.fail("table.init: element segment #%d does not fit table #%d", seg, tab)
		}
		v.opName = "table.init"
		v.pop(I32)
		v.pop(I32)
		v.pop(I32)
		v.emit(ins{op: opPrefixFC + 12, a: seg, c: uint64(tab)})
	case sub == 13:
		v.emit(ins{op: opPrefixFC + 13, a: v.elemIndex()})
	case sub == 14:
		dst := v.table()
		src := v.table()
		if v.m.tables[dst].Elem != v.m.tables[src].Elem {
			v.fail("table.copy: table #%d does not fit table #%d", src, dst)
		}
		v.opName = "table.copy"
		v.pop(I32)
		v.pop(I32)
		v.pop(I32)
		v.emit(ins{op: opPrefixFC + 14, a: dst, c: uint64(src)})
	case sub == 15 || sub == 16 || sub == 17:
		tab := v.table()
		v.opName = [...]string{"table.grow", "table.size", "table.fill"}[sub-15]
		switch sub {
		case 15:
			v.pop(I32)
			v.pop(v.m.tables[tab].Elem)
		case 17:
			v.pop(I32)
			v.pop(v.m.tables[tab].Elem)
			v.pop(I32)
		}
		if sub != 17 {
			v.push(I32)
		}
		v.emit(ins{op: opPrefixFC + uint16(sub), a: tab})
	default:
		v.r.failAt(v.opPos, "Compiling function #%d failed: invalid numeric opcode: 0xfc%02x", v.fn, sub)
	}
}

// table reads a table index.
func (v *validator) table() uint32 {
	pos := v.r.pos
	t := v.r.u32("table index")
	if int(t) >= len(v.m.tables) {
		v.r.failAt(pos, "Compiling function #%d failed: table index %d out of bounds", v.fn, t)
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

func (v *validator) unreachable() {
	c := &v.ctrls[len(v.ctrls)-1]
	v.vals = v.vals[:c.height]
	c.unreach = true
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
		t := v.vals[len(v.vals)-1]
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
		0x10: "call", 0x11: "call_indirect", 0x1a: "drop", 0x1b: "select", 0x20: "local.get", 0x21: "local.set",
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
