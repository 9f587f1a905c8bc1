package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Inline caches. Each property site of a compiled function has one ic in the
// runtime's codeState. A hit compares the receiver's shape ID; own-property
// hits read the slot directly, prototype hits also check the receiver's
// prototype and the holder's shape. The cache keeps shape IDs and handles,
// never shapes, so it keeps nothing alive (a handle may go stale, but then the
// shape ID comparison on the holder fails first, since IDs are never reused).
type ic struct {
	shape  uint32 // receiver shape ID
	slot   uint32
	holder uint32 // 0 for an own property; else the prototype object's handle; for a SetProp add, the receiver's prototype (see next)
	hshape uint32 // holder's shape ID
	kind   uint8
	misses uint8
	// next is the shape after adding the site's property (an add
	// transition): set for InitProp sites and for SetProp sites that add a
	// property to a plain object whose prototype chain has no setter or
	// read-only property of that name. A shape does not fix the prototype,
	// so a SetProp add holds only for a receiver whose prototype is holder
	// (Object.create(withSetter) has the shape of {}), and only while
	// epoch is rt.addEpoch (nothing on that chain has changed since).
	next  uint32 // shape ID after the add, 0 when the entry is not an add
	epoch uint32 // rt.addEpoch when an add transition was cached
	// poly is 1 + the index in rt.polyICs of a get site's other entries,
	// once it has seen more than one receiver shape; 0 before.
	poly uint32
}

// polyIC holds the entries of a get site that has seen several receiver
// shapes (V8's polymorphic state): a method called on a few kinds of
// object, a field read from records of a few layouts. The site's ic keeps
// the latest entry, which the interpreter checks inline; the slow path
// checks these before looking anything up. Past polyWays shapes the site
// is megamorphic, as before.
type polyIC struct {
	n int
	e [polyWays]icEntry
}

type icEntry struct {
	shape, slot, holder, hshape uint32
	kind                        uint8
	// For icGetChain, the prototypes between the receiver and the holder,
	// each by handle and shape: a method of a base class called on an
	// instance of a subclass, an EventEmitter method on a stream. Every
	// one is checked, as the prototype lives in the object, not in its
	// shape.
	depth uint8
	// acc marks an accessor property: the slot holds its getter/setter
	// pair, and a hit calls the getter on the receiver. Such entries live
	// only in rt.polyICs and the megamorphic cache, never in a site's own
	// ic, whose hits the interpreter reads as data. Streams' destroyed,
	// writable and readableEnded are getters on their prototypes, read
	// several times per HTTP request; each read walked the chain first.
	acc bool
	// hgen and the mids' gen are the gens of prototypes with dictionary
	// shapes (0 for shared shapes): a dictionary shape changes in place
	// and its ID may be reused, but its (ID, gen) pair names one state
	// (see Shape.gen). Buffer.prototype, with more than maxShapeProps
	// methods, is one, on the way to %TypedArray%.prototype.length.
	// Such entries too stay out of a site's own ic.
	hgen uint32
	mid  [maxChain]struct{ handle, shape, gen uint32 }
}

// inline reports whether an entry can be a site's own ic, which the
// interpreter checks without gens and reads as data.
func (pe *icEntry) inline() bool { return !pe.acc && pe.hgen == 0 && pe.kind != icGetAbsent }

// genOf returns the gen of o's shape: 0 unless it is a dictionary.
func (rt *Runtime) genOf(o *Object) uint32 { return rt.shp(o).gen }

const polyWays = 4

// maxChain is how many prototypes an entry may look through before its
// holder; deeper lookups take the slow path. A socket's methods and
// getters are 4 or 5 prototypes up (Socket, Duplex, Readable, Stream,
// EventEmitter, Object): at 3, emit, destroyed and listenerCount on a
// socket missed on every read.
const maxChain = 5

// polyGet returns the value an entry for o's shape finds, if one does,
// calling a getter with receiver. A shape does not fix the prototype:
// instances of sibling classes with the same fields share their shape, so
// several entries may be for it, one per prototype.
func (rt *Runtime) polyGet(p *polyIC, o *Object, receiver Value) (Value, bool) {
	for i := 0; i < p.n; i++ {
		if pe := &p.e[i]; pe.shape == o.shape {
			if v, ok := rt.entryGet(pe, o); ok {
				if pe.acc {
					v = rt.callGetter(v, receiver)
				}
				return v, true
			}
		}
	}
	return Undefined, false
}

// proto returns the handle of the receiver's prototype an entry was made
// for, 0 for an own property (found whatever the prototype).
func (pe *icEntry) proto() uint32 {
	switch pe.kind {
	case icGetProto:
		return pe.holder
	case icGetChain:
		return pe.mid[0].handle
	case icGetAbsent:
		if pe.depth == 0 {
			return pe.holder
		}
		return pe.mid[0].handle
	}
	return 0
}

