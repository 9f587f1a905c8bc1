package vm

import (
	"testing"

	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
)

func runTestScript(t *testing.T, rt *Runtime, src string) Value {
	t.Helper()
	prog, err := parser.Parse(src, "/app/main.js", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := compiler.Script(prog, compiler.Options{Filename: "/app/main.js", Source: prog.Source})
	if err != nil {
		t.Fatal(err)
	}
	var v Value
	if exc := rt.Try(func() { v = rt.RunScript(p) }); exc != nil {
		t.Fatalf("the script threw %s", rt.GoString(exc.Value))
	}
	return v
}

// JavaScript that a native calls (a forEach callback, a module body run by
// require) roots what it makes in its registers, not in the native's temp
// roots: those last until the native returns, and before this test every
// object such a callback made lived that long.
func TestGarbageOfACallbackIsCollectedBeforeTheNativeReturns(t *testing.T) {
	rt := New(Options{})
	var during int
	rt.DefineValue(rt.Global(), "countLive", rt.NewNativeFunction("countLive", 0, func(rt *Runtime, this Value, args []Value) Value {
		rt.collect()
		during = rt.objs.Count()
		return Undefined
	}))
	before := rt.objs.Count()
	got := runTestScript(t, rt, `
		let kept;
		[1].forEach(() => {
			for (let i = 0; i < 100000; i++) { const o = {a: i, b: [i]}; if (i === 500) kept = o; }
			countLive();
		});
		kept.b[0];
	`)
	if got != Int(500) {
		t.Errorf("the kept object's element is %v, want 500", got)
	}
	if during > before+1000 {
		t.Errorf("%d objects live inside the callback, %d before the script: its garbage was kept", during, before)
	}
}

// What the JavaScript hands back to the native stays rooted while the
// native goes on to call more JavaScript, as its own allocations do.
func TestACallbacksResultSurvivesTheNativesNextCall(t *testing.T) {
	rt := New(Options{})
	rt.DefineValue(rt.Global(), "twice", rt.NewNativeFunction("twice", 1, func(rt *Runtime, this Value, args []Value) Value {
		first := rt.Call(args[0], Undefined)
		rt.Call(args[0], Undefined)
		rt.collect()
		return rt.Get(first, rt.atom("x"))
	}))
	got := runTestScript(t, rt, `twice(() => ({x: 'kept'}))`)
	if s := rt.GoString(got); s != "kept" {
		t.Errorf("twice returned %q, want \"kept\"", s)
	}
}

// A callback's number or boolean needs no root: a sort with a comparator
// calls it millions of times within one native call.
func TestACallbacksNumbersAreNotKept(t *testing.T) {
	rt := New(Options{})
	var grew int
	rt.DefineValue(rt.Global(), "callMany", rt.NewNativeFunction("callMany", 1, func(rt *Runtime, this Value, args []Value) Value {
		before := len(rt.tempRoots)
		for range 10000 {
			rt.Call(args[0], Undefined)
		}
		grew = len(rt.tempRoots) - before
		return Undefined
	}))
	runTestScript(t, rt, `callMany(() => 1.5)`)
	if grew != 0 {
		t.Errorf("10000 calls returning a number added %d temp roots", grew)
	}
}

// What the interpreter's Go helpers keep for themselves (Keep: an async
// function's promise while its body first runs) is dropped at the loop's
// next collecting safepoint and when a host's call returns: before, a loop
// calling an async function kept every promise it made, and so did every
// call an event loop made into JavaScript, for good.
func TestHelpersTempRootsDoNotAccumulate(t *testing.T) {
	rt := New(Options{})
	most := 0
	rt.DefineValue(rt.Global(), "probe", rt.NewNativeFunction("probe", 0, func(rt *Runtime, this Value, args []Value) Value {
		most = max(most, len(rt.tempRoots))
		return Undefined
	}))
	runTestScript(t, rt, `
		async function f(i) { return i; }
		for (let i = 0; i < 300000; i++) { f(i); if (i % 1000 === 0) probe(); }`)
	// Collections come every few megabytes of allocation, so what is kept
	// between two is bounded by that, not by the number of calls.
	if most > 150000 {
		t.Errorf("tempRoots reached %d entries in a loop of 300,000 async calls", most)
	}
	fn := runTestScript(t, rt, "(function () { for (let i = 0; i < 1000; i++) f(i); })")
	for range 10 {
		rt.Call(fn, Undefined)
	}
	if n := len(rt.tempRoots); n != 0 {
		t.Errorf("%d temp roots left after host calls", n)
	}
}

// A frame's registers past its code's NInit are not cleared when it is
// pushed, so a register can hold what a frame that returned left in the
// slot. A collection must leave no handle it frees in the slots past what
// it scans, or a later frame's collection would find one there.
func TestACollectionClearsTheSlotsAboveTheFrames(t *testing.T) {
	rt := New(Options{})
	var dead []int
	rt.DefineValue(rt.Global(), "collectNow", rt.NewNativeFunction("collectNow", 0, func(rt *Runtime, this Value, args []Value) Value {
		rt.collect()
		top := rt.sp
		for i := range rt.frames {
			top = max(top, rt.frames[i].base+rt.frames[i].code.NRegs)
		}
		for i := top; i < len(rt.stack) && i < top+1000; i++ {
			if rt.stack[i].IsHeap() {
				dead = append(dead, i)
			}
		}
		return Undefined
	}))
	runTestScript(t, rt, `
		function deep(n) { const a = [n], b = {n}, c = [a, b]; return n > 0 ? deep(n - 1) + c.length : 0; }
		deep(20);
		collectNow();
	`)
	if len(dead) > 0 {
		t.Errorf("after a collection, slots %v above the frames still hold heap values", dead)
	}
}
