package vm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parsedSnapshot is a .heapsnapshot read back with encoding/json, with the
// structural checks a DevTools loader relies on.
type parsedSnapshot struct {
	Snapshot struct {
		Meta struct {
			NodeFields []string `json:"node_fields"`
			NodeTypes  []any    `json:"node_types"`
			EdgeFields []string `json:"edge_fields"`
			EdgeTypes  []any    `json:"edge_types"`
		} `json:"meta"`
		NodeCount int `json:"node_count"`
		EdgeCount int `json:"edge_count"`
	} `json:"snapshot"`
	Nodes   []int    `json:"nodes"`
	Edges   []int    `json:"edges"`
	Strings []string `json:"strings"`
}

func takeSnapshot(t *testing.T, rt *Runtime) *parsedSnapshot {
	t.Helper()
	var b bytes.Buffer
	if err := rt.WriteHeapSnapshot(&b, HeapSnapshotOptions{}); err != nil {
		t.Fatal(err)
	}
	var s parsedSnapshot
	if err := json.Unmarshal(b.Bytes(), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	const nf, ef = 7, 3
	if len(s.Snapshot.Meta.NodeFields) != nf || len(s.Snapshot.Meta.EdgeFields) != ef {
		t.Fatalf("meta: %d node fields, %d edge fields", len(s.Snapshot.Meta.NodeFields), len(s.Snapshot.Meta.EdgeFields))
	}
	n := len(s.Nodes) / nf
	if len(s.Nodes)%nf != 0 || n != s.Snapshot.NodeCount || len(s.Edges) != ef*s.Snapshot.EdgeCount {
		t.Fatalf("counts: %d node ints for %d nodes, %d edge ints for %d edges", len(s.Nodes), s.Snapshot.NodeCount,
			len(s.Edges), s.Snapshot.EdgeCount)
	}
	ids := map[int]bool{}
	total := 0
	for i := 0; i < n; i++ {
		if name := s.Nodes[i*nf+1]; name < 0 || name >= len(s.Strings) {
			t.Fatalf("node %d: name %d out of range", i, name)
		}
		if ids[s.Nodes[i*nf+2]] {
			t.Fatalf("node %d: id %d repeated", i, s.Nodes[i*nf+2])
		}
		ids[s.Nodes[i*nf+2]] = true
		total += s.Nodes[i*nf+4]
	}
	if total != s.Snapshot.EdgeCount {
		t.Fatalf("the nodes' edge counts add up to %d, not %d", total, s.Snapshot.EdgeCount)
	}
	reached := make([]bool, n)
	reached[0] = true
	stack := []int{0}
	first := make([]int, n+1)
	for i := 0; i < n; i++ {
		first[i+1] = first[i] + s.Nodes[i*nf+4]
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for e := first[i]; e < first[i+1]; e++ {
			typ, name, to := s.Edges[e*ef], s.Edges[e*ef+1], s.Edges[e*ef+2]
			if typ != int(edgeElement) && typ != int(edgeHidden) && (name < 0 || name >= len(s.Strings)) {
				t.Fatalf("edge %d: name %d out of range", e, name)
			}
			if to%nf != 0 || to/nf >= n {
				t.Fatalf("edge %d: target %d out of range", e, to)
			}
			if !reached[to/nf] {
				reached[to/nf] = true
				stack = append(stack, to/nf)
			}
		}
	}
	for i, ok := range reached {
		if !ok {
			t.Fatalf("node %d (%s) is not reachable from the root", i, s.Strings[s.Nodes[i*nf+1]])
		}
	}
	return &s
}

// A snapshot is the collector's view of the heap: every cell a collection
// would keep is a node (the live count after a collection equals the
// cells the snapshot names), and taking one allocates, frees and moves
// nothing.
func TestHeapSnapshotIsTheCollectorsGraph(t *testing.T) {
	for _, stress := range []bool{false, true} {
		rt := New(Options{GCStress: stress})
		runTestScript(t, rt, `
			class Foo { constructor(n) { this.n = n; this[Symbol.for('tag')] = 'foo' + n; } }
			var keep = [new Foo(1), new Foo(2), new Map([[{}, 'v']]), new Set(['s']), 1.5, 'a' + Math.random()];
			function outer() { let captured = { deep: [keep] }; return () => captured; }
			var fn = outer();
			var rope = 'x'.repeat(20) + 'y'.repeat(20);
			var wr = new WeakRef(keep[0]);
			var gen = (function* g() { const held = { inGen: 1 }; yield held; })(); gen.next();
		`)
		rt.CollectGarbage()
		objs, strs, syms, bigs := rt.objs.Count(), rt.strs.Count(), rt.syms.Count(), rt.bigs.Count()
		s := takeSnapshot(t, rt)
		if o, st := rt.objs.Count(), rt.strs.Count(); o != objs || st != strs {
			t.Errorf("stress %v: the snapshot changed the heap: %d → %d objects, %d → %d strings", stress, objs, o, strs, st)
		}
		cells := 0
		for i := 0; i < len(s.Nodes)/7; i++ {
			if s.Nodes[i*7] != int(snapSynthetic) {
				cells++
			}
		}
		if live := objs + strs + syms + bigs; cells != live {
			t.Errorf("stress %v: %d cells in the snapshot, %d live after a collection", stress, cells, live)
		}
		// The roots come in map order (atoms), so the listing's order may
		// change; the graph by ids may not.
		if a, b := s.byID(), takeSnapshot(t, rt).byID(); !cmp.Equal(a, b) {
			t.Errorf("stress %v: a second snapshot of the same heap differs: %s", stress, cmp.Diff(a, b))
		}
	}
}

// byID is the graph keyed by node id: each node's type, name, size and
// sorted edges (type, name or index, target id).
func (s *parsedSnapshot) byID() map[int]string {
	out := map[int]string{}
	first := 0
	for i := 0; i < len(s.Nodes)/7; i++ {
		n := s.Nodes[i*7 : i*7+7]
		var edges []string
		for e := first; e < first+n[4]; e++ {
			typ, name, to := s.Edges[e*3], s.Edges[e*3+1], s.Edges[e*3+2]
			label := fmt.Sprint(name)
			if typ != int(edgeElement) && typ != int(edgeHidden) {
				label = s.Strings[name]
			}
			edges = append(edges, fmt.Sprintf("%d %s %d", typ, label, s.Nodes[to+2]))
		}
		first += n[4]
		sort.Strings(edges)
		out[n[2]] = fmt.Sprintf("%d %q %d %v", n[0], s.Strings[n[1]], n[3], edges)
	}
	return out
}
