package vm

import (
	"slices"

	"github.com/kilnjs/kiln/gc"
)

// Deferred built-ins.
//
// A realm holds some 530 built-in functions, and a program calls few of
// them: making them all when the realm was created was a tenth of the
// start-up of `console.log("hi")`. So while a realm's built-ins are being defined, the
// definitions made on an object are recorded instead of carried out, and the
// object's shape is swapped for a placeholder; the first time anything looks
// at the object's own properties (every path goes through rt.shp), the real
// shape comes back and the recorded definitions run in their order. The object
// keeps its identity, prototype, class, internal slots and the properties it
// had before the first recorded definition, so code that holds it, or reads
// its internal slots, sees no difference. JavaScriptCore's lazily reified
// static property tables are the same idea.
//
// The placeholder is a dictionary shape: inline caches never record
// dictionary shapes, so no cache can answer for a deferred object without
// the slow path, which reifies it.

// A deferredProp is one recorded definition. The records of all deferred
// objects share one slice (rt.deferredProps), each object's chained through
// next: a realm records some 750 on 120 objects, and a slice per object
// grown by append cost more memory than the functions it put off.
type deferredProp struct {
	fn, set NativeFunc
	run     func()
	// name is the key's name when key is Undefined, else the function's
	// name ("[Symbol.iterator]"); getters and setters add "get "/"set ".
	name   string
	key    PropKey
	v, v2  Value
	next   int32 // the object's next record, -1 after its last
	length int16
	kind   uint8
	attrs  uint8
	// forward is a deferMethod's forwardKind.
	forward forwardKind
}

const (
	deferData     uint8 = iota // v under key
	deferMethod                // a native function made from fn
	deferAccessor              // a getter from fn and a setter from set (either may be nil)
	deferAlias                 // the value of v's own data property name, under key
	deferPair                  // the accessor pair v (getter), v2 (setter) under key
	deferRun                   // call run, which defines a whole family (Realm.Later)
	deferFamily                // the stand-in for a global of the lazy family of init length (lazyfamily.go)
)

// deferredObject is what an object owes while it is deferred.
type deferredObject struct {
	obj   Value
	realm *Realm
	shape uint32 // the object's shape before its first recorded definition
	first int32  // its first and last records in rt.deferredProps
	last  int32
	order []string // V8's key order to put the string keys in, once reified (see builtin_order.go)
	after func()   // runs once the object is reified
}

// deferrable reports whether a definition of key on o may be recorded: only
// named keys of objects whose named properties all live in the shape, and
// never the index keys or an array's length, which fast paths read without
// looking at the shape.
func (rt *Runtime) deferrable(o *Object, key PropKey) bool {
	if !rt.deferring || !shapeHoldsNamed(o.class) && o.class != ClassString {
		return false
	}
	if _, ok := indexKey(key); ok || key == rt.atLength && o.class == ClassArray {
		return false
	}
	if o.flags&objDeferred != 0 {
		return true
	}
	s := rt.shapes[o.shape]
	return !s.dict && o.flags&objExtensible != 0
}

// deferProp records p for o, deferring o if it is not yet.
func (rt *Runtime) deferProp(ov Value, o *Object, p deferredProp) {
	p.next = -1
	i := int32(len(rt.deferredProps))
	rt.deferredProps = append(rt.deferredProps, p)
	d := rt.deferred[o]
	if d == nil {
		rt.deferred[o] = &deferredObject{obj: ov, realm: rt.realm, shape: o.shape, first: i, last: i}
		o.shape = rt.deferredShape.id
		o.flags |= objDeferred
		return
	}
	rt.deferredProps[d.last].next = i
	d.last = i
}

// reify carries out o's recorded definitions.
func (rt *Runtime) reify(o *Object) {
	d := rt.deferred[o]
	delete(rt.deferred, o)
	o.flags &^= objDeferred
	o.shape = d.shape
	prev, deferring := rt.realm, rt.deferring
	rt.setRealm(d.realm)
	rt.deferring = false
	rt.reifying++ // the records stay while any replay walks them
	done := rt.rootScope()
	defer func() {
		done()
		rt.setRealm(prev)
		rt.deferring = deferring
		rt.reifying--
		rt.dropDeferredProps()
	}()
	// A program may have made the object non-extensible before anything
	// read its properties; the recorded ones were there before that.
	ext := o.flags & objExtensible
	o.flags |= objExtensible
	var b reifyBatch
	for i := d.first; i >= 0; {
		p := rt.deferredProps[i]
		i = p.next
		key := p.key
		if key == Undefined {
			key = rt.keyFor(p.name)
		}
		if (p.kind == deferData || p.kind == deferMethod || p.kind == deferFamily) && b.fits(rt, o, key) {
			v, attrs := p.v, p.attrs&(attrWritable|attrEnumerable|attrConfigurable)
			switch p.kind {
			case deferMethod:
				v = rt.newForwarder(p.name, int(p.length), p.fn, p.forward)
			case deferFamily:
				v, attrs = d.realm.familyPair(p.name, int(p.length)), attrAccessor|attrConfigurable
			}
			b.keys = append(b.keys, key)
			b.vals = append(b.vals, v)
			b.attrs = append(b.attrs, attrs)
			continue
		}
		b.flush(rt, o)
		switch p.kind {
		case deferData:
			rt.defineOwnProperty(d.obj, key, dataDesc(p.v, p.attrs), true)
		case deferMethod:
			f := rt.newForwarder(p.name, int(p.length), p.fn, p.forward)
			rt.defineOwnProperty(d.obj, key, dataDesc(f, p.attrs), true)
		case deferAccessor:
			desc := PropDesc{Attrs: p.attrs, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}
			desc.Get, desc.Set = rt.accessorFunctions(p.name, p.fn, p.set)
			rt.defineOwnProperty(d.obj, key, desc, true)
		case deferAlias:
			from, _ := rt.getOwnProperty(p.v, rt.keyFor(p.name))
			rt.defineOwnProperty(d.obj, key, dataDesc(from.Value, p.attrs), true)
		case deferRun:
			p.run()
		case deferFamily:
			d.realm.defineFamilyGlobal(key, p.name, int(p.length))
		case deferPair:
			rt.defineOwnProperty(d.obj, key, PropDesc{Get: p.v, Set: p.v2, Attrs: p.attrs, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}, true)
		}
	}
	b.flush(rt, o)
	o.flags = o.flags&^objExtensible | ext
	if d.order != nil {
		rt.reorderKeys(o, d.order)
	}
	if d.after != nil {
		d.after()
	}
}

