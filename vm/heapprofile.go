package vm

import (
	"math/rand/v2"
)

// The sampling heap profiler: V8's SamplingHeapProfile (the .heapprofile
// that node's --heap-prof writes and the inspector's
// HeapProfiler.stopSampling returns), from Kiln's own allocation path.
//
// Samples are a Poisson process over allocated bytes, as V8's: the gap to
// the next sample is drawn from an exponential distribution whose mean is
// the interval. Every byte the heap is charged (cells, and the arena
// storage of elements, properties and string contents) moves the clock;
// the sample is taken at the next object or string cell made once the gap
// is used up, with the JavaScript stack of that moment (the CPU profiler's
// call tree), and its size is the bytes charged since the previous sample,
// so that the sizes of all samples add up to what was allocated.
//
// As V8's default, a sample counts only while its cell lives: the profile
// keeps the samples whose cells the collector has not freed (a cell is
// named by handle and generation, gc.Heap.TrackGenerations), unless the
// sampler was started to keep them all.
//
// Off, the allocation path pays one compare of the heap's debt with a
// due point that is then never reached (gc.Heap.SampleDue).

// HeapProfile is V8's SamplingHeapProfile.
type HeapProfile struct {
	Head    *HeapProfileNode `json:"head"`
	Samples []HeapSample     `json:"samples"`
}

// HeapProfileNode is a node of the allocation call tree; SelfSize is the
// bytes its live samples stand for.
type HeapProfileNode struct {
	CallFrame CallFrame          `json:"callFrame"`
	SelfSize  int64              `json:"selfSize"`
	ID        int                `json:"id"`
	Children  []*HeapProfileNode `json:"children"`
}

// HeapSample is one sample: its size, its node and its order.
type HeapSample struct {
	Size    int64  `json:"size"`
	NodeID  int    `json:"nodeId"`
	Ordinal uint64 `json:"ordinal"`
}

// DefaultHeapSamplingInterval is V8's and node's (--heap-prof-interval).
const DefaultHeapSamplingInterval = 512 << 10

// HeapSampler samples one runtime's allocations.
type HeapSampler struct {
	rt *Runtime
	callTree
	interval float64
	keepDead bool
	gap      int64 // the gap drawn for the sample now pending
	samples  []heapSample
	ordinal  uint64
	rng      *rand.Rand
}

type heapSample struct {
	node    int
	size    int64
	cell    Value
	gen     uint32
	ordinal uint64
}

// StartHeapSampling starts sampling rt's allocations every interval bytes
// on average (the default when interval <= 0); with keepDead, samples of
// cells since freed stay in the profile. A sampler already running is
// returned as it is.
func (rt *Runtime) StartHeapSampling(interval int64, keepDead bool) *HeapSampler {
	if rt.heapSampler != nil {
		return rt.heapSampler
	}
	if interval <= 0 {
		interval = DefaultHeapSamplingInterval
	}
	rt.heap.TrackGenerations()
	s := &HeapSampler{rt: rt, callTree: newCallTree(), interval: float64(interval), keepDead: keepDead,
		rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))}
	s.gap = s.draw()
	rt.heap.SampleIn(s.gap)
	rt.heapSampler = s
	return s
}

// HeapSampler returns the running sampler, or nil.
func (rt *Runtime) HeapSampler() *HeapSampler { return rt.heapSampler }

func (s *HeapSampler) draw() int64 {
	return max(1, int64(s.rng.ExpFloat64()*s.interval))
}

// sampleAllocation is the allocation path's hook, when a sample is due:
// cell was just made and is rooted. It makes no cell.
func (rt *Runtime) sampleAllocation(cell Value) {
	s := rt.heapSampler
	if s == nil {
		rt.heap.SampleIn(-1)
		return
	}
	next := s.draw()
	size := s.gap + rt.heap.SampleIn(next)
	s.gap = next
	s.ordinal++
	s.samples = append(s.samples, heapSample{
		node: s.path(rt.frames), size: size, cell: cell, gen: rt.heap.Generation(cell), ordinal: s.ordinal,
	})
}

// Profile returns the profile so far: the samples whose cells live (all,
// with keepDead) and the call tree with their sizes.
func (s *HeapSampler) Profile() *HeapProfile {
	rt := s.rt
	nodes := make([]*HeapProfileNode, len(s.nodes))
	for i := range s.nodes {
		nodes[i] = &HeapProfileNode{CallFrame: s.nodes[i].CallFrame, ID: s.nodes[i].ID, Children: []*HeapProfileNode{}}
	}
	for i := range s.nodes {
		for _, c := range s.nodes[i].Children {
			nodes[i].Children = append(nodes[i].Children, nodes[c-1])
		}
	}
	out := &HeapProfile{Head: nodes[0], Samples: []HeapSample{}}
	for _, x := range s.samples {
		if !s.keepDead && !(rt.heap.Live(x.cell) && rt.heap.Generation(x.cell) == x.gen) {
			continue
		}
		nodes[x.node-1].SelfSize += x.size
		out.Samples = append(out.Samples, HeapSample{Size: x.size, NodeID: x.node, Ordinal: x.ordinal})
	}
	return out
}

// Stop ends sampling and returns the profile.
func (s *HeapSampler) Stop() *HeapProfile {
	if s.rt.heapSampler == s {
		s.rt.heapSampler = nil
		s.rt.heap.SampleIn(-1)
	}
	return s.Profile()
}
