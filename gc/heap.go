package gc

import (
	"errors"
	"math"
)

// Heap is one runtime's JavaScript heap: a Space per heap tag, an exact root
// set supplied by the runtime, and a stop-the-world mark-sweep collector that
// runs only when the runtime asks (at its safepoints).
//
// The collector knows Values and cells, not JavaScript: the runtime registers
// its spaces, reports its roots through Roots, and implements weak structures
// (WeakMap, WeakRef) through the Ephemerons and SweepWeak hooks.
type Heap struct {
	spaces [numTags]space
	marker Marker

	// Roots reports every root Value: registers, realms, job queues, ...
	Roots func(m *Marker)
	// Ephemerons is called repeatedly after the strong mark until it reports
	// no progress: for each weak entry whose key IsMarked, it marks the value.
	Ephemerons func(m *Marker) bool
	// SweepWeak runs after marking, before sweeping: weak structures drop
	// entries whose keys are not marked.
	SweepWeak func(m *Marker)

	// Allocation accounting: Debt grows with each allocation's estimated
	// size; the runtime collects when ShouldCollect says so.
	debt      int64
	threshold int64
	limit     int64 // bytes; 0 = no limit
	stress    bool
	// sampleAt is the debt at which the next allocation sample is due
	// (SampleDue); noSample while no sampler runs, so that the check on
	// the allocation path is one compare that never passes.
	sampleAt int64

	Stats Stats

	// Context is handed to tracers as Marker.Ctx.
	Context any
}

// Stats are cumulative collector statistics.
type Stats struct {
	Collections int
	Freed       int64
	LiveBytes   int64 // estimate after the last collection
}

// ErrHeapLimit is returned by Collect when live data exceeds the heap limit.
var ErrHeapLimit = errors.New("heap limit reached")

const minThreshold = 8 << 20

// NewHeap returns an empty heap.
func NewHeap() *Heap {
	return &Heap{threshold: minThreshold, sampleAt: noSample}
}

const noSample = math.MaxInt64

// SampleDue reports whether an allocation sampler's next sample is due:
// since SampleIn(n), n bytes have been charged. It is false while no
// sampler runs.
func (h *Heap) SampleDue() bool { return h.debt >= h.sampleAt }

// SampleIn makes a sample due once n more bytes are charged, and returns
// how far past the previous due point the heap had got (the bytes charged
// beyond it, 0 if none was due); n < 0 stops sampling.
func (h *Heap) SampleIn(n int64) (overshoot int64) {
	if h.sampleAt != noSample && h.debt > h.sampleAt {
		overshoot = h.debt - h.sampleAt
	}
	h.sampleAt = noSample
	if n >= 0 {
		h.sampleAt = h.debt + n
	}
	return overshoot
}

// Register installs the space that holds the cells of tag t.
func (h *Heap) Register(t Tag, s space) { h.spaces[t] = s }

// SetLimit sets the heap limit in bytes (0 = none).
func (h *Heap) SetLimit(bytes int64) { h.limit = bytes }

// Limit returns the heap limit in bytes (0 = none).
func (h *Heap) Limit() int64 { return h.limit }

// SetStress turns on stress mode: ShouldCollect is always true and freed
// handles are poisoned rather than reused.
func (h *Heap) SetStress(on bool) {
	h.stress = on
	for _, s := range h.spaces {
		if s != nil {
			s.setPoison(on)
		}
	}
}

// Stress reports whether stress mode is on.
func (h *Heap) Stress() bool { return h.stress }

// Charge records an allocation of about n bytes.
func (h *Heap) Charge(n int) { h.debt += int64(n) }

// Used estimates the bytes the heap holds now: what the last collection
// found live and what has been charged since, some of it garbage already
// (as V8's used_heap_size counts what it has not collected yet).
func (h *Heap) Used() int64 { return h.Stats.LiveBytes + h.debt }

// ShouldCollect reports whether enough has been allocated since the last
// collection that a safepoint should collect.
func (h *Heap) ShouldCollect() bool { return h.stress || h.debt >= h.threshold }

// Overdue reports whether a collection is well past due: the allocation
// that makes one due and as much again, at least slack more (or stress is
// on). For safepoints where collecting early costs more than it saves.
func (h *Heap) Overdue(slack int64) bool {
	return h.stress || h.debt >= h.threshold+max(h.threshold, slack)
}

// Marker is the collector's marking state, handed to tracers.
type Marker struct {
	heap  *Heap
	stack []Value
	bytes int64
	// Ctx is the runtime's own context (Heap.Context), for cell Trace
	// methods that need more than the cell to find what it references.
	Ctx any
}

// AddBytes adds n bytes of out-of-cell data (property arrays, string
// contents) to the live size being measured.
func (m *Marker) AddBytes(n int) { m.bytes += int64(n) }

// Mark marks v live (if it is a heap value) and queues it for tracing.
func (m *Marker) Mark(v Value) {
	if v < tagBase {
		return
	}
	t := Tag(v >> 32)
	if t < firstHeap || t >= numTags {
		return
	}
	if m.heap.spaces[t].setMark(uint32(v)) {
		m.stack = append(m.stack, v)
	}
}

// MarkAll marks each value of vs.
func (m *Marker) MarkAll(vs []Value) {
	for _, v := range vs {
		if v >= tagBase {
			m.Mark(v)
		}
	}
}

// IsMarked reports whether v is marked (non-heap values always are).
func (m *Marker) IsMarked(v Value) bool {
	if !v.IsHeap() {
		return true
	}
	return m.heap.spaces[v.Tag()].isMarked(uint32(v))
}

func (m *Marker) drain() {
	for len(m.stack) > 0 {
		v := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		s := m.heap.spaces[Tag(v>>32)]
		m.bytes += int64(s.bytesPer())
		s.trace(uint32(v), m)
	}
}

// Collect runs a full collection. It returns ErrHeapLimit when the live data
// left afterwards is over the heap limit.
func (h *Heap) Collect() error {
	m := &h.marker
	m.heap = h
	m.bytes = 0
	m.Ctx = h.Context
	if h.Roots != nil {
		h.Roots(m)
	}
	m.drain()
	if h.Ephemerons != nil {
		for h.Ephemerons(m) {
			m.drain()
		}
	}
	if h.SweepWeak != nil {
		h.SweepWeak(m)
	}
	for _, s := range h.spaces {
		if s != nil {
			h.Stats.Freed += int64(s.sweep())
		}
	}
	m.stack = m.stack[:0]
	h.Stats.Collections++
	h.Stats.LiveBytes = m.bytes
	if h.sampleAt != noSample {
		h.sampleAt -= h.debt
	}
	h.debt = 0
	h.threshold = max(minThreshold, h.Stats.LiveBytes)
	if h.limit > 0 && h.Stats.LiveBytes > h.limit {
		return ErrHeapLimit
	}
	return nil
}