// protoHandle returns the handle of o's prototype, 0 for null.
func protoHandle(o *Object) uint32 {
	if o.proto.IsObject() {
		return o.proto.Handle()
	}
	return 0
}

// entryGet returns the value entry pe, made for o's shape, finds, unless a
// prototype on its way has changed.
func (rt *Runtime) entryGet(pe *icEntry, o *Object) (Value, bool) {
	if pe.kind == icGetOwn {
		return rt.arena.At(o.slots.ref, int(pe.slot)), true
	}
	if pe.kind == icGetAbsent && !shapeHoldsNamed(o.class) {
		// An exotic object may share its shape with an ordinary one.
		return Undefined, false
	}
	cur := o
	for j := 0; j < int(pe.depth); j++ {
		if !cur.proto.IsObject() || cur.proto.Handle() != pe.mid[j].handle {
			return Undefined, false
		}
		if cur = rt.obj(cur.proto); cur.shape != pe.mid[j].shape || rt.genOf(cur) != pe.mid[j].gen {
			return Undefined, false
		}
	}
	if pe.kind == icGetAbsent && pe.holder == 0 {
		return Undefined, !cur.proto.IsObject()
	}
	if cur.proto.IsObject() && cur.proto.Handle() == pe.holder {
		if h := rt.obj(cur.proto); h.shape == pe.hshape && rt.genOf(h) == pe.hgen {
			if pe.kind == icGetAbsent {
				return Undefined, !h.proto.IsObject()
			}
			return rt.vals(h.slots)[pe.slot], true
		}
	}
	return Undefined, false
}

// megaEntry is an entry of the megamorphic cache: where key is found from
// a receiver of shape e.shape.
type megaEntry struct {
	key PropKey
	e   icEntry
}

// megaSize is the number of entries of the megamorphic cache (a power of
// two): a few hundred (shape, key) pairs are what a program's megamorphic
// sites see at a time.
const megaSize = 1024

// megaIndex is the megamorphic cache's slot for a receiver's shape and
// prototype and a key.
func megaIndex(shape, proto uint32, key PropKey) uint32 {
	h := shape*0x9E3779B1 ^ proto*0xC2B2AE35 ^ uint32(key)*0x85EBCA6B ^ uint32(key>>32)
	return (h ^ h>>15) & (megaSize - 1)
}

// megaGet looks a megamorphic site's key up in the runtime's megamorphic
// cache (V8's stub cache): one table by receiver shape and key, shared by
// all such sites. A method called on objects of many classes (a visitor, a
// tree of node kinds) is such a site, and before the table each of its
// calls looked the key up in every shape along the prototype chain.
func (rt *Runtime) megaGet(o *Object, key PropKey, receiver Value) (Value, bool) {
	if rt.mega == nil || o.flags&objLazyProto != 0 {
		return Undefined, false
	}
	proto := protoHandle(o)
	m := &rt.mega[megaIndex(o.shape, proto, key)]
	if m.key != key || m.e.shape != o.shape || (m.e.kind != icGetOwn && m.e.proto() != proto) {
		return Undefined, false
	}
	v, ok := rt.entryGet(&m.e, o)
	if ok && m.e.acc {
		v = rt.callGetter(v, receiver)
	}
	return v, ok
}

// megaPut records where a megamorphic site found key from a receiver with
// prototype proto, replacing whatever shared its slot.
func (rt *Runtime) megaPut(key PropKey, proto uint32, ne icEntry) {
	if rt.shapes[ne.shape].dict {
		return
	}
	if rt.mega == nil {
		rt.mega = make([]megaEntry, megaSize)
	}
	rt.mega[megaIndex(ne.shape, proto, key)] = megaEntry{key: key, e: ne}
}

const (
	icGetOwn uint8 = iota
	icGetProto
	icSetOwn
	icMega     // too many misses: stop caching
	icGetChain // found on a prototype further up than the first (entries in rt.polyICs only)
	icGlobal   // a global object's data property, at a name site (see getGlobal)
	// icGetAbsent: the key is on no object of the chain, which ends at
	// holder, the last prototype (0 when the receiver's prototype is
	// null), with the prototypes before it in mid: a hit reads undefined.
	// Every object's shape is checked, so a key added anywhere on the way
	// (a shape change, or a new gen for a dictionary) makes it miss.
	// Node's streams test _writableState, _paused, _construct and others
	// their objects lack, six prototypes deep, on every request; each read
	// looked the key up in every shape on the chain. In rt.polyICs and
	// the megamorphic cache only.
	icGetAbsent
	// icElemKeys: a computed-key site that has seen a few keys; slot is
	// the index in rt.elemKeys of its caches, one per key.
	icElemKeys
)

