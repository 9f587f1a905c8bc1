package vm

import (
	"math"
	"strconv"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// The essential internal methods of ECMA-262 §10.1 for ordinary objects,
// with the exotic objects (arrays, string wrappers, arguments, proxies,
// typed arrays) dispatched by class. Values of index keys sit in elems while
// an object's elements are dense and plain; objSlowElems moves them into the
// (dictionary) shape.

// PropDesc is a property descriptor (ECMA-262 §6.2.6).
type PropDesc struct {
	Value, Get, Set Value
	Attrs           uint8 // attrWritable | attrEnumerable | attrConfigurable | attrAccessor
	Has             uint8 // which fields are present, for descriptors from JS
}

// PropDesc.Has bits.
const (
	hasValue uint8 = 1 << iota
	hasGet
	hasSet
	hasWritable
	hasEnumerable
	hasConfigurable
)

func (d *PropDesc) isAccessor() bool { return d.Has&(hasGet|hasSet) != 0 }
func (d *PropDesc) isData() bool     { return d.Has&(hasValue|hasWritable) != 0 }

func dataDesc(v Value, attrs uint8) PropDesc {
	return PropDesc{Value: v, Attrs: attrs, Has: hasValue | hasWritable | hasEnumerable | hasConfigurable}
}

// indexKey returns the array index of key, if it is one.
func indexKey(key PropKey) (uint32, bool) {
	if key.IsNumber() {
		return uint32(key.Float()), true
	}
	return 0, false
}

func idxKey(i uint32) PropKey { return gc.Float(float64(i)) }

// ToPropertyKey is ECMA-262 §7.1.19, returning Kiln's canonical key form.
func (rt *Runtime) ToPropertyKey(v Value) PropKey {
	switch v.Tag() {
	case gc.TagNumber:
		f := v.Float()
		if f >= 0 && f < 4294967295 && f == math.Trunc(f) {
			if f == 0 {
				return idxKey(0) // -0 → "0"
			}
			return v
		}
		return rt.atom(rt.numberToGoString(f))
	case gc.TagString:
		return rt.stringKey(v)
	case gc.TagSymbol:
		return v
	case gc.TagObject:
		return rt.ToPropertyKey(rt.ToPrimitive(v, hintString))
	}
	return rt.stringKey(rt.ToString(v))
}

// stringKey returns the key for a string value: an index or an atom.
func (rt *Runtime) stringKey(v Value) PropKey {
	s := rt.flat(v)
	if s.n > 0 && s.n <= 10 && s.flags&strWide == 0 {
		if i, ok := parseIndex(s.lat); ok {
			return idxKey(i)
		}
	}
	return rt.toAtom(v)
}

// keyFor returns the key for a Go string property name.
func (rt *Runtime) keyFor(name string) PropKey {
	if len(name) > 0 && len(name) <= 10 && name[0] >= '0' && name[0] <= '9' {
		if i, ok := parseIndex(name); ok {
			return idxKey(i)
		}
	}
	return rt.atom(name)
}

// parseIndex parses a canonical array index ("0" .. "4294967294").
func parseIndex(s string) (uint32, bool) {
	if len(s) == 0 || len(s) > 10 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	if n >= 4294967295 {
		return 0, false
	}
	return uint32(n), true
}

// keyToValue turns a key back into a JavaScript value (string or symbol).
func (rt *Runtime) keyToValue(k PropKey) Value {
	if i, ok := indexKey(k); ok {
		// An index is a small integer: the general number formatting
		// was most of a JSON.parse reviver's cost for arrays.
		if i < 10 {
			return rt.charString('0' + int(i))
		}
		return rt.newLatin1(strconv.FormatUint(uint64(i), 10), true)
	}
	return k
}

// keyString returns a key as a Go string, for messages and names.
func (rt *Runtime) keyString(k PropKey) string {
	switch {
	case k.IsNumber():
		return rt.numberToGoString(k.Float())
	case k.IsSymbol():
		return rt.symbolDescriptiveString(k)
	}
	return rt.GoString(k)
}

// ---------------------------------------------------------------------------
// [[GetOwnProperty]]

func (rt *Runtime) getOwnProperty(ov Value, key PropKey) (PropDesc, bool) {
	o := rt.obj(ov)
	if o.flags&objLazyProto != 0 && key == rt.atPrototype {
		rt.materializeProto(ov, o)
	}
	switch o.class {
	case ClassProxy:
		return rt.proxyGetOwnProperty(ov, key)
	case ClassString:
		if d, ok := rt.stringGetOwn(o, key); ok {
			return d, true
		}
	case ClassArray:
		if key == rt.atLength {
			attrs := attrWritable
			if o.flags&objFrozenLen != 0 {
				attrs = 0
			}
			return dataDesc(gc.Float(float64(o.aux)), attrs), true
		}
	case ClassTypedArray:
		if d, ok, handled := rt.typedArrayGetOwn(o, key); handled {
			return d, ok
		}
	case ClassArguments:
		if d, ok, handled := rt.argumentsGetOwn(ov, o, key); handled {
			return d, ok
		}
	case ClassFunction:
		if rt.isLiveCallerKey(o, key) {
			if d, ok := rt.ordinaryGetOwn(o, key); ok && d.Attrs&attrAccessor == 0 {
				d.Value = rt.liveCallerProp(ov, key)
				return d, true
			}
		}
	case ClassNamespace:
		if d, ok, handled := rt.namespaceGetOwn(o, key); handled {
			return d, ok
		}
	}
	d, ok := rt.ordinaryGetOwn(o, key)
	if ok && d.Attrs&attrAccessor != 0 && rt.isLazyStack(&d) {
		return dataDesc(rt.materializeStack(ov), attrWritable|d.Attrs&(attrEnumerable|attrConfigurable)), true
	}
	return d, ok
}

func (rt *Runtime) ordinaryGetOwn(o *Object, key PropKey) (PropDesc, bool) {
	if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
		if int(i) < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
			return dataDesc(rt.vals(o.elems)[i], attrDefault), true
		}
		return PropDesc{}, false
	}
	slot := rt.shp(o).lookup(key)
	if slot < 0 {
		return PropDesc{}, false
	}
	attrs := rt.shp(o).attrs[slot]
	if attrs&attrAccessor != 0 {
		pair := rt.obj(rt.vals(o.slots)[slot])
		if pair.flags&objLazyPair != 0 {
			rt.makeLazyPair(pair)
		}
		if pair.flags&objLazyData != 0 {
			// A data property not made yet: its getter makes it.
			rt.Call(pair.v0, Undefined)
			return rt.ordinaryGetOwn(o, key)
		}
		return PropDesc{Get: pair.v0, Set: pair.v1, Attrs: attrs, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}, true
	}
	return dataDesc(rt.vals(o.slots)[slot], attrs), true
}

