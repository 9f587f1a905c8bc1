package gc

import (
	"testing"
	"time"
)

type testCell struct {
	refs []Value
}

func (c *testCell) Trace(m *Marker) { m.MarkAll(c.refs) }
func (c *testCell) Reset()          { c.refs = nil }

func newTestHeap() (*Heap, *Space[testCell, *testCell], *[]Value) {
	h := NewHeap()
	s := &Space[testCell, *testCell]{CellBytes: 32}
	h.Register(TagObject, s)
	roots := &[]Value{}
	h.Roots = func(m *Marker) { m.MarkAll(*roots) }
	return h, s, roots
}

func TestValueEncoding(t *testing.T) {
	cases := []struct {
		name string
		v    Value
		tag  Tag
	}{
		{"a number is a number", Float(1.5), TagNumber},
		{"negative infinity is a number", Float(-1 / zero()), TagNumber},
		{"NaN is canonical", Float(zero() / zero()), TagNumber},
		{"undefined", Undefined, TagUndefined},
		{"null", Null, TagNull},
		{"true", True, TagBool},
		{"a heap ref keeps its tag", MakeRef(TagString, 7), TagString},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.v.Tag(); got != c.tag {
				t.Fatalf("tag = %d, want %d", got, c.tag)
			}
		})
	}
	if Float(zero()/zero()) != NaN {
		t.Fatal("NaN is not canonicalised")
	}
	if MakeRef(TagObject, 42).Handle() != 42 {
		t.Fatal("handle lost")
	}
}

func zero() float64 { return 0 }

func TestCollectFreesUnreachable(t *testing.T) {
	h, s, roots := newTestHeap()
	a, _ := s.Alloc()
	b, cb := s.Alloc()
	c, _ := s.Alloc()
	cb.refs = []Value{MakeRef(TagObject, c)}
	*roots = []Value{MakeRef(TagObject, b)}
	if err := h.Collect(); err != nil {
		t.Fatal(err)
	}
	if s.Live(a) {
		t.Error("unreachable cell survived")
	}
	if !s.Live(b) || !s.Live(c) {
		t.Error("reachable cell was freed")
	}
	if s.Count() != 2 {
		t.Errorf("count = %d, want 2", s.Count())
	}
	d, _ := s.Alloc()
	if d != a {
		t.Errorf("freed handle %d not reused (got %d)", a, d)
	}
	if s.Cells() != 3 {
		t.Errorf("cells = %d, want 3 (a reused handle is no new cell)", s.Cells())
	}
}

func TestCyclesAreCollected(t *testing.T) {
	h, s, _ := newTestHeap()
	a, ca := s.Alloc()
	b, cb := s.Alloc()
	ca.refs = []Value{MakeRef(TagObject, b)}
	cb.refs = []Value{MakeRef(TagObject, a)}
	if err := h.Collect(); err != nil {
		t.Fatal(err)
	}
	if s.Live(a) || s.Live(b) {
		t.Error("cycle survived")
	}
}

func TestStressPoisonsFreedHandles(t *testing.T) {
	h, s, _ := newTestHeap()
	h.SetStress(true)
	a, _ := s.Alloc()
	if err := h.Collect(); err != nil {
		t.Fatal(err)
	}
	b, _ := s.Alloc()
	if a == b {
		t.Fatal("stress mode reused a freed handle")
	}
	defer func() {
		if _, ok := recover().(UseAfterFree); !ok {
			t.Fatal("use of a freed handle did not panic with UseAfterFree")
		}
	}()
	s.Get(a)
}

func TestHeapLimit(t *testing.T) {
	h, s, roots := newTestHeap()
	h.SetLimit(1000)
	for i := 0; i < 100; i++ {
		x, _ := s.Alloc()
		*roots = append(*roots, MakeRef(TagObject, x))
	}
	if err := h.Collect(); err != ErrHeapLimit {
		t.Fatalf("Collect = %v, want ErrHeapLimit", err)
	}
}

func TestEphemerons(t *testing.T) {
	h, s, roots := newTestHeap()
	k, _ := s.Alloc()
	v, _ := s.Alloc()
	dk, _ := s.Alloc()
	dv, _ := s.Alloc()
	type pair struct{ k, v Value }
	table := []pair{{MakeRef(TagObject, k), MakeRef(TagObject, v)}, {MakeRef(TagObject, dk), MakeRef(TagObject, dv)}}
	*roots = []Value{MakeRef(TagObject, k)}
	h.Ephemerons = func(m *Marker) bool {
		progress := false
		for _, p := range table {
			if m.IsMarked(p.k) && !m.IsMarked(p.v) {
				m.Mark(p.v)
				progress = true
			}
		}
		return progress
	}
	if err := h.Collect(); err != nil {
		t.Fatal(err)
	}
	if !s.Live(v) {
		t.Error("value of a live key was freed")
	}
	if s.Live(dk) || s.Live(dv) {
		t.Error("entry of a dead key survived")
	}
}

