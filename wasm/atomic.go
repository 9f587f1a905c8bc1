package wasm

import (
	"sync/atomic"
	"unsafe"
)

// The threads proposal's atomic instructions (the 0xFE prefix): atomic
// loads, stores and read-modify-writes of 8 to 64 bits, memory.atomic.wait
// and notify, and atomic.fence. They run in slow, out of run's loop (so
// the memory is reloaded after each, see shared.go), as opPrefixFE plus
// their sub-opcode. Fields: d the result, x the address, y the value (the
// expected one for cmpxchg and wait), k the memory offset in its low 32
// bits and, for cmpxchg and wait, the third operand's slot (the
// replacement, the timeout) in its high 32.
//
// Every access is atomic through sync/atomic on the aligned 32- or 64-bit
// word, an 8- or 16-bit one by a compare-and-swap of the 32-bit word
// around it. That is what makes them atomic across goroutines, and what
// tells the race detector that they synchronise. Memory is little-endian
// whatever the machine: le32 and le64 turn a word's native value into the
// number its bytes mean (mem_*.go).
const opPrefixFE = 0x280

// atomicWidths describes sub-opcodes 0x10 and up: seven widths of load, of
// store, then of each read-modify-write, in this order.
var atomicWidths = [7]struct {
	t    ValType
	size uint32
	name string // the width's part of the name: i32, i64, i32 8, ...
}{
	{I32, 4, "i32"}, {I64, 8, "i64"}, {I32, 1, "i32 8"}, {I32, 2, "i32 16"},
	{I64, 1, "i64 8"}, {I64, 2, "i64 16"}, {I64, 4, "i64 32"},
}

var atomicRMWs = [...]string{"add", "sub", "and", "or", "xor", "xchg", "cmpxchg"}

const (
	atomicLoad    = 0x10
	atomicStore   = 0x17
	atomicRMW     = 0x1e
	atomicCmpxchg = 0x48
	atomicLast    = 0x4e
)

// atomicName is V8's name of atomic instruction sub (a valid one).
func atomicName(sub uint32) string {
	switch sub {
	case 0:
		return "memory.atomic.notify"
	case 1:
		return "memory.atomic.wait32"
	case 2:
		return "memory.atomic.wait64"
	case 3:
		return "atomic.fence"
	}
	w := atomicWidths[(sub-atomicLoad)%7]
	t, bits := w.name[:3], w.name[min(4, len(w.name)):]
	switch {
	case sub < atomicStore:
		if bits != "" {
			return t + ".atomic.load" + bits + "_u"
		}
		return t + ".atomic.load"
	case sub < atomicRMW:
		return t + ".atomic.store" + bits
	}
	op := atomicRMWs[(sub-atomicRMW)/7]
	if bits != "" {
		return t + ".atomic.rmw" + bits + "." + op + "_u"
	}
	return t + ".atomic.rmw." + op
}

// atomic validates and translates one 0xFE instruction.
func (v *validator) atomic() {
	r := v.r
	sub := r.u32("prefixed opcode index")
	if sub > atomicLast || sub > 3 && sub < atomicLoad {
		r.failAt(v.opPos, "Compiling function #%d failed: invalid atomic opcode: 0xfe%02x", v.fn, sub)
	}
	v.opName = atomicName(sub)
	op := uint16(opPrefixFE + sub)
	if sub == 3 {
		pos := r.pos
		if r.byte("atomic.fence operand") != 0 {
			r.failAt(pos, "Compiling function #%d failed: invalid atomic operand", v.fn)
		}
		v.emit(ins{op: op})
		return
	}
	t, size := I32, uint32(4)
	switch {
	case sub == 2:
		t, size = I64, 8
	case sub >= atomicLoad:
		w := atomicWidths[(sub-atomicLoad)%7]
		t, size = w.t, w.size
	}
	off := v.memarg(size)
	switch {
	case sub == 0:
		n := v.operand(I32)
		addr := v.operand(I32)
		v.emit(ins{op: op, d: v.home(len(v.vals)), x: addr, y: n, k: off})
		v.result(I32)
	case sub <= 2:
		timeout := v.operand(I64)
		want := v.operand(t)
		addr := v.operand(I32)
		v.emit(ins{op: op, d: v.home(len(v.vals)), x: addr, y: want, k: off | uint64(timeout)<<32})
		v.result(I32)
	case sub < atomicStore:
		addr := v.operand(I32)
		v.emit(ins{op: op, d: v.home(len(v.vals)), x: addr, k: off})
		v.result(t)
	case sub < atomicRMW:
		val := v.operand(t)
		addr := v.operand(I32)
		v.emit(ins{op: op, x: addr, y: val, k: off})
	case sub < atomicCmpxchg:
		val := v.operand(t)
		addr := v.operand(I32)
		v.emit(ins{op: op, d: v.home(len(v.vals)), x: addr, y: val, k: off})
		v.result(t)
	default:
		repl := v.operand(t)
		want := v.operand(t)
		addr := v.operand(I32)
		v.emit(ins{op: op, d: v.home(len(v.vals)), x: addr, y: want, k: off | uint64(repl)<<32})
		v.result(t)
	}
}

