package vm

import "github.com/kilnjs/kiln/gc"

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
}

const (
	deferData     uint8 = iota // v under key
	deferMethod                // a native function made from fn
	deferAccessor              // a getter from fn and a setter from set (either may be nil)
	deferAlias                 // the value of v's own data property name, under key
	deferPair                  // the accessor pair v (getter), v2 (setter) under key
	deferRun                   // call run, which defines a whole family (Realm.Later)
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
	for i := d.first; i >= 0; {
		p := rt.deferredProps[i]
		i = p.next
		key := p.key
		if key == Undefined {
			key = rt.keyFor(p.name)
		}
		switch p.kind {
		case deferData:
			rt.defineOwnProperty(d.obj, key, dataDesc(p.v, p.attrs), true)
		case deferMethod:
			f := rt.NewNativeFunction(p.name, int(p.length), p.fn)
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
		case deferPair:
			rt.defineOwnProperty(d.obj, key, PropDesc{Get: p.v, Set: p.v2, Attrs: p.attrs, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}, true)
		}
	}
	o.flags = o.flags&^objExtensible | ext
	if d.order != nil {
		rt.reorderKeys(o, d.order)
	}
	if d.after != nil {
		d.after()
	}
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