// ---------------------------------------------------------------------------
// [[Get]]

// getV is [[Get]](key, receiver) on object ov.
func (rt *Runtime) getV(ov Value, key PropKey, receiver Value) Value {
	for {
		o := rt.obj(ov)
		if o.flags&objLazyProto != 0 && key == rt.atPrototype {
			rt.materializeProto(ov, o)
		}
		if o.class != ClassObject && o.class != ClassFunction {
			switch o.class {
			case ClassArray:
				if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
					if int(i) < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
						return rt.vals(o.elems)[i]
					}
					break
				}
				if key == rt.atLength {
					return gc.Float(float64(o.aux))
				}
			case ClassProxy:
				return rt.proxyGet(ov, key, receiver)
			case ClassString, ClassTypedArray, ClassArguments, ClassNamespace:
				if d, found := rt.getOwnProperty(ov, key); found {
					return rt.descValue(&d, receiver)
				}
				if o.class == ClassTypedArray {
					if rt.typedArrayNumericKey(key) {
						return Undefined
					}
				}
				goto next
			}
		}
		if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
			if int(i) < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
				return rt.vals(o.elems)[i]
			}
		} else if slot := rt.shp(o).lookup(key); slot >= 0 {
			if rt.shp(o).attrs[slot]&attrAccessor != 0 {
				return rt.callGetter(rt.vals(o.slots)[slot], receiver)
			}
			if o.class == ClassFunction && rt.isLiveCallerKey(o, key) {
				return rt.liveCallerProp(ov, key)
			}
			return rt.vals(o.slots)[slot]
		}
	next:
		if o.proto == Null {
			return Undefined
		}
		ov = o.proto
	}
}

func (rt *Runtime) descValue(d *PropDesc, receiver Value) Value {
	if d.Attrs&attrAccessor != 0 {
		if d.Get == Undefined {
			return Undefined
		}
		return rt.Call(d.Get, receiver)
	}
	return d.Value
}

