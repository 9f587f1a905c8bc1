package wasm

import (
	"math"
	"math/bits"
	"unsafe"
)

// Store is the execution state shared by the instances of one embedder
// thread: the value stack and the call depth. It is not safe for
// concurrent use.
type Store struct {
	stack  []uint64
	sp     int // the first free slot, for nested entries from host calls
	depth  int
	frames []frame // the callers of the running wasm functions
	cur    frame   // the running one (its pc is run's)
	// MaxDepth bounds nested calls (wasm and host entries together); zero
	// means defaultMaxDepth.
	MaxDepth int
	// funcList and funcRefs number the functions funcrefs name (see
	// FuncRef).
	funcList []*Function
	funcRefs map[*Function]uint64
	// refTables and refGlobals are the externref tables and globals the
	// store's instances made, and those the embedder handed to Track:
	// with the value stack, all the places an externref can be.
	refTables  []*Table
	refGlobals []*Global
	// exns are the exceptions catch blocks hold (see caught).
	exns []caught
	// Waiter parks and wakes threads for memory.atomic.wait and notify;
	// nil means the package's own process-wide list (see Waiter).
	Waiter Waiter
}

// Track adds an externref table or global the embedder made (an
// instance's own are tracked when it is made) to those ExternRefs reports.
// Other externs are ignored.
func (s *Store) Track(x Extern) {
	switch x := x.(type) {
	case *Table:
		if x.Elem == ExternRef {
			s.refTables = append(s.refTables, x)
		}
	case *Global:
		if x.Type.Type == ExternRef {
			s.refGlobals = append(s.refGlobals, x)
		}
	}
}

// ExternRefs calls fn with every externref the store may still use: those
// in tracked tables and globals, and every slot of the value stack that
// running functions own (zero, null, is left out). The stack is read
// conservatively: a slot holding a number is passed too, since its type is
// not kept, so an embedder that frees what fn is not called with never
// frees a reference in use, and may keep one a little longer than needed.
// It is for an embedder's collector, between instructions (in a host
// call or outside any call).
func (s *Store) ExternRefs(fn func(uint64)) {
	for _, t := range s.refTables {
		for _, r := range t.Externs {
			if r != 0 {
				fn(r)
			}
		}
	}
	for _, g := range s.refGlobals {
		if g.Value != 0 {
			fn(g.Value)
		}
	}
	for _, v := range s.stack[:s.sp] {
		if v != 0 {
			fn(v)
		}
	}
	for _, c := range s.exns {
		for _, v := range c.e.Args {
			if v != 0 {
				fn(v)
			}
		}
	}
}

// Exceptions calls fn with every exception that catch blocks of running
// functions hold, for an embedder's collector to keep their Host values.
func (s *Store) Exceptions(fn func(*Exception)) {
	for _, c := range s.exns {
		fn(c.e)
	}
}

// caught is an exception a catch block holds: one at call depth depth,
// nested in level other catch blocks of its function.
//
// Store.exns is a stack ordered by (depth, level): entering a catch block
// at (d, l) first drops every entry at or past (d, l). Those are all done
// with: a deeper function has returned or been unwound, and a catch block
// of the same depth at level l or more either belongs to a function that
// has returned or is one of this function's that does not enclose the try
// that caught (that one is enclosed by exactly l catch blocks, all at
// lower levels). So a loop that catches holds one entry, not one per
// iteration, and the entry at (d, l) is the exception of the running
// function's catch block at level l, which rethrow finds there. No
// instruction runs when a catch block ends (a branch may leave it
// anywhere), so a finished block's entry stays until the next catch at
// its place or below, or until the entry point it ran under returns.
//
// Frames hold no slot for their caught exceptions: a callee's frame
// starts at its arguments, inside its caller's operand stack, and would
// overwrite slots past it.
type caught struct {
	e     *Exception
	depth int
	level uint32
}

const (
	defaultMaxDepth = 10000
	maxStackSlots   = 1 << 24
)

// frame is a wasm function's activation: fn (nil for the marker that
// run leaves under its first function), where it resumes and its base in
// the value stack.
type frame struct {
	fn   *Function
	inst *Instance
	pc   int
	base int
}

func trap(msg string) { panic(newTrap(msg)) }

// newTrap is not inlined: the interpreter has many traps, all on cold
// paths, and writes panic(newTrap(...)) so that Go sees nothing live
// after them.
//
//go:noinline
func newTrap(msg string) *Trap { return &Trap{Msg: msg} }

// Call runs f with args (raw bits, as HostFunc takes them) and returns its
// results. A trap, a stack overflow or an exception no wasm handler caught
// (an *Exception) comes back as an error; a host function's own panic
// passes through with the store ready for reuse.
func (s *Store) Call(f *Function, args []uint64) (res []uint64, err error) {
	if len(args) != slotCount(f.Type.Params) {
		return nil, &Trap{Msg: "wrong number of arguments"}
	}
	sp0, depth0, frames0, cur0, exns0 := s.sp, s.depth, len(s.frames), s.cur, len(s.exns)
	defer func() {
		clear(s.exns[exns0:])
		s.exns = s.exns[:exns0]
		if e := recover(); e != nil {
			s.sp, s.depth, s.frames, s.cur = sp0, depth0, s.frames[:frames0], cur0
			switch e := e.(type) {
			case *Trap:
				res, err = nil, e
			case *Exception:
				res, err = nil, e
			case stackOverflow:
				res, err = nil, ErrStackOverflow
			default:
				panic(e)
			}
		}
	}()
	if f.host != nil {
		s.enter()
		r := f.host(args)
		s.depth--
		return r, nil
	}
	s.ensure(s.sp + len(args))
	copy(s.stack[s.sp:], args)
	base := s.sp
	s.run(f, base)
	n := slotCount(f.Type.Results)
	res = make([]uint64, n)
	copy(res, s.stack[base:base+n])
	s.sp, s.depth = sp0, depth0
	return res, nil
}

