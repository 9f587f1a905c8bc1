package vm

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
)

// The profiler test raises the sampling flag itself, from a native function
// the script calls, so which stacks get sampled does not depend on time.
func TestProfileRecordsTheJavaScriptStack(t *testing.T) {
	const src = "function outer() { return inner(); }\n" +
		"function inner() {\n" +
		"  sample();\n" +
		"  for (let i = 0; i < 2; i++) {} // one back-edge: a safepoint inside inner\n" +
		"  return 1;\n" +
		"}\n" +
		"outer(); outer();\n"
	prog, err := parser.Parse(src, "/app/main.js", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := compiler.Script(prog, compiler.Options{Filename: "/app/main.js", Source: prog.Source})
	if err != nil {
		t.Fatal(err)
	}
	rt := New(Options{})
	rt.DefineValue(rt.Global(), "sample", rt.NewNativeFunction("sample", 0, func(rt *Runtime, this Value, args []Value) Value {
		profileDue.Store(true)
		return Undefined
	}))
	prof := rt.StartProfile(time.Hour) // the ticker never fires during the test
	if exc := rt.Try(func() { rt.RunScript(p) }); exc != nil {
		t.Fatalf("the script threw %s", rt.GoString(exc.Value))
	}
	got := prof.Stop()

	type frame struct {
		Name       string
		URL        string
		Line, Col  int
		Hits       int
		LineTicks  []PositionTick
		ChildCount int
	}
	var frames []frame
	for _, n := range got.Nodes {
		frames = append(frames, frame{n.CallFrame.FunctionName, n.CallFrame.URL, n.CallFrame.LineNumber, n.CallFrame.ColumnNumber, n.HitCount, n.PositionTicks, len(n.Children)})
	}
	want := []frame{
		{Name: "(root)", Line: -1, Col: -1, ChildCount: 1},
		{Name: "", URL: "file:///app/main.js", ChildCount: 1},
		{Name: "outer", URL: "file:///app/main.js", Line: 0, Col: 0, ChildCount: 1},
		{Name: "inner", URL: "file:///app/main.js", Line: 1, Col: 0, Hits: 2, LineTicks: []PositionTick{{Line: 4, Ticks: 2}}},
	}
	if diff := cmp.Diff(want, frames); diff != "" {
		t.Errorf("call tree (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{4, 4}, got.Samples); diff != "" {
		t.Errorf("samples (-want +got):\n%s", diff)
	}
	if len(got.TimeDeltas) != len(got.Samples) {
		t.Errorf("%d time deltas for %d samples", len(got.TimeDeltas), len(got.Samples))
	}
}

func TestProfileIgnoresRuntimesNotProfiled(t *testing.T) {
	rt := New(Options{})
	other := New(Options{})
	prof := other.StartProfile(time.Hour)
	defer prof.Stop()
	profileDue.Store(true)
	rt.profileSafepoint()
	if !profileDue.Load() {
		t.Error("a runtime without a profiler took the sample meant for another")
	}
	other.profileSafepoint()
	if profileDue.Load() {
		t.Error("the profiled runtime left the flag raised")
	}
}