// getPropIC is the slow path of GetProp, and of GetElem with the key its
// site is for: look key up, then fill the site's cache e.
func (rt *Runtime) getPropIC(e *ic, key PropKey, obj Value, o *Object) Value {
	if key == rt.atLength && o.class == ClassArray {
		// An array's length is not in its shape; reading it needs no
		// cache (loops test i < arr.length on every turn).
		return gc.Float(float64(o.aux))
	}
	if e.kind == icGetProto && e.shape == o.shape && o.proto.IsObject() && o.proto.Handle() == e.holder {
		h := rt.obj(o.proto)
		if rt.shp(h).id == e.hshape {
			return rt.vals(h.slots)[e.slot]
		}
	}
	if e.poly != 0 {
		// The common polymorphic hit, a data property of the receiver or
		// of a prototype with a shared shape, is read here, with the checks
		// the interpreter makes of a site's own ic (a shape with gen 0 is
		// shared, and its ID is never a dictionary's); the other entries
		// (getters, absent keys, dictionaries on the way) go through
		// polyGet. Through polyGet and entryGet each such read took two
		// more Go calls. At most one entry hits: entries for one shape
		// differ in the prototype they were made for.
		p := &rt.polyICs[e.poly-1]
		for i := range p.n {
			pe := &p.e[i]
			if pe.shape != o.shape || pe.acc {
				continue
			}
			if pe.kind == icGetOwn {
				return rt.arena.At(o.slots.ref, int(pe.slot))
			}
			if pe.kind != icGetProto && pe.kind != icGetChain || pe.hgen != 0 {
				continue
			}
			cur, j := o, 0
			for ; j < int(pe.depth); j++ {
				m := &pe.mid[j]
				if m.gen != 0 || !cur.proto.IsObject() || cur.proto.Handle() != m.handle {
					break
				}
				if cur = rt.obj(cur.proto); cur.shape != m.shape {
					break
				}
			}
			if j == int(pe.depth) && cur.proto.IsObject() && cur.proto.Handle() == pe.holder {
				if h := rt.obj(cur.proto); h.shape == pe.hshape {
					return rt.arena.At(h.slots.ref, int(pe.slot))
				}
			}
		}
		if v, ok := rt.polyGet(p, o, obj); ok {
			return v
		}
	}
	if e.kind == icMega {
		if v, ok := rt.megaGet(o, key, obj); ok {
			return v
		}
	}
	// "arguments" and "caller" are never cached: on a sloppy function they
	// read the live call, and a hit compares only shapes, which an
	// ordinary object can share with a function.
	if rt.shapeHoldsKey(o, key) && o.flags&objLazyProto == 0 && key != rt.atArguments && key != rt.atCaller {
		if slot := rt.shp(o).lookup(key); slot >= 0 {
			acc := rt.shp(o).attrs[slot]&attrAccessor != 0
			rt.fillGetIC(e, key, protoHandle(o), icEntry{shape: o.shape, slot: uint32(slot), kind: icGetOwn, acc: acc})
			if acc {
				return rt.callGetter(rt.vals(o.slots)[slot], obj)
			}
			return rt.vals(o.slots)[slot]
		} else if !o.proto.IsObject() {
			if !key.IsNumber() {
				rt.fillGetIC(e, key, 0, icEntry{shape: o.shape, kind: icGetAbsent})
				return Undefined
			}
		} else {
			p := rt.obj(o.proto)
			if rt.shapeHoldsKey(p, key) {
				if slot := rt.shp(p).lookup(key); slot >= 0 && p.flags&objLazyProto == 0 {
					acc := rt.shp(p).attrs[slot]&attrAccessor != 0
					rt.fillGetIC(e, key, protoHandle(o), icEntry{shape: o.shape, slot: uint32(slot), holder: o.proto.Handle(), hshape: p.shape, hgen: rt.genOf(p), kind: icGetProto, acc: acc})
					if acc {
						return rt.callGetter(rt.vals(p.slots)[slot], obj)
					}
					return rt.vals(p.slots)[slot]
				} else if slot < 0 && p.flags&objLazyProto == 0 {
					if v, ok := rt.getChainIC(e, obj, o, p, key); ok {
						return v
					}
				}
			}
		}
	}
	return rt.getV(obj, key, obj)
}