func (rt *Runtime) callGetter(pairV Value, receiver Value) Value {
	p := rt.obj(pairV)
	if p.flags&objLazyPair != 0 {
		rt.makeLazyPair(p)
	}
	g := p.v0
	if g == Undefined {
		return Undefined
	}
	return rt.Call(g, receiver)
}

// Get is [[Get]] on any value (primitives use their prototype).
func (rt *Runtime) Get(v Value, key PropKey) Value {
	if v.IsObject() {
		return rt.getV(v, key, v)
	}
	return rt.getPrimitive(v, key)
}

// GetS gets a property by Go name.
func (rt *Runtime) GetS(v Value, name string) Value { return rt.Get(v, rt.keyFor(name)) }

func (rt *Runtime) getPrimitive(v Value, key PropKey) Value {
	switch v.Tag() {
	case gc.TagString:
		if i, ok := indexKey(key); ok {
			if int(i) < rt.strLen(v) {
				return rt.substring(v, int(i), int(i)+1)
			}
		} else if key == rt.atLength {
			return gc.Int(rt.strLen(v))
		}
		return rt.getV(rt.realm.StringPrototype, key, v)
	case gc.TagNumber:
		return rt.getV(rt.realm.NumberPrototype, key, v)
	case gc.TagBool:
		return rt.getV(rt.realm.BooleanPrototype, key, v)
	case gc.TagSymbol:
		return rt.getV(rt.realm.SymbolPrototype, key, v)
	case gc.TagBigInt:
		return rt.getV(rt.realm.BigIntPrototype, key, v)
	}
	rt.throwTypeError("Cannot read properties of %s (reading '%s')", rt.typeName(v), rt.keyString(key))
	return Undefined
}

// ---------------------------------------------------------------------------
// [[Set]]

// Set is [[Set]] on any value with receiver = v; it throws in strict code
// when the assignment fails.
func (rt *Runtime) Set(v Value, key PropKey, val Value, strict bool) {
	var ok bool
	if v.IsObject() {
		ok = rt.setV(v, key, val, v)
	} else {
		if v.IsNullish() {
			rt.throwTypeError("Cannot set properties of %s (setting '%s')", rt.typeName(v), rt.keyString(key))
		}
		ok = rt.setV(rt.ToObject(v), key, val, v)
	}
	if !ok && strict {
		rt.failedAssignment(v, key)
	}
}

// SetS sets a property by Go name, throwing on failure.
func (rt *Runtime) SetS(v Value, name string, val Value) { rt.Set(v, rt.keyFor(name), val, true) }

// failedAssignment throws V8's TypeError for a [[Set]] of key on v that
// returned false in strict code. It only reads properties (no JavaScript
// runs) to tell which of V8's messages applies.
func (rt *Runtime) failedAssignment(v Value, key PropKey) {
	if !v.IsObject() {
		w := rt.ToObject(v)
		if d, ok := rt.findProperty(w, key); ok {
			if d.Attrs&attrAccessor != 0 {
				rt.throwTypeError("Cannot set property %s of %s which has only a getter", rt.keyString(key), rt.v8Show(w))
			}
			rt.throwTypeError("Cannot assign to read only property '%s' of %s '%s'", rt.keyString(key), rt.typeofString(v), rt.v8Show(v))
		}
		rt.throwTypeError("Cannot create property '%s' on %s '%s'", rt.keyString(key), rt.typeofString(v), rt.v8Show(v))
	}
	for rt.obj(v).class == ClassProxy {
		// Without a set trap the proxy forwards to its target, and V8
		// reports the target's failure.
		handler := rt.obj(v).v1
		if !handler.IsObject() || rt.dataPropertyOf(handler, rt.atom("set")) != Undefined {
			rt.throwTypeError("'set' on proxy: trap returned falsish for property '%s'", rt.keyString(key))
		}
		v = rt.obj(v).v0
	}
	if d, ok := rt.findProperty(v, key); ok && d.Attrs&attrAccessor != 0 {
		rt.throwTypeError("Cannot set property %s of %s which has only a getter", rt.keyString(key), rt.v8Show(v))
	}
	if _, ok := rt.getOwnProperty(v, key); !ok {
		if !rt.isExtensibleV(v) {
			rt.throwTypeError("Cannot add property %s, object is not extensible", rt.keyString(key))
		}
		if i, isIdx := indexKey(key); isIdx && rt.obj(v).class == ClassArray && i >= rt.obj(v).aux {
			// The index would grow a length that is not writable.
			key = rt.atLength
		}
	}
	rt.throwTypeError("Cannot assign to read only property '%s' of %s '%s'", rt.keyString(key), rt.typeofString(v), rt.v8Show(v))
}