func (s *Store) enter() {
	max := s.MaxDepth
	if max == 0 {
		max = defaultMaxDepth
	}
	s.depth++
	if s.depth > max {
		panic(stackOverflow{})
	}
}

// ensure makes the stack at least n slots long.
func (s *Store) ensure(n int) {
	if n <= len(s.stack) {
		return
	}
	if n > maxStackSlots {
		panic(stackOverflow{})
	}
	c := 2 * len(s.stack)
	if c < 1024 {
		c = 1024
	}
	for c < n {
		c *= 2
	}
	st := make([]uint64, c)
	copy(st, s.stack)
	s.stack = st
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func f32(x uint64) float32  { return math.Float32frombits(uint32(x)) }
func f64(x uint64) float64  { return math.Float64frombits(x) }
func uf32(f float32) uint64 { return uint64(math.Float32bits(f)) }
func uf64(f float64) uint64 { return math.Float64bits(f) }

// fmin and fmax follow the spec: NaN wins, and -0 is below +0.
func fmin(a, b float64) float64 {
	if a != a || b != b {
		return math.NaN()
	}
	return math.Min(a, b)
}

func fmax(a, b float64) float64 {
	if a != a || b != b {
		return math.NaN()
	}
	return math.Max(a, b)
}

// truncChecked converts x truncated to an integer, trapping as V8 does
// when it is NaN or outside (lo, hi) (both exclusive).
func truncChecked(x, lo, hi float64) float64 {
	if x != x {
		trap("float unrepresentable in integer range")
	}
	t := math.Trunc(x)
	if !(t > lo && t < hi) {
		trap("float unrepresentable in integer range")
	}
	return t
}

func satS32(x float64) uint64 {
	switch {
	case x != x:
		return 0
	case x <= math.MinInt32:
		return uint64(uint32(math.MinInt32 & 0xffffffff))
	case x >= math.MaxInt32:
		return math.MaxInt32
	}
	return uint64(uint32(int32(x)))
}

func satU32(x float64) uint64 {
	switch {
	case x != x || x <= 0:
		return 0
	case x >= math.MaxUint32:
		return math.MaxUint32
	}
	return uint64(uint32(x))
}

func satS64(x float64) uint64 {
	switch {
	case x != x:
		return 0
	case x <= math.MinInt64:
		return 1 << 63
	case x >= math.MaxInt64:
		return math.MaxInt64
	}
	return uint64(int64(x))
}

func satU64(x float64) uint64 {
	switch {
	case x != x || x <= 0:
		return 0
	case x >= math.MaxUint64:
		return math.MaxUint64
	}
	return uint64(x)
}

// u64ToF32 rounds once: converting through float64 would round twice.
func u64ToF32(x uint64) float32 { return float32(x) }

// The interpreter reaches frames and memory through unsafe pointers, so
// that its loop keeps few values in registers and pays no bounds check
// that validation already made: every slot an instruction names is below
// its function's maxStack, which run and call make sure the stack holds,
// and memory accesses are checked once against the memory's length (by
// hand in each case: run is too big for Go to inline a helper that can
// trap, see ld32 in mem_*.go).

// frameAt returns the frame at base, whose maxStack slots the stack holds
// (and one more, so that a frame of no slots still has an address).
//
// The array type is far bigger than the stack, which the race detector's
// pointer checks (checkptr) refuse at the conversion: nocheckptr leaves
// this conversion and resume's unchecked, so that programs embedding Kiln
// can run their tests with -race. The accesses through the array stay
// within the allocation, as above.
//
//go:nocheckptr
func (s *Store) frameAt(base int) *slots {
	return (*slots)(unsafe.Pointer(&s.stack[base]))
}

// memBase returns a memory's base and length.
func memBase(b []byte) (unsafe.Pointer, uint64) {
	return unsafe.Pointer(unsafe.SliceData(b)), uint64(len(b))
}

// resume returns the state run keeps in locals for the function s.cur.
//
//go:nocheckptr
func (s *Store) resume() (body *code, pc uint32, fr *slots, mp unsafe.Pointer, ml uint64) {
	mp, ml = s.cur.inst.memory0()
	return (*code)(unsafe.Pointer(&s.cur.fn.code.body[0])), uint32(s.cur.pc), s.frameAt(s.cur.base), mp, ml
}

// call enters the function that instruction i (call or call_indirect)
// calls, making it s.cur; a host function it runs to completion, leaving
// s.cur as it was.
func (s *Store) call(i *ins) {
	in := s.cur.inst
	var callee *Function
	if i.op == 0x10 {
		callee = in.funcs[i.k]
	} else {
		k := uint32(s.stack[s.cur.base+int(i.y)])
		t := in.tables[i.k>>32]
		if uint64(k) >= uint64(len(t.Elems)) {
			trap("table index is out of bounds")
		}
		callee = t.Elems[k]
		want := in.Module.Types[uint32(i.k)]
		if callee == nil || callee.Type != want && !callee.Type.Equal(want) {
			trap("null function or function signature mismatch")
		}
	}
	nb := s.cur.base + int(i.x)
	if callee.host != nil {
		s.callHost(callee, nb)
		return
	}
	s.enter()
	s.frames = append(s.frames, s.cur)
	s.cur = frame{fn: callee, inst: callee.inst, base: nb}
	code := callee.code
	s.ensure(nb + code.maxStack + 1)
	// Most functions declare few locals: a loop beats clear's call.
	for k := nb + code.numParams; k < nb+code.numLocals; k++ {
		s.stack[k] = 0
	}
}

// callHost runs host function callee with the arguments at slot nb of
// the stack, leaving its results there. An exception it throws goes to
// the running functions' handlers (throw).
func (s *Store) callHost(callee *Function, nb int) {
	np := slotCount(callee.Type.Params)
	// Host code may re-enter the store: it starts past this frame.
	s.sp = s.cur.base + s.cur.fn.code.maxStack
	depth := s.depth
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			s.depth = depth
			s.throw(e)
		}
	}()
	s.enter()
	res := callee.host(s.stack[nb : nb+np : nb+np])
	s.depth--
	if len(res) != slotCount(callee.Type.Results) {
		trap("host function returned the wrong number of results")
	}
	copy(s.stack[nb:], res)
}

