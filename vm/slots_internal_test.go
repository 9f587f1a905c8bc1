package vm

import "testing"

// TestObjectsGetTheSlotsTheirShapeNeeds checks pushSlot's sizing: objects
// made the same way after the first get room for exactly their properties,
// and an object that goes on growing still grows by doubling once past
// exactSlots, so adding many keys stays amortised.
func TestObjectsGetTheSlotsTheirShapeNeeds(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  string
		want int // slot capacity of the last object made
	}{
		{"a literal of three properties", `let o; for (let i = 0; i < 3; i++) o = {a: i, b: i, c: i}; o`, 3},
		{"a class instance of five fields", `class C { constructor(i) { this.a = i; this.b = i; this.c = i; this.d = i; this.e = i } }
			let o; for (let i = 0; i < 3; i++) o = new C(i); o`, 5},
		{"an empty object given one property", `let o; for (let i = 0; i < 3; i++) { o = {}; o.x = i } o`, 1},
		{"an object that grows past its siblings", `for (let i = 0; i < 3; i++) ({a: 1, b: 2});
			const o = {a: 1, b: 2}; o.c = 3; o`, 3},
		{"an object filled with twenty keys", `const o = {}; for (let i = 0; i < 20; i++) o['k' + i] = i; o`, 32},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rt := New(Options{})
			v := runTestScript(t, rt, tt.src)
			o := rt.obj(v)
			if rt.capOf(o.slots) != tt.want {
				t.Errorf("slot capacity %d for %d properties, want %d", rt.capOf(o.slots), o.slots.n, tt.want)
			}
		})
	}
}