// findProperty looks key up along v's prototype chain, stopping at a
// proxy, without calling getters.
func (rt *Runtime) findProperty(v Value, key PropKey) (PropDesc, bool) {
	for p := v; p.IsObject() && rt.obj(p).class != ClassProxy; p = rt.obj(p).proto {
		if d, ok := rt.getOwnProperty(p, key); ok {
			return d, true
		}
	}
	return PropDesc{}, false
}

// setV is OrdinarySet (ECMA-262 §10.1.9.2) with exotic dispatch.
func (rt *Runtime) setV(ov Value, key PropKey, val Value, receiver Value) bool {
	// Fast path: an own writable data property.
	o := rt.obj(ov)
	if o.flags&objLazyProto != 0 && key == rt.atPrototype {
		rt.materializeProto(ov, o)
	}
	if ov == receiver && (o.class == ClassObject || o.class == ClassFunction || o.class == ClassArray) {
		if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
			if int(i) < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
				rt.vals(o.elems)[i] = val
				return true
			}
		} else if !ok {
			if key == rt.atLength && o.class == ClassArray {
				return rt.arraySetLength(o, val)
			}
			if slot := rt.shp(o).lookup(key); slot >= 0 && rt.shp(o).attrs[slot]&(attrWritable|attrAccessor) == attrWritable {
				rt.slotStore(o)
				rt.vals(o.slots)[slot] = val
				return true
			}
		}
	}
	// OrdinarySetWithOwnDescriptor, walking the prototype chain.
	cur := ov
	for {
		co := rt.obj(cur)
		if co.class == ClassProxy {
			return rt.proxySet(cur, key, val, receiver)
		}
		if co.class == ClassTypedArray {
			if ok, done := rt.typedArraySet(cur, co, key, val, receiver); done {
				return ok
			}
		}
		if co.class == ClassNamespace && cur == ov {
			return false // §10.4.6.9
		}
		d, found := rt.getOwnProperty(cur, key)
		if found {
			if d.Attrs&attrAccessor != 0 {
				if d.Set == Undefined {
					return false
				}
				rt.Call(d.Set, receiver, val)
				return true
			}
			if d.Attrs&attrWritable == 0 {
				return false
			}
			break
		}
		if co.proto == Null {
			break
		}
		cur = co.proto
	}
	if !receiver.IsObject() {
		return false
	}
	// The receiver gets (or updates) an own data property.
	if ed, ok := rt.getOwnProperty(receiver, key); ok {
		if ed.Attrs&attrAccessor != 0 || ed.Attrs&attrWritable == 0 {
			return false
		}
		return rt.defineOwnProperty(receiver, key, PropDesc{Value: val, Has: hasValue}, false)
	}
	return rt.defineOwnProperty(receiver, key, dataDesc(val, attrDefault), false)
}

// ---------------------------------------------------------------------------
// [[DefineOwnProperty]]

// DefineOwnProperty defines key on object ov; with throw set, a refusal is a
// TypeError.
func (rt *Runtime) defineOwnProperty(ov Value, key PropKey, d PropDesc, throw bool) bool {
	o := rt.obj(ov)
	if o.flags&objLazyProto != 0 {
		rt.materializeProto(ov, o)
	}
	var ok bool
	switch o.class {
	case ClassArray:
		ok = rt.arrayDefineOwn(ov, o, key, d)
	case ClassProxy:
		ok = rt.proxyDefineOwnProperty(ov, key, d)
	case ClassString:
		if _, found := rt.stringGetOwn(o, key); found {
			cur, _ := rt.stringGetOwn(o, key)
			ok = rt.validateOnly(&cur, &d)
		} else {
			ok = rt.ordinaryDefineOwn(o, key, d)
		}
	case ClassTypedArray:
		var handled bool
		ok, handled = rt.typedArrayDefineOwn(o, key, d)
		if !handled {
			ok = rt.ordinaryDefineOwn(o, key, d)
		}
	case ClassArguments:
		ok = rt.argumentsDefineOwn(ov, o, key, d)
	case ClassNamespace:
		ok = rt.namespaceDefineOwn(ov, o, key, d)
	default:
		ok = rt.ordinaryDefineOwn(o, key, d)
	}
	if !ok && throw {
		if o.class == ClassProxy {
			rt.throwTypeError("'defineProperty' on proxy: trap returned falsish for property '%s'", rt.keyString(key))
		}
		rt.throwTypeError("Cannot redefine property: %s", rt.keyString(key))
	}
	return ok
}