// memory0 returns the base and length of the instance's memory (nil and
// zero when it has none).
func (in *Instance) memory0() (unsafe.Pointer, uint64) {
	if len(in.mems) > 0 {
		return memBase(in.mems[0].Bytes())
	}
	return nil, 0
}

// run executes f, whose arguments are at base, until it returns; results
// are left at base.
//
// fr is the running function's frame, the stack from its base: slots are
// indices into it (see ins). Every operation is one case of the switch,
// written out rather than shared through helpers, because a call per
// instruction costs as much as the instruction.
func (s *Store) run(f *Function, base int) {
	s.enter()
	s.frames = append(s.frames, s.cur, frame{})
	s.cur = frame{fn: f, inst: f.inst, base: base}
	code := f.code
	s.ensure(base + code.maxStack + 1)
	clear(s.stack[base+code.numParams : base+code.numLocals])
	// Only s, body, pc, fr and the memory's base and length live across
	// the loop, and none of them across a call: Go's register allocator
	// would spill them around every dispatch otherwise. Operations that
	// call out (calls, returns, those in slow) reload them with resume,
	// and traps panic with newTrap, after which nothing is live.
	body, pc, fr, mp, ml := s.resume()
	for {
		i := &body[pc]
		pc++
		switch i.op {
		case 0x00:
			panic(newTrap("unreachable"))
		case opJump:
			pc = uint32(i.k)
		case 0x0c:
			// Values only move down the stack (d <= x): a forward loop is
			// a memmove without the call.
			for k := range uint32(i.n) {
				fr[i.d+k] = fr[i.x+k]
			}
			pc = uint32(i.k)
		case opBrIfNZ:
			if uint32(fr[i.y]) != 0 {
				pc = uint32(i.k)
			}
		case 0x0d:
			if uint32(fr[i.y]) != 0 {
				for k := range uint32(i.n) {
					fr[i.d+k] = fr[i.x+k]
				}
				pc = uint32(i.k)
			}
		case opBrUnless:
			if uint32(fr[i.y]) == 0 {
				pc = uint32(i.k)
			}
		case opBrEqz:
			if uint32(fr[i.x]) == 0 {
				pc = i.d
			}
		case opBrNez:
			if uint32(fr[i.x]) != 0 {
				pc = i.d
			}
		case opBrCmp + 0: // eq
			if uint32(fr[i.x]) == uint32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 1: // ne
			if uint32(fr[i.x]) != uint32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 2: // lt_s
			if int32(fr[i.x]) < int32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 3: // lt_u
			if uint32(fr[i.x]) < uint32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 4: // gt_s
			if int32(fr[i.x]) > int32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 5: // gt_u
			if uint32(fr[i.x]) > uint32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 6: // le_s
			if int32(fr[i.x]) <= int32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 7: // le_u
			if uint32(fr[i.x]) <= uint32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 8: // ge_s
			if int32(fr[i.x]) >= int32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmp + 9: // ge_u
			if uint32(fr[i.x]) >= uint32(fr[i.y]) {
				pc = i.d
			}
		case opBrCmpImm + 0: // eq
			if uint32(fr[i.x]) == uint32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 1: // ne
			if uint32(fr[i.x]) != uint32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 2: // lt_s
			if int32(fr[i.x]) < int32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 3: // lt_u
			if uint32(fr[i.x]) < uint32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 4: // gt_s
			if int32(fr[i.x]) > int32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 5: // gt_u
			if uint32(fr[i.x]) > uint32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 6: // le_s
			if int32(fr[i.x]) <= int32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 7: // le_u
			if uint32(fr[i.x]) <= uint32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 8: // ge_s
			if int32(fr[i.x]) >= int32(i.k) {
				pc = i.d
			}
		case opBrCmpImm + 9: // ge_u
			if uint32(fr[i.x]) >= uint32(i.k) {
				pc = i.d
			}
		case 0x0e:
			k := uint64(uint32(fr[i.y]))
			if k > i.k {
				k = i.k
			}
			t := &body[pc+uint32(k)]
			for k := range uint32(t.n) {
				fr[t.d+k] = fr[t.x+k]
			}
			pc = uint32(t.k)
		case 0x0f:
			for k := range uint32(i.n) {
				fr[k] = fr[i.x+k]
			}
			s.depth--
			s.cur = s.frames[len(s.frames)-1]
			s.frames = s.frames[:len(s.frames)-1]
			if s.cur.fn == nil {
				s.cur = s.frames[len(s.frames)-1]
				s.frames = s.frames[:len(s.frames)-1]
				return
			}
			body, pc, fr, mp, ml = s.resume()
		case 0x10, 0x11:
			s.cur.pc = int(pc)
			s.call(i)
			body, pc, fr, mp, ml = s.resume()
		case 0x1b:
			if uint32(fr[i.k]) != 0 {
				fr[i.d] = fr[i.x]
			} else {
				fr[i.d] = fr[i.y]
			}
		case opConst:
			fr[i.d] = i.k
		case opAddAdd:
			fr[i.d] = uint64(uint32(fr[i.x]) + uint32(fr[i.y]) + uint32(fr[i.k]))
		case opXorAdd:
			fr[i.d] = uint64(uint32(fr[i.x]^fr[i.y]) + uint32(fr[i.k]))
		case opAndAdd:
			fr[i.d] = uint64(uint32(fr[i.x]&fr[i.y]) + uint32(fr[i.k]))
		case opOrAdd:
			fr[i.d] = uint64(uint32(fr[i.x]|fr[i.y]) + uint32(fr[i.k]))
		case opXorAnd:
			fr[i.d] = uint64(uint32((fr[i.x] ^ fr[i.y]) & fr[i.k]))
		case opAndXor:
			fr[i.d] = uint64(uint32(fr[i.x]&fr[i.y] ^ fr[i.k]))
		case opAndOr:
			fr[i.d] = uint64(uint32(fr[i.x]&fr[i.y] | fr[i.k]))
		case opOrAnd:
			fr[i.d] = uint64(uint32((fr[i.x] | fr[i.y]) & fr[i.k]))
		case opXorXor:
			fr[i.d] = uint64(uint32(fr[i.x] ^ fr[i.y] ^ fr[i.k]))
		case opAddAddImm:
			fr[i.d] = uint64(uint32(fr[i.x]) + uint32(fr[i.y]) + uint32(i.k))
		case opAddImmRotl:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x])+uint32(i.k), int(i.y)))
		case opShlAdd:
			fr[i.d] = uint64(uint32(fr[i.x])<<i.k + uint32(fr[i.y]))
		case opAddRotl:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x])+uint32(fr[i.y]), int(i.k)))
		case opAdd3Imm:
			fr[i.d] = uint64(uint32(fr[i.x]) + uint32(fr[i.y]) + uint32(fr[uint32(i.k)]) + uint32(i.k>>32))
		case opAdd3ImmRotl:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x])+uint32(fr[i.y])+uint32(fr[uint32(i.k)])+uint32(i.k>>32), int(i.n)))
		case opCopy:
			fr[i.d] = fr[i.x]
		case 0x23:
			fr[i.d] = s.cur.inst.globals[i.k].Value
		case 0x24:
			s.cur.inst.globals[i.k].Value = fr[i.y]
		case 0x28, 0x2a, 0x35:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+4 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(ld32(p))
		case 0x29, 0x2b:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+8 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = ld64(p)
		case 0x2c:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+1 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(uint32(int32(int8(*(*byte)(p)))))
		case 0x2d, 0x31:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+1 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(*(*byte)(p))
		case 0x2e:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+2 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(uint32(int32(int16(ld16(p)))))
		case 0x2f, 0x33:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+2 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(ld16(p))
		case 0x30:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+1 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(int64(int8(*(*byte)(p))))
		case 0x32:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+2 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(int64(int16(ld16(p))))
		case 0x34:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+4 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			fr[i.d] = uint64(int64(int32(ld32(p))))
		case 0x36, 0x38, 0x3e:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+4 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			st32(p, uint32(fr[i.y]))
		case 0x37, 0x39:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+8 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			st64(p, fr[i.y])
		case 0x3a, 0x3c:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+1 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			*(*byte)(p) = byte(fr[i.y])
		case 0x3b, 0x3d:
			a := uint64(uint32(fr[i.x])) + i.k
			if a+2 > ml {
				panic(newTrap("memory access out of bounds"))
			}
			p := unsafe.Add(mp, a)
			st16(p, uint16(fr[i.y]))

		// i32 and i64 comparisons and arithmetic, also with a constant
		// second operand (opImm+op).
		case 0x45:
			fr[i.d] = b2u(uint32(fr[i.x]) == 0)
		case 0x46:
			fr[i.d] = b2u(uint32(fr[i.x]) == uint32(fr[i.y]))
		case opImm + 0x46:
			fr[i.d] = b2u(uint32(fr[i.x]) == uint32(i.k))
		case 0x47:
			fr[i.d] = b2u(uint32(fr[i.x]) != uint32(fr[i.y]))
		case opImm + 0x47:
			fr[i.d] = b2u(uint32(fr[i.x]) != uint32(i.k))
		case 0x48:
			fr[i.d] = b2u(int32(fr[i.x]) < int32(fr[i.y]))
		case opImm + 0x48:
			fr[i.d] = b2u(int32(fr[i.x]) < int32(i.k))
		case 0x49:
			fr[i.d] = b2u(uint32(fr[i.x]) < uint32(fr[i.y]))
		case opImm + 0x49:
			fr[i.d] = b2u(uint32(fr[i.x]) < uint32(i.k))
		case 0x4a:
			fr[i.d] = b2u(int32(fr[i.x]) > int32(fr[i.y]))
		case opImm + 0x4a:
			fr[i.d] = b2u(int32(fr[i.x]) > int32(i.k))
		case 0x4b:
			fr[i.d] = b2u(uint32(fr[i.x]) > uint32(fr[i.y]))
		case opImm + 0x4b:
			fr[i.d] = b2u(uint32(fr[i.x]) > uint32(i.k))
		case 0x4c:
			fr[i.d] = b2u(int32(fr[i.x]) <= int32(fr[i.y]))
		case opImm + 0x4c:
			fr[i.d] = b2u(int32(fr[i.x]) <= int32(i.k))
		case 0x4d:
			fr[i.d] = b2u(uint32(fr[i.x]) <= uint32(fr[i.y]))
		case opImm + 0x4d:
			fr[i.d] = b2u(uint32(fr[i.x]) <= uint32(i.k))
		case 0x4e:
			fr[i.d] = b2u(int32(fr[i.x]) >= int32(fr[i.y]))
		case opImm + 0x4e:
			fr[i.d] = b2u(int32(fr[i.x]) >= int32(i.k))
		case 0x4f:
			fr[i.d] = b2u(uint32(fr[i.x]) >= uint32(fr[i.y]))
		case opImm + 0x4f:
			fr[i.d] = b2u(uint32(fr[i.x]) >= uint32(i.k))
		case 0x50:
			fr[i.d] = b2u(fr[i.x] == 0)
		case 0x51:
			fr[i.d] = b2u(fr[i.x] == fr[i.y])
		case opImm + 0x51:
			fr[i.d] = b2u(fr[i.x] == i.k)
		case 0x52:
			fr[i.d] = b2u(fr[i.x] != fr[i.y])
		case opImm + 0x52:
			fr[i.d] = b2u(fr[i.x] != i.k)
		case 0x53:
			fr[i.d] = b2u(int64(fr[i.x]) < int64(fr[i.y]))
		case opImm + 0x53:
			fr[i.d] = b2u(int64(fr[i.x]) < int64(i.k))
		case 0x54:
			fr[i.d] = b2u(fr[i.x] < fr[i.y])
		case opImm + 0x54:
			fr[i.d] = b2u(fr[i.x] < i.k)
		case 0x55:
			fr[i.d] = b2u(int64(fr[i.x]) > int64(fr[i.y]))
		case opImm + 0x55:
			fr[i.d] = b2u(int64(fr[i.x]) > int64(i.k))
		case 0x56:
			fr[i.d] = b2u(fr[i.x] > fr[i.y])
		case opImm + 0x56:
			fr[i.d] = b2u(fr[i.x] > i.k)
		case 0x57:
			fr[i.d] = b2u(int64(fr[i.x]) <= int64(fr[i.y]))
		case opImm + 0x57:
			fr[i.d] = b2u(int64(fr[i.x]) <= int64(i.k))
		case 0x58:
			fr[i.d] = b2u(fr[i.x] <= fr[i.y])
		case opImm + 0x58:
			fr[i.d] = b2u(fr[i.x] <= i.k)
		case 0x59:
			fr[i.d] = b2u(int64(fr[i.x]) >= int64(fr[i.y]))
		case opImm + 0x59:
			fr[i.d] = b2u(int64(fr[i.x]) >= int64(i.k))
		case 0x5a:
			fr[i.d] = b2u(fr[i.x] >= fr[i.y])
		case opImm + 0x5a:
			fr[i.d] = b2u(fr[i.x] >= i.k)
		case 0x5b:
			fr[i.d] = b2u(f32(fr[i.x]) == f32(fr[i.y]))
		case 0x5c:
			fr[i.d] = b2u(f32(fr[i.x]) != f32(fr[i.y]))
		case 0x5d:
			fr[i.d] = b2u(f32(fr[i.x]) < f32(fr[i.y]))
		case 0x5e:
			fr[i.d] = b2u(f32(fr[i.x]) > f32(fr[i.y]))
		case 0x5f:
			fr[i.d] = b2u(f32(fr[i.x]) <= f32(fr[i.y]))
		case 0x60:
			fr[i.d] = b2u(f32(fr[i.x]) >= f32(fr[i.y]))
		case 0x61:
			fr[i.d] = b2u(f64(fr[i.x]) == f64(fr[i.y]))
		case 0x62:
			fr[i.d] = b2u(f64(fr[i.x]) != f64(fr[i.y]))
		case 0x63:
			fr[i.d] = b2u(f64(fr[i.x]) < f64(fr[i.y]))
		case 0x64:
			fr[i.d] = b2u(f64(fr[i.x]) > f64(fr[i.y]))
		case 0x65:
			fr[i.d] = b2u(f64(fr[i.x]) <= f64(fr[i.y]))
		case 0x66:
			fr[i.d] = b2u(f64(fr[i.x]) >= f64(fr[i.y]))
		case 0x67:
			fr[i.d] = uint64(bits.LeadingZeros32(uint32(fr[i.x])))
		case 0x68:
			fr[i.d] = uint64(bits.TrailingZeros32(uint32(fr[i.x])))
		case 0x6a:
			fr[i.d] = uint64(uint32(fr[i.x]) + uint32(fr[i.y]))
		case opImm + 0x6a:
			fr[i.d] = uint64(uint32(fr[i.x]) + uint32(i.k))
		case 0x6b:
			fr[i.d] = uint64(uint32(fr[i.x]) - uint32(fr[i.y]))
		case opImm + 0x6b:
			fr[i.d] = uint64(uint32(fr[i.x]) - uint32(i.k))
		case 0x6c:
			fr[i.d] = uint64(uint32(fr[i.x]) * uint32(fr[i.y]))
		case opImm + 0x6c:
			fr[i.d] = uint64(uint32(fr[i.x]) * uint32(i.k))
		case 0x6d:
			a, b := int32(fr[i.x]), int32(fr[i.y])
			if b == 0 {
				panic(newTrap("divide by zero"))
			}
			if a == math.MinInt32 && b == -1 {
				panic(newTrap("divide result unrepresentable"))
			}
			fr[i.d] = uint64(uint32(a / b))
		case 0x6e:
			a, b := uint32(fr[i.x]), uint32(fr[i.y])
			if b == 0 {
				panic(newTrap("divide by zero"))
			}
			fr[i.d] = uint64(a / b)
		case 0x6f:
			a, b := int32(fr[i.x]), int32(fr[i.y])
			if b == 0 {
				panic(newTrap("remainder by zero"))
			}
			if b == -1 {
				fr[i.d] = 0
			} else {
				fr[i.d] = uint64(uint32(a % b))
			}
		case 0x70:
			a, b := uint32(fr[i.x]), uint32(fr[i.y])
			if b == 0 {
				panic(newTrap("remainder by zero"))
			}
			fr[i.d] = uint64(a % b)
		case 0x71:
			fr[i.d] = uint64(uint32(fr[i.x] & fr[i.y]))
		case opImm + 0x71:
			fr[i.d] = uint64(uint32(fr[i.x] & i.k))
		case 0x72:
			fr[i.d] = uint64(uint32(fr[i.x] | fr[i.y]))
		case opImm + 0x72:
			fr[i.d] = uint64(uint32(fr[i.x] | i.k))
		case 0x73:
			fr[i.d] = uint64(uint32(fr[i.x] ^ fr[i.y]))
		case opImm + 0x73:
			fr[i.d] = uint64(uint32(fr[i.x] ^ i.k))
		case 0x74:
			fr[i.d] = uint64(uint32(fr[i.x]) << (fr[i.y] & 31))
		case opImm + 0x74:
			fr[i.d] = uint64(uint32(fr[i.x]) << (i.k & 31))
		case 0x75:
			fr[i.d] = uint64(uint32(int32(fr[i.x]) >> (fr[i.y] & 31)))
		case opImm + 0x75:
			fr[i.d] = uint64(uint32(int32(fr[i.x]) >> (i.k & 31)))
		case 0x76:
			fr[i.d] = uint64(uint32(fr[i.x]) >> (fr[i.y] & 31))
		case opImm + 0x76:
			fr[i.d] = uint64(uint32(fr[i.x]) >> (i.k & 31))
		case 0x77:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x]), int(fr[i.y]&31)))
		case opImm + 0x77:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x]), int(i.k&31)))
		case 0x78:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x]), -int(fr[i.y]&31)))
		case opImm + 0x78:
			fr[i.d] = uint64(bits.RotateLeft32(uint32(fr[i.x]), -int(i.k&31)))
		case 0x79:
			fr[i.d] = uint64(bits.LeadingZeros64(fr[i.x]))
		case 0x7a:
			fr[i.d] = uint64(bits.TrailingZeros64(fr[i.x]))
		case 0x7c:
			fr[i.d] = fr[i.x] + fr[i.y]
		case opImm + 0x7c:
			fr[i.d] = fr[i.x] + i.k
		case 0x7d:
			fr[i.d] = fr[i.x] - fr[i.y]
		case opImm + 0x7d:
			fr[i.d] = fr[i.x] - i.k
		case 0x7e:
			fr[i.d] = fr[i.x] * fr[i.y]
		case opImm + 0x7e:
			fr[i.d] = fr[i.x] * i.k
		case 0x7f:
			a, b := int64(fr[i.x]), int64(fr[i.y])
			if b == 0 {
				panic(newTrap("divide by zero"))
			}
			if a == math.MinInt64 && b == -1 {
				panic(newTrap("divide result unrepresentable"))
			}
			fr[i.d] = uint64(a / b)
		case 0x80:
			a, b := fr[i.x], fr[i.y]
			if b == 0 {
				panic(newTrap("divide by zero"))
			}
			fr[i.d] = a / b
		case 0x81:
			a, b := int64(fr[i.x]), int64(fr[i.y])
			if b == 0 {
				panic(newTrap("remainder by zero"))
			}
			if b == -1 {
				fr[i.d] = 0
			} else {
				fr[i.d] = uint64(a % b)
			}
		case 0x82:
			a, b := fr[i.x], fr[i.y]
			if b == 0 {
				panic(newTrap("remainder by zero"))
			}
			fr[i.d] = a % b
		case 0x83:
			fr[i.d] = fr[i.x] & fr[i.y]
		case opImm + 0x83:
			fr[i.d] = fr[i.x] & i.k
		case 0x84:
			fr[i.d] = fr[i.x] | fr[i.y]
		case opImm + 0x84:
			fr[i.d] = fr[i.x] | i.k
		case 0x85:
			fr[i.d] = fr[i.x] ^ fr[i.y]
		case opImm + 0x85:
			fr[i.d] = fr[i.x] ^ i.k
		case 0x86:
			fr[i.d] = fr[i.x] << (fr[i.y] & 63)
		case opImm + 0x86:
			fr[i.d] = fr[i.x] << (i.k & 63)
		case 0x87:
			fr[i.d] = uint64(int64(fr[i.x]) >> (fr[i.y] & 63))
		case opImm + 0x87:
			fr[i.d] = uint64(int64(fr[i.x]) >> (i.k & 63))
		case 0x88:
			fr[i.d] = fr[i.x] >> (fr[i.y] & 63)
		case opImm + 0x88:
			fr[i.d] = fr[i.x] >> (i.k & 63)
		case 0x89:
			fr[i.d] = bits.RotateLeft64(fr[i.x], int(fr[i.y]&63))
		case opImm + 0x89:
			fr[i.d] = bits.RotateLeft64(fr[i.x], int(i.k&63))
		case 0x8a:
			fr[i.d] = bits.RotateLeft64(fr[i.x], -int(fr[i.y]&63))
		case opImm + 0x8a:
			fr[i.d] = bits.RotateLeft64(fr[i.x], -int(i.k&63))

		// Floating point.
		case 0x8b:
			fr[i.d] = fr[i.x] & 0x7fffffff
		case 0x8c:
			fr[i.d] = (fr[i.x] ^ 0x80000000) & 0xffffffff
		case 0x91:
			fr[i.d] = uf32(float32(math.Sqrt(float64(f32(fr[i.x])))))
		case 0x92:
			fr[i.d] = uf32(f32(fr[i.x]) + f32(fr[i.y]))
		case 0x93:
			fr[i.d] = uf32(f32(fr[i.x]) - f32(fr[i.y]))
		case 0x94:
			fr[i.d] = uf32(f32(fr[i.x]) * f32(fr[i.y]))
		case 0x95:
			fr[i.d] = uf32(f32(fr[i.x]) / f32(fr[i.y]))
		case 0x98:
			fr[i.d] = (fr[i.x] & 0x7fffffff) | (fr[i.y] & 0x80000000)
		case 0x99:
			fr[i.d] = fr[i.x] &^ (1 << 63)
		case 0x9a:
			fr[i.d] = fr[i.x] ^ (1 << 63)
		case 0x9f:
			fr[i.d] = uf64(math.Sqrt(f64(fr[i.x])))
		case 0xa0:
			fr[i.d] = uf64(f64(fr[i.x]) + f64(fr[i.y]))
		case 0xa1:
			fr[i.d] = uf64(f64(fr[i.x]) - f64(fr[i.y]))
		case 0xa2:
			fr[i.d] = uf64(f64(fr[i.x]) * f64(fr[i.y]))
		case 0xa3:
			fr[i.d] = uf64(f64(fr[i.x]) / f64(fr[i.y]))
		case 0xa6:
			fr[i.d] = (fr[i.x] &^ (1 << 63)) | (fr[i.y] & (1 << 63))

		// Conversions.
		case 0xa7, 0xad, 0xbc, 0xbe:
			fr[i.d] = uint64(uint32(fr[i.x]))
		case 0xac, 0xc4:
			fr[i.d] = uint64(int64(int32(fr[i.x])))
		case 0xb2:
			fr[i.d] = uf32(float32(int32(fr[i.x])))
		case 0xb3:
			fr[i.d] = uf32(float32(uint32(fr[i.x])))
		case 0xb4:
			fr[i.d] = uf32(float32(int64(fr[i.x])))
		case 0xb5:
			fr[i.d] = uf32(u64ToF32(fr[i.x]))
		case 0xb6:
			fr[i.d] = uf32(float32(f64(fr[i.x])))
		case 0xb7:
			fr[i.d] = uf64(float64(int32(fr[i.x])))
		case 0xb8:
			fr[i.d] = uf64(float64(uint32(fr[i.x])))
		case 0xb9:
			fr[i.d] = uf64(float64(int64(fr[i.x])))
		case 0xba:
			fr[i.d] = uf64(float64(fr[i.x]))
		case 0xbb:
			fr[i.d] = uf64(float64(f32(fr[i.x])))
		case 0xbd, 0xbf:
			fr[i.d] = fr[i.x]
		case 0xc0:
			fr[i.d] = uint64(uint32(int32(int8(fr[i.x]))))
		case 0xc1:
			fr[i.d] = uint64(uint32(int32(int16(fr[i.x]))))
		case 0xc2:
			fr[i.d] = uint64(int64(int8(fr[i.x])))
		case 0xc3:
			fr[i.d] = uint64(int64(int16(fr[i.x])))
		default:
			s.cur.pc = int(pc)
			s.slow(i)
			body, pc, fr, mp, ml = s.resume()
		}
	}
}

