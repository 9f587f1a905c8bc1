package vm

import (
	"math"

	"github.com/kilnjs/kiln/gc"
)

// Map and Set (ECMA-262 §24.1, §24.2) as ordered hash tables.
//
// The entries live in the cell's elems, in insertion order: key, value pairs
// for a Map, keys alone for a Set, so the collector traces them with the
// cell. A deleted entry keeps its place with its key set to Empty; that is
// what lets an iterator walk the list by position while entries are added
// and removed under it (the spec's List with ~empty~ keys). A hash index in
// the host data (mapIndex, maptable.go) finds live entries by key.
//
// When deleted entries outnumber live ones the list is compacted. Iterators
// hold their position in a mapCursor that the table lists, so compaction
// and clear() move live cursors to the equivalent position. A cursor is
// dropped from the list once its iteration is over or its iterator object
// was collected (mapIterData.release): Go weak pointers did that for the
// second case, but making one took 30% of a loop iterating small Sets.

type mapData struct {
	stride  int      // 2 for Map (key, value), 1 for Set
	index   mapIndex // key → entry number (elems offset / stride)
	deleted int      // entries whose key is Empty
	cursors []*mapCursor
	pruneAt int // prune cursors when there are this many (amortised)
}

// mapCursor is a live iterator's position: the entry number it visits next,
// or -1 once the iteration is over.
type mapCursor struct{ pos int }

// normalizeZero turns -0 into +0, as Map.prototype.set and Set.prototype.add
// do before storing a key.
func normalizeZero(v Value) Value {
	if v.IsNumber() && v.Float() == 0 && math.Signbit(v.Float()) {
		return gc.Int(0)
	}
	return v
}

func (rt *Runtime) newMapObject(c Class, proto Value) Value {
	v, o := rt.newObjectCell(c, proto)
	// elems holds the entries, so index properties must live in the shape.
	o.flags |= objSlowElems
	stride := 2
	if c == ClassSet {
		stride = 1
	}
	rt.setHost(o, &mapData{stride: stride})
	return v
}

// thisMap returns the table of a Map (or Set) receiver, throwing V8's
// incompatible-receiver error otherwise.
func (rt *Runtime) thisMap(this Value, c Class, method string) (*Object, *mapData) {
	if this.IsObject() {
		if o := rt.obj(this); o.class == c {
			return o, rt.hostOf(o).(*mapData)
		}
	}
	rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(this))
	return nil, nil
}

func (d *mapData) size() int { return d.index.live }

func (rt *Runtime) mapFind(o *Object, d *mapData, key Value) (int, bool) {
	key = normalizeZero(key)
	_, i, ok := rt.mapLookup(o, d, key, rt.mapHash(key))
	return i, ok
}

func (rt *Runtime) mapGet(o *Object, d *mapData, key Value) (Value, bool) {
	i, ok := rt.mapFind(o, d, key)
	if !ok {
		return Undefined, false
	}
	return rt.vals(o.elems)[i*d.stride+1], true
}

// mapPut adds or updates an entry (value is ignored for a Set).
func (rt *Runtime) mapPut(o *Object, d *mapData, key, value Value) {
	key = normalizeZero(key)
	h := rt.mapHash(key)
	d.index.reserve()
	slot, i, ok := rt.mapLookup(o, d, key, h)
	if ok {
		if d.stride == 2 {
			rt.vals(o.elems)[i*2+1] = value
		}
		return
	}
	d.index.insert(slot, h, int(o.elems.n)/d.stride)
	if d.stride == 2 {
		rt.push(&o.elems, key)
		rt.push(&o.elems, value)
	} else {
		rt.push(&o.elems, key)
	}
	rt.heap.Charge(8*d.stride + 48)
}

func (rt *Runtime) mapDelete(o *Object, d *mapData, key Value) bool {
	key = normalizeZero(key)
	slot, i, ok := rt.mapLookup(o, d, key, rt.mapHash(key))
	if !ok {
		return false
	}
	d.index.remove(slot)
	for j := 0; j < d.stride; j++ {
		rt.vals(o.elems)[i*d.stride+j] = Empty
	}
	d.deleted++
	if d.deleted > 16 && d.deleted > d.index.live {
		rt.mapCompact(o, d)
	}
	return true
}

