package vm

import (
	"sync/atomic"
	"unsafe"
)

// Shared memory (ECMA-262 §25.2, §29). A SharedArrayBuffer's bytes are one
// Go allocation that every runtime it was posted to holds (serialize.go),
// and those runtimes run on different goroutines. Atomics operations on it
// go through sync/atomic, which is what makes them atomic and ordered across
// threads (Go's atomics are sequentially consistent, as the spec's SeqCst
// events are) and what tells the race detector that they synchronise.
// Plain typed-array and DataView accesses stay plain Go loads and stores:
// the JS memory model allows them to race, a race only ever produces some
// bytes, and they cannot reach past the slice. A program whose plain
// accesses are ordered by Atomics or messages is race-free to Go too.
//
// The memory is allocated as []uint64 so that it is 8-aligned and a whole
// number of 8-byte words long: 64-bit atomics need the alignment on 32-bit
// platforms, and an 8- or 16-bit element is updated by a compare-and-swap
// of the aligned 32-bit word around it, which must lie inside the
// allocation. Typed arrays of wider elements have offsets that are
// multiples of their size, so their elements are aligned too.

// newSharedBytes returns n zero bytes, 8-aligned, in an allocation padded
// to a multiple of 8 bytes.
func newSharedBytes(n int) []byte {
	if n == 0 {
		return []byte{}
	}
	words := make([]uint64, (n+7)/8)
	return unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(words)*8)[:n:n]
}

// atomicLoad reads the element b (1, 2, 4 or 8 bytes of shared memory)
// atomically, as its little-endian bits zero-extended.
func atomicLoad(b []byte) uint64 {
	p := unsafe.Pointer(&b[0])
	switch len(b) {
	case 8:
		return atomic.LoadUint64((*uint64)(p))
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(p)))
	}
	word, shift, mask := subword(b)
	return uint64((atomic.LoadUint32(word) & mask) >> shift)
}

// atomicUpdate replaces the element b with op(old) atomically and returns
// old; op sees and returns the element's bits zero-extended (higher bits of
// its result are dropped, which wraps add and sub to the element's size).
// Where op leaves the value as it is there is nothing to store: the atomic
// load is then the whole operation.
func atomicUpdate(b []byte, op func(old uint64) uint64) uint64 {
	p := unsafe.Pointer(&b[0])
	switch len(b) {
	case 8:
		for {
			old := atomic.LoadUint64((*uint64)(p))
			v := op(old)
			if v == old || atomic.CompareAndSwapUint64((*uint64)(p), old, v) {
				return old
			}
		}
	case 4:
		for {
			old := atomic.LoadUint32((*uint32)(p))
			v := uint32(op(uint64(old)))
			if v == old || atomic.CompareAndSwapUint32((*uint32)(p), old, v) {
				return uint64(old)
			}
		}
	}
	word, shift, mask := subword(b)
	for {
		w := atomic.LoadUint32(word)
		old := uint64((w & mask) >> shift)
		nw := w&^mask | uint32(op(old))<<shift&mask
		if nw == w || atomic.CompareAndSwapUint32(word, w, nw) {
			return old
		}
	}
}

// subword locates a 1- or 2-byte element inside its aligned 32-bit word
// (little-endian, so byte k of the word is bits 8k..8k+7).
func subword(b []byte) (word *uint32, shift, mask uint32) {
	p := unsafe.Pointer(&b[0])
	off := int(uintptr(p) & 3)
	shift = uint32(off) * 8
	mask = uint32(1)<<(8*len(b)) - 1
	return (*uint32)(unsafe.Add(p, -off)), shift, mask << shift
}