// getChainIC looks key up further along the prototype chain past the
// first prototype p (which lacks it), and caches where it is found as an
// icGetChain entry, or that it is not found as an icGetAbsent one, when
// every object on the way is one whose shape lists its properties.
func (rt *Runtime) getChainIC(e *ic, obj Value, o, p *Object, key PropKey) (Value, bool) {
	ne := icEntry{shape: o.shape, kind: icGetChain}
	cur := p
	curH := o.proto.Handle()
	for {
		if !cur.proto.IsObject() {
			if key.IsNumber() {
				// Index keys live in elements, not in shapes.
				return Undefined, false
			}
			ne.kind, ne.holder, ne.hshape, ne.hgen = icGetAbsent, curH, cur.shape, rt.genOf(cur)
			rt.fillGetIC(e, key, protoHandle(o), ne)
			return Undefined, true
		}
		if int(ne.depth) == maxChain {
			return Undefined, false
		}
		ne.mid[ne.depth].handle, ne.mid[ne.depth].shape, ne.mid[ne.depth].gen = curH, cur.shape, rt.genOf(cur)
		ne.depth++
		h := rt.obj(cur.proto)
		if !rt.shapeHoldsKey(h, key) || h.flags&objLazyProto != 0 {
			return Undefined, false
		}
		if slot := rt.shp(h).lookup(key); slot >= 0 {
			ne.slot, ne.holder, ne.hshape, ne.hgen = uint32(slot), cur.proto.Handle(), h.shape, rt.genOf(h)
			ne.acc = rt.shp(h).attrs[slot]&attrAccessor != 0
			rt.fillGetIC(e, key, protoHandle(o), ne)
			if ne.acc {
				return rt.callGetter(rt.vals(h.slots)[slot], obj), true
			}
			return rt.vals(h.slots)[slot], true
		}
		cur, curH = h, cur.proto.Handle()
	}
}

// shapeHoldsNamed reports whether the named properties of objects of class
// c are exactly those of their shape, so that a shape check makes a cache
// hit safe: true of ordinary objects and of the built-in objects whose
// internal state lives outside their properties (Map, Promise, Date, Error,
// bound functions...), false of exotic objects that answer for keys their
// shape does not list (strings, arguments, typed arrays, module namespaces,
// proxies). Arrays qualify but for "length", which the callers exclude.
// Before Map, Set, Promise and the rest qualified, every method call on
// them (and every array method call: Array.prototype is an Array) missed.
func shapeHoldsNamed(c Class) bool {
	switch c {
	case ClassString, ClassArguments, ClassTypedArray, ClassNamespace, ClassProxy:
		return false
	}
	return true
}

// shapeHoldsKey reports whether o's shape says all there is about its own
// property key: shapeHoldsNamed, but for an array's length, and for a typed
// array any key that is not a canonical numeric string (its numeric keys
// are its elements; a Buffer's own and inherited named properties are
// ordinary).
func (rt *Runtime) shapeHoldsKey(o *Object, key PropKey) bool {
	switch o.class {
	case ClassArray:
		return key != rt.atLength
	case ClassTypedArray:
		return !rt.typedArrayNumericKey(key)
	}
	return shapeHoldsNamed(o.class)
}

// fillGetIC records a get site's entry. A site that already holds an entry
// for another receiver shape becomes polymorphic, keeping up to polyWays
// entries (one per receiver shape and prototype: a stale entry for the
// same pair is replaced) before it gives up as megamorphic; a megamorphic site's
// entries go to the runtime's megamorphic cache.
func (rt *Runtime) fillGetIC(e *ic, key PropKey, proto uint32, ne icEntry) {
	if e.kind == icMega {
		rt.megaPut(key, proto, ne)
		return
	}
	if ne.kind != icGetChain && ne.inline() && e.poly == 0 && (e.shape == 0 || e.shape == ne.shape && e.holder == ne.holder) {
		rt.fillIC(e, ne.kind, ne.shape, int(ne.slot), ne.holder, ne.hshape)
		return
	}
	if rt.shapes[ne.shape].dict {
		return
	}
	if e.poly == 0 {
		rt.polyICs = append(rt.polyICs, polyIC{})
		e.poly = uint32(len(rt.polyICs))
		if e.shape != 0 && (e.kind == icGetOwn || e.kind == icGetProto) {
			rt.polyICs[e.poly-1].put(icEntry{shape: e.shape, slot: e.slot, holder: e.holder, hshape: e.hshape, kind: e.kind})
		}
	}
	if !rt.polyICs[e.poly-1].put(ne) {
		e.kind, e.shape, e.poly = icMega, 0, 0
		rt.megaPut(key, proto, ne)
		return
	}
	if !ne.inline() {
		// The interpreter would read a getter's pair as the value, and
		// not check a dictionary holder's gen: keep the site's own
		// entry for the others.
		return
	}
	e.kind, e.shape, e.slot, e.holder, e.hshape = ne.kind, ne.shape, ne.slot, ne.holder, ne.hshape
}

// put adds or replaces the entry for ne's receiver shape and prototype,
// reporting false when the table is full.
func (p *polyIC) put(ne icEntry) bool {
	for i := 0; i < p.n; i++ {
		if p.e[i].shape == ne.shape && p.e[i].proto() == ne.proto() {
			p.e[i] = ne
			return true
		}
	}
	if p.n == polyWays {
		return false
	}
	p.e[p.n] = ne
	p.n++
	return true
}