// atomicAddr returns the location of a size-byte atomic access, trapping
// when it is out of bounds or (V8 checks second) not a multiple of size.
func atomicAddr(mem []byte, fr *slots, i *ins, size uint64) unsafe.Pointer {
	a := uint64(uint32(fr[i.x])) + uint64(uint32(i.k))
	if a+size > uint64(len(mem)) {
		trap("memory access out of bounds")
	}
	if a&(size-1) != 0 {
		trap("operation does not support unaligned accesses")
	}
	return unsafe.Add(unsafe.Pointer(unsafe.SliceData(mem)), a)
}

// atomicExec runs atomic instruction i.
func (s *Store) atomicExec(i *ins) {
	sub := uint32(i.op - opPrefixFE)
	fr := s.frameAt(s.cur.base)
	mem := s.cur.inst.mems
	switch sub {
	case 3:
		// Go's atomics are sequentially consistent: one on a word every
		// thread of the memory can reach orders what came before it.
		if len(mem) > 0 && mem[0].shared != nil {
			mem[0].shared.fence.Add(0)
		}
		return
	case 0:
		m := mem[0]
		p := atomicAddr(m.Bytes(), fr, i, 4)
		if m.shared == nil {
			// Nothing can wait on an unshared memory.
			fr[i.d] = 0
			return
		}
		fr[i.d] = uint64(s.waiter().Notify(p, uint32(fr[i.y])))
		return
	case 1, 2:
		m := mem[0]
		size := uint64(4 << (sub - 1))
		p := atomicAddr(m.Bytes(), fr, i, size)
		if m.shared == nil {
			trap("Atomics.wait cannot be called in this context")
		}
		want, timeout := fr[i.y], int64(fr[i.k>>32])
		check := func() bool { return atomicLoadN(p, size) == want&(1<<(8*size)-1) }
		fr[i.d] = uint64(s.waiter().Wait(p, check, timeout))
		return
	}
	w := atomicWidths[(sub-atomicLoad)%7]
	size := uint64(w.size)
	p := atomicAddr(mem[0].Bytes(), fr, i, size)
	val := fr[i.y]
	switch {
	case sub < atomicStore:
		fr[i.d] = atomicLoadN(p, size)
		return
	case sub < atomicRMW:
		atomicUpdateN(p, size, func(uint64) uint64 { return val })
		return
	}
	var f func(old uint64) uint64
	switch (sub - atomicRMW) / 7 {
	case 0:
		f = func(old uint64) uint64 { return old + val }
	case 1:
		f = func(old uint64) uint64 { return old - val }
	case 2:
		f = func(old uint64) uint64 { return old & val }
	case 3:
		f = func(old uint64) uint64 { return old | val }
	case 4:
		f = func(old uint64) uint64 { return old ^ val }
	case 5:
		f = func(uint64) uint64 { return val }
	default:
		// The expected value is compared at the access's width: its
		// higher bits do not take part.
		mask := uint64(1)<<(8*size) - 1
		want, repl := val&mask, fr[i.k>>32]
		f = func(old uint64) uint64 {
			if old == want {
				return repl
			}
			return old
		}
	}
	fr[i.d] = atomicUpdateN(p, size, f)
}

func (s *Store) waiter() Waiter {
	if s.Waiter != nil {
		return s.Waiter
	}
	return localWaiters{}
}

// atomicLoadN reads the size-byte little-endian value at p (aligned)
// atomically, zero-extended.
func atomicLoadN(p unsafe.Pointer, size uint64) uint64 {
	switch size {
	case 8:
		return leWord64(atomic.LoadUint64((*uint64)(p)))
	case 4:
		return uint64(leWord32(atomic.LoadUint32((*uint32)(p))))
	}
	word, shift, mask := subword(p, size)
	return uint64(leWord32(atomic.LoadUint32(word))&mask) >> shift
}

// atomicUpdateN replaces the size-byte value at p (aligned) with f(old)
// atomically and returns old; f sees the value zero-extended, and the bits
// of its result past size are dropped (which wraps add and sub).
func atomicUpdateN(p unsafe.Pointer, size uint64, f func(old uint64) uint64) uint64 {
	switch size {
	case 8:
		for {
			w := atomic.LoadUint64((*uint64)(p))
			old := leWord64(w)
			if atomic.CompareAndSwapUint64((*uint64)(p), w, leWord64(f(old))) {
				return old
			}
		}
	case 4:
		for {
			w := atomic.LoadUint32((*uint32)(p))
			old := leWord32(w)
			if atomic.CompareAndSwapUint32((*uint32)(p), w, leWord32(uint32(f(uint64(old))))) {
				return uint64(old)
			}
		}
	}
	word, shift, mask := subword(p, size)
	for {
		w := atomic.LoadUint32(word)
		v := leWord32(w)
		old := uint64(v&mask) >> shift
		nv := v&^mask | uint32(f(old))<<shift&mask
		if atomic.CompareAndSwapUint32(word, w, leWord32(nv)) {
			return old
		}
	}
}

// subword locates a 1- or 2-byte value inside its aligned 32-bit word:
// byte k of the word is bits 8k.. of the word's little-endian value. The
// memory's allocation is 8-aligned, so the word is the memory's too.
func subword(p unsafe.Pointer, size uint64) (word *uint32, shift, mask uint32) {
	off := uintptr(p) & 3
	shift = uint32(off) * 8
	mask = uint32(1)<<(8*size) - 1
	return (*uint32)(unsafe.Add(p, -int(off))), shift, mask << shift
}
