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
