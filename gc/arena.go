package gc

import (
	"math/bits"
	"unsafe"
)

// Arena holds the variable-length parts of cells (property values, array
// elements) in large pointer-free blocks, so the Go collector sees a few
// big no-scan allocations instead of one slice per object.
//
// Storage comes in size classes up to maxSmall Values, carved from blocks of
// blockValues; a larger request gets a block of its own. The classes are
// every size from 1 to 8, then four to a doubling (10, 12, 14, 16, 20, ...):
// most objects hold a handful of properties and most array literals are
// short, and with power-of-two classes an object of three properties paid
// for four, one of five for eight, an array of ten for sixteen. Four steps
// to a doubling bound the rounding at a quarter. A
// Ref names an allocation; 0 is the empty reference. Freed storage goes on a
// free list for its capacity class and is reused; the runtime frees a cell's
// storage when the collector frees the cell.
type Arena struct {
	blocks [][]Value
	caps   []uint32 // caps[b] is the capacity class that block b is carved into
	pinned []bool   // pinned[b]: block b holds shared storage (AllocPinned)
	pbump  [8]bump  // where the next pinned allocation of each size goes
	free   [numClasses][]Ref
	bump   [numClasses]bump
	chunk  []Value   // what is left of the chunk small blocks are carved from
	large  [][]Value // dedicated storage for big requests
	lfree  []uint32  // free slots in large
	bytes  int64     // Values currently allocated (for heap statistics)
	mem    *sysMem   // where blocks and chunks come from (sysmem.go)
}

// Ref is an arena reference: either a small allocation (block, offset) or,
// with largeBit set, an index into the large table.
type Ref uint32

type bump struct {
	block int // index into blocks, -1 when none
	off   int
	size  int // Values in the class's next block
}

// A class's first block holds firstAllocs allocations of the class (at
// most firstBlock Values, unless one allocation is bigger), and blocks
// double from there up to blockValues: a small program touches a few
// allocations per class, not half a MiB. Blocks of up to firstBlock Values
// are carved one after another from shared chunks of sharedChunk Values
// rather than made one by one. Every class has blocks of its own, and an
// object that grows a property at a time (a module's exports, the console)
// passes through a dozen classes: as separate Go allocations of 8 KiB, each
// first block began on a page of its own, and a hello world wrote to some
// 25 pages of fresh memory for them (page faults in main, GOMAXPROCS=1,
// median of 9 runs: 104 to 80, with vm.New's smaller table of atoms).
const (
	firstAllocs = 4
	firstBlock  = 1024
	sharedChunk = 8 << 10
)

const (
	blockBits   = 16
	blockValues = 1 << blockBits // 64Ki Values (512 KiB) per block
	maxSmall    = 4096
	numClasses  = 44 // capacities 1, ..., 8, 10, 12, 14, 16, 20, ..., 4096
	largeBit    = 1 << 31
)

// NewArena returns an empty arena.
func NewArena() *Arena {
	a := &Arena{mem: &sysMem{}}
	// Block 0 is reserved so that Ref 0 means "none".
	a.blocks = append(a.blocks, make([]Value, 2))
	a.caps = append(a.caps, 0)
	a.pinned = append(a.pinned, false)
	for i := range a.bump {
		a.bump[i].block = -1
	}
	for i := range a.pbump {
		a.pbump[i].block = -1
	}
	return a
}

// ClassCap returns the capacity an allocation of n Values gets.
func ClassCap(n int) int {
	if n > maxSmall {
		return n
	}
	if n <= 8 {
		return max(n, 1)
	}
	step := 1 << (bits.Len(uint(n-1)) - 3)
	return (n + step - 1) &^ (step - 1)
}

// classOf returns the class index of a class capacity.
func classOf(capacity int) int {
	if capacity <= 8 {
		return capacity - 1
	}
	e := bits.Len(uint(capacity - 1)) // 1<<(e-1) < capacity <= 1<<e
	q := capacity >> (e - 3)          // 5..8 steps of 1<<(e-3)
	return 8 + (e-4)*4 + q - 5
}

// maxBlocks is how many blocks a Ref can name: its bits below largeBit
// above the offset. Past them (16 GiB of small storage) Alloc fails.
const maxBlocks = largeBit >> blockBits

// Alloc returns storage for at least n Values (n > 0) and its capacity.
// The storage is zeroed (all Values 0, which callers overwrite). It returns
// Ref 0 when the arena can name no more storage, which the caller reports as
// running out of memory (a block index past maxBlocks ran into largeBit and
// named storage that did not exist, a Go panic).
func (a *Arena) Alloc(n int) (Ref, int) {
	if n > maxSmall {
		s := make([]Value, n)
		a.bytes += int64(n) * 8
		if k := len(a.lfree); k > 0 {
			i := a.lfree[k-1]
			a.lfree = a.lfree[:k-1]
			a.large[i] = s
			return Ref(i) | largeBit, n
		}
		a.large = append(a.large, s)
		return Ref(len(a.large)-1) | largeBit, n
	}
	capacity := ClassCap(n)
	k := classOf(capacity)
	a.bytes += int64(capacity) * 8
	if f := a.free[k]; len(f) > 0 {
		r := f[len(f)-1]
		a.free[k] = f[:len(f)-1]
		s := a.Slice(r, capacity, capacity)
		clear(s)
		return r, capacity
	}
	b := &a.bump[k]
	if b.block < 0 || b.off+capacity > len(a.blocks[b.block]) {
		if len(a.blocks) >= maxBlocks {
			a.bytes -= int64(capacity) * 8
			return 0, 0
		}
		b.size = min(blockValues, max(min(firstAllocs*capacity, firstBlock), 2*b.size, capacity))
		b.block, b.off = a.newBlock(b.size, capacity, false), 0
	}
	r := Ref(b.block<<blockBits | b.off)
	b.off += capacity
	return r, capacity
}