// fillIC records a cache entry, reporting whether it did (dictionary shapes
// and megamorphic sites are not cached).
func (rt *Runtime) fillIC(e *ic, kind uint8, shape uint32, slot int, holder, hshape uint32) bool {
	if e.shape != 0 {
		e.misses++
		if e.misses > 16 {
			e.kind = icMega
			e.shape = 0
			return false
		}
	}
	if rt.shapes[shape].dict || (holder != 0 && rt.shapes[hshape].dict) {
		// Dictionary shapes change in place: never cache them.
		return false
	}
	if kind == icSetOwn && rt.shapes[shape].watched {
		return false // the store must move rt.watchEpoch
	}
	e.kind, e.shape, e.slot, e.holder, e.hshape = kind, shape, uint32(slot), holder, hshape
	e.next = 0
	return true
}

// initPropIC is the slow path of InitProp: define the property, and cache
// the transition when it was a plain add.
func (rt *Runtime) initPropIC(fr *frame, obj Value, o *Object, site int, v Value) {
	key := rt.siteKey(fr, site)
	e := &fr.cs.ics[site]
	if o.class == ClassObject && !key.IsNumber() && o.flags&objExtensible != 0 && !rt.shp(o).dict && rt.shp(o).lookup(key) < 0 &&
		len(rt.shp(o).keys) < maxShapeProps {
		before := o.shape
		rt.addOwn(o, key, v, attrDefault)
		if e.kind != icMega {
			if rt.fillIC(e, icSetOwn, before, 0, 0, 0) {
				e.next = o.shape
			}
		}
		return
	}
	rt.initProp(obj, key, v)
}

// setPropIC is the slow path of SetProp. A site past its misses
// (megamorphic) shares the runtime's megamorphic set cache instead: tsc's
// node.flags, node.parent and links.* assignments see dozens of shapes,
// and each of them took the full [[Set]] (an own lookup, a descriptor, a
// define) before.
func (rt *Runtime) setPropIC(e *ic, key PropKey, obj Value, o *Object, v Value, strict bool) {
	if e.kind == icMega && rt.megaSet(o, key, v) {
		return
	}
	if (o.class == ClassObject || o.class == ClassFunction) && o.flags&objLazyProto == 0 {
		if slot := rt.shp(o).lookup(key); slot >= 0 && rt.shp(o).attrs[slot]&(attrWritable|attrAccessor) == attrWritable {
			if e.kind != icMega {
				rt.fillIC(e, icSetOwn, o.shape, slot, 0, 0)
			}
			if e.kind == icMega {
				rt.megaSetPut(key, megaSetEntry{shape: o.shape, slot: uint32(slot)})
			}
			rt.slotStore(o)
			rt.vals(o.slots)[slot] = v
			return
		}
		// Adding a property: cacheable when nothing on the prototype chain
		// intercepts the assignment (no setter, no read-only data property,
		// no exotic object).
		if o.class == ClassObject && !key.IsNumber() && o.flags&objExtensible != 0 && !rt.shp(o).dict &&
			len(rt.shp(o).keys) < maxShapeProps && rt.shp(o).lookup(key) < 0 && rt.chainAllowsAdd(o.proto, key) {
			before := o.shape
			rt.addOwn(o, key, v, attrDefault)
			if e.kind != icMega && rt.fillIC(e, icSetOwn, before, 0, 0, 0) {
				e.next = o.shape
				e.epoch = rt.addEpoch
				e.holder = protoHandle(o)
			}
			if e.kind == icMega {
				rt.megaSetPut(key, megaSetEntry{shape: before, proto: protoHandle(o), next: o.shape, epoch: rt.addEpoch})
			}
			return
		}
	}
	rt.Set(obj, key, v, strict)
}

// megaSetEntry is an entry of the megamorphic set cache: what assigning key
// does to a receiver of shape shape. With next 0 it stores to the own
// writable data property at slot; else it adds the property, moving the
// receiver to shape next, which is valid only for a receiver whose
// prototype is proto while rt.addEpoch has not moved (see chainAllowsAdd).
type megaSetEntry struct {
	key                PropKey
	shape, slot, proto uint32
	next, epoch        uint32
}

// megaSet assigns v to o's key through the megamorphic set cache,
// reporting whether an entry applied.
func (rt *Runtime) megaSet(o *Object, key PropKey, v Value) bool {
	if rt.megaSets == nil {
		return false
	}
	m := &rt.megaSets[megaIndex(o.shape, 0, key)]
	if m.key != key || m.shape != o.shape {
		return false
	}
	if m.next == 0 {
		rt.arena.Put(o.slots.ref, int(m.slot), v)
		return true
	}
	if o.class != ClassObject || o.flags&objExtensible == 0 || m.epoch != rt.addEpoch || protoHandle(o) != m.proto {
		return false
	}
	o.shape = m.next
	rt.pushSlot(o, v)
	return true
}

