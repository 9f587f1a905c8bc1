package gc

// Recording: the heap's edges as the collector sees them, for heap
// snapshots. A recording Marker runs the same tracers as a collection, but
// its spaces are recordSpaces, whose setMark always reports a fresh cell: so
// each Value a tracer marks lands on the marker's stack, where the caller
// reads it back, and nothing is marked, freed or moved. The collector's own
// Mark keeps its one path; recording costs it nothing.

// recordSpace stands in for every heap space of a recording marker.
type recordSpace struct{}

func (recordSpace) setMark(uint32) bool      { return true }
func (recordSpace) isMarked(uint32) bool     { return true }
func (recordSpace) trace(uint32, *Marker)    {}
func (recordSpace) sweep() int               { return 0 }
func (recordSpace) count() int               { return 0 }
func (recordSpace) bytesPer() int            { return 0 }
func (recordSpace) setPoison(bool)           {}
func (recordSpace) generation(uint32) uint32 { return 0 }
func (recordSpace) trackGenerations()        {}
func (recordSpace) isLive(uint32) bool       { return false }

// Recorder lists what tracers reference without marking anything.
type Recorder struct {
	m Marker
}

// NewRecorder returns a recorder for h's cells. (Its stand-in heap is
// made here, not in a package variable, whose initialiser every run of
// every program would pay for.)
func (h *Heap) NewRecorder() *Recorder {
	stand := &Heap{}
	for t := firstHeap; t < numTags; t++ {
		stand.spaces[t] = recordSpace{}
	}
	return &Recorder{m: Marker{heap: stand, Ctx: h.Context}}
}

// Record runs trace (a root tracer, such as Heap.Roots or part of it) and
// returns the heap Values it marked, in order and with repeats, and the
// out-of-cell bytes it reported. The slice is reused by the next call.
func (r *Recorder) Record(trace func(m *Marker)) (refs []Value, bytes int) {
	r.m.stack = r.m.stack[:0]
	r.m.bytes = 0
	trace(&r.m)
	return r.m.stack, int(r.m.bytes)
}

// Refs returns what the live cell v references, as its tracer reports it,
// and its size: the cell's own bytes and its out-of-cell storage. The slice
// is reused by the next call.
func (r *Recorder) Refs(h *Heap, v Value) (refs []Value, size int) {
	s := h.spaces[v.Tag()]
	refs, bytes := r.Record(func(m *Marker) { s.trace(uint32(v), m) })
	return refs, bytes + s.bytesPer()
}

// Live reports whether v is a heap Value whose cell is allocated.
func (h *Heap) Live(v Value) bool {
	return v.IsHeap() && v.Tag() < numTags && h.spaces[v.Tag()] != nil && h.spaces[v.Tag()].isLive(uint32(v))
}

// TrackGenerations makes the heap count, from now on, how many times each
// handle has been freed: a handle and its generation then name one cell for
// the life of the heap (heap snapshot ids), where the handle alone may be
// reused. It costs nothing until called, and an increment per freed cell
// after.
func (h *Heap) TrackGenerations() {
	for _, s := range h.spaces {
		if s != nil {
			s.trackGenerations()
		}
	}
}

// Generation returns how many times v's handle had been freed since
// TrackGenerations.
func (h *Heap) Generation(v Value) uint32 { return h.spaces[v.Tag()].generation(uint32(v)) }