func TestUsedCountsWhatWasChargedSinceTheLastCollection(t *testing.T) {
	h, s, roots := newTestHeap()
	x, _ := s.Alloc()
	*roots = []Value{MakeRef(TagObject, x)}
	h.Charge(1000)
	if got := h.Used(); got != 1000 {
		t.Errorf("before any collection, Used = %d, want the 1000 charged", got)
	}
	if err := h.Collect(); err != nil {
		t.Fatal(err)
	}
	if got := h.Used(); got != 32 {
		t.Errorf("after a collection, Used = %d, want the one live 32-byte cell", got)
	}
	h.Charge(100)
	if got := h.Used(); got != 132 {
		t.Errorf("Used = %d, want 132: the live cell and the 100 charged since", got)
	}
}

func TestNextThreshold(t *testing.T) {
	const mb = 1 << 20
	ms := time.Millisecond
	cases := []struct {
		name                   string
		live, limit, allocated int64
		markTime, mutatorTime  time.Duration
		want                   int64
	}{
		{"a small heap waits for the minimum", 1 * mb, 0, 8 * mb, 1 * ms, 100 * ms, minThreshold},
		{"cheap collections keep the trigger at the live size", 100 * mb, 0, 100 * mb, 10 * ms, 1000 * ms, 100 * mb},
		{"collections taking 10% of the time keep it there too", 100 * mb, 0, 100 * mb, 100 * ms, 900 * ms, 100 * mb},
		{"collections taking 15% of the time let the heap grow further", 100 * mb, 0, 100 * mb, 150 * ms, 850 * ms, 100 * mb * 150 * 9 / 850},
		{"however slow collecting is, no more than twice the live size", 100 * mb, 0, 100 * mb, 900 * ms, 100 * ms, 200 * mb},
		{"a heap limit caps the trigger at the room below it", 40 * mb, 64 * mb, 40 * mb, 1 * ms, 100 * ms, 24 * mb},
		{"and caps a paced trigger as well", 40 * mb, 64 * mb, 40 * mb, 900 * ms, 100 * ms, 24 * mb},
		{"just under the limit, the trigger is 1/32 of it", 63 * mb, 64 * mb, 8 * mb, 1 * ms, 100 * ms, 2 * mb},
		{"no measured time leaves the trigger at the live size", 100 * mb, 0, 100 * mb, 0, 0, 100 * mb},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := nextThreshold(c.live, c.limit, c.allocated, c.markTime, c.mutatorTime)
			if d := got - c.want; d < -mb/100 || d > mb/100 {
				t.Errorf("nextThreshold = %.2f MB, want %.2f MB", float64(got)/mb, float64(c.want)/mb)
			}
		})
	}
}

func TestHeapOverdueAtItsLimit(t *testing.T) {
	h, _, _ := newTestHeap()
	h.SetLimit(4 << 20)
	h.Charge(3 << 20)
	if h.Overdue(64 << 20) {
		t.Error("overdue below both the threshold and the limit")
	}
	h.Charge(1 << 20)
	if !h.Overdue(64 << 20) {
		t.Error("not overdue with the heap at its limit")
	}
}

func TestALimitBelowTheMinimumTriggerCapsTheFirstCollection(t *testing.T) {
	h, _, _ := newTestHeap()
	h.SetLimit(4 << 20)
	h.Charge(4 << 20)
	if !h.ShouldCollect() {
		t.Error("a heap of 4 MB at its 4 MB limit is not due a collection")
	}
}

// TestSweepTimeDoesNotRaiseTheTrigger checks that the trigger is paced on
// marking alone: a collection whose sweep is slow (each freed cell's OnFree
// sleeps) and whose mark is quick (nothing is live) keeps the minimum
// trigger. The program's time before it is a 20 ms sleep: marking nothing
// would have to take 2 ms to raise the trigger.
func TestSweepTimeDoesNotRaiseTheTrigger(t *testing.T) {
	h, s, _ := newTestHeap()
	s.OnFree = func(*testCell) { time.Sleep(time.Millisecond) }
	for range 100 {
		s.Alloc()
		h.Charge(minThreshold / 100)
	}
	time.Sleep(20 * time.Millisecond)
	if err := h.Collect(); err != nil {
		t.Fatal(err)
	}
	if h.Stats.LastSweep < 100*time.Millisecond {
		t.Fatalf("the sweep took %v, under the 100 ms its 100 frees sleep", h.Stats.LastSweep)
	}
	if h.threshold != minThreshold {
		t.Errorf("after a slow sweep of garbage the trigger is %d, want the minimum %d", h.threshold, minThreshold)
	}
}