// pinnedValues is the largest size of a block of pinned storage.
const pinnedValues = 1024

// newBlock adds a zeroed block of size Values for allocations of the given
// capacity and returns its index.
func (a *Arena) newBlock(size, capacity int, pinned bool) int {
	var blk []Value
	if size > firstBlock {
		blk = a.values(size)
	} else {
		if len(a.chunk) < size {
			a.chunk = a.values(sharedChunk)
		}
		blk, a.chunk = a.chunk[:size:size], a.chunk[size:]
	}
	a.blocks = append(a.blocks, blk)
	a.caps = append(a.caps, uint32(capacity))
	a.pinned = append(a.pinned, pinned)
	return len(a.blocks) - 1
}

// values returns n zeroed Values of block storage.
func (a *Arena) values(n int) []Value {
	return unsafe.Slice((*Value)(a.mem.alloc(n*8)), n)
}

// AllocPinned returns zeroed storage for exactly n Values (0 < n <= 8)
// that is never freed and that several owners share: templates that
// objects point at until they change them (a closure's name and length).
// Pinned reports it, so owners copy it before a write and never free it;
// its capacity is exactly n, so appending to it always copies first.
func (a *Arena) AllocPinned(n int) Ref {
	if n < 1 || n > len(a.pbump) {
		panic("gc: AllocPinned of an unsupported size")
	}
	b := &a.pbump[n-1]
	if b.block < 0 || b.off+n > b.size {
		if len(a.blocks) >= maxBlocks {
			return 0
		}
		// A pinned block holds one size, as every block holds one class.
		b.size = min(pinnedValues, max(firstAllocs*n, 2*b.size))
		b.block, b.off = a.newBlock(b.size, n, true), 0
	}
	r := Ref(b.block<<blockBits | b.off)
	b.off += n
	a.bytes += int64(n) * 8
	return r
}

// Pinned reports whether r is shared storage from AllocPinned.
func (a *Arena) Pinned(r Ref) bool { return r&largeBit == 0 && a.pinned[r>>blockBits] }

// Free returns storage of the given capacity to the arena.
func (a *Arena) Free(r Ref, capacity int) {
	if r == 0 {
		return
	}
	a.bytes -= int64(capacity) * 8
	if r&largeBit != 0 {
		i := uint32(r &^ largeBit)
		a.large[i] = nil
		a.lfree = append(a.lfree, i)
		return
	}
	k := classOf(capacity)
	a.free[k] = append(a.free[k], r)
}

// TrimFront drops the first k Values of a large allocation in place, so
// that removing from the front of a long run (Array.prototype.shift on a
// queue) costs O(1) rather than moving everything after it; the capacity
// shrinks by k. It reports false for a small allocation, whose callers
// move the contents instead (at most maxSmall Values). The dropped Values
// stay allocated until r is freed or reallocated.
func (a *Arena) TrimFront(r Ref, k int) bool {
	if r&largeBit == 0 {
		return false
	}
	i := r &^ largeBit
	a.large[i] = a.large[i][k:]
	a.bytes -= int64(k) * 8
	return true
}

// Slice returns the storage of r as a slice of length n and capacity c.
// The slice aliases the arena: it is valid until r is freed.
func (a *Arena) Slice(r Ref, n, c int) []Value {
	if r == 0 {
		return nil
	}
	if r&largeBit != 0 {
		return a.large[r&^largeBit][:n:c]
	}
	off := int(r & (blockValues - 1))
	return a.blocks[r>>blockBits][off : off+n : off+c]
}

// Cap returns the capacity of allocation r (0 for the empty reference).
// Every block holds one size class and a large allocation is a slice of
// its own, so the arena knows each allocation's capacity and its owners
// need not keep it: a cell's storage reference is a Ref and a length,
// 8 bytes rather than 12.
func (a *Arena) Cap(r Ref) int {
	if r&largeBit == 0 {
		return int(a.caps[r>>blockBits])
	}
	return len(a.large[r&^largeBit])
}

// Bytes returns the bytes of storage currently allocated.
func (a *Arena) Bytes() int64 { return a.bytes }

// At returns element i of a small or large allocation (no bounds beyond the
// block's are checked: callers index within the length they keep).
func (a *Arena) At(r Ref, i int) Value {
	if r&largeBit == 0 {
		return a.blocks[r>>blockBits][int(r&(blockValues-1))+i]
	}
	return a.large[r&^largeBit][i]
}

// Put stores v as element i of an allocation.
func (a *Arena) Put(r Ref, i int, v Value) {
	if r&largeBit == 0 {
		a.blocks[r>>blockBits][int(r&(blockValues-1))+i] = v
		return
	}
	a.large[r&^largeBit][i] = v
}