// A reifyBatch gathers a run of recorded data properties and methods with
// new named keys, to add them to the object at once: one shape holding all
// of them and one growth of the slots, where defining them one by one made
// a shape, a key-array copy now and then and a slot growth per property.
// Reifying the global object (some sixty properties), which every program
// does, went from 64 µs and 18 page faults to 15 µs and 3 (medians of 300
// hello worlds; some of those faults only move to the next allocations of
// the same sizes, and the hello world as a whole gained ~0.03 ms). The
// batched shape hangs off the object's shape without a transition:
// built-ins are one object per realm, so nothing else would have shared the
// chain (setSlotAttrs, which walks parents, goes to a dictionary when a
// parent is not one key shorter).
type reifyBatch struct {
	keys  []PropKey
	vals  []Value
	attrs []uint8
}

// fits reports whether key can join the batch for o: an ordinary named
// key (no index, no length, which exotic objects keep elsewhere) that o
// and the batch do not have yet, with room in the shape before it would
// become a dictionary.
func (b *reifyBatch) fits(rt *Runtime, o *Object, key PropKey) bool {
	s := rt.shp(o)
	if s.dict || o.flags&objLazyProto != 0 || len(s.keys)+len(b.keys)+1 >= maxShapeProps || key == rt.atLength {
		return false
	}
	if _, ok := indexKey(key); ok || s.lookup(key) >= 0 || slices.Contains(b.keys, key) {
		return false
	}
	return true
}

// flush adds the batch's properties to o, as ordinaryDefineOwn would one
// by one.
func (b *reifyBatch) flush(rt *Runtime, o *Object) {
	switch len(b.keys) {
	case 0:
		return
	case 1:
		// One key: the ordinary transition, which other objects may share.
		rt.addOwn(o, b.keys[0], b.vals[0], b.attrs[0])
	default:
		s := rt.shp(o)
		n := len(s.keys)
		keys := make([]PropKey, n, n+len(b.keys))
		copy(keys, s.keys)
		attrs := make([]uint8, n, n+len(b.attrs))
		copy(attrs, s.attrs)
		hasSym := s.hasSym
		for _, k := range b.keys {
			hasSym = hasSym || tracedKey(k)
		}
		o.shape = rt.newShape(&Shape{keys: append(keys, b.keys...), attrs: append(attrs, b.attrs...), parent: s, hasSym: hasSym}).id
		rt.grow(&o.slots, int(o.slots.n)+len(b.vals))
		for _, v := range b.vals {
			rt.push(&o.slots, v)
		}
	}
	for _, a := range b.attrs {
		if a&attrWritable == 0 {
			rt.chainChanged(o) // as ordinaryDefineOwn: something may now intercept assignments
			break
		}
	}
	b.keys, b.vals, b.attrs = b.keys[:0], b.vals[:0], b.attrs[:0]
}

// afterReify runs f once obj is reified: now if it is not deferred.
func (rt *Runtime) afterReify(obj Value, f func()) {
	if d := rt.deferred[rt.obj(obj)]; d != nil {
		d.after = f
		return
	}
	f()
}

// traceDeferred marks what a deferred object's recorded definitions hold.
func (rt *Runtime) traceDeferred(o *Object, m *gc.Marker) {
	d := rt.deferred[o]
	if d == nil {
		return
	}
	if s := rt.shapes[d.shape]; s.hasSym {
		m.MarkAll(s.keys)
	}
	for i := d.first; i >= 0; i = rt.deferredProps[i].next {
		m.Mark(rt.deferredProps[i].key)
		m.Mark(rt.deferredProps[i].v)
		m.Mark(rt.deferredProps[i].v2)
	}
}

// forgetDeferred drops the record of a deferred object the collector frees,
// giving it back its own shape so that freeing releases what it owns.
func (rt *Runtime) forgetDeferred(o *Object) {
	if d := rt.deferred[o]; d != nil {
		o.shape = d.shape
		delete(rt.deferred, o)
	}
	o.flags &^= objDeferred
	rt.dropDeferredProps()
}

// dropDeferredProps lets the records go once no object is deferred (and
// no reification, which may reify others on its way, is walking them).
func (rt *Runtime) dropDeferredProps() {
	if len(rt.deferred) == 0 && !rt.deferring && rt.reifying == 0 {
		rt.deferredProps = nil
	}
}