// validateOnly checks d against an existing non-storable descriptor.
func (rt *Runtime) validateOnly(cur, d *PropDesc) bool {
	if cur.Attrs&attrConfigurable != 0 {
		return true
	}
	if d.Has&hasConfigurable != 0 && d.Attrs&attrConfigurable != 0 {
		return false
	}
	if d.Has&hasEnumerable != 0 && (d.Attrs&attrEnumerable) != (cur.Attrs&attrEnumerable) {
		return false
	}
	if d.isAccessor() {
		return false
	}
	if cur.Attrs&attrWritable == 0 {
		if d.Has&hasWritable != 0 && d.Attrs&attrWritable != 0 {
			return false
		}
		if d.Has&hasValue != 0 && !sameValue(rt, d.Value, cur.Value) {
			return false
		}
	}
	return true
}

// ordinaryDefineOwn is ValidateAndApplyPropertyDescriptor (§10.1.6.3) on an
// ordinary object.
func (rt *Runtime) ordinaryDefineOwn(o *Object, key PropKey, d PropDesc) bool {
	cur, found := rt.ordinaryGetOwn(o, key)
	if d.isAccessor() || (d.Has&hasWritable != 0 && d.Attrs&attrWritable == 0) || (!found && d.Attrs&attrWritable == 0 && !d.isAccessor()) {
		rt.chainChanged(o) // something may now intercept assignments (see ic.go)
	}
	if !found {
		if o.flags&objExtensible == 0 {
			return false
		}
		attrs := d.Attrs & (attrEnumerable | attrConfigurable)
		var val Value = Undefined
		if d.isAccessor() {
			attrs |= attrAccessor
			g, s := Undefined, Undefined
			if d.Has&hasGet != 0 {
				g = d.Get
			}
			if d.Has&hasSet != 0 {
				s = d.Set
			}
			val = rt.newAccessorPair(g, s)
		} else {
			attrs |= d.Attrs & attrWritable
			if d.Has&hasValue != 0 {
				val = d.Value
			}
		}
		rt.addOwn(o, key, val, attrs)
		return true
	}
	// Step 4-7: validate against the current descriptor.
	if cur.Attrs&attrConfigurable == 0 {
		if d.Has&hasConfigurable != 0 && d.Attrs&attrConfigurable != 0 {
			return false
		}
		if d.Has&hasEnumerable != 0 && (d.Attrs&attrEnumerable) != (cur.Attrs&attrEnumerable) {
			return false
		}
		curAcc := cur.Attrs&attrAccessor != 0
		if d.Has&(hasGet|hasSet|hasValue|hasWritable) != 0 {
			if d.isAccessor() != curAcc {
				return false
			}
			if curAcc {
				if d.Has&hasGet != 0 && d.Get != cur.Get {
					return false
				}
				if d.Has&hasSet != 0 && d.Set != cur.Set {
					return false
				}
			} else if cur.Attrs&attrWritable == 0 {
				if d.Has&hasWritable != 0 && d.Attrs&attrWritable != 0 {
					return false
				}
				if d.Has&hasValue != 0 && !sameValue(rt, d.Value, cur.Value) {
					return false
				}
			}
		}
	}
	// Apply.
	attrs := cur.Attrs
	if d.Has&hasConfigurable != 0 {
		attrs = attrs&^attrConfigurable | d.Attrs&attrConfigurable
	}
	if d.Has&hasEnumerable != 0 {
		attrs = attrs&^attrEnumerable | d.Attrs&attrEnumerable
	}
	var val Value
	switch {
	case d.isAccessor():
		g, s := Undefined, Undefined
		if cur.Attrs&attrAccessor != 0 {
			g, s = cur.Get, cur.Set
		}
		if d.Has&hasGet != 0 {
			g = d.Get
		}
		if d.Has&hasSet != 0 {
			s = d.Set
		}
		attrs = attrs&^attrWritable | attrAccessor
		val = rt.newAccessorPair(g, s)
	case d.isData() || cur.Attrs&attrAccessor == 0:
		if cur.Attrs&attrAccessor != 0 {
			attrs &^= attrAccessor | attrWritable
			val = Undefined
		} else {
			val = cur.Value
		}
		if d.Has&hasWritable != 0 {
			attrs = attrs&^attrWritable | d.Attrs&attrWritable
		}
		if d.Has&hasValue != 0 {
			val = d.Value
		}
	default: // generic descriptor on an accessor: keep the pair
		val = rt.newAccessorPair(cur.Get, cur.Set)
	}
	rt.putOwn(o, key, val, attrs)
	return true
}

