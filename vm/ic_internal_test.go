package vm

import "testing"

// TestAddCachesOutliveUnrelatedPrototypeChanges checks that rt.addEpoch,
// which every cached property add records, moves only for a change to an
// object a cached add relied on (see chainAllowsAdd): setting prototypes
// or defining accessors elsewhere, as class-heavy code and libraries do at
// start-up, used to make every cached add in the runtime miss for good.
func TestAddCachesOutliveUnrelatedPrototypeChanges(t *testing.T) {
	const cached = `function add(o) { o.x = 1 }
		const proto = {}, other = {};
		for (let i = 0; i < 3; i++) add(Object.create(proto));
		globalThis.proto = proto; globalThis.other = other; `
	for _, tt := range []struct {
		name  string
		src   string
		moves bool
	}{
		{"setPrototypeOf of an object on no cached chain keeps the epoch", `Object.setPrototypeOf(other, {})`, false},
		{"a __proto__ assignment elsewhere keeps the epoch", `other.__proto__ = Array.prototype`, false},
		{"an accessor defined elsewhere keeps the epoch", `Object.defineProperty(other, 'x', { set(v) {} })`, false},
		{"a class with a getter keeps the epoch", `class A { get x() { return 1 } }; class B extends A {}`, false},
		{"setPrototypeOf of the cached receivers' prototype moves it", `Object.setPrototypeOf(proto, {})`, true},
		{"an accessor on the prototype moves it", `Object.defineProperty(proto, 'y', { get() {} })`, true},
		{"an accessor on Object.prototype, further up the chain, moves it", `Object.defineProperty(Object.prototype, 'zz', { set(v) {}, configurable: true })`, true},
		{"freezing the prototype moves it", `proto.y = 1; Object.freeze(proto)`, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rt := New(Options{})
			runTestScript(t, rt, cached)
			before := rt.addEpoch
			runTestScript(t, rt, tt.src)
			if moved := rt.addEpoch != before; moved != tt.moves {
				t.Errorf("addEpoch moved: %v, want %v", moved, tt.moves)
			}
		})
	}
}

// TestAddCacheMissesWhenItsPrototypeDies checks that freeing an object a
// cached add relied on moves rt.addEpoch: the cache keeps its handle, which
// a new object may get, with other properties and another chain.
func TestAddCacheMissesWhenItsPrototypeDies(t *testing.T) {
	rt := New(Options{})
	runTestScript(t, rt, `function add(o) { o.x = 1 }
		for (let i = 0; i < 3; i++) add(Object.create({}))`)
	before := rt.addEpoch
	rt.CollectGarbage()
	if rt.addEpoch == before {
		t.Error("addEpoch did not move when the cached receivers' prototypes were freed")
	}
}

// TestPolymorphicReadsSeeChangesOnTheChain checks the reads getPropIC makes
// from a polymorphic site's entries without polyGet (own data properties,
// and data properties of prototypes with shared shapes, one or more links
// up): each must miss once an object on its way changes. The expected
// output is node's (v20, the script printed with node -p).
func TestPolymorphicReadsSeeChangesOnTheChain(t *testing.T) {
	rt := New(Options{})
	got := rt.GoString(runTestScript(t, rt, `
		class Base { m() { return 'base' } }
		class Mid extends Base {}
		class A extends Mid { constructor() { super(); this.a = 1 } }
		class B extends Mid { constructor() { super(); this.b = 1 } }
		class C extends Base { constructor() { super(); this.c = 1 } }
		class D { constructor() { this.d = 1 } m() { return 'own-D' } }
		function call(o) { return o.m() }
		function field(o) { return o.x }
		const objs = [new A, new B, new C, new D];
		const recs = [{ x: 1 }, { y: 0, x: 2 }, { z: 0, y: 0, x: 3 }, Object.create({ x: 4 })];
		const out = [];
		const round = () => { out.push(objs.map(call).join(), recs.map(field).join()) };
		round(); round();
		Mid.prototype.m = function () { return 'mid' };
		round();
		delete Mid.prototype.m;
		round();
		for (let i = 0; i < 300; i++) Base.prototype['p' + i] = i;
		round();
		Base.prototype.m = function () { return 'base2' };
		round();
		Object.setPrototypeOf(Mid.prototype, { m() { return 'other' } });
		round();
		recs[0].x = 10; Object.getPrototypeOf(recs[3]).x = 40; recs[1].x = undefined;
		round();
		Object.defineProperty(Object.getPrototypeOf(recs[3]), 'x', { get() { return 'getter' } });
		round();
		out.join(';')`))
	want := "base,base,base,own-D;1,2,3,4;base,base,base,own-D;1,2,3,4;mid,mid,base,own-D;1,2,3,4;" +
		"base,base,base,own-D;1,2,3,4;base,base,base,own-D;1,2,3,4;base2,base2,base2,own-D;1,2,3,4;" +
		"other,other,base2,own-D;1,2,3,4;other,other,base2,own-D;10,,3,40;other,other,base2,own-D;10,,3,getter"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if len(rt.polyICs) == 0 {
		t.Error("no site became polymorphic: the test no longer reads through polymorphic entries")
	}
}
