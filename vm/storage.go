package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// Object cells are pointer-free (DESIGN.md, gc): everything variable-length
// an object owns lives outside the cell, reached through integers the Go
// collector does not trace —
//   - property values and elements in the runtime's gc.Arena (a vec is a
//     reference, a length and a capacity),
//   - the shape as an index into rt.shapes,
//   - Go-side data (a compiled function, a regexp program, a Map's index)
//     as an index into rt.hosts.
// So a heap of millions of objects is a few large no-scan allocations to
// Go, and only Kiln's collector walks the object graph.
//
// A []Value obtained from vals aliases arena storage: it stays valid until
// that vec is reallocated (a push past its capacity, setVals, resize) or
// freed, so code must fetch it again after any such change, and after any
// call into JavaScript, which may change the object.

// vec is a variable-length run of Values in the arena: a reference and a
// length. Its capacity is the arena's to know (capOf), which keeps an
// Object cell's two vecs at 8 bytes each.
type vec struct {
	ref gc.Ref
	n   uint32
}

// A vec may point at pinned storage (gc.Arena.AllocPinned) that many
// objects share: a closure's name and length come from its code's
// template until something changes them. Its owners never write or free
// it: the primitives below copy it first (own), and since its capacity is
// exactly its length, anything appending copies it. Code that writes a
// slot in place calls own first unless the slot is writable data, which
// template slots never are.

// own makes v's storage v's alone, copying it if it is shared.
func (rt *Runtime) own(v *vec) {
	if v.ref == 0 || !rt.arena.Pinned(v.ref) {
		return
	}
	shared := v.ref
	v.ref = rt.allocVals(int(v.n))
	copy(rt.vals(*v), rt.arena.Slice(shared, int(v.n), int(v.n)))
}

// capOf returns the number of Values v's storage has room for.
func (rt *Runtime) capOf(v vec) int { return rt.arena.Cap(v.ref) }

// vals returns v's contents as a slice aliasing the arena. Its capacity is
// its length: appending to it copies rather than writing past v's length
// into storage v does not count.
func (rt *Runtime) vals(v vec) []Value {
	return rt.arena.Slice(v.ref, int(v.n), int(v.n))
}

// setVals replaces v's contents with a copy of xs.
func (rt *Runtime) setVals(v *vec, xs []Value) {
	if v.ref != 0 && rt.arena.Pinned(v.ref) {
		*v = vec{} // xs may alias it: the shared storage stays as it is
	}
	if c := rt.capOf(*v); len(xs) > c || (c > 16 && len(xs) < c/4) {
		// Growing leaves headroom (contents replaced by a longer copy of
		// themselves, as in push, must stay amortised O(1)).
		want := len(xs)
		if len(xs) > c && c > 0 {
			want = max(want, c*2)
		}
		rt.freeVec(v)
		if len(xs) == 0 {
			return
		}
		v.ref = rt.allocVals(want)
	}
	v.n = uint32(len(xs))
	copy(rt.vals(*v), xs)
}

func (rt *Runtime) allocVals(n int) gc.Ref {
	r, c := rt.arena.Alloc(n)
	if r == 0 {
		// The arena is full: out of memory, whatever the heap limit.
		panic(&HeapLimitError{Live: rt.heap.Stats.LiveBytes})
	}
	rt.heap.Charge(c * 8)
	return r
}

// appendVec appends the contents of src to v (src may not be v).
func (rt *Runtime) appendVec(v *vec, src vec) {
	n := int(v.n) + int(src.n)
	if n > rt.capOf(*v) {
		rt.grow(v, n)
	}
	old := int(v.n)
	v.n = uint32(n)
	copy(rt.vals(*v)[old:], rt.vals(src))
}

// push appends x to v.
func (rt *Runtime) push(v *vec, x Value) {
	if int(v.n) == rt.capOf(*v) {
		rt.grow(v, int(v.n)+1)
	}
	v.n++
	rt.arena.Put(v.ref, int(v.n-1), x)
}

// pushSlot appends x to o's property values, o's shape having just gained
// the key. When the slots must grow, the shape says how big objects that
// passed through it have become (V8 learns an initial size per
// constructor by slack tracking for the same end): an object built as
// {a, b, c} or by a constructor that sets five fields gets exactly the room
// it needs instead of doubling from four, which left a quarter to a half of
// small objects' slots empty. The hint is bounded so that one big object
// sharing a shape's prefix cannot make every small one big: no object gets
// room for more than twice the properties it has (or four). An object in
// a shape no object has grown past gets no more room than it needs while
// it is small: objects stop where their kind stops, and the one that grows
// further, the first of its kind or an object used as a map, pays a copy
// per property only up to exactSlots, then grows by doubling.
func (rt *Runtime) pushSlot(o *Object, x Value) {
	v := &o.slots
	if int(v.n) == rt.capOf(*v) {
		n := int(v.n) + 1
		switch s := rt.shapes[o.shape]; {
		case s.dict:
			rt.grow(v, n)
		case int(s.width) > n:
			rt.growTo(v, min(int(s.width), max(2*n, 4)))
		case n <= exactSlots:
			rt.growTo(v, n)
		default:
			rt.grow(v, n)
		}
	}
	v.n++
	rt.arena.Put(v.ref, int(v.n-1), x)
}