func (rt *Runtime) newAccessorPair(get, set Value) Value {
	v, p := rt.newObjectCell(ClassAccessor, Null)
	p.v0, p.v1 = get, set
	return v
}

// addOwn appends a new own property. The caller has checked it is absent.
func (rt *Runtime) addOwn(o *Object, key PropKey, val Value, attrs uint8) {
	if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
		if attrs == attrDefault && rt.growElems(o, i) {
			rt.vals(o.elems)[i] = val
			if o.class == ClassArray && i >= o.aux {
				o.aux = i + 1
			}
			return
		}
		rt.slowElems(o)
	}
	if len(rt.shp(o).keys) >= maxShapeProps && !rt.shp(o).dict {
		o.shape = rt.toDict(rt.shp(o)).id
	}
	o.shape = rt.withKey(rt.shp(o), key, attrs).id
	rt.pushSlot(o, val)
	if i, ok := indexKey(key); ok && o.class == ClassArray && i >= o.aux {
		o.aux = i + 1
	}
}

// putOwn replaces an existing own property's value and attributes.
func (rt *Runtime) putOwn(o *Object, key PropKey, val Value, attrs uint8) {
	if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
		if attrs == attrDefault {
			rt.vals(o.elems)[i] = val
			return
		}
		rt.slowElems(o)
	}
	rt.slotStore(o)
	slot := rt.shp(o).lookup(key)
	if rt.shp(o).attrs[slot] != attrs {
		if !rt.shp(o).dict {
			o.shape = rt.toDict(rt.shp(o)).id
		}
		rt.shp(o).attrs[slot] = attrs
		rt.edited(rt.shp(o))
	}
	rt.own(&o.slots)
	rt.vals(o.slots)[slot] = val
}

// growElems makes room for index i in dense elements, reporting false when
// the array would become too sparse (the caller then goes slow).
func (rt *Runtime) growElems(o *Object, i uint32) bool {
	n := uint32(int(o.elems.n))
	if i < n {
		return true
	}
	if i > n+1024 && (i > 2*n || i >= 1<<24) {
		return false
	}
	if int(i) >= rt.capOf(o.elems) && i >= sparseCheckLen && !rt.denseEnough(o.elems, i) {
		return false
	}
	if i == n {
		rt.push(&o.elems, Empty)
		return true
	}
	for uint32(int(o.elems.n)) <= i {
		rt.push(&o.elems, Empty)
	}
	return true
}

// sparseCheckLen is the length from which growing dense elements past their
// capacity first checks how many are in use.
const sparseCheckLen = 4096

// denseEnough reports whether elements in use in v justify a dense store
// reaching index i: at least one in 16 of its slots. Growth within 2n
// alone let keys that double (an enum of bit flags: 1, 2, 4, ... 1<<30,
// TypeScript's among them) make a store of millions of holes, as large and
// as slow to copy as it is empty; V8 turns such objects to dictionary
// elements by the same measure. It is counted only when the store has to
// grow, which happens at doubling sizes, so appending stays linear.
func (rt *Runtime) denseEnough(v vec, i uint32) bool {
	used := uint32(0)
	for _, x := range rt.vals(v) {
		if x != Empty {
			used++
		}
	}
	return i/16 <= used
}

// slowElems moves an object's dense elements into its dictionary shape.
func (rt *Runtime) slowElems(o *Object) {
	if o.flags&objSlowElems != 0 {
		return
	}
	o.flags |= objSlowElems
	o.shape = rt.toDict(rt.shp(o)).id
	// Pushing to the slots may reuse storage, so the elements are copied
	// out before their storage is freed.
	elems := append([]Value(nil), rt.vals(o.elems)...)
	rt.freeVec(&o.elems)
	// Index keys go first in key order; ownKeys sorts them anyway.
	for i, v := range elems {
		if v != Empty {
			o.shape = rt.withKey(rt.shp(o), idxKey(uint32(i)), attrDefault).id
			rt.pushSlot(o, v)
		}
	}
}

