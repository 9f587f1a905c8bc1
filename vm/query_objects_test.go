package vm

import "testing"

// QueryObjects finds exactly the live objects that inherit from the
// prototype: instances and subclass prototypes, a proxy's target but not
// the proxy, nothing unreachable (collected or not), and it leaves the
// heap as it was.
func TestQueryObjectsCountsLiveInheritors(t *testing.T) {
	for _, stress := range []bool{false, true} {
		rt := New(Options{GCStress: stress})
		runTestScript(t, rt, `
			class A {}
			class B extends A {}
			var keep = [new A(), new A(), new B(), new Proxy(new B(), {})];
			(function () { for (let i = 0; i < 10; i++) new A(); })();
			var protoA = A.prototype, protoB = B.prototype;
		`)
		protoA := rt.GetS(rt.Global(), "protoA")
		protoB := rt.GetS(rt.Global(), "protoB")
		objs := rt.objs.Count()
		// A's: the 2 A instances, the 2 B instances (one behind the proxy)
		// and B.prototype. B's: the 2 B instances.
		if got := len(rt.QueryObjects(protoA)); got != 5 {
			t.Errorf("stress %v: %d objects inherit from A.prototype, want 5", stress, got)
		}
		if got := len(rt.QueryObjects(protoB)); got != 2 {
			t.Errorf("stress %v: %d objects inherit from B.prototype, want 2", stress, got)
		}
		if o := rt.objs.Count(); o != objs {
			t.Errorf("stress %v: the query changed the heap: %d → %d objects", stress, objs, o)
		}
	}
}
