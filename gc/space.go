package gc

import (
	"math/bits"
	"reflect"
	"unsafe"
)

// chunkBits sets the slab size: cells live in fixed arrays of 1<<chunkBits,
// so a *T into a chunk stays valid for the life of the heap (chunks never
// move or shrink) and a handle splits into chunk and index with a shift.
const (
	chunkBits = 10
	chunkSize = 1 << chunkBits
	chunkMask = chunkSize - 1
)

// Cell is what a Space stores. Trace reports every Value the cell holds to
// the marker; Reset drops the cell's contents (and their Go backing arrays)
// when the collector frees it.
type Cell[T any] interface {
	*T
	Trace(m *Marker)
	Reset()
}

// The bitmaps come first: the first allocation writes live and the first
// cell, which then share a page. After the cells (80 KiB of them for
// objects) they cost a page fault of their own per chunk, four at every
// start-up.
type chunk[T any] struct {
	live  [chunkSize / 64]uint64 // allocated cells
	mark  [chunkSize / 64]uint64 // reached in the current collection
	cells [chunkSize]T
}

// Space is a slab allocator for one kind of cell, addressed by 32-bit
// handles. Handle 0 is never handed out, so a zero handle can mean "none".
type Space[T any, P Cell[T]] struct {
	chunks []*chunk[T]
	free   []uint32
	next   uint32 // first never-used handle
	live   int
	// CellBytes is the space's estimate of one cell's size, for heap statistics.
	CellBytes int
	// OnFree, when set, runs for each cell the collector frees, before its
	// Reset: the runtime returns the cell's arena storage there.
	OnFree func(c *T)
	poison bool
	// gen[c] counts the frees of each cell of chunk c once
	// TrackGenerations is on (allocated then, so that a heap never
	// snapshotted pays nothing). It is not in the chunk, which may live
	// outside the Go heap (mem).
	gen  []*[chunkSize]uint32
	gens bool // count frees in gen (Heap.TrackGenerations)
	// mem holds the chunks when T has no Go pointers (kind says); they are
	// on the Go heap otherwise.
	mem  *sysMem
	kind uint8
}

const (
	kindUnknown uint8 = iota
	kindPlain         // T holds no Go pointers: chunks come from mem
	kindPointers
)

// newChunk returns a zeroed chunk.
func (s *Space[T, P]) newChunk() *chunk[T] {
	if s.kind == kindUnknown {
		s.kind = kindPointers
		if !hasPointers(reflect.TypeFor[T]()) {
			s.kind = kindPlain
			s.mem = &sysMem{}
		}
	}
	if s.kind == kindPointers {
		return new(chunk[T])
	}
	n := (unsafe.Sizeof(chunk[T]{}) + 7) &^ 7
	return (*chunk[T])(s.mem.alloc(int(n)))
}

// Get returns the cell of handle h. It reads the live bit itself rather
// than calling Live so that it stays small enough for the compiler to
// inline into the runtime's object lookup, the most frequent call in the
// interpreter (a handle past the last chunk is a Go index error here,
// where Live would report it dead).
func (s *Space[T, P]) Get(h uint32) *T {
	c := s.chunks[h>>chunkBits]
	if s.poison && c.live[h&chunkMask/64]&(1<<(h%64)) == 0 {
		panic(UseAfterFree{h})
	}
	return &c.cells[h&chunkMask]
}

// UseAfterFree is the panic value when, under stress mode, a freed handle is
// used: a root was missing somewhere.
type UseAfterFree struct{ Handle uint32 }

func (u UseAfterFree) Error() string {
	return "kiln: internal error: use of freed heap cell (a missing GC root)"
}

// Alloc returns a fresh zeroed cell and its handle.
func (s *Space[T, P]) Alloc() (uint32, *T) {
	var h uint32
	if n := len(s.free); n > 0 {
		h = s.free[n-1]
		s.free = s.free[:n-1]
	} else {
		if s.next == 0 {
			s.next = 1
		}
		h = s.next
		s.next++
		if int(h>>chunkBits) >= len(s.chunks) {
			s.chunks = append(s.chunks, s.newChunk())
			if s.gens {
				s.gen = append(s.gen, new([chunkSize]uint32))
			}
		}
	}
	c := s.chunks[h>>chunkBits]
	i := h & chunkMask
	c.live[i/64] |= 1 << (i % 64)
	s.live++
	return h, &c.cells[i]
}

// Live reports whether h names an allocated cell.
func (s *Space[T, P]) Live(h uint32) bool {
	ci := int(h >> chunkBits)
	if h == 0 || ci >= len(s.chunks) {
		return false
	}
	i := h & chunkMask
	return s.chunks[ci].live[i/64]&(1<<(i%64)) != 0
}

// Cells returns the number of cells the space has ever handed out, live or
// free: its high-water mark.
func (s *Space[T, P]) Cells() int { return int(max(s.next, 1) - 1) }

// Count returns the number of live cells.
func (s *Space[T, P]) Count() int { return s.live }

func (s *Space[T, P]) setMark(h uint32) bool {
	c := s.chunks[h>>chunkBits]
	i := h & chunkMask
	w, b := i/64, uint64(1)<<(i%64)
	if c.mark[w]&b != 0 {
		return false
	}
	c.mark[w] |= b
	return true
}

func (s *Space[T, P]) isMarked(h uint32) bool {
	c := s.chunks[h>>chunkBits]
	i := h & chunkMask
	return c.mark[i/64]&(1<<(i%64)) != 0
}

func (s *Space[T, P]) trace(h uint32, m *Marker) { P(s.Get(h)).Trace(m) }

// sweep frees every live, unmarked cell and clears the marks. It returns the
// number of cells freed.
func (s *Space[T, P]) sweep() int {
	freed := 0
	for ci, c := range s.chunks {
		for w := range c.live {
			dead := c.live[w] &^ c.mark[w]
			c.mark[w] = 0
			if dead == 0 {
				continue
			}
			c.live[w] &^= dead
			for dead != 0 {
				b := bits.TrailingZeros64(dead)
				dead &= dead - 1
				i := w*64 + b
				if s.OnFree != nil {
					s.OnFree(&c.cells[i])
				}
				P(&c.cells[i]).Reset()
				if s.gens {
					s.gen[ci][i]++
				}
				if !s.poison {
					// Under stress, freed handles are never reused, so a
					// stale one is caught by Get instead of aliasing.
					s.free = append(s.free, uint32(ci<<chunkBits|i))
				}
				freed++
			}
		}
	}
	s.live -= freed
	return freed
}

func (s *Space[T, P]) count() int           { return s.live }
func (s *Space[T, P]) bytesPer() int        { return s.CellBytes }
func (s *Space[T, P]) setPoison(b bool)     { s.poison = b }
func (s *Space[T, P]) isLive(h uint32) bool { return s.Live(h) }

func (s *Space[T, P]) trackGenerations() {
	if s.gens {
		return
	}
	s.gens = true
	for range s.chunks {
		s.gen = append(s.gen, new([chunkSize]uint32))
	}
}

func (s *Space[T, P]) generation(h uint32) uint32 {
	if ci := int(h >> chunkBits); ci < len(s.gen) {
		return s.gen[ci][h&chunkMask]
	}
	return 0
}

// space is the untyped face of a Space that the collector drives.
type space interface {
	setMark(h uint32) bool
	isMarked(h uint32) bool
	trace(h uint32, m *Marker)
	sweep() int
	count() int
	bytesPer() int
	setPoison(bool)
	isLive(h uint32) bool
	trackGenerations()
	generation(h uint32) uint32
}