// mapCompact drops deleted entries, moving live cursors to the entry they
// would have visited next.
func (rt *Runtime) mapCompact(o *Object, d *mapData) {
	n := int(o.elems.n) / d.stride
	newPos := make([]int, n+1)
	out := make([]Value, 0, d.index.live*d.stride)
	for i := 0; i < n; i++ {
		newPos[i] = len(out) / d.stride
		if rt.vals(o.elems)[i*d.stride] == Empty {
			continue
		}
		out = append(out, rt.vals(o.elems)[i*d.stride:(i+1)*d.stride]...)
	}
	newPos[n] = len(out) / d.stride
	rt.setVals(&o.elems, out)
	d.index.renumber(newPos)
	d.deleted = 0
	d.eachCursor(func(c *mapCursor) { c.pos = newPos[min(c.pos, n)] })
}

func (rt *Runtime) mapClear(o *Object, d *mapData) {
	rt.freeVec(&o.elems)
	d.index = mapIndex{}
	d.deleted = 0
	d.eachCursor(func(c *mapCursor) { c.pos = 0 })
}

// eachCursor calls f for every live cursor and forgets finished or
// collected ones.
func (d *mapData) eachCursor(f func(c *mapCursor)) {
	live := d.cursors[:0]
	for _, c := range d.cursors {
		if c.pos >= 0 {
			f(c)
			live = append(live, c)
		}
	}
	clear(d.cursors[len(live):])
	d.cursors = live
}

func (d *mapData) addCursor(c *mapCursor) {
	if len(d.cursors) >= d.pruneAt {
		d.eachCursor(func(*mapCursor) {})
		d.pruneAt = 2*len(d.cursors) + 8
	}
	d.cursors = append(d.cursors, c)
}

// mapNext returns the entry number of the next live entry at or after the
// cursor, advancing it past that entry, or -1 at the end.
func (rt *Runtime) mapNext(o *Object, d *mapData, c *mapCursor) int {
	n := int(o.elems.n) / d.stride
	for c.pos < n {
		i := c.pos
		c.pos++
		if rt.vals(o.elems)[i*d.stride] != Empty {
			return i
		}
	}
	return -1
}

// mapIterData is the host data of a Map or Set iterator: the target (in v0,
// Undefined once exhausted) is a Map/Set; kind 0 keys, 1 values, 2 entries.
type mapIterData struct {
	cursor *mapCursor
	kind   int
}

// release ends the iteration of an iterator object the collector freed, so
// that its table forgets the cursor.
func (id *mapIterData) release() { id.cursor.pos = -1 }

func (rt *Runtime) newMapIterator(target Value, c Class, kind int) Value {
	proto := rt.realm.MapIteratorPrototype
	if c == ClassSetIter {
		proto = rt.realm.SetIteratorPrototype
	}
	it, o := rt.newObjectCell(c, proto)
	cur := &mapCursor{}
	o.v0 = target
	rt.setHost(o, &mapIterData{cursor: cur, kind: kind})
	rt.hostOf(rt.obj(target)).(*mapData).addCursor(cur)
	return it
}

func (rt *Runtime) mapIterNext(this Value, c Class, name string) Value {
	if !this.IsObject() || rt.obj(this).class != c {
		rt.throwTypeError("Method %s.prototype.next called on incompatible receiver %s", name, rt.inspectShort(this))
	}
	it := rt.obj(this)
	if it.v0 == Undefined {
		return rt.iterResult(Undefined, true)
	}
	id := rt.hostOf(it).(*mapIterData)
	t := rt.obj(it.v0)
	d := rt.hostOf(t).(*mapData)
	i := rt.mapNext(t, d, id.cursor)
	if i < 0 {
		id.cursor.pos = -1
		it.v0 = Undefined
		return rt.iterResult(Undefined, true)
	}
	k := rt.vals(t.elems)[i*d.stride]
	v := k
	if d.stride == 2 {
		v = rt.vals(t.elems)[i*2+1]
	}
	switch id.kind {
	case 0:
		return rt.iterResult(k, false)
	case 1:
		return rt.iterResult(v, false)
	}
	return rt.iterResult(rt.NewArray([]Value{k, v}), false)
}

func (r *Realm) initCollections() {
	r.initMap()
	r.initSet()
}