// ---------------------------------------------------------------------------
// [[HasProperty]], [[Delete]], [[OwnPropertyKeys]], prototypes, extensibility

func (rt *Runtime) hasProperty(ov Value, key PropKey) bool {
	for {
		o := rt.obj(ov)
		if o.class == ClassProxy {
			return rt.proxyHas(ov, key)
		}
		if o.class == ClassNamespace && !key.IsSymbol() {
			_, ok := rt.namespaceKey(rt.namespaceOf(o), key)
			return ok
		}
		if _, ok := rt.getOwnProperty(ov, key); ok {
			return true
		}
		if o.class == ClassTypedArray {
			if rt.typedArrayNumericKey(key) {
				return false
			}
		}
		if o.proto == Null {
			return false
		}
		ov = o.proto
	}
}

func (rt *Runtime) hasOwnProperty(ov Value, key PropKey) bool {
	_, ok := rt.getOwnProperty(ov, key)
	return ok
}

// deleteProp is [[Delete]].
func (rt *Runtime) deleteProp(ov Value, key PropKey) bool {
	o := rt.obj(ov)
	if o.flags&objLazyProto != 0 {
		rt.materializeProto(ov, o)
	}
	switch o.class {
	case ClassProxy:
		return rt.proxyDelete(ov, key)
	case ClassArray:
		if key == rt.atLength {
			return false
		}
	case ClassString:
		if _, ok := rt.stringGetOwn(o, key); ok {
			return false
		}
	case ClassTypedArray:
		if rt.typedArrayNumericKey(key) {
			_, ok, _ := rt.typedArrayGetOwn(o, key)
			return !ok
		}
	case ClassArguments:
		return rt.argumentsDelete(o, key)
	case ClassNamespace:
		if !key.IsSymbol() {
			_, ok := rt.namespaceKey(rt.namespaceOf(o), key)
			return !ok
		}
	}
	return rt.ordinaryDelete(o, key)
}

// ordinaryDelete is OrdinaryDelete (§10.1.10.1).
func (rt *Runtime) ordinaryDelete(o *Object, key PropKey) bool {
	if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
		if int(i) < int(o.elems.n) {
			if int(i) == int(o.elems.n)-1 {
				rt.resize(&o.elems, int(i), Empty)
			} else {
				rt.vals(o.elems)[i] = Empty
			}
		}
		return true
	}
	slot := rt.shp(o).lookup(key)
	if slot < 0 {
		return true
	}
	if rt.shp(o).attrs[slot]&attrConfigurable == 0 {
		return false
	}
	rt.deleteOwnSlot(o, slot)
	return true
}

