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
	holder uint32 // 0 for an own property; else the prototype object's handle
	hshape uint32 // holder's shape ID
	kind   uint8
	misses uint8
	// next is the shape after adding the site's property (an add
	// transition): set for InitProp sites and for SetProp sites that add a
	// property to a plain object whose prototype chain has no setter or
	// read-only property of that name.
	next  uint32 // shape ID after the add, 0 when the entry is not an add
	epoch uint32 // rt.addEpoch when an add transition was cached
}

const (
	icGetOwn uint8 = iota
	icGetProto
	icSetOwn
	icMega // too many misses: stop caching
)

// getPropIC is the slow path of GetProp: look up, then fill the cache.
func (rt *Runtime) getPropIC(fr *frame, obj Value, o *Object, site int) Value {
	e := &fr.cs.ics[site]
	key := rt.siteKey(fr, site)
	if e.holder != 0 && e.shape == o.shape && o.proto.IsObject() && o.proto.Handle() == e.holder {
		h := rt.obj(o.proto)
		if rt.shp(h).id == e.hshape {
			return rt.vals(h.slots)[e.slot]
		}
	}
	// "arguments" and "caller" are never cached: on a sloppy function they
	// read the live call, and a hit compares only shapes, which an
	// ordinary object can share with a function.
	if e.kind != icMega && shapeHoldsNamed(o.class) && !(o.class == ClassArray && key == rt.atLength) &&
		o.flags&objLazyProto == 0 && key != rt.atArguments && key != rt.atCaller {
		if slot := rt.shp(o).lookup(key); slot >= 0 {
			if rt.shp(o).attrs[slot]&attrAccessor == 0 {
				rt.fillIC(e, icGetOwn, o.shape, slot, 0, 0)
				return rt.vals(o.slots)[slot]
			}
		} else if o.proto.IsObject() {
			p := rt.obj(o.proto)
			if shapeHoldsNamed(p.class) && !(p.class == ClassArray && key == rt.atLength) {
				if slot := rt.shp(p).lookup(key); slot >= 0 && rt.shp(p).attrs[slot]&attrAccessor == 0 && p.flags&objLazyProto == 0 {
					rt.fillIC(e, icGetProto, o.shape, slot, o.proto.Handle(), p.shape)
					return rt.vals(p.slots)[slot]
				}
			}
		}
	}
	return rt.getV(obj, key, obj)
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

// setPropIC is the slow path of SetProp.
func (rt *Runtime) setPropIC(fr *frame, obj Value, o *Object, site int, v Value) {
	e := &fr.cs.ics[site]
	key := rt.siteKey(fr, site)
	strict := fr.code.Flags&bytecode.FlagStrict != 0
	if e.kind != icMega && (o.class == ClassObject || o.class == ClassFunction) && o.flags&objLazyProto == 0 {
		if slot := rt.shp(o).lookup(key); slot >= 0 && rt.shp(o).attrs[slot]&(attrWritable|attrAccessor) == attrWritable {
			rt.fillIC(e, icSetOwn, o.shape, slot, 0, 0)
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
			if rt.fillIC(e, icSetOwn, before, 0, 0, 0) {
				e.next = o.shape
				e.epoch = rt.addEpoch
			}
			return
		}
	}
	rt.Set(obj, key, v, strict)
}

// getPrimitiveProp reads a property of a primitive (or throws for
// undefined and null, naming the property as V8 does).
func (rt *Runtime) getPrimitiveProp(v Value, key PropKey) Value {
	return rt.getPrimitive(v, key)
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

var _ = gc.Undefined

// chainAllowsAdd reports whether assigning key on an object with prototype
// p creates an own data property without running anything: no prototype has
// key as an accessor or read-only property, and none is exotic.
//
// A cached add transition stays valid only while that remains true: it
// records rt.addEpoch, which moves whenever any object gains an accessor or
// read-only property or changes prototype, so a stale cache misses.
func (rt *Runtime) chainAllowsAdd(p Value, key PropKey) bool {
	for p != Null {
		po := rt.obj(p)
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
