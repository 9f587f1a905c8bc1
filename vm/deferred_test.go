package vm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// describeRealm walks every object reachable from the roots it is given
// (the global object and the realm's intrinsics) through prototypes and
// property descriptors, never calling a getter, and describes each: its
// prototype and its own keys in order, with their attributes and values,
// objects named by the order the walk meets them.
const describeRealm = `((roots) => {
  const ids = new Map(), queue = [], out = [];
  const show = (v) => {
    if ((typeof v !== 'object' || v === null) && typeof v !== 'function') {
      return typeof v === 'symbol' ? String(v) : typeof v + ':' + String(v);
    }
    if (!ids.has(v)) { ids.set(v, ids.size); queue.push(v); }
    return '#' + ids.get(v);
  };
  roots.forEach(show);
  for (let i = 0; i < queue.length; i++) {
    const o = queue[i], parts = ['proto ' + show(Object.getPrototypeOf(o)), 'extensible ' + Object.isExtensible(o)];
    for (const k of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      let s = String(k) + ' ' + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
      s += 'value' in d ? (d.writable ? 'w ' : '- ') + show(d.value) : ' get ' + show(d.get) + ' set ' + show(d.set);
      parts.push(s);
    }
    out.push(i + ': ' + parts.join('; '));
  }
  return out.join('\n');
})`

// describe describes a new realm's built-ins, made at once or deferred.
// The walk starts from the global object alone or, with intrinsics, from
// the realm's intrinsics too, which a deferred realm's lazy families (see
// lazyfamily.go) make first, as the Go code reading them does.
func describe(t *testing.T, deferred, intrinsics bool) (string, *Runtime) {
	t.Helper()
	saved := deferBuiltins
	deferBuiltins = deferred
	defer func() { deferBuiltins = saved }()
	rt := New(Options{StackValues: 1 << 16, MaxCallDepth: 200})
	r := rt.realm
	roots := []Value{r.GlobalThis}
	if !intrinsics {
		return describeFrom(t, rt, roots), rt
	}
	for i := range lazyGlobals {
		r.need(i)
	}
	for _, v := range r.values() {
		roots = append(roots, *v)
	}
	roots = append(roots, r.TypedArrayPrototypes[:]...)
	roots = append(roots, r.TypedArrayCtors[:]...)
	// Not r.Extra nor r.regexpState: some of these (RegExp's pristine snapshot, Intl's
	// prototypes) exist only once their objects are reified, and those
	// objects are reachable from the roots above.
	return describeFrom(t, rt, roots), rt
}

func describeFrom(t *testing.T, rt *Runtime, roots []Value) string {
	t.Helper()
	r := rt.realm
	var out Value
	if exc := rt.Try(func() {
		fn := rt.Call(r.Eval, Undefined, rt.NewString(describeRealm))
		out = rt.Call(fn, Undefined, rt.NewArray(roots))
	}); exc != nil {
		t.Fatalf("describing the realm threw %s", rt.ToGoString(exc.Value))
	}
	return rt.ToGoString(out)
}

func TestDeferredBuiltinsMatchBuiltinsMadeAtOnce(t *testing.T) {
	for _, intrinsics := range []bool{false, true} {
		eager, _ := describe(t, false, intrinsics)
		lazy, rt := describe(t, true, intrinsics)
		if n := strings.Count(eager, "\n") + 1; n < 500 {
			t.Fatalf("the walk met only %d objects", n)
		}
		if diff := cmp.Diff(eager, lazy); diff != "" {
			t.Errorf("built-ins made on first look differ from built-ins made at once (walk from the intrinsics too: %v; -at once +deferred):\n%s", intrinsics, diff)
		}
		// Some intrinsics (the iterator prototypes) are not reachable from
		// the global object.
		if intrinsics && (len(rt.deferred) != 0 || rt.deferredProps != nil) {
			t.Errorf("after a walk over every built-in (from the intrinsics too: %v), %d objects are still deferred (records kept: %v)", intrinsics, len(rt.deferred), rt.deferredProps != nil)
		}
		if rt.realm.pending != 0 {
			t.Errorf("after a walk over every built-in, families %b are still to make", rt.realm.pending)
		}
	}
}

// TestANewRealmFitsItsRecords checks the sizes New and NewRealm make the
// deferral's tables with: a realm's records fit without the slice or the
// map growing while it is made.
func TestANewRealmFitsItsRecords(t *testing.T) {
	rt := New(Options{StackValues: 1 << 10, MaxCallDepth: 100})
	if n := len(rt.deferredProps); n > realmDeferredProps || cap(rt.deferredProps) != realmDeferredProps {
		t.Errorf("a new realm recorded %d definitions (capacity now %d), more than the %d made room for", n, cap(rt.deferredProps), realmDeferredProps)
	}
	if n := len(rt.deferred); n > realmDeferredObjects {
		t.Errorf("a new realm deferred %d objects, more than the map's hint of %d", n, realmDeferredObjects)
	}
}

func TestANewRealmDefersMostBuiltins(t *testing.T) {
	rt := New(Options{StackValues: 1 << 10, MaxCallDepth: 100})
	// The families made on first use (lazyfamily.go) record nothing.
	if len(rt.deferred) < 40 || len(rt.deferredProps) < 300 {
		t.Errorf("a new realm defers %d objects with %d definitions, want most of them (over 40 and 300)", len(rt.deferred), len(rt.deferredProps))
	}
	for i, globals := range lazyGlobals {
		if globals != nil && rt.realm.pending&(1<<i) == 0 {
			t.Errorf("a new realm made the family of %s, which waits for first use", globals[0])
		}
	}
}