// megaSetPut records an entry of the megamorphic set cache, replacing
// whatever shared its slot.
func (rt *Runtime) megaSetPut(key PropKey, m megaSetEntry) {
	if rt.shapes[m.shape].dict || rt.shapes[m.shape].watched || m.next != 0 && rt.shapes[m.next].dict {
		return
	}
	if rt.megaSets == nil {
		rt.megaSets = make([]megaSetEntry, megaSize)
	}
	m.key = key
	rt.megaSets[megaIndex(m.shape, 0, key)] = m
}

// getPrimitiveProp reads a property of a primitive (or throws for
// undefined and null, naming the property as V8 does). A data property of
// the primitive's prototype (String.prototype.charCodeAt, slice, indexOf:
// tsc's scanner calls them on every character) is cached at the site
// under the prototype's own shape, as if the prototype were the receiver:
// before, each such read looked the key up in String.prototype's shape
// and built a property descriptor, 7% of a tsc run.
func (rt *Runtime) getPrimitiveProp(fr *frame, v Value, site int) Value {
	key := rt.siteKey(fr, site)
	var proto Value
	switch v.Tag() {
	case gc.TagString:
		if key.IsNumber() || key == rt.atLength {
			return rt.getPrimitive(v, key)
		}
		proto = rt.realm.StringPrototype
	case gc.TagNumber:
		proto = rt.realm.NumberPrototype
	default:
		return rt.getPrimitive(v, key)
	}
	p := rt.obj(proto)
	e := &fr.cs.ics[site]
	if e.shape == p.shape && e.kind == icGetOwn {
		return rt.arena.At(p.slots.ref, int(e.slot))
	}
	if e.poly != 0 {
		if r, ok := rt.polyGet(&rt.polyICs[e.poly-1], p, v); ok {
			return r
		}
	}
	if e.kind == icMega {
		if r, ok := rt.megaGet(p, key, v); ok {
			return r
		}
	}
	if slot := rt.shp(p).lookup(key); slot >= 0 && rt.shp(p).attrs[slot]&attrAccessor == 0 {
		rt.fillGetIC(e, key, protoHandle(p), icEntry{shape: p.shape, slot: uint32(slot), kind: icGetOwn})
		return rt.vals(p.slots)[slot]
	}
	return rt.getPrimitive(v, key)
}

// Computed keys. A GetElem or SetElem site has an inline cache of its own
// (its site's ic), for the one key its site's entry in codeState.keys
// holds: an atom or a symbol, "" until the site first sees a named key.
// Node's library keeps its state under symbols (this[kState],
// stream[kPaused], socket[kHandle]), each read at a site that only ever
// sees that symbol, and such a site caches exactly as a named one does:
// its key's Value is compared with the site's before shapes are, and the
// slow paths are GetProp's and SetProp's. A site that meets a second key
// (o[k] over an object's keys) keeps one such cache per key for up to
// polyWays keys (elemKeys), and past that looks every key up in the
// runtime's megamorphic caches, which are keyed by (shape, key). Index
// keys and primitive receivers keep their element paths (getElem,
// setElem) and never touch the caches. Before, each of those reads hashed
// the key into the shape's index or scanned its keys, and symbol reads on
// prototypes walked the chain; an HTTP request made 30 to 40 of them. 20M
// reads and 10M writes of o[kSym] took 0.52 s of user CPU, now 0.34.

// elemKeys holds the caches of a computed-key site that has seen a few
// keys, each cache the state of a named site for that key.
type elemKeys struct {
	n    int
	keys [polyWays]PropKey
	ics  [polyWays]ic
}

// getElemAt is GetElem at a site: obj[k]. It is a function of its own, not
// a case of the interpreter's loop as GetProp's fast path is: inlined there,
// it made the Go compiler spill more of the loop's state, and a stream pipe
// whose elements were read by index ran 8% slower.
func (rt *Runtime) getElemAt(fr *frame, site int, obj, k Value) Value {
	if obj.IsObject() {
		e := &fr.cs.ics[site]
		if k != fr.cs.keys[site] || e.kind == icElemKeys {
			if e.kind != icElemKeys {
				if k.IsNumber() {
					return rt.getElem(obj, k)
				}
				return rt.getElemIC(fr, site, obj, k)
			}
			if e = rt.elemKeysIC(e, k); e == nil {
				return rt.getElemIC(fr, site, obj, k)
			}
		}
		// The key the cache is for (an atom or a symbol): GetProp's
		// fast path.
		o := rt.obj(obj)
		if e.shape == o.shape {
			if e.kind == icGetOwn {
				return rt.arena.At(o.slots.ref, int(e.slot))
			}
			if e.kind == icGetProto && o.proto.IsObject() && o.proto.Handle() == e.holder {
				if h := rt.obj(o.proto); h.shape == e.hshape {
					return rt.arena.At(h.slots.ref, int(e.slot))
				}
			}
		}
		return rt.getPropIC(e, k, obj, o)
	}
	return rt.getElem(obj, k)
}

