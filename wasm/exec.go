package wasm

import (
	"encoding/binary"
	"math"
	"math/bits"
)

// Store is the execution state shared by the instances of one embedder
// thread: the value stack and the call depth. It is not safe for
// concurrent use.
type Store struct {
	stack []uint64
	sp    int // the first free slot, for nested entries from host calls
	depth int
	// MaxDepth bounds nested calls (wasm and host entries together); zero
	// means defaultMaxDepth.
	MaxDepth int
	// funcList and funcRefs number the functions funcrefs name (see
	// FuncRef).
	funcList []*Function
	funcRefs map[*Function]uint64
}

const (
	defaultMaxDepth = 10000
	maxStackSlots   = 1 << 24
)

type frame struct {
	fn   *Function
	pc   int
	base int
}

func trap(msg string) { panic(&Trap{Msg: msg}) }

// Call runs f with args (raw bits, as HostFunc takes them) and returns its
// results. A trap or stack overflow comes back as an error; a host
// function's own panic passes through with the store ready for reuse.
func (s *Store) Call(f *Function, args []uint64) (res []uint64, err error) {
	if len(args) != len(f.Type.Params) {
		return nil, &Trap{Msg: "wrong number of arguments"}
	}
	sp0, depth0 := s.sp, s.depth
	defer func() {
		if e := recover(); e != nil {
			s.sp, s.depth = sp0, depth0
			switch e := e.(type) {
			case *Trap:
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
	n := len(f.Type.Results)
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

// ea checks a memory access of n bytes at address addr plus the static
// offset, and returns its start; the sum cannot overflow in 64 bits.
func ea(addr, off, n uint64, size int) uint64 {
	e := uint64(uint32(addr)) + off
	if e+n > uint64(size) {
		trap("memory access out of bounds")
	}
	return e
}

// run executes f, whose arguments are at base, until it returns; results
// are left at base.
func (s *Store) run(f *Function, base int) {
	var frames []frame
	s.enter()
	in := f.inst
	code := f.code
	body := code.body
	s.ensure(base + code.maxStack)
	st := s.stack
	clear(st[base+len(f.Type.Params) : base+code.numLocals])
	sp := base + code.numLocals
	pc := 0
	var mem []byte
	if len(in.mems) > 0 {
		mem = in.mems[0].Data
	}
	for {
		i := &body[pc]
		pc++
		switch i.op {
		case 0x00:
			trap("unreachable")
		case 0x0c, opJump:
			if i.op == 0x0c {
				n := int(i.b)
				h := base + int(i.c)
				copy(st[h:h+n], st[sp-n:sp])
				sp = h + n
			}
			pc = int(i.a)
		case 0x0d:
			sp--
			if uint32(st[sp]) != 0 {
				n := int(i.b)
				h := base + int(i.c)
				copy(st[h:h+n], st[sp-n:sp])
				sp = h + n
				pc = int(i.a)
			}
		case opBrUnless:
			sp--
			if uint32(st[sp]) == 0 {
				pc = int(i.a)
			}
		case 0x0e:
			sp--
			k := uint32(st[sp])
			if k > i.a {
				k = i.a
			}
			t := &body[pc+int(k)]
			n := int(t.b)
			h := base + int(t.c)
			copy(st[h:h+n], st[sp-n:sp])
			sp = h + n
			pc = int(t.a)
		case 0x0f:
			n := int(i.b)
			copy(st[base:base+n], st[sp-n:sp])
			sp = base + n
			s.depth--
			if len(frames) == 0 {
				s.sp = sp
				return
			}
			fr := frames[len(frames)-1]
			frames = frames[:len(frames)-1]
			f, pc, base = fr.fn, fr.pc, fr.base
			in, code = f.inst, f.code
			body = code.body
			mem = nil
			if len(in.mems) > 0 {
				mem = in.mems[0].Data
			}
		case 0x10, 0x11:
			var callee *Function
			if i.op == 0x10 {
				callee = in.funcs[i.a]
			} else {
				sp--
				k := uint32(st[sp])
				t := in.tables[i.c]
				if uint64(k) >= uint64(len(t.Elems)) {
					trap("table index is out of bounds")
				}
				callee = t.Elems[k]
				if callee == nil {
					trap("null function or function signature mismatch")
				}
				if !callee.Type.Equal(in.Module.Types[i.a]) {
					trap("null function or function signature mismatch")
				}
			}
			np := len(callee.Type.Params)
			if callee.host != nil {
				args := make([]uint64, np)
				copy(args, st[sp-np:sp])
				sp -= np
				s.sp = sp
				s.enter()
				res := callee.host(args)
				s.depth--
				if len(res) != len(callee.Type.Results) {
					trap("host function returned the wrong number of results")
				}
				st = s.stack
				s.ensure(sp + len(res))
				st = s.stack
				copy(st[sp:], res)
				sp += len(res)
				if len(in.mems) > 0 {
					mem = in.mems[0].Data
				}
				continue
			}
			s.enter()
			frames = append(frames, frame{fn: f, pc: pc, base: base})
			f = callee
			base = sp - np
			in, code = f.inst, f.code
			body = code.body
			pc = 0
			s.ensure(base + code.maxStack)
			st = s.stack
			clear(st[base+np : base+code.numLocals])
			sp = base + code.numLocals
			mem = nil
			if len(in.mems) > 0 {
				mem = in.mems[0].Data
			}
		case 0x1a:
			sp--
		case 0x1b:
			sp -= 2
			if uint32(st[sp+1]) == 0 {
				st[sp-1] = st[sp]
			}
		case 0x20:
			st[sp] = st[base+int(i.a)]
			sp++
		case 0x21:
			sp--
			st[base+int(i.a)] = st[sp]
		case 0x22:
			st[base+int(i.a)] = st[sp-1]
		case 0x23:
			st[sp] = in.globals[i.a].Value
			sp++
		case 0x24:
			sp--
			in.globals[i.a].Value = st[sp]
		case 0x28:
			a := ea(st[sp-1], i.c, 4, len(mem))
			st[sp-1] = uint64(binary.LittleEndian.Uint32(mem[a:]))
		case 0x29:
			a := ea(st[sp-1], i.c, 8, len(mem))
			st[sp-1] = binary.LittleEndian.Uint64(mem[a:])
		case 0x2a:
			a := ea(st[sp-1], i.c, 4, len(mem))
			st[sp-1] = uint64(binary.LittleEndian.Uint32(mem[a:]))
		case 0x2b:
			a := ea(st[sp-1], i.c, 8, len(mem))
			st[sp-1] = binary.LittleEndian.Uint64(mem[a:])
		case 0x2c:
			a := ea(st[sp-1], i.c, 1, len(mem))
			st[sp-1] = uint64(uint32(int32(int8(mem[a]))))
		case 0x2d:
			a := ea(st[sp-1], i.c, 1, len(mem))
			st[sp-1] = uint64(mem[a])
		case 0x2e:
			a := ea(st[sp-1], i.c, 2, len(mem))
			st[sp-1] = uint64(uint32(int32(int16(binary.LittleEndian.Uint16(mem[a:])))))
		case 0x2f:
			a := ea(st[sp-1], i.c, 2, len(mem))
			st[sp-1] = uint64(binary.LittleEndian.Uint16(mem[a:]))
		case 0x30:
			a := ea(st[sp-1], i.c, 1, len(mem))
			st[sp-1] = uint64(int64(int8(mem[a])))
		case 0x31:
			a := ea(st[sp-1], i.c, 1, len(mem))
			st[sp-1] = uint64(mem[a])
		case 0x32:
			a := ea(st[sp-1], i.c, 2, len(mem))
			st[sp-1] = uint64(int64(int16(binary.LittleEndian.Uint16(mem[a:]))))
		case 0x33:
			a := ea(st[sp-1], i.c, 2, len(mem))
			st[sp-1] = uint64(binary.LittleEndian.Uint16(mem[a:]))
		case 0x34:
			a := ea(st[sp-1], i.c, 4, len(mem))
			st[sp-1] = uint64(int64(int32(binary.LittleEndian.Uint32(mem[a:]))))
		case 0x35:
			a := ea(st[sp-1], i.c, 4, len(mem))
			st[sp-1] = uint64(binary.LittleEndian.Uint32(mem[a:]))
		case 0x36, 0x38, 0x3e:
			sp -= 2
			v := st[sp+1]
			a := ea(st[sp], i.c, 4, len(mem))
			binary.LittleEndian.PutUint32(mem[a:], uint32(v))
		case 0x37, 0x39:
			sp -= 2
			v := st[sp+1]
			a := ea(st[sp], i.c, 8, len(mem))
			binary.LittleEndian.PutUint64(mem[a:], v)
		case 0x3a, 0x3c:
			sp -= 2
			v := st[sp+1]
			a := ea(st[sp], i.c, 1, len(mem))
			mem[a] = byte(v)
		case 0x3b, 0x3d:
			sp -= 2
			v := st[sp+1]
			a := ea(st[sp], i.c, 2, len(mem))
			binary.LittleEndian.PutUint16(mem[a:], uint16(v))
		case 0x3f:
			st[sp] = uint64(in.mems[0].Pages())
			sp++
		case 0x40:
			r := in.mems[0].Grow(uint32(st[sp-1]))
			st[sp-1] = uint64(uint32(int32(r)))
			mem = in.mems[0].Data
		case 0x41, 0x42, 0x43, 0x44:
			st[sp] = i.c
			sp++
		case 0x45:
			st[sp-1] = b2u(uint32(st[sp-1]) == 0)
		case 0x50:
			st[sp-1] = b2u(st[sp-1] == 0)
		case opPrefixFC + 8:
			sp -= 3
			d, so, n := uint64(uint32(st[sp])), uint64(uint32(st[sp+1])), uint64(uint32(st[sp+2]))
			var seg []byte
			if !in.dropped[i.a] {
				seg = in.Module.datas[i.a].data
			}
			if so+n > uint64(len(seg)) || d+n > uint64(len(mem)) {
				trap("memory access out of bounds")
			}
			copy(mem[d:], seg[so:so+n])
		case opPrefixFC + 9:
			in.dropped[i.a] = true
		case 0x25:
			t := in.tables[i.a]
			k := uint32(st[sp-1])
			if int64(k) >= int64(t.Len()) {
				trap("table index is out of bounds")
			}
			st[sp-1] = t.Get(s, int(k))
		case 0x26:
			sp -= 2
			t := in.tables[i.a]
			k := uint32(st[sp])
			if int64(k) >= int64(t.Len()) {
				trap("table index is out of bounds")
			}
			t.Set(s, int(k), st[sp+1])
		case 0xd2:
			st[sp] = s.FuncRef(in.funcs[i.a])
			sp++
		case opPrefixFC + 12:
			sp -= 3
			in.tableInit(in.tables[i.c], i.a, uint32(st[sp]), uint32(st[sp+1]), uint32(st[sp+2]))
		case opPrefixFC + 13:
			in.elemDropped[i.a] = true
		case opPrefixFC + 14:
			sp -= 3
			dst, src := in.tables[i.a], in.tables[i.c]
			d, so, n := uint64(uint32(st[sp])), uint64(uint32(st[sp+1])), uint64(uint32(st[sp+2]))
			if so+n > uint64(src.Len()) || d+n > uint64(dst.Len()) {
				trap("table index is out of bounds")
			}
			if dst.Elem == ExternRef {
				copy(dst.Externs[d:d+n], src.Externs[so:so+n])
			} else {
				copy(dst.Elems[d:d+n], src.Elems[so:so+n])
			}
		case opPrefixFC + 15:
			sp--
			r := in.tables[i.a].Grow(s, uint32(st[sp]), st[sp-1])
			st[sp-1] = uint64(uint32(int32(r)))
		case opPrefixFC + 16:
			st[sp] = uint64(in.tables[i.a].Len())
			sp++
		case opPrefixFC + 17:
			sp -= 3
			t := in.tables[i.a]
			d, v, n := uint64(uint32(st[sp])), st[sp+1], uint64(uint32(st[sp+2]))
			if d+n > uint64(t.Len()) {
				trap("table index is out of bounds")
			}
			for k := range n {
				t.Set(s, int(d+k), v)
			}
		case opPrefixFC + 10:
			sp -= 3
			d, so, n := uint64(uint32(st[sp])), uint64(uint32(st[sp+1])), uint64(uint32(st[sp+2]))
			if so+n > uint64(len(mem)) || d+n > uint64(len(mem)) {
				trap("memory access out of bounds")
			}
			copy(mem[d:d+n], mem[so:so+n])
		case opPrefixFC + 11:
			sp -= 3
			d, v, n := uint64(uint32(st[sp])), byte(st[sp+1]), uint64(uint32(st[sp+2]))
			if d+n > uint64(len(mem)) {
				trap("memory access out of bounds")
			}
			b := mem[d : d+n]
			for k := range b {
				b[k] = v
			}
		default:
			if i.op >= 0x46 && i.op <= 0xc4 || i.op >= opPrefixFC && i.op < opPrefixFC+8 {
				sp = numeric(i.op, st, sp)
				continue
			}
			trap("unreachable")
		}
	}
}

// numeric runs a numeric instruction on the top of st and returns the new
// stack pointer.
func numeric(op uint16, st []uint64, sp int) int {
	if op >= 0x46 && op <= 0x66 || op >= 0x6a && op <= 0x78 || op >= 0x7c && op <= 0x8a || op >= 0x92 && op <= 0x98 || op >= 0xa0 && op <= 0xa6 {
		sp--
		st[sp-1] = binop(op, st[sp-1], st[sp])
		return sp
	}
	x := st[sp-1]
	var r uint64
	switch op {
	case 0x67:
		r = uint64(bits.LeadingZeros32(uint32(x)))
	case 0x68:
		r = uint64(bits.TrailingZeros32(uint32(x)))
	case 0x69:
		r = uint64(bits.OnesCount32(uint32(x)))
	case 0x79:
		r = uint64(bits.LeadingZeros64(x))
	case 0x7a:
		r = uint64(bits.TrailingZeros64(x))
	case 0x7b:
		r = uint64(bits.OnesCount64(x))
	case 0x8b:
		r = x & 0x7fffffff
	case 0x8c:
		r = (x ^ 0x80000000) & 0xffffffff
	case 0x8d:
		r = uf32(float32(math.Ceil(float64(f32(x)))))
	case 0x8e:
		r = uf32(float32(math.Floor(float64(f32(x)))))
	case 0x8f:
		r = uf32(float32(math.Trunc(float64(f32(x)))))
	case 0x90:
		r = uf32(float32(math.RoundToEven(float64(f32(x)))))
	case 0x91:
		r = uf32(float32(math.Sqrt(float64(f32(x)))))
	case 0x99:
		r = x &^ (1 << 63)
	case 0x9a:
		r = x ^ (1 << 63)
	case 0x9b:
		r = uf64(math.Ceil(f64(x)))
	case 0x9c:
		r = uf64(math.Floor(f64(x)))
	case 0x9d:
		r = uf64(math.Trunc(f64(x)))
	case 0x9e:
		r = uf64(math.RoundToEven(f64(x)))
	case 0x9f:
		r = uf64(math.Sqrt(f64(x)))
	case 0xa7:
		r = uint64(uint32(x))
	case 0xa8:
		r = uint64(uint32(int32(truncChecked(float64(f32(x)), -2147483649, 2147483648))))
	case 0xa9:
		r = uint64(uint32(truncChecked(float64(f32(x)), -1, 4294967296)))
	case 0xaa:
		r = uint64(uint32(int32(truncChecked(f64(x), -2147483649, 2147483648))))
	case 0xab:
		r = uint64(uint32(truncChecked(f64(x), -1, 4294967296)))
	case 0xac:
		r = uint64(int64(int32(uint32(x))))
	case 0xad:
		r = uint64(uint32(x))
	case 0xae:
		r = uint64(int64(truncChecked(float64(f32(x)), -9223373136366403584, 9223372036854775808)))
	case 0xaf:
		r = uint64(truncChecked(float64(f32(x)), -1, 18446744073709551616))
	case 0xb0:
		r = uint64(int64(truncChecked(f64(x), -9223372036854777856, 9223372036854775808)))
	case 0xb1:
		r = uint64(truncChecked(f64(x), -1, 18446744073709551616))
	case 0xb2:
		r = uf32(float32(int32(uint32(x))))
	case 0xb3:
		r = uf32(float32(uint32(x)))
	case 0xb4:
		r = uf32(float32(int64(x)))
	case 0xb5:
		r = uf32(u64ToF32(x))
	case 0xb6:
		r = uf32(float32(f64(x)))
	case 0xb7:
		r = uf64(float64(int32(uint32(x))))
	case 0xb8:
		r = uf64(float64(uint32(x)))
	case 0xb9:
		r = uf64(float64(int64(x)))
	case 0xba:
		r = uf64(float64(x))
	case 0xbb:
		r = uf64(float64(f32(x)))
	case 0xbc, 0xbe:
		r = uint64(uint32(x))
	case 0xbd, 0xbf:
		r = x
	case 0xc0:
		r = uint64(uint32(int32(int8(x))))
	case 0xc1:
		r = uint64(uint32(int32(int16(x))))
	case 0xc2:
		r = uint64(int64(int8(x)))
	case 0xc3:
		r = uint64(int64(int16(x)))
	case 0xc4:
		r = uint64(int64(int32(x)))
	case opPrefixFC + 0:
		r = satS32(float64(f32(x)))
	case opPrefixFC + 1:
		r = satU32(float64(f32(x)))
	case opPrefixFC + 2:
		r = satS32(f64(x))
	case opPrefixFC + 3:
		r = satU32(f64(x))
	case opPrefixFC + 4:
		r = satS64(float64(f32(x)))
	case opPrefixFC + 5:
		r = satU64(float64(f32(x)))
	case opPrefixFC + 6:
		r = satS64(f64(x))
	case opPrefixFC + 7:
		r = satU64(f64(x))
	}
	st[sp-1] = r
	return sp
}

func binop(op uint16, a, b uint64) uint64 {
	a32, b32 := uint32(a), uint32(b)
	switch op {
	case 0x46:
		return b2u(a32 == b32)
	case 0x47:
		return b2u(a32 != b32)
	case 0x48:
		return b2u(int32(a32) < int32(b32))
	case 0x49:
		return b2u(a32 < b32)
	case 0x4a:
		return b2u(int32(a32) > int32(b32))
	case 0x4b:
		return b2u(a32 > b32)
	case 0x4c:
		return b2u(int32(a32) <= int32(b32))
	case 0x4d:
		return b2u(a32 <= b32)
	case 0x4e:
		return b2u(int32(a32) >= int32(b32))
	case 0x4f:
		return b2u(a32 >= b32)
	case 0x51:
		return b2u(a == b)
	case 0x52:
		return b2u(a != b)
	case 0x53:
		return b2u(int64(a) < int64(b))
	case 0x54:
		return b2u(a < b)
	case 0x55:
		return b2u(int64(a) > int64(b))
	case 0x56:
		return b2u(a > b)
	case 0x57:
		return b2u(int64(a) <= int64(b))
	case 0x58:
		return b2u(a <= b)
	case 0x59:
		return b2u(int64(a) >= int64(b))
	case 0x5a:
		return b2u(a >= b)
	case 0x5b:
		return b2u(f32(a) == f32(b))
	case 0x5c:
		return b2u(f32(a) != f32(b))
	case 0x5d:
		return b2u(f32(a) < f32(b))
	case 0x5e:
		return b2u(f32(a) > f32(b))
	case 0x5f:
		return b2u(f32(a) <= f32(b))
	case 0x60:
		return b2u(f32(a) >= f32(b))
	case 0x61:
		return b2u(f64(a) == f64(b))
	case 0x62:
		return b2u(f64(a) != f64(b))
	case 0x63:
		return b2u(f64(a) < f64(b))
	case 0x64:
		return b2u(f64(a) > f64(b))
	case 0x65:
		return b2u(f64(a) <= f64(b))
	case 0x66:
		return b2u(f64(a) >= f64(b))
	case 0x6a:
		return uint64(a32 + b32)
	case 0x6b:
		return uint64(a32 - b32)
	case 0x6c:
		return uint64(a32 * b32)
	case 0x6d:
		if b32 == 0 {
			trap("divide by zero")
		}
		if int32(a32) == math.MinInt32 && int32(b32) == -1 {
			trap("divide result unrepresentable")
		}
		return uint64(uint32(int32(a32) / int32(b32)))
	case 0x6e:
		if b32 == 0 {
			trap("divide by zero")
		}
		return uint64(a32 / b32)
	case 0x6f:
		if b32 == 0 {
			trap("remainder by zero")
		}
		if int32(b32) == -1 {
			return 0
		}
		return uint64(uint32(int32(a32) % int32(b32)))
	case 0x70:
		if b32 == 0 {
			trap("remainder by zero")
		}
		return uint64(a32 % b32)
	case 0x71:
		return uint64(a32 & b32)
	case 0x72:
		return uint64(a32 | b32)
	case 0x73:
		return uint64(a32 ^ b32)
	case 0x74:
		return uint64(a32 << (b32 & 31))
	case 0x75:
		return uint64(uint32(int32(a32) >> (b32 & 31)))
	case 0x76:
		return uint64(a32 >> (b32 & 31))
	case 0x77:
		return uint64(bits.RotateLeft32(a32, int(b32&31)))
	case 0x78:
		return uint64(bits.RotateLeft32(a32, -int(b32&31)))
	case 0x7c:
		return a + b
	case 0x7d:
		return a - b
	case 0x7e:
		return a * b
	case 0x7f:
		if b == 0 {
			trap("divide by zero")
		}
		if int64(a) == math.MinInt64 && int64(b) == -1 {
			trap("divide result unrepresentable")
		}
		return uint64(int64(a) / int64(b))
	case 0x80:
		if b == 0 {
			trap("divide by zero")
		}
		return a / b
	case 0x81:
		if b == 0 {
			trap("remainder by zero")
		}
		if int64(b) == -1 {
			return 0
		}
		return uint64(int64(a) % int64(b))
	case 0x82:
		if b == 0 {
			trap("remainder by zero")
		}
		return a % b
	case 0x83:
		return a & b
	case 0x84:
		return a | b
	case 0x85:
		return a ^ b
	case 0x86:
		return a << (b & 63)
	case 0x87:
		return uint64(int64(a) >> (b & 63))
	case 0x88:
		return a >> (b & 63)
	case 0x89:
		return bits.RotateLeft64(a, int(b&63))
	case 0x8a:
		return bits.RotateLeft64(a, -int(b&63))
	case 0x92:
		return uf32(f32(a) + f32(b))
	case 0x93:
		return uf32(f32(a) - f32(b))
	case 0x94:
		return uf32(f32(a) * f32(b))
	case 0x95:
		return uf32(f32(a) / f32(b))
	case 0x96:
		return uf32(float32(fmin(float64(f32(a)), float64(f32(b)))))
	case 0x97:
		return uf32(float32(fmax(float64(f32(a)), float64(f32(b)))))
	case 0x98:
		return (a & 0x7fffffff) | (b & 0x80000000)
	case 0xa0:
		return uf64(f64(a) + f64(b))
	case 0xa1:
		return uf64(f64(a) - f64(b))
	case 0xa2:
		return uf64(f64(a) * f64(b))
	case 0xa3:
		return uf64(f64(a) / f64(b))
	case 0xa4:
		return uf64(fmin(f64(a), f64(b)))
	case 0xa5:
		return uf64(fmax(f64(a), f64(b)))
	case 0xa6:
		return (a &^ (1 << 63)) | (b & (1 << 63))
	}
	return 0
}