// Map (§24.1).
func (r *Realm) initMap() {
	rt := r.rt
	mp := r.MapPrototype
	r.Map = r.Ctor("Map", 0, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor Map requires 'new'")
		}
		m := rt.newMapObject(ClassMap, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initCollections).MapPrototype }))
		iterable := Arg(args, 0)
		if iterable.IsNullish() {
			return m
		}
		adder := rt.Get(m, rt.atom("set"))
		if !rt.isCallable(adder) {
			rt.throwTypeError("'%s' returned for property 'set' of object '#<Map>' is not a function", rt.inspectShort(adder))
		}
		rt.Keep(adder)
		fast := adder == rt.realm.Extra["Map.prototype.set"]
		rt.Iterate(iterable, func(item Value) bool {
			if !item.IsObject() {
				rt.throwTypeError("Iterator value %s is not an entry object", rt.v8Show(item))
			}
			var k, v Value
			if io := rt.obj(item); io.class == ClassArray && io.flags&objSlowElems == 0 && int(io.elems.n) >= 2 && rt.vals(io.elems)[0] != Empty && rt.vals(io.elems)[1] != Empty {
				k, v = rt.vals(io.elems)[0], rt.vals(io.elems)[1]
			} else {
				rt.Keep(item)
				k = rt.Get(item, idxKey(0))
				rt.Keep(k)
				v = rt.Get(item, idxKey(1))
			}
			if fast {
				o := rt.obj(m)
				rt.mapPut(o, rt.hostOf(o).(*mapData), k, v)
			} else {
				rt.Call(adder, m, k, v)
			}
			return true
		})
		return m
	}, mp)
	r.GetterKey(r.Map, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value { return this })

	r.Method(mp, "get", 1, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassMap, "Map.prototype.get")
		v, _ := rt.mapGet(o, d, Arg(args, 0))
		return v
	})
	r.Extra["Map.prototype.set"] = r.MethodFn(mp, "set", 2, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassMap, "Map.prototype.set")
		rt.mapPut(o, d, Arg(args, 0), Arg(args, 1))
		return this
	})
	r.Method(mp, "has", 1, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassMap, "Map.prototype.has")
		_, ok := rt.mapFind(o, d, Arg(args, 0))
		return gc.Bool(ok)
	})
	r.Method(mp, "delete", 1, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassMap, "Map.prototype.delete")
		return gc.Bool(rt.mapDelete(o, d, Arg(args, 0)))
	})
	r.Method(mp, "clear", 0, func(rt *Runtime, this Value, _ []Value) Value {
		o, d := rt.thisMap(this, ClassMap, "Map.prototype.clear")
		rt.mapClear(o, d)
		return Undefined
	})
	r.Method(mp, "forEach", 1, func(rt *Runtime, this Value, args []Value) Value {
		rt.thisMap(this, ClassMap, "Map.prototype.forEach")
		rt.mapForEach(this, args)
		return Undefined
	})
	r.Getter(mp, "size", func(rt *Runtime, this Value, _ []Value) Value {
		_, d := rt.thisMap(this, ClassMap, "get Map.prototype.size")
		return gc.Int(d.size())
	})
	iterMethod := func(name string, kind int) Value {
		return r.MethodFn(mp, name, 0, func(rt *Runtime, this Value, _ []Value) Value {
			rt.thisMap(this, ClassMap, "Map.prototype."+name)
			return rt.newMapIterator(this, ClassMapIter, kind)
		})
	}
	iterMethod("keys", 0)
	iterMethod("values", 1)
	entries := iterMethod("entries", 2)
	rt.defineData(mp, rt.wellKnown.toStringTag, rt.atom("Map"), attrConfigurable)
	rt.defineData(mp, rt.wellKnown.iterator, entries, attrWritable|attrConfigurable)

	r.MapIteratorPrototype = r.NewProto(r.IteratorPrototype)
	r.Method(r.MapIteratorPrototype, "next", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.mapIterNext(this, ClassMapIter, "Map Iterator")
	})
	rt.defineData(r.MapIteratorPrototype, rt.wellKnown.toStringTag, rt.atom("Map Iterator"), attrConfigurable)
}

// mapForEach is Map.prototype.forEach and Set.prototype.forEach (§24.1.3.5,
// §24.2.3.6): entries added during the walk are visited, deleted ones not.
func (rt *Runtime) mapForEach(this Value, args []Value) {
	fn := Arg(args, 0)
	if !rt.isCallable(fn) {
		rt.throwTypeError("%s is not a function", rt.inspectValueString(fn))
	}
	cb := rt.prepareCall(fn, Arg(args, 1))
	o := rt.obj(this)
	d := rt.hostOf(o).(*mapData)
	cur := &mapCursor{}
	d.addCursor(cur)
	defer func() { cur.pos = -1 }()
	for {
		o = rt.obj(this)
		i := rt.mapNext(o, d, cur)
		if i < 0 {
			return
		}
		k := rt.vals(o.elems)[i*d.stride]
		v := k
		if d.stride == 2 {
			v = rt.vals(o.elems)[i*2+1]
		}
		rt.callPrepared(&cb, v, k, this)
	}
}

