package vm

import "testing"

func evalString(t *testing.T, rt *Runtime, src string) string {
	t.Helper()
	var out Value
	if exc := rt.Try(func() { out = rt.Call(rt.realm.Eval, Undefined, rt.NewString(src)) }); exc != nil {
		t.Fatalf("%s threw %s", src, rt.ToGoString(exc.Value))
	}
	return rt.ToGoString(out)
}

// TestLazyFamiliesAsProgramsSeeThem checks what a program can do to a
// family's globals before the family is made: the stand-ins must behave as
// the data properties they stand for (TestDeferredBuiltinsMatchBuiltinsMadeAtOnce
// compares every property once made).
func TestLazyFamiliesAsProgramsSeeThem(t *testing.T) {
	cases := []struct {
		name, src, want string
		need            int    // an init made from Go afterwards, as a serializer would
		after           string // then evaluated, giving want again
	}{
		{"a descriptor is the data property", `const d = Object.getOwnPropertyDescriptor(globalThis, 'Uint8Array');
			[typeof d.value, d.writable, d.enumerable, d.configurable, d.value.name].join()`, "function,true,false,true,Uint8Array", -1, ""},
		{"the key keeps its place", `const k = Object.getOwnPropertyNames(globalThis); k.indexOf('Date') < k.indexOf('ArrayBuffer')`, "true", -1, ""},
		{"a deleted global stays deleted", `delete globalThis.Date; typeof Date`, "undefined", initDate, `typeof Date`},
		{"a replaced global stays replaced", `delete globalThis.Math; globalThis.Math = 5; Math`, "5", initMath, `Math`},
		{"an assignment replaces the value", `Date = 7; [Date, Object.getOwnPropertyDescriptor(globalThis, 'Date').enumerable].join()`, "7,false", -1, ""},
		{"an assignment through an heir lands on the heir", `const o = Object.create(globalThis); o.Math = 1;
			[o.Math, typeof Math, Object.hasOwn(o, 'Math')].join()`, "1,object,true", -1, ""},
		{"in and typeof do not need the family", `['Float64Array' in globalThis, typeof Float64Array].join()`, "true,function", -1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rt := New(Options{StackValues: 1 << 12, MaxCallDepth: 100})
			if got := evalString(t, rt, c.src); got != c.want {
				t.Errorf("%s = %q, want %q", c.src, got, c.want)
			}
			if c.need >= 0 {
				rt.realm.need(c.need)
				if got := evalString(t, rt, c.after); got != c.want {
					t.Errorf("after the family was made, %s = %q, want %q", c.after, got, c.want)
				}
			}
		})
	}
}

// TestLazyFamiliesFromGo makes a family's objects from Go before any
// program touched its globals, as the host does (a Buffer, a deserialized
// Date).
func TestLazyFamiliesFromGo(t *testing.T) {
	rt := New(Options{StackValues: 1 << 12, MaxCallDepth: 100})
	rt.defineData(rt.realm.GlobalThis, rt.keyFor("u8"), rt.NewUint8Array([]byte{1, 2, 3}), attrDefault)
	if got := evalString(t, rt, `[u8 instanceof Uint8Array, u8.subarray(1).join('-'), Object.getPrototypeOf(u8) === Uint8Array.prototype].join()`); got != "true,2-3,true" {
		t.Errorf("a Uint8Array made from Go: %s", got)
	}
}

// TestLazyFamiliesOfAReplacedGlobal: a host may put another object in
// GlobalThis (node's vm contexts put a proxy there); the family is made on
// the global the realm was made with.
func TestLazyFamiliesOfAReplacedGlobal(t *testing.T) {
	rt := New(Options{StackValues: 1 << 12, MaxCallDepth: 100})
	r := rt.realm
	made := r.GlobalThis
	r.GlobalThis = rt.NewObject()
	r.need(initDate)
	if d, ok := rt.getOwnProperty(made, rt.keyFor("Date")); !ok || d.Attrs&attrAccessor != 0 || !rt.isCallable(d.Value) {
		t.Errorf("Date on the global the realm was made with: %+v, %v", d, ok)
	}
	if _, ok := rt.getOwnProperty(r.GlobalThis, rt.keyFor("Date")); ok {
		t.Error("the family was defined on the object the host put in GlobalThis")
	}
}