// throw unwinds the running functions to the handler that catches e,
// which becomes s.cur, resuming at its catch. Frames are left as a return
// leaves them. When no function of this entry into run catches e, it
// panics with e, for Call to return or a host function's caller (callHost)
// to throw on.
func (s *Store) throw(e *Exception) {
	for {
		if code := s.cur.fn.code; len(code.handlers) > 0 && s.catch(e, code, uint32(s.cur.pc-1)) {
			return
		}
		s.depth--
		s.cur = s.frames[len(s.frames)-1]
		s.frames = s.frames[:len(s.frames)-1]
		if s.cur.fn == nil {
			s.cur = s.frames[len(s.frames)-1]
			s.frames = s.frames[:len(s.frames)-1]
			panic(e)
		}
	}
}

// catch looks for the handler of the running function's instruction at
// pc that catches e, the innermost first, and enters its catch.
func (s *Store) catch(e *Exception, code *funcCode, pc uint32) bool {
	for h := len(code.handlers) - 1; h >= 0; h-- {
		hd := &code.handlers[h]
		if pc < hd.start || pc >= hd.end {
			continue
		}
		if hd.delegate {
			// The search goes on at the handler named, which encloses
			// this one and pc.
			if hd.next < 0 {
				return false
			}
			h = hd.next + 1
			continue
		}
		for _, c := range hd.catches {
			if c.tag >= 0 && (e.Tag == nil || s.cur.inst.tags[c.tag] != e.Tag) {
				continue
			}
			fr := s.frameAt(s.cur.base)
			if c.tag >= 0 {
				copy(fr[c.d:], e.Args)
			}
			n := len(s.exns)
			for n > 0 && (s.exns[n-1].depth > s.depth || s.exns[n-1].depth == s.depth && s.exns[n-1].level >= c.level) {
				n--
			}
			clear(s.exns[n:])
			s.exns = append(s.exns[:n], caught{e: e, depth: s.depth, level: c.level})
			s.cur.pc = int(c.pc)
			return true
		}
	}
	return false
}

