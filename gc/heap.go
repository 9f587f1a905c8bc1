package gc

import (
	"errors"
	"math"
	"runtime"
	"sync/atomic"
	"time"
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
	// mutatorSince is when the last collection ended (or the heap was
	// made): the program's time since then paid for the debt.
	mutatorSince time.Time
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
	// The last collection's two phases: marking (roots, the live graph,
	// weak structures) and sweeping (freeing the dead cells).
	LastMark, LastSweep time.Duration
}

// ErrHeapLimit is returned by Collect when live data exceeds the heap limit.
var ErrHeapLimit = errors.New("heap limit reached")

// NewHeap returns an empty heap.
func NewHeap() *Heap {
	return &Heap{threshold: minThreshold, sampleAt: noSample, mutatorSince: time.Now()}
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
func (h *Heap) SetLimit(bytes int64) {
	h.limit = bytes
	if bytes > 0 {
		h.threshold = min(h.threshold, roomBelow(bytes, h.Stats.LiveBytes))
	}
}

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
// on), or the heap holds as much as its limit. For safepoints where
// collecting early costs more than it saves.
func (h *Heap) Overdue(slack int64) bool {
	return h.stress || h.debt >= h.threshold+max(h.threshold, slack) ||
		h.limit > 0 && h.Used() >= h.limit
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
	start := time.Now()
	used := h.Used()
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
	marked := time.Now()
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
	end := time.Now()
	h.Stats.LastMark, h.Stats.LastSweep = marked.Sub(start), end.Sub(marked)
	releaseGo(used - h.Stats.LiveBytes)
	h.threshold = nextThreshold(h.Stats.LiveBytes, h.limit, h.debt, h.Stats.LastMark, start.Sub(h.mutatorSince))
	h.mutatorSince = end
	h.debt = 0
	if h.limit > 0 && h.Stats.LiveBytes > h.limit {
		return ErrHeapLimit
	}
	return nil
}

// The collection trigger: how much the program may allocate before the next
// collection. A collection's cost grows with what is live (marking visits
// all of it); what it buys is the room to allocate until the next one. A
// trigger fixed at the live size (Go's GOGC=100) keeps the peak heap near
// twice the live data, but a program that allocates fast while keeping much
// live, a parser building its tree, then spends a third of its time
// collecting (a 2 MB YAML document: 2.6 of 8.8 s). A fixed larger trigger
// buys 10-20% on those and charges the memory to programs that gain
// nothing: a 32 MB floor took the benchmarks' peak RSS up 37% (one from 54
// to 128 MB), a trigger of 2x live took it up 8% and the YAML parse's 38%.
//
// So the trigger is paced, as V8 sizes its heap from its collector's and
// the program's speeds: after each collection it is set so that, at the
// allocation rate and marking cost just measured, marking would take
// gcTimeGoal of the time, between max(minThreshold, live) and maxGrowth
// times that. A program whose collections are cheap next to its own work
// keeps the old trigger and its memory; one that allocates faster than it
// can collect trades up to maxGrowth times the memory for time. The
// program's time includes its idle waits (timers, I/O), which make its rate
// look lower and the trigger smaller: the side of less memory, never of
// collecting more often than before. Measured times are noisy on a loaded
// machine; the bounds keep the noise within the two policies.
//
// Only marking is paced on. Sweeping frees each dead cell once, whatever
// the trigger: a program pays for its garbage the same in few collections
// or many, so sweep time spent says nothing about what a larger trigger
// would save. Counted in, it doubled the trigger of programs that keep
// little live and make much garbage: async.js, 122 KB live, swept for 2-5
// ms and marked for 0.2 ms per collection, and its high-water mark of
// objects went from 123k cells to 208k.
//
// Under a heap limit the trigger is held to the room left below it (at
// least 1/32 of the limit, so that a program living just under it does not
// collect at every safepoint): garbage collects before the limit is
// reached, and only live data can reach it.
const (
	minThreshold = 8 << 20
	gcTimeGoal   = 0.10
	maxGrowth    = 2
)

// nextThreshold is the debt at which the next collection is due, after a
// collection that found live bytes live and took markTime to mark them, the
// program having allocated allocated bytes in mutatorTime since the one
// before.
func nextThreshold(live, limit, allocated int64, markTime, mutatorTime time.Duration) int64 {
	floor := max(minThreshold, live)
	t := floor
	if mutatorTime > 0 {
		rate := float64(allocated) / mutatorTime.Seconds()
		paced := rate * markTime.Seconds() * (1 - gcTimeGoal) / gcTimeGoal
		t = int64(min(max(float64(floor), paced), float64(maxGrowth*floor)))
	}
	if limit > 0 {
		t = min(t, roomBelow(limit, live))
	}
	return t
}

// roomBelow is the most a heap holding live bytes may allocate before it
// collects, under limit.
func roomBelow(limit, live int64) int64 { return max(limit-live, limit/32) }

// releaseGo hands what a collection freed on the Go heap back to Go. The Go
// collector paces itself on the live heap it found at its last cycle (its
// next goal twice that, at GOGC=100), and what Kiln holds on the Go heap
// (string contents, host data such as a suspended generator's registers)
// counted as live there until Kiln freed it: Go's goal doubled Kiln's
// garbage. A Go cycle started when Kiln has just freed much sees only what
// is live, and sets its goal from that. It runs in the background, as Go's
// own cycles do (the program goes on; the other cores mark), one at a time
// for the whole process, and only after a collection that freed at least
// releaseMin bytes.
func releaseGo(freed int64) {
	if freed < releaseMin || !releasing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		runtime.GC()
		releasing.Store(false)
	}()
}

const releaseMin = 16 << 20

var releasing atomic.Bool