// ownKeys is [[OwnPropertyKeys]]: integer indexes ascending, then strings
// in creation order, then symbols in creation order.
func (rt *Runtime) ownKeys(ov Value) []PropKey {
	o := rt.obj(ov)
	if o.flags&objLazyProto != 0 {
		rt.materializeProto(ov, o)
	}
	if o.class == ClassProxy {
		return rt.proxyOwnKeys(ov)
	}
	if o.class == ClassNamespace {
		return rt.namespaceKeys(o)
	}
	var keys []PropKey
	switch o.class {
	case ClassString:
		n := rt.strLen(o.v0)
		for i := 0; i < n; i++ {
			keys = append(keys, idxKey(uint32(i)))
		}
	case ClassTypedArray:
		n := rt.typedArrayLength(o)
		for i := 0; i < n; i++ {
			keys = append(keys, idxKey(uint32(i)))
		}
	}
	if o.flags&objSlowElems == 0 {
		for i, v := range rt.vals(o.elems) {
			if v != Empty {
				keys = append(keys, idxKey(uint32(i)))
			}
		}
	}
	if o.flags&objSlowElems != 0 {
		var idx []uint32
		for _, k := range rt.shp(o).keys {
			if i, ok := indexKey(k); ok {
				idx = append(idx, i)
			}
		}
		sortUint32(idx)
		for _, i := range idx {
			keys = append(keys, idxKey(i))
		}
	}
	if o.class == ClassArray {
		keys = append(keys, rt.atLength)
	} else if o.class == ClassString {
		keys = append(keys, rt.atLength)
	}
	for _, k := range rt.shp(o).keys {
		if k.IsString() {
			keys = append(keys, k)
		}
	}
	if rt.shp(o).hasSym {
		for _, k := range rt.shp(o).keys {
			if k.IsSymbol() {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

func sortUint32(a []uint32) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func (rt *Runtime) getPrototypeOf(ov Value) Value {
	o := rt.obj(ov)
	if o.class == ClassProxy {
		return rt.proxyGetPrototypeOf(ov)
	}
	return o.proto
}

// setPrototypeOf is OrdinarySetPrototypeOf (§10.1.2.1).
func (rt *Runtime) setPrototypeOf(ov Value, proto Value) bool {
	o := rt.obj(ov)
	if o.class == ClassProxy {
		return rt.proxySetPrototypeOf(ov, proto)
	}
	if o.proto == proto {
		return true
	}
	if o.flags&(objExtensible|objImmutableProto) != objExtensible {
		return false
	}
	for p := proto; p != Null; {
		if p == ov {
			return false
		}
		po := rt.obj(p)
		if po.class == ClassProxy {
			break
		}
		p = po.proto
	}
	o.proto = proto
	rt.chainChanged(o)
	return true
}

func (rt *Runtime) isExtensibleV(ov Value) bool {
	o := rt.obj(ov)
	if o.class == ClassProxy {
		return rt.proxyIsExtensible(ov)
	}
	return o.flags&objExtensible != 0
}

func (rt *Runtime) preventExtensions(ov Value) bool {
	o := rt.obj(ov)
	if o.class == ClassProxy {
		return rt.proxyPreventExtensions(ov)
	}
	if o.class == ClassTypedArray && !rt.typedArrayFixedLength(o) {
		return false
	}
	o.flags &^= objExtensible
	return true
}

// ---------------------------------------------------------------------------
// Helpers used by built-ins.

// DefineData defines an own data property with the given attributes.
func (rt *Runtime) defineData(ov Value, key PropKey, v Value, attrs uint8) {
	if rt.deferring {
		if o := rt.obj(ov); rt.deferrable(o, key) {
			rt.deferProp(ov, o, deferredProp{kind: deferData, key: key, v: v, attrs: attrs})
			return
		}
	}
	rt.defineOwnProperty(ov, key, dataDesc(v, attrs), true)
}

// CreateDataProperty is ECMA-262 §7.3.5; it reports success.
func (rt *Runtime) createDataProperty(ov Value, key PropKey, v Value) bool {
	o := rt.obj(ov)
	if o.class == ClassObject || o.class == ClassArray {
		if i, ok := indexKey(key); ok && o.flags&(objSlowElems|objExtensible) == objExtensible {
			if int(i) < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
				rt.vals(o.elems)[i] = v
				return true
			}
			if o.class == ClassObject || i < o.aux || o.flags&objFrozenLen == 0 {
				if rt.growElems(o, i) {
					rt.vals(o.elems)[i] = v
					if o.class == ClassArray && i >= o.aux {
						o.aux = i + 1
					}
					return true
				}
			}
		}
	}
	return rt.defineOwnProperty(ov, key, dataDesc(v, attrDefault), false)
}

// createDataPropertyOrThrow is ECMA-262 §7.3.7.
func (rt *Runtime) createDataPropertyOrThrow(ov Value, key PropKey, v Value) {
	if !rt.createDataProperty(ov, key, v) {
		rt.throwTypeError("Cannot add property %s, object is not extensible", rt.keyString(key))
	}
}

// deleteValue is the delete operator on a property reference (§13.5.1.2).
func (rt *Runtime) deleteValue(v Value, key PropKey, fr *frame) bool {
	obj := rt.ToObject(v)
	ok := rt.deleteProp(obj, key)
	if !ok && fr.code.Flags&bytecode.FlagStrict != 0 {
		rt.failedDelete(obj, key)
	}
	return ok
}

// failedDelete throws V8's TypeError for a [[Delete]] of key on o that
// returned false where it must throw.
func (rt *Runtime) failedDelete(o Value, key PropKey) {
	if rt.obj(o).class == ClassProxy {
		rt.throwTypeError("'deleteProperty' on proxy: trap returned falsish for property '%s'", rt.keyString(key))
	}
	rt.throwTypeError("Cannot delete property '%s' of %s", rt.keyString(key), rt.v8Show(o))
}