// setElemAt is SetElem at a site: obj[k] = v (see getElemAt).
func (rt *Runtime) setElemAt(fr *frame, site int, obj, k, v Value) {
	if obj.IsObject() {
		e := &fr.cs.ics[site]
		if k != fr.cs.keys[site] || e.kind == icElemKeys {
			if e.kind != icElemKeys {
				if k.IsNumber() {
					rt.setElem(obj, k, v, fr.code.Flags&bytecode.FlagStrict != 0)
					return
				}
				rt.setElemIC(fr, site, obj, k, v)
				return
			}
			if e = rt.elemKeysIC(e, k); e == nil {
				rt.setElemIC(fr, site, obj, k, v)
				return
			}
		}
		o := rt.obj(obj)
		if e.shape == o.shape && e.kind == icSetOwn {
			if e.next == 0 {
				rt.arena.Put(o.slots.ref, int(e.slot), v)
				return
			}
			if o.flags&objExtensible != 0 && e.epoch == rt.addEpoch && protoHandle(o) == e.holder {
				o.shape = e.next
				rt.pushSlot(o, v)
				return
			}
		}
		rt.setPropIC(e, k, obj, o, v, fr.code.Flags&bytecode.FlagStrict != 0)
		return
	}
	rt.setElem(obj, k, v, fr.code.Flags&bytecode.FlagStrict != 0)
}

// elemKeysIC returns the cache for key k of a site in state icElemKeys, nil
// when it has none (k is not an atom or symbol it has seen).
func (rt *Runtime) elemKeysIC(e *ic, k Value) *ic {
	t := &rt.elemKeys[e.slot]
	for i := 0; i < t.n; i++ {
		if t.keys[i] == k {
			return &t.ics[i]
		}
	}
	return nil
}

// elemKey returns the named key for a computed key k, and false when k is
// not a string or symbol, or is a string that names an index.
func (rt *Runtime) elemKey(k Value) (PropKey, bool) {
	switch k.Tag() {
	case gc.TagSymbol:
		return k, true
	case gc.TagString:
		key := rt.stringKey(k)
		return key, !key.IsNumber()
	}
	return Undefined, false
}

// elemSite returns the cache of site for key: the site's own, re-aimed at
// key while it has cached nothing; one of its elemKeys once it has seen
// several keys; the site's own in state icMega past polyWays keys (getPropIC
// and setPropIC then use the megamorphic caches).
func (rt *Runtime) elemSite(fr *frame, site int, key PropKey) *ic {
	e := &fr.cs.ics[site]
	switch {
	case e.kind == icMega || fr.cs.keys[site] == key && e.kind != icElemKeys:
		return e
	case e.kind == icElemKeys:
		if ke := rt.elemKeysIC(e, key); ke != nil {
			return ke
		}
		t := &rt.elemKeys[e.slot]
		if t.n < polyWays {
			t.keys[t.n] = key
			t.n++
			return &t.ics[t.n-1]
		}
		*e = ic{kind: icMega}
		return e
	case e.shape == 0 && e.poly == 0:
		// Nothing cached yet: the site is for key.
		fr.cs.keys[site] = key
		return e
	}
	// A second key: the site's cache moves to a table of its own.
	rt.elemKeys = append(rt.elemKeys, elemKeys{n: 2, keys: [polyWays]PropKey{fr.cs.keys[site], key}})
	t := &rt.elemKeys[len(rt.elemKeys)-1]
	t.ics[0] = *e
	*e = ic{kind: icElemKeys, slot: uint32(len(rt.elemKeys) - 1)}
	return &t.ics[1]
}

// getElemIC is the slow path of GetElem on an object with a key that is
// not a number and that the site has no cache for (or not as an atom).
func (rt *Runtime) getElemIC(fr *frame, site int, obj, k Value) Value {
	if key, ok := rt.elemKey(k); ok {
		return rt.getPropIC(rt.elemSite(fr, site, key), key, obj, rt.obj(obj))
	}
	return rt.getElem(obj, k)
}

// setElemIC is the slow path of SetElem (see getElemIC).
func (rt *Runtime) setElemIC(fr *frame, site int, obj, k, v Value) {
	strict := fr.code.Flags&bytecode.FlagStrict != 0
	if key, ok := rt.elemKey(k); ok {
		rt.setPropIC(rt.elemSite(fr, site, key), key, obj, rt.obj(obj), v, strict)
		return
	}
	rt.setElem(obj, k, v, strict)
}