// caught is the exception that the running function's catch block at
// level holds.
func (s *Store) caught(level uint32) *Exception {
	for n := len(s.exns) - 1; ; n-- {
		if c := &s.exns[n]; c.depth == s.depth && c.level == level {
			return c.e
		}
	}
}

// slow runs the operations that call out of the interpreter (to Go's
// runtime or to helpers it cannot inline), away from run's loop.
func (s *Store) slow(i *ins) {
	if i.op >= opPrefixFD {
		s.simdExec(i)
		return
	}
	if i.op >= opPrefixFE {
		s.atomicExec(i)
		return
	}
	fr := s.frameAt(s.cur.base)
	switch i.op {
	case 0x69:
		// Without POPCNT (GOAMD64=v1) Go calls a fallback.
		fr[i.d] = uint64(bits.OnesCount32(uint32(fr[i.x])))
	case 0x7b:
		fr[i.d] = uint64(bits.OnesCount64(fr[i.x]))
	case 0x3f:
		fr[i.d] = uint64(s.cur.inst.mems[0].Pages())
	case 0x40:
		m := s.cur.inst.mems[0]
		r := m.Grow(uint32(fr[i.x]))
		fr[i.d] = uint64(uint32(int32(r)))
	case opPrefixFC + 8:
		mem := s.cur.inst.mems[0].Bytes()
		d, so, n := uint64(uint32(fr[i.d])), uint64(uint32(fr[i.x])), uint64(uint32(fr[i.y]))
		var seg []byte
		if in := s.cur.inst; !in.dropped[i.k] {
			seg = in.Module.datas[i.k].data
		}
		if so+n > uint64(len(seg)) || d+n > uint64(len(mem)) {
			trap("memory access out of bounds")
		}
		copy(mem[d:], seg[so:so+n])
	case opPrefixFC + 9:
		s.cur.inst.dropped[i.k] = true
	case opPrefixFC + 10:
		mem := s.cur.inst.mems[0].Bytes()
		d, so, n := uint64(uint32(fr[i.d])), uint64(uint32(fr[i.x])), uint64(uint32(fr[i.y]))
		if so+n > uint64(len(mem)) || d+n > uint64(len(mem)) {
			trap("memory access out of bounds")
		}
		copy(mem[d:d+n], mem[so:so+n])
	case opPrefixFC + 11:
		mem := s.cur.inst.mems[0].Bytes()
		d, v, n := uint64(uint32(fr[i.d])), byte(fr[i.x]), uint64(uint32(fr[i.y]))
		if d+n > uint64(len(mem)) {
			trap("memory access out of bounds")
		}
		b := mem[d : d+n]
		for k := range b {
			b[k] = v
		}
	case 0x8d:
		fr[i.d] = uf32(float32(math.Ceil(float64(f32(fr[i.x])))))
	case 0x8e:
		fr[i.d] = uf32(float32(math.Floor(float64(f32(fr[i.x])))))
	case 0x8f:
		fr[i.d] = uf32(float32(math.Trunc(float64(f32(fr[i.x])))))
	case 0x90:
		fr[i.d] = uf32(float32(math.RoundToEven(float64(f32(fr[i.x])))))
	case 0x96:
		fr[i.d] = uf32(float32(fmin(float64(f32(fr[i.x])), float64(f32(fr[i.y])))))
	case 0x97:
		fr[i.d] = uf32(float32(fmax(float64(f32(fr[i.x])), float64(f32(fr[i.y])))))
	case 0x9b:
		fr[i.d] = uf64(math.Ceil(f64(fr[i.x])))
	case 0x9c:
		fr[i.d] = uf64(math.Floor(f64(fr[i.x])))
	case 0x9d:
		fr[i.d] = uf64(math.Trunc(f64(fr[i.x])))
	case 0x9e:
		fr[i.d] = uf64(math.RoundToEven(f64(fr[i.x])))
	case 0xa4:
		fr[i.d] = uf64(fmin(f64(fr[i.x]), f64(fr[i.y])))
	case 0xa5:
		fr[i.d] = uf64(fmax(f64(fr[i.x]), f64(fr[i.y])))
	case 0xa8:
		fr[i.d] = uint64(uint32(int32(truncChecked(float64(f32(fr[i.x])), -2147483649, 2147483648))))
	case 0xa9:
		fr[i.d] = uint64(uint32(truncChecked(float64(f32(fr[i.x])), -1, 4294967296)))
	case 0xaa:
		fr[i.d] = uint64(uint32(int32(truncChecked(f64(fr[i.x]), -2147483649, 2147483648))))
	case 0xab:
		fr[i.d] = uint64(uint32(truncChecked(f64(fr[i.x]), -1, 4294967296)))
	case 0xae:
		fr[i.d] = uint64(int64(truncChecked(float64(f32(fr[i.x])), -9223373136366403584, 9223372036854775808)))
	case 0xaf:
		fr[i.d] = uint64(truncChecked(float64(f32(fr[i.x])), -1, 18446744073709551616))
	case 0xb0:
		fr[i.d] = uint64(int64(truncChecked(f64(fr[i.x]), -9223372036854777856, 9223372036854775808)))
	case 0xb1:
		fr[i.d] = uint64(truncChecked(f64(fr[i.x]), -1, 18446744073709551616))
	case opTableGet:
		t := s.cur.inst.tables[i.k]
		k := uint32(fr[i.x])
		if int64(k) >= int64(t.Len()) {
			trap("table index is out of bounds")
		}
		fr[i.d] = t.Get(s, int(k))
	case opTableSet:
		t := s.cur.inst.tables[i.k]
		k := uint32(fr[i.x])
		if int64(k) >= int64(t.Len()) {
			trap("table index is out of bounds")
		}
		t.Set(s, int(k), fr[i.y])
	case opRefFunc:
		fr[i.d] = s.FuncRef(s.cur.inst.funcs[i.k])
	case opTableInit:
		in := s.cur.inst
		in.tableInit(in.tables[i.k>>32], uint32(i.k), uint32(fr[i.d]), uint32(fr[i.x]), uint32(fr[i.y]))
	case opElemDrop:
		s.cur.inst.elemDropped[i.k] = true
	case opTableCopy:
		dst, src := s.cur.inst.tables[uint32(i.k)], s.cur.inst.tables[i.k>>32]
		d, so, n := uint64(uint32(fr[i.d])), uint64(uint32(fr[i.x])), uint64(uint32(fr[i.y]))
		if so+n > uint64(src.Len()) || d+n > uint64(dst.Len()) {
			trap("table index is out of bounds")
		}
		if dst.Elem == ExternRef {
			copy(dst.Externs[d:d+n], src.Externs[so:so+n])
		} else {
			copy(dst.Elems[d:d+n], src.Elems[so:so+n])
		}
	case opTableGrow:
		r := s.cur.inst.tables[i.k].Grow(s, uint32(fr[i.y]), fr[i.x])
		fr[i.d] = uint64(uint32(int32(r)))
	case opTableSize:
		fr[i.d] = uint64(s.cur.inst.tables[i.k].Len())
	case opTableFill:
		t := s.cur.inst.tables[i.k]
		d, v, n := uint64(uint32(fr[i.d])), fr[i.x], uint64(uint32(fr[i.y]))
		if d+n > uint64(t.Len()) {
			trap("table index is out of bounds")
		}
		for k := range n {
			t.Set(s, int(d+k), v)
		}
	case opThrow:
		tag := s.cur.inst.tags[i.k]
		n := uint32(slotCount(tag.Type.Params))
		s.throw(&Exception{Tag: tag, Args: append([]uint64(nil), fr[i.x:i.x+n]...)})
	case opRethrow:
		s.throw(s.caught(uint32(i.k)))
	case opPrefixFC + 0:
		fr[i.d] = satS32(float64(f32(fr[i.x])))
	case opPrefixFC + 1:
		fr[i.d] = satU32(float64(f32(fr[i.x])))
	case opPrefixFC + 2:
		fr[i.d] = satS32(f64(fr[i.x]))
	case opPrefixFC + 3:
		fr[i.d] = satU32(f64(fr[i.x]))
	case opPrefixFC + 4:
		fr[i.d] = satS64(float64(f32(fr[i.x])))
	case opPrefixFC + 5:
		fr[i.d] = satU64(float64(f32(fr[i.x])))
	case opPrefixFC + 6:
		fr[i.d] = satS64(f64(fr[i.x]))
	case opPrefixFC + 7:
		fr[i.d] = satU64(f64(fr[i.x]))
	default:
		trap("unreachable")
	}
}