// inspectValueString renders a non-callable value as V8 does in "x is not a
// function" messages: "number 1", "object null", "#<Object>".
func (rt *Runtime) inspectValueString(v Value) string {
	switch v.Tag() {
	case gc.TagNumber, gc.TagBool:
		return rt.typeofString(v) + " " + rt.ToGoString(v)
	case gc.TagString:
		return "string \"" + rt.GoString(v) + "\""
	case gc.TagNull:
		return "object null"
	case gc.TagUndefined:
		return "undefined"
	}
	return rt.inspectShort(v)
}

// Set (§24.2).
func (r *Realm) initSet() {
	rt := r.rt
	sp := r.SetPrototype
	r.Set = r.Ctor("Set", 0, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor Set requires 'new'")
		}
		s := rt.newMapObject(ClassSet, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initCollections).SetPrototype }))
		iterable := Arg(args, 0)
		if iterable.IsNullish() {
			return s
		}
		adder := rt.Get(s, rt.atom("add"))
		if !rt.isCallable(adder) {
			rt.throwTypeError("'%s' returned for property 'add' of object '#<Set>' is not a function", rt.inspectShort(adder))
		}
		rt.Keep(adder)
		fast := adder == rt.realm.Extra["Set.prototype.add"]
		rt.Iterate(iterable, func(item Value) bool {
			if fast {
				o := rt.obj(s)
				rt.mapPut(o, rt.hostOf(o).(*mapData), item, Undefined)
			} else {
				rt.Call(adder, s, item)
			}
			return true
		})
		return s
	}, sp)
	r.GetterKey(r.Set, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value { return this })

	r.Extra["Set.prototype.add"] = r.MethodFn(sp, "add", 1, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassSet, "Set.prototype.add")
		rt.mapPut(o, d, Arg(args, 0), Undefined)
		return this
	})
	r.Method(sp, "has", 1, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassSet, "Set.prototype.has")
		_, ok := rt.mapFind(o, d, Arg(args, 0))
		return gc.Bool(ok)
	})
	r.Method(sp, "delete", 1, func(rt *Runtime, this Value, args []Value) Value {
		o, d := rt.thisMap(this, ClassSet, "Set.prototype.delete")
		return gc.Bool(rt.mapDelete(o, d, Arg(args, 0)))
	})
	r.Method(sp, "clear", 0, func(rt *Runtime, this Value, _ []Value) Value {
		o, d := rt.thisMap(this, ClassSet, "Set.prototype.clear")
		rt.mapClear(o, d)
		return Undefined
	})
	r.Method(sp, "forEach", 1, func(rt *Runtime, this Value, args []Value) Value {
		rt.thisMap(this, ClassSet, "Set.prototype.forEach")
		rt.mapForEach(this, args)
		return Undefined
	})
	r.Getter(sp, "size", func(rt *Runtime, this Value, _ []Value) Value {
		_, d := rt.thisMap(this, ClassSet, "get Set.prototype.size")
		return gc.Int(d.size())
	})
	r.Method(sp, "entries", 0, func(rt *Runtime, this Value, _ []Value) Value {
		rt.thisMap(this, ClassSet, "Set.prototype.entries")
		return rt.newMapIterator(this, ClassSetIter, 2)
	})
	values := r.MethodFn(sp, "values", 0, func(rt *Runtime, this Value, _ []Value) Value {
		rt.thisMap(this, ClassSet, "Set.prototype.values")
		return rt.newMapIterator(this, ClassSetIter, 1)
	})
	rt.defineData(sp, rt.atom("keys"), values, attrWritable|attrConfigurable)
	rt.defineData(sp, rt.wellKnown.toStringTag, rt.atom("Set"), attrConfigurable)
	rt.defineData(sp, rt.wellKnown.iterator, values, attrWritable|attrConfigurable)

	r.SetIteratorPrototype = r.NewProto(r.IteratorPrototype)
	r.Method(r.SetIteratorPrototype, "next", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.mapIterNext(this, ClassSetIter, "Set Iterator")
	})
	rt.defineData(r.SetIteratorPrototype, rt.wellKnown.toStringTag, rt.atom("Set Iterator"), attrConfigurable)
}