// getElem is obj[key] for any values.
func (rt *Runtime) getElem(obj, k Value) Value {
	if obj.IsObject() {
		o := rt.obj(obj)
		if k.IsNumber() && o.flags&objSlowElems == 0 && (o.class == ClassArray || o.class == ClassObject) {
			f := k.Float()
			if i := int(f); float64(i) == f && i >= 0 && i < int(o.elems.n) {
				if v := rt.vals(o.elems)[i]; v != Empty {
					return v
				}
			}
		}
		if o.class == ClassTypedArray && k.IsNumber() {
			if v, ok := rt.typedArrayGetFast(o, k.Float()); ok {
				return v
			}
		}
		return rt.getV(obj, rt.ToPropertyKey(k), obj)
	}
	if obj.IsNullish() {
		rt.throwNullishBase(obj, k, "read", "reading")
	}
	if obj.IsString() && k.IsNumber() {
		f := k.Float()
		if i := int(f); float64(i) == f && i >= 0 && i < rt.strLen(obj) {
			u := rt.charAt(obj, i)
			if u < 128 {
				return rt.charString(int(u))
			}
			return rt.substring(obj, i, i+1)
		}
	}
	return rt.getPrimitive(obj, rt.ToPropertyKey(k))
}

// setElem is obj[key] = v.
// throwNullishBase throws V8's TypeError for obj[k] on a null or undefined
// obj. The base is checked before the key is converted (§13.3.3
// EvaluatePropertyAccessWithExpressionKey defers ToPropertyKey), so an
// object key is shown only when that runs no JavaScript.
func (rt *Runtime) throwNullishBase(obj, k Value, verb, gerund string) {
	var name string
	if k.IsObject() {
		name, _ = rt.v8ShowMaybe(k)
	} else {
		name = rt.keyString(rt.ToPropertyKey(k))
	}
	if name == "" {
		rt.throwTypeError("Cannot %s properties of %s", verb, rt.typeName(obj))
	}
	rt.throwTypeError("Cannot %s properties of %s (%s '%s')", verb, rt.typeName(obj), gerund, name)
}

func (rt *Runtime) setElem(obj, k, v Value, strict bool) {
	if obj.IsObject() {
		o := rt.obj(obj)
		if k.IsNumber() && o.flags&(objSlowElems|objExtensible) == objExtensible && (o.class == ClassArray || o.class == ClassObject) {
			f := k.Float()
			if i := int(f); float64(i) == f && i >= 0 {
				if i < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
					rt.vals(o.elems)[i] = v
					return
				}
				// Appending to an array whose prototypes have no index
				// properties (the overwhelmingly common case).
				if i == int(o.elems.n) && o.class == ClassArray && o.flags&objFrozenLen == 0 && rt.protosHaveNoElems(o) {
					rt.push(&o.elems, v)
					if uint32(i) >= o.aux {
						o.aux = uint32(i) + 1
					}
					return
				}
			}
		}
		if o.class == ClassTypedArray && k.IsNumber() {
			if rt.typedArraySetFast(o, k.Float(), v) {
				return
			}
		}
		rt.Set(obj, rt.ToPropertyKey(k), v, strict)
		return
	}
	if obj.IsNullish() {
		rt.throwNullishBase(obj, k, "set", "setting")
	}
	rt.Set(obj, rt.ToPropertyKey(k), v, strict)
}

// protosHaveNoElems reports whether no prototype of o has indexed
// properties or is exotic, so a new index on o can be added directly.
func (rt *Runtime) protosHaveNoElems(o *Object) bool {
	for p := o.proto; p != Null; {
		po := rt.obj(p)
		if int(po.elems.n) != 0 || po.flags&objSlowElems != 0 || po.class == ClassProxy || po.class == ClassTypedArray {
			return false
		}
		p = po.proto
	}
	return true
}

// chainChanged is called when o may now intercept assignments it did not
// (an accessor or read-only property, another prototype) or dies: when a
// cached add relied on o, the cache must miss from now on.
func (rt *Runtime) chainChanged(o *Object) {
	if o.flags&objAddChain != 0 {
		rt.addEpoch++
	}
}

var _ = gc.Undefined

// chainAllowsAdd reports whether assigning key on an object with prototype
// p creates an own data property without running anything: no prototype has
// key as an accessor or read-only property, and none is exotic.
//
// A cached add transition stays valid only while that remains true: it
// records rt.addEpoch, which chainChanged moves whenever an object on such
// a chain gains an accessor or read-only property, changes prototype or
// dies (its handle could come back as another prototype), so a stale cache
// misses. Only the objects walked here are marked: a class-heavy program
// or a library setting prototypes at start-up changes objects no cached add
// depends on, and used to throw away every cached add in the runtime.
func (rt *Runtime) chainAllowsAdd(p Value, key PropKey) bool {
	for p != Null {
		po := rt.obj(p)
		po.flags |= objAddChain
		if po.class != ClassObject && po.class != ClassFunction {
			return false
		}
		if slot := rt.shp(po).lookup(key); slot >= 0 {
			if rt.shp(po).attrs[slot]&(attrWritable|attrAccessor) != attrWritable {
				return false
			}
		}
		p = po.proto
	}
	return true
}