const exactSlots = 8

// grow makes room for at least n Values, keeping the contents.
func (rt *Runtime) grow(v *vec, n int) {
	c := rt.capOf(*v)
	if n <= c {
		return
	}
	rt.growTo(v, max(n, c*2, 4))
}

// growTo moves v's contents to storage of capacity c (or the class that
// holds c), which must be at least v's length.
func (rt *Runtime) growTo(v *vec, c int) {
	ref := rt.allocVals(c)
	copy(rt.arena.Slice(ref, int(v.n), rt.arena.Cap(ref)), rt.vals(*v))
	old := v.ref
	v.ref = ref
	if old != 0 && !rt.arena.Pinned(old) {
		rt.arena.Free(old, rt.arena.Cap(old))
	}
}

// resize sets v's length to n, filling new positions with fill.
func (rt *Runtime) resize(v *vec, n int, fill Value) {
	rt.own(v)
	if n > rt.capOf(*v) {
		rt.grow(v, n)
	}
	old := int(v.n)
	v.n = uint32(n)
	s := rt.vals(*v)
	for i := old; i < n; i++ {
		s[i] = fill
	}
	// Cleared tail positions must not keep objects alive or look valid.
	if n < old {
		tail := rt.arena.Slice(v.ref, old, old)[n:old]
		for i := range tail {
			tail[i] = Undefined
		}
	}
}

// removeAt deletes position i, shifting the rest down.
func (rt *Runtime) removeAt(v *vec, i int) {
	rt.own(v)
	s := rt.vals(*v)
	copy(s[i:], s[i+1:])
	s[len(s)-1] = Undefined
	v.n--
}

// freeVec releases v's storage.
func (rt *Runtime) freeVec(v *vec) {
	if v.ref != 0 && !rt.arena.Pinned(v.ref) {
		rt.arena.Free(v.ref, rt.capOf(*v))
	}
	*v = vec{}
}

// hostOf returns the Go-side data of an object (nil when none); a
// closure's is its code, kept in rt.codes (see codeEntry), an
// environment's its layout, kept in rt.layouts.
func (rt *Runtime) hostOf(o *Object) any {
	switch o.class {
	case ClassFunction:
		return rt.codes[o.aux].code
	case ClassEnv:
		return rt.layouts[o.host]
	}
	if o.host == 0 {
		return nil
	}
	return rt.hosts[o.host]
}

// setHost attaches Go-side data to an object, replacing any.
func (rt *Runtime) setHost(o *Object, h any) {
	if o.host != 0 {
		if h != nil {
			rt.hosts[o.host] = h
			return
		}
		rt.freeHost(o)
		return
	}
	if h == nil {
		return
	}
	if n := len(rt.hostFree); n > 0 {
		o.host = rt.hostFree[n-1]
		rt.hostFree = rt.hostFree[:n-1]
		rt.hosts[o.host] = h
		return
	}
	if len(rt.hosts) == 0 {
		rt.hosts = append(rt.hosts, nil) // index 0 means none
	}
	rt.hosts = append(rt.hosts, h)
	o.host = uint32(len(rt.hosts) - 1)
}

func (rt *Runtime) freeHost(o *Object) {
	if r, ok := rt.hosts[o.host].(hostReleaser); ok {
		r.release()
	}
	rt.hosts[o.host] = nil
	rt.hostFree = append(rt.hostFree, o.host)
	o.host = 0
}

// hostReleaser is implemented by host data that something outside its
// object refers to, and that must let go when the object dies.
type hostReleaser interface{ release() }

// shp returns an object's shape, first carrying out a deferred built-in's
// definitions (see deferred.go): every look at own properties comes here.
func (rt *Runtime) shp(o *Object) *Shape {
	if o.flags&objDeferred != 0 {
		rt.reify(o)
	}
	return rt.shapes[o.shape]
}

// freeObject returns what a dead object owned: its arena storage, its host
// data slot and, for a dictionary shape (owned by this object alone), the
// shape's table slot. A cached add that relied on it must miss, as its
// handle may come back as another object.
func (rt *Runtime) freeObject(o *Object) {
	rt.chainChanged(o)
	if o.flags&objDeferred != 0 {
		rt.forgetDeferred(o)
	}
	rt.freeVec(&o.slots)
	rt.freeVec(&o.elems)
	if o.host != 0 && o.class != ClassEnv {
		rt.freeHost(o)
	}
	if s := rt.shapes[o.shape]; s != nil && s.dict {
		rt.releaseShape(s)
	}
	if o.realm == farRealm {
		delete(rt.farRealms, o)
	}
}
