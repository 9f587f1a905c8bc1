package vm

import (
	"math"

	"github.com/kilnjs/kiln/gc"
)

// The Array constructor and Array.prototype (ECMA-262 §23.1).
//
// Every method follows its spec algorithm over the generic internal methods
// ([[HasProperty]], [[Get]], [[Set]], [[Delete]]), so it works on any
// array-like receiver, proxies included. Two kinds of shortcut sit on top:
//
//   - per element: a present element of a dense Array or ordinary object
//     (objSlowElems unset) is an own writable data property, so reading
//     rt.vals(o.elems)[k] is exactly HasProperty followed by Get;
//   - per call: when the receiver is a dense Array whose prototype chain
//     holds no elements (fastArray), whole-array operations (push, splice,
//     slice, sort, ...) work on rt.vals(o.elems) directly, because no step of their
//     algorithm could be observed. Callbacks may change anything, so these
//     paths never call user code, and loops that do re-read the object
//     after every call.
//
// Holes past the end of dense storage, and between the keys of sparse
// objects, are skipped with nextIndex/prevIndex when no prototype can
// supply an element there: the spec visits them one by one, but a visit
// that finds nothing has no effect.

const (
	maxSafeInt  = 1<<53 - 1
	maxArrayLen = 1<<32 - 1
)

// Keys of Realm.Extra used by this family.
const (
	extraArraySpecies   = "%ArraySpeciesGetter%"
	extraArrayJoinStack = "%ArrayJoinStack%"
)

func (r *Realm) initArray() {
	rt := r.rt
	ap := r.ArrayPrototype
	r.Array = r.Ctor("Array", 1, arrayConstructor, ap)
	a := r.Array
	r.Method(a, "isArray", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Bool(rt.IsArray(Arg(args, 0)))
	})
	r.Method(a, "from", 1, arrayFrom)
	r.Method(a, "of", 0, arrayOf)
	r.Extra[extraArraySpecies] = r.GetterFn(a, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value {
		return this
	})
	stack, _ := rt.newObjectCell(ClassInternal, Null)
	r.Extra[extraArrayJoinStack] = stack

	// V8's property order, so that listings match node's.
	r.Method(ap, "at", 1, arrayAt)
	r.Method(ap, "concat", 1, arrayConcat)
	r.Method(ap, "copyWithin", 2, arrayCopyWithin)
	r.Method(ap, "fill", 1, arrayFill)
	r.Method(ap, "find", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayFind(this, args, "find", false, false)
	})
	r.Method(ap, "findIndex", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayFind(this, args, "findIndex", false, true)
	})
	r.Method(ap, "findLast", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayFind(this, args, "findLast", true, false)
	})
	r.Method(ap, "findLastIndex", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayFind(this, args, "findLastIndex", true, true)
	})
	r.Method(ap, "lastIndexOf", 1, arrayLastIndexOf)
	r.Method(ap, "pop", 0, arrayPop)
	r.Method(ap, "push", 1, arrayPush)
	r.Method(ap, "reverse", 0, arrayReverse)
	r.Method(ap, "shift", 0, arrayShift)
	r.Method(ap, "unshift", 1, arrayUnshift)
	r.Method(ap, "slice", 2, arraySlice)
	r.Method(ap, "sort", 1, arraySort)
	r.Method(ap, "splice", 2, arraySplice)
	r.Method(ap, "includes", 1, arrayIncludes)
	r.Method(ap, "indexOf", 1, arrayIndexOf)
	r.Method(ap, "join", 1, arrayJoin)
	r.Method(ap, "keys", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.NewArrayIterator(rt.ToObject(this), 0)
	})
	r.Method(ap, "entries", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.NewArrayIterator(rt.ToObject(this), 2)
	})
	r.arrayValues = r.MethodFn(ap, "values", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.NewArrayIterator(rt.ToObject(this), 1)
	})
	rt.defineData(ap, rt.wellKnown.iterator, r.arrayValues, attrWritable|attrConfigurable)
	r.Method(ap, "forEach", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayIterate(this, args, "forEach", iterForEach)
	})
	r.Method(ap, "filter", 1, arrayFilter)
	r.Method(ap, "flat", 0, arrayFlat)
	r.Method(ap, "flatMap", 1, arrayFlatMap)
	r.Method(ap, "map", 1, arrayMap)
	r.Method(ap, "every", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayIterate(this, args, "every", iterEvery)
	})
	r.Method(ap, "some", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayIterate(this, args, "some", iterSome)
	})
	r.Method(ap, "reduce", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayReduce(this, args, "reduce", false)
	})
	r.Method(ap, "reduceRight", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.arrayReduce(this, args, "reduceRight", true)
	})
	r.Method(ap, "toLocaleString", 0, arrayToLocaleString)
	r.Method(ap, "toString", 0, arrayToString)
	r.Method(ap, "toReversed", 0, arrayToReversed)
	r.Method(ap, "toSorted", 1, arrayToSorted)
	r.Method(ap, "toSpliced", 2, arrayToSpliced)
	r.Method(ap, "with", 2, arrayWith)

	// §23.1.3.41 Array.prototype [ @@unscopables ], made when a program
	// first looks at Array.prototype's own properties like the methods
	// above: its sixteen properties were a fiftieth of a hello world's
	// start-up, most of it in shapes and slices of sizes nothing else had
	// made yet.
	r.Later(ap, func() {
		u := rt.NewObjectProto(Null)
		for _, name := range []string{"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
			"findLastIndex", "flat", "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced"} {
			rt.createDataProperty(u, rt.atom(name), True)
		}
		rt.defineData(ap, rt.wellKnown.unscopables, u, attrConfigurable)
	})
}

// ---------------------------------------------------------------------------
// Abstract operations and helpers.

// arrayCreate is ArrayCreate (§10.4.2.2).
func (rt *Runtime) arrayCreate(n int64, proto Value) Value {
	if n > maxArrayLen {
		rt.throwRangeError("Invalid array length")
	}
	v, o := rt.newObjectCell(ClassArray, proto)
	o.aux = uint32(n)
	return v
}

// newArrayCap returns an empty array whose dense storage has room for n
// elements (bounded, since n may come from an untrusted length).
func (rt *Runtime) newArrayCap(n int64) Value {
	return rt.NewArray(make([]Value, 0, min(n, 1<<16)))
}

// arrayIndexKey is ToString(𝔽(i)) as a property key, for any integer index
// up to 2^53-1 (past 2^32-2 the key is a string, not an array index).
func (rt *Runtime) arrayIndexKey(i int64) PropKey {
	if i >= 0 && i < maxArrayLen {
		return idxKey(uint32(i))
	}
	return rt.atom(rt.numberToGoString(float64(i)))
}

// lengthOfArrayLike is LengthOfArrayLike (§7.3.18).
func (rt *Runtime) lengthOfArrayLike(o Value) int64 {
	if ob := rt.obj(o); ob.class == ClassArray {
		return int64(ob.aux)
	}
	return rt.ToLength(rt.Get(o, rt.atLength))
}

// thisArrayObject is the ToObject(this value) that starts every method;
// name selects V8's "called on null or undefined" wording, which only some
// methods use.
func (rt *Runtime) thisArrayObject(this Value, name string) Value {
	if name != "" && this.IsNullish() {
		rt.throwTypeError("Array.prototype.%s called on null or undefined", name)
	}
	return rt.ToObject(this)
}

// callbackArg returns args[0] if it is callable, else throws V8's error.
func (rt *Runtime) callbackArg(args []Value) Value {
	f := Arg(args, 0)
	if !rt.isCallable(f) {
		rt.throwTypeError("%s is not a function", rt.v8Show(f))
	}
	return f
}

// v8Show renders a value as V8 does inside builtin error messages
// ("#<Foo> is not a function", "Cannot delete property '0' of [object
// Array]"), without running any JavaScript: strings unquoted, functions by
// their source, errors as "Name: message", objects whose toString is
// Object.prototype.toString by constructor name, other objects as
// "[object Tag]".
func (rt *Runtime) v8Show(v Value) string {
	if s, ok := rt.v8ShowMaybe(v); ok {
		return s
	}
	tag := rt.v8ClassName(v)
	if t := rt.dataPropertyOf(v, rt.wellKnown.toStringTag); t.IsString() {
		tag = rt.GoString(t)
	}
	return "[object " + tag + "]"
}

// v8ShowMaybe is v8Show for the values V8 knows how to show precisely; ok
// is false for an object that only its "[object Tag]" fallback describes
// (V8 then leaves the value out of some messages).
func (rt *Runtime) v8ShowMaybe(v Value) (string, bool) {
	switch v.Tag() {
	case gc.TagString:
		return rt.GoString(v), true
	case gc.TagSymbol:
		return rt.symbolDescriptiveString(v), true
	case gc.TagBigInt:
		return rt.bigint(v).String(), true
	case gc.TagObject:
		if rt.isCallable(v) {
			return rt.functionSource(v), true
		}
		if rt.obj(v).class == ClassError {
			name, msg := "Error", ""
			if n := rt.dataPropertyOf(v, rt.atom("name")); n.IsString() {
				name = rt.GoString(n)
			}
			if m := rt.dataPropertyOf(v, rt.atom("message")); m.IsString() {
				msg = rt.GoString(m)
			}
			switch {
			case msg == "":
				return name, true
			case name == "":
				return msg, true
			}
			return name + ": " + msg, true
		}
		if rt.dataPropertyOf(v, rt.atom("toString")) == rt.realm.Extra[extraObjectToString] {
			if c := rt.dataPropertyOf(v, rt.atConstructor); rt.isCallable(c) {
				if n := rt.funcName(c); n != "" {
					return "#<" + n + ">", true
				}
			}
		}
		return "", false
	}
	return rt.ToGoString(v), true
}

// v8ClassName is the class name V8 shows for an object in messages: the
// §20.1.3.6 builtin tag, refined for the built-in classes that have no tag
// of their own there ("[object Uint8Array]", "[object Map]").
func (rt *Runtime) v8ClassName(v Value) string {
	o := rt.obj(v)
	switch o.class {
	case ClassTypedArray:
		if d, ok := rt.hostOf(o).(*taData); ok {
			return typedNames[d.kind]
		}
	case ClassMap:
		return "Map"
	case ClassSet:
		return "Set"
	case ClassWeakMap:
		return "WeakMap"
	case ClassWeakSet:
		return "WeakSet"
	case ClassWeakRef:
		return "WeakRef"
	case ClassPromise:
		return "Promise"
	case ClassArrayBuffer:
		return "ArrayBuffer"
	case ClassDataView:
		return "DataView"
	}
	return rt.builtinTag(v)
}

// dataPropertyOf finds key along v's prototype chain and returns its value
// when it is a data property; accessors and proxies give Undefined, so no
// JavaScript runs.
func (rt *Runtime) dataPropertyOf(v Value, key PropKey) Value {
	for p := v; p.IsObject(); p = rt.obj(p).proto {
		if rt.obj(p).class == ClassProxy {
			return Undefined
		}
		if d, ok := rt.getOwnProperty(p, key); ok {
			if d.Attrs&attrAccessor != 0 {
				return Undefined
			}
			return d.Value
		}
	}
	return Undefined
}

// setOrThrow is Set(O, P, V, true) with V8's messages.
func (rt *Runtime) setOrThrow(o Value, key PropKey, v Value) {
	if !rt.setV(o, key, v, o) {
		rt.failedAssignment(o, key)
	}
}

// setLengthOrThrow is Set(O, "length", n, true).
func (rt *Runtime) setLengthOrThrow(o Value, n int64) {
	rt.setOrThrow(o, rt.atLength, gc.Float(float64(n)))
}

// deleteOrThrow is DeletePropertyOrThrow (§7.3.10).
func (rt *Runtime) deleteOrThrow(o Value, key PropKey) {
	if !rt.deleteProp(o, key) {
		rt.failedDelete(o, key)
	}
}

// createOrThrow is CreateDataPropertyOrThrow at an integer index.
func (rt *Runtime) createOrThrow(o Value, i int64, v Value) {
	key := rt.arrayIndexKey(i)
	if rt.createDataProperty(o, key, v) {
		return
	}
	if rt.obj(o).class == ClassProxy {
		rt.throwTypeError("'defineProperty' on proxy: trap returned falsish for property '%s'", rt.keyString(key))
	}
	if _, ok := rt.getOwnProperty(o, key); !ok {
		if !rt.isExtensibleV(o) {
			rt.throwTypeError("Cannot add property %s, object is not extensible", rt.keyString(key))
		}
		if ob := rt.obj(o); ob.class == ClassArray && ob.flags&objFrozenLen != 0 {
			rt.throwTypeError("Cannot assign to read only property 'length' of object '%s'", rt.v8Show(o))
		}
	}
	rt.throwTypeError("Cannot redefine property: %s", rt.keyString(key))
}

// elemAt is HasProperty(O, k) and, when present, Get(O, k).
func (rt *Runtime) elemAt(o Value, k int64) (Value, bool) {
	ob := rt.obj(o)
	if (ob.class == ClassArray || ob.class == ClassObject) && ob.flags&objSlowElems == 0 && k < int64(int(ob.elems.n)) {
		if v := rt.vals(ob.elems)[k]; v != Empty {
			return v, true
		}
	}
	key := rt.arrayIndexKey(k)
	if !rt.hasProperty(o, key) {
		return Undefined, false
	}
	return rt.Get(o, key), true
}

// getAt is Get(O, k).
func (rt *Runtime) getAt(o Value, k int64) Value {
	ob := rt.obj(o)
	if (ob.class == ClassArray || ob.class == ClassObject) && ob.flags&objSlowElems == 0 && k < int64(int(ob.elems.n)) {
		if v := rt.vals(ob.elems)[k]; v != Empty {
			return v
		}
	}
	return rt.Get(o, rt.arrayIndexKey(k))
}

// protoNoElems reports whether no object on the chain from p can have an
// element: each is an ordinary object or array with empty dense storage.
func (rt *Runtime) protoNoElems(p Value) bool {
	for p != Null {
		po := rt.obj(p)
		if (po.class != ClassObject && po.class != ClassArray) || po.flags&objSlowElems != 0 || int(po.elems.n) != 0 {
			return false
		}
		p = po.proto
	}
	return true
}

// fastArray returns v's cell when v is an Array whose elements all sit in
// dense storage and whose prototypes have none, so that rt.vals(o.elems) (with
// Empty for holes, and holes past its end up to length) is the whole truth
// about its indexed properties.
func (rt *Runtime) fastArray(v Value) *Object {
	if !v.IsObject() {
		return nil
	}
	o := rt.obj(v)
	if o.class != ClassArray || o.flags&objSlowElems != 0 || !rt.protoNoElems(o.proto) {
		return nil
	}
	return o
}

// fastArrayW is fastArray for operations that also add elements or change
// length: the array must be extensible with a writable length.
func (rt *Runtime) fastArrayW(v Value) *Object {
	o := rt.fastArray(v)
	if o == nil || o.flags&objExtensible == 0 || o.flags&objFrozenLen != 0 {
		return nil
	}
	return o
}

// canonicalIndex parses a string key that is the canonical form of an
// integer in [2^32-1, 2^53-1] — the indices of array-likes that are not
// array indices.
func (rt *Runtime) canonicalIndex(k PropKey) (int64, bool) {
	if !k.IsString() {
		return 0, false
	}
	s := rt.flat(k)
	if s.flags&strWide != 0 || s.n < 10 || s.n > 16 || s.lat[0] == '0' {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s.lat); i++ {
		c := s.lat[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, n >= maxArrayLen && n <= maxSafeInt
}

// sparseKeys reports whether o's elements can be found by listing its own
// keys: an ordinary object or array, whose prototypes have no elements.
func (rt *Runtime) sparseKeys(o *Object) bool {
	return (o.class == ClassArray || o.class == ClassObject) && rt.protoNoElems(o.proto)
}

// nextIndex returns the least index in [k, end) at which O might have an
// element (own or inherited), or end if there is none.
func (rt *Runtime) nextIndex(ov Value, k, end int64) int64 {
	o := rt.obj(ov)
	if k >= end || !rt.sparseKeys(o) {
		return k
	}
	if o.flags&objSlowElems == 0 {
		if k < int64(int(o.elems.n)) {
			return k
		}
		if end <= maxArrayLen {
			return end
		}
	} else if end-k < 64 {
		return k
	}
	best := end
	for _, key := range rt.shp(o).keys {
		i, ok := int64(0), false
		if u, isIdx := indexKey(key); isIdx {
			i, ok = int64(u), true
		} else {
			i, ok = rt.canonicalIndex(key)
		}
		if ok && i >= k && i < best {
			best = i
		}
	}
	return best
}

// prevIndex returns the greatest index in [start, k] at which O might have
// an element, or start-1 if there is none.
func (rt *Runtime) prevIndex(ov Value, k, start int64) int64 {
	o := rt.obj(ov)
	if k < start || !rt.sparseKeys(o) {
		return k
	}
	best := start - 1
	if o.flags&objSlowElems == 0 {
		if k < int64(int(o.elems.n)) {
			return k
		}
		best = max(best, int64(int(o.elems.n))-1)
		if k < maxArrayLen {
			return best
		}
	} else if k-start < 64 {
		return k
	}
	for _, key := range rt.shp(o).keys {
		i, ok := int64(0), false
		if u, isIdx := indexKey(key); isIdx {
			i, ok = int64(u), true
		} else {
			i, ok = rt.canonicalIndex(key)
		}
		if ok && i <= k && i > best {
			best = i
		}
	}
	return best
}

// arrayRelIndex resolves a relative index argument (negative counts from the
// end) and clamps it to [0, length]; undefined gives dflt.
func (rt *Runtime) arrayRelIndex(v Value, length, dflt int64) int64 {
	if v == Undefined {
		return dflt
	}
	r := rt.ToIntegerOrInfinity(v)
	if r < 0 {
		return int64(math.Max(float64(length)+r, 0))
	}
	return int64(math.Min(r, float64(length)))
}

// arraySpeciesDefault reports whether ArraySpeciesCreate(O, n) would make a
// plain array without observable steps: O is an Array of this realm with
// no own "constructor", Array.prototype.constructor is %Array% and
// Array[@@species] is the original getter.
func (rt *Runtime) arraySpeciesDefault(ov Value) bool {
	r := rt.realm
	o := rt.obj(ov)
	ctor := rt.atConstructor
	if o.class != ClassArray || o.proto != r.ArrayPrototype || rt.shp(o).lookup(ctor) >= 0 {
		return false
	}
	ap := rt.obj(r.ArrayPrototype)
	slot := rt.shp(ap).lookup(ctor)
	if slot < 0 || rt.shp(ap).attrs[slot]&attrAccessor != 0 || rt.vals(ap.slots)[slot] != r.Array {
		return false
	}
	ac := rt.obj(r.Array)
	slot = rt.shp(ac).lookup(rt.wellKnown.species)
	if slot < 0 || rt.shp(ac).attrs[slot]&attrAccessor == 0 {
		return false
	}
	return rt.obj(rt.vals(ac.slots)[slot]).v0 == r.Extra[extraArraySpecies]
}

// arraySpeciesCreate is ArraySpeciesCreate (§10.4.2.3).
func (rt *Runtime) arraySpeciesCreate(orig Value, n int64) Value {
	if !rt.IsArray(orig) || rt.arraySpeciesDefault(orig) {
		return rt.arrayCreate(n, rt.realm.ArrayPrototype)
	}
	c := rt.Get(orig, rt.atConstructor)
	if rt.isConstructor(c) {
		// An Array constructor of another realm means "a plain array of
		// this realm", so that arrays passed between realms still work.
		for _, r := range rt.realms {
			if r != rt.realm && c == r.Array {
				c = Undefined
			}
		}
	}
	if c.IsObject() {
		c = rt.Get(c, rt.wellKnown.species)
		if c == Null {
			c = Undefined
		}
	}
	if c == Undefined {
		return rt.arrayCreate(n, rt.realm.ArrayPrototype)
	}
	if !rt.isConstructor(c) {
		rt.throwTypeError("object.constructor[Symbol.species] is not a constructor")
	}
	a := rt.construct(c, []Value{gc.Float(float64(n))}, c)
	rt.Keep(a)
	return a
}

// ---------------------------------------------------------------------------
// The constructor and its static methods.

// arrayConstructor is §23.1.1.1 Array ( ...values ).
func arrayConstructor(rt *Runtime, _ Value, args []Value) Value {
	nt := rt.NewTarget()
	if nt == Undefined {
		nt = rt.curCallee
	}
	proto := rt.realm.ArrayPrototype
	if nt != rt.realm.Array {
		proto = rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.ArrayPrototype })
	}
	switch len(args) {
	case 0:
		return rt.arrayCreate(0, proto)
	case 1:
		l := args[0]
		if !l.IsNumber() {
			a, o := rt.newObjectCell(ClassArray, proto)
			rt.setVals(&o.elems, []Value{l})
			o.aux = 1
			return a
		}
		f := l.Float()
		n := toUint32(f)
		if float64(n) != f {
			rt.throwRangeError("Invalid array length")
		}
		return rt.arrayCreate(int64(n), proto)
	}
	a, o := rt.newObjectCell(ClassArray, proto)
	rt.setVals(&o.elems, args)
	o.aux = uint32(len(args))
	return a
}

// arrayFrom is §23.1.2.1 Array.from ( items [ , mapfn [ , thisArg ] ] ).
func arrayFrom(rt *Runtime, this Value, args []Value) Value {
	items, mapfn, thisArg := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	mapping := mapfn != Undefined
	if mapping && !rt.isCallable(mapfn) {
		rt.throwTypeError("%s is not a function", rt.v8Show(mapfn))
	}
	var using Value = Undefined
	if !items.IsNullish() {
		using = rt.Get(items, rt.wellKnown.iterator)
		if using == Null {
			using = Undefined
		}
		if using != Undefined && !rt.isCallable(using) {
			rt.throwTypeError("%%Array%%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function")
		}
	}
	if using != Undefined {
		var a Value
		if rt.isConstructor(this) {
			a = rt.construct(this, nil, this)
		} else {
			a = rt.arrayCreate(0, rt.realm.ArrayPrototype)
		}
		rt.Keep(a)
		it := rt.Call(using, items)
		if !it.IsObject() {
			rt.throwTypeError("Result of the Symbol.iterator method is not an object")
		}
		rt.Keep(it)
		next := rt.Get(it, rt.atNext)
		rt.Keep(next)
		for k := int64(0); ; k++ {
			if k >= maxSafeInt {
				exc := rt.Try(func() { rt.throwTypeError("Invalid array length") })
				rt.iteratorCloseQuiet(it)
				panic(exc)
			}
			v, done := rt.iterStep(it, next)
			if done {
				rt.setLengthOrThrow(a, k)
				return a
			}
			if exc := rt.Try(func() {
				if mapping {
					v = rt.Call(mapfn, thisArg, v, gc.Float(float64(k)))
				}
				rt.createOrThrow(a, k, v)
			}); exc != nil {
				rt.iteratorCloseQuiet(it)
				panic(exc)
			}
		}
	}
	// Not iterable: an array-like.
	if items.IsNullish() {
		name := "undefined"
		if items == Null {
			name = "object null"
		}
		rt.throwTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", name)
	}
	src := rt.ToObject(items)
	n := rt.lengthOfArrayLike(src)
	var a Value
	if rt.isConstructor(this) {
		a = rt.construct(this, []Value{gc.Float(float64(n))}, this)
	} else {
		a = rt.arrayCreate(n, rt.realm.ArrayPrototype)
	}
	rt.Keep(a)
	cb := rt.prepareCall(mapfn, thisArg)
	for k := int64(0); k < n; k++ {
		v := rt.getAt(src, k)
		if mapping {
			v = rt.callPrepared(&cb, v, gc.Float(float64(k)))
		}
		rt.createOrThrow(a, k, v)
	}
	rt.setLengthOrThrow(a, n)
	return a
}

// arrayOf is §23.1.2.3 Array.of ( ...items ).
func arrayOf(rt *Runtime, this Value, args []Value) Value {
	n := int64(len(args))
	if !rt.isConstructor(this) {
		return rt.NewArray(append([]Value(nil), args...))
	}
	a := rt.construct(this, []Value{gc.Float(float64(n))}, this)
	rt.Keep(a)
	for k, v := range args {
		rt.createOrThrow(a, int64(k), v)
	}
	rt.setLengthOrThrow(a, n)
	return a
}

// ---------------------------------------------------------------------------
// Element walks shared by the methods.

// nextElem returns the first index in [k, end) holding an element, and the
// element (HasProperty then Get, as the skip-holes algorithms do), or end.
func (rt *Runtime) nextElem(o Value, k, end int64) (int64, Value) {
	if ob := rt.obj(o); k < end && ob.flags&objSlowElems == 0 && k < int64(ob.elems.n) && (ob.class == ClassArray || ob.class == ClassObject) {
		if v := rt.arena.At(ob.elems.ref, int(k)); v != Empty {
			return k, v
		}
	}
	return rt.nextElemSlow(o, k, end)
}

// An elemWalk is nextElem split in two for the methods that call back per
// element: at, the read of a dense element, inlines into their loops, and
// next, the whole walk, is called only past a hole or a slow store:
//
//	for k := int64(0); k < n; k++ {
//		v := w.at(k)
//		if v == Empty {
//			if k, v = w.next(k); k >= n {
//				break
//			}
//		}
//		...
//	}
//
// The object's cell is looked up once (a cell never moves while its object
// lives, and the walk's caller roots it), and so is whether its elements
// may be read from storage: nextElem called per element, not inlined
// (its cost is 209 against the inliner's budget of 80), was a tenth of a
// forEach with an empty callback. Whatever a callback does between two
// steps (grow or shrink the store, make it slow) is seen by the next step,
// which reads the store's state afresh.
type elemWalk struct {
	rt  *Runtime
	o   Value
	ob  *Object // nil when the elements are not plain storage
	end int64
}

func (rt *Runtime) walkElems(o Value, end int64) elemWalk {
	w := elemWalk{rt: rt, o: o, end: end}
	if ob := rt.obj(o); ob.class == ClassArray || ob.class == ClassObject {
		w.ob = ob
	}
	return w
}

// at returns element k (k < w.end) from storage, or Empty when it is not
// there: a hole, a slow store, an index past the store, or an object whose
// elements live elsewhere.
func (w *elemWalk) at(k int64) Value {
	if ob := w.ob; ob != nil && ob.flags&objSlowElems == 0 && k < int64(ob.elems.n) {
		return w.rt.arena.At(ob.elems.ref, int(k))
	}
	return Empty
}

// next is nextElem(w.o, k, w.end).
func (w *elemWalk) next(k int64) (int64, Value) { return w.rt.nextElemSlow(w.o, k, w.end) }

// nextElemSlow is nextElem past a hole, a slow or a short element store.
func (rt *Runtime) nextElemSlow(o Value, k, end int64) (int64, Value) {
	for ; k < end; k++ {
		ob := rt.obj(o)
		if (ob.class == ClassArray || ob.class == ClassObject) && ob.flags&objSlowElems == 0 && k < int64(int(ob.elems.n)) {
			if v := rt.vals(ob.elems)[k]; v != Empty {
				return k, v
			}
		}
		if k = rt.nextIndex(o, k, end); k >= end {
			break
		}
		if v, ok := rt.elemAt(o, k); ok {
			return k, v
		}
	}
	return end, Undefined
}

// prevElem is nextElem walking down from k to start; it returns start-1
// when there is no element.
func (rt *Runtime) prevElem(o Value, k, start int64) (int64, Value) {
	for ; k >= start; k-- {
		// A dense element is read straight from storage, as nextElem
		// reads it (reduceRight over an array came here for every one).
		ob := rt.obj(o)
		if (ob.class == ClassArray || ob.class == ClassObject) && ob.flags&objSlowElems == 0 && k >= 0 && k < int64(int(ob.elems.n)) {
			if v := rt.vals(ob.elems)[k]; v != Empty {
				return k, v
			}
		}
		if k = rt.prevIndex(o, k, start); k < start {
			break
		}
		if v, ok := rt.elemAt(o, k); ok {
			return k, v
		}
	}
	return start - 1, Undefined
}

func idxNum(k int64) Value { return gc.Float(float64(k)) }

// Kinds of arrayIterate.
const (
	iterForEach = iota
	iterEvery
	iterSome
)

// arrayIterate is forEach (§23.1.3.15), every (§23.1.3.6) and some
// (§23.1.3.29).
func (rt *Runtime) arrayIterate(this Value, args []Value, name string, kind int) Value {
	o := rt.thisArrayObject(this, name)
	n := rt.lengthOfArrayLike(o)
	cb := rt.prepareCall(rt.callbackArg(args), Arg(args, 1))
	w := rt.walkElems(o, n)
	for k := int64(0); k < n; k++ {
		v := w.at(k)
		if v == Empty {
			if k, v = w.next(k); k >= n {
				break
			}
		}
		r := rt.callPrepared(&cb, v, idxNum(k), o)
		switch kind {
		case iterEvery:
			if !rt.ToBoolean(r) {
				return False
			}
		case iterSome:
			if rt.ToBoolean(r) {
				return True
			}
		}
	}
	switch kind {
	case iterEvery:
		return True
	case iterSome:
		return False
	}
	return Undefined
}

// arrayMap is §23.1.3.21 Array.prototype.map.
func arrayMap(rt *Runtime, this Value, args []Value) Value {
	o := rt.thisArrayObject(this, "map")
	n := rt.lengthOfArrayLike(o)
	cb := rt.prepareCall(rt.callbackArg(args), Arg(args, 1))
	a := rt.arraySpeciesCreate(o, n)
	if ao := rt.obj(a); ao.class == ClassArray && rt.vals(ao.elems) == nil {
		rt.setVals(&ao.elems, make([]Value, 0, min(n, 1<<16)))
	}
	w := rt.walkElems(o, n)
	for k := int64(0); k < n; k++ {
		v := w.at(k)
		if v == Empty {
			if k, v = w.next(k); k >= n {
				break
			}
		}
		rt.createOrThrow(a, k, rt.callPrepared(&cb, v, idxNum(k), o))
	}
	return a
}

// arrayFilter is §23.1.3.8 Array.prototype.filter.
func arrayFilter(rt *Runtime, this Value, args []Value) Value {
	o := rt.thisArrayObject(this, "filter")
	n := rt.lengthOfArrayLike(o)
	cb := rt.prepareCall(rt.callbackArg(args), Arg(args, 1))
	a := rt.arraySpeciesCreate(o, 0)
	to := int64(0)
	w := rt.walkElems(o, n)
	for k := int64(0); k < n; k++ {
		v := w.at(k)
		if v == Empty {
			if k, v = w.next(k); k >= n {
				break
			}
		}
		rt.Keep(v)
		if rt.ToBoolean(rt.callPrepared(&cb, v, idxNum(k), o)) {
			rt.createOrThrow(a, to, v)
			to++
		}
	}
	return a
}

// arrayReduce is reduce (§23.1.3.24) and reduceRight (§23.1.3.25).
func (rt *Runtime) arrayReduce(this Value, args []Value, name string, right bool) Value {
	o := rt.thisArrayObject(this, name)
	n := rt.lengthOfArrayLike(o)
	cb := rt.prepareCall(rt.callbackArg(args), Undefined)
	w := rt.walkElems(o, n)
	next := func(k int64) (int64, Value) {
		if right {
			return rt.prevElem(o, k, 0)
		}
		return w.next(k)
	}
	done := func(k int64) bool { return k < 0 || k >= n }
	step := int64(1)
	k := int64(0)
	if right {
		step, k = -1, n-1
	}
	var acc Value
	if len(args) >= 2 {
		acc = args[1]
	} else {
		if k, acc = next(k); done(k) {
			rt.throwTypeError("Reduce of empty array with no initial value")
		}
		k += step
	}
	for ; ; k += step {
		v := Empty
		if !right && k < n {
			v = w.at(k)
		}
		if v == Empty {
			if k, v = next(k); done(k) {
				break
			}
		}
		acc = rt.callPrepared(&cb, acc, v, idxNum(k), o)
	}
	return acc
}

// arrayFind is find, findIndex, findLast and findLastIndex (§23.1.3.9-12).
func (rt *Runtime) arrayFind(this Value, args []Value, name string, last, index bool) Value {
	o := rt.thisArrayObject(this, name)
	n := rt.lengthOfArrayLike(o)
	cb := rt.prepareCall(rt.callbackArg(args), Arg(args, 1))
	for i := int64(0); i < n; i++ {
		k := i
		if last {
			k = n - 1 - i
		}
		v := rt.getAt(o, k)
		rt.Keep(v)
		if rt.ToBoolean(rt.callPrepared(&cb, v, idxNum(k), o)) {
			if index {
				return idxNum(k)
			}
			return v
		}
	}
	if index {
		return gc.Int(-1)
	}
	return Undefined
}

// ---------------------------------------------------------------------------
// Searching.

// searchStart resolves the searchStart argument of indexOf and includes; ok is
// false when the search cannot find anything.
func (rt *Runtime) searchStart(args []Value, n int64) (int64, bool) {
	if len(args) < 2 {
		return 0, true
	}
	f := rt.ToIntegerOrInfinity(args[1])
	if f >= float64(n) {
		return 0, false
	}
	if f < 0 {
		f = math.Max(float64(n)+f, 0)
	}
	return int64(f), true
}

// arrayStrictEq is IsStrictlyEqual with the number case inline.
func (rt *Runtime) arrayStrictEq(x, y Value) bool {
	if x.IsNumber() {
		return y.IsNumber() && x.Float() == y.Float()
	}
	return rt.strictEqual(x, y)
}

// arrayIndexOf is §23.1.3.17 Array.prototype.indexOf.
func arrayIndexOf(rt *Runtime, this Value, args []Value) Value {
	o := rt.thisArrayObject(this, "indexOf")
	n := rt.lengthOfArrayLike(o)
	if n == 0 {
		return gc.Int(-1)
	}
	k, ok := rt.searchStart(args, n)
	if !ok {
		return gc.Int(-1)
	}
	x := Arg(args, 0)
	if ob := rt.fastArray(o); ob != nil {
		for i := k; i < int64(int(ob.elems.n)); i++ {
			if v := rt.vals(ob.elems)[i]; v != Empty && rt.arrayStrictEq(v, x) {
				return idxNum(i)
			}
		}
		return gc.Int(-1)
	}
	for ; ; k++ {
		var v Value
		if k, v = rt.nextElem(o, k, n); k >= n {
			break
		}
		if rt.arrayStrictEq(v, x) {
			return idxNum(k)
		}
	}
	return gc.Int(-1)
}

// arrayLastIndexOf is §23.1.3.20 Array.prototype.lastIndexOf.
func arrayLastIndexOf(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	if n == 0 {
		return gc.Int(-1)
	}
	k := n - 1
	if len(args) >= 2 {
		f := rt.ToIntegerOrInfinity(args[1])
		if f >= 0 {
			k = int64(math.Min(f, float64(n-1)))
		} else {
			k = int64(math.Max(float64(n)+f, -1))
		}
	}
	x := Arg(args, 0)
	for ; ; k-- {
		var v Value
		if k, v = rt.prevElem(o, k, 0); k < 0 {
			break
		}
		if rt.arrayStrictEq(v, x) {
			return idxNum(k)
		}
	}
	return gc.Int(-1)
}

// arrayIncludes is §23.1.3.16 Array.prototype.includes. Holes read as
// undefined here.
func arrayIncludes(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	if n == 0 {
		return False
	}
	k, ok := rt.searchStart(args, n)
	if !ok {
		return False
	}
	x := Arg(args, 0)
	if ob := rt.fastArray(o); ob != nil {
		for i := k; i < int64(int(ob.elems.n)); i++ {
			v := rt.vals(ob.elems)[i]
			if v == Empty {
				v = Undefined
			}
			if sameValueZero(rt, v, x) {
				return True
			}
		}
		return gc.Bool(x == Undefined && max(k, int64(int(ob.elems.n))) < n)
	}
	for ; k < n; k++ {
		if j := rt.nextIndex(o, k, n); j > k {
			if x == Undefined {
				return True
			}
			if k = j; k >= n {
				break
			}
		}
		if sameValueZero(rt, rt.getAt(o, k), x) {
			return True
		}
	}
	return False
}

// arrayAt is §23.1.3.1 Array.prototype.at.
func arrayAt(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	r := rt.ToIntegerOrInfinity(Arg(args, 0))
	if r < 0 {
		r += float64(n)
	}
	if r < 0 || r >= float64(n) {
		return Undefined
	}
	return rt.getAt(o, int64(r))
}

// ---------------------------------------------------------------------------
// Methods that change the receiver.

// arrayPush is §23.1.3.23 Array.prototype.push.
func arrayPush(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	argc := int64(len(args))
	if ob := rt.fastArrayW(o); ob != nil && int64(int(ob.elems.n)) == n && n+argc <= maxArrayLen {
		// Growing in the arena: appending to the elements as a Go slice
		// made a Go copy of the whole array each time it outgrew its
		// storage, garbage for Go's collector to find.
		for _, e := range args {
			rt.push(&ob.elems, e)
		}
		ob.aux += uint32(argc)
		return idxNum(n + argc)
	}
	if n+argc > maxSafeInt {
		rt.throwTypeError("Pushing %d elements on an array-like of length %d is disallowed, as the total surpasses 2**53-1", argc, n)
	}
	for _, e := range args {
		rt.setOrThrow(o, rt.arrayIndexKey(n), e)
		n++
	}
	rt.setLengthOrThrow(o, n)
	return idxNum(n)
}

// arrayPop is §23.1.3.22 Array.prototype.pop.
func arrayPop(rt *Runtime, this Value, _ []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	if ob := rt.fastArrayW(o); ob != nil && n > 0 {
		var v Value = Undefined
		if int64(int(ob.elems.n)) == n {
			if v = rt.vals(ob.elems)[n-1]; v == Empty {
				v = Undefined
			}
			rt.resize(&ob.elems, int(n-1), Empty)
		}
		ob.aux--
		return v
	}
	if n == 0 {
		rt.setLengthOrThrow(o, 0)
		return Undefined
	}
	key := rt.arrayIndexKey(n - 1)
	v := rt.Get(o, key)
	rt.Keep(v)
	rt.deleteOrThrow(o, key)
	rt.setLengthOrThrow(o, n-1)
	return v
}

// arrayShift is §23.1.3.27 Array.prototype.shift.
func arrayShift(rt *Runtime, this Value, _ []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	if ob := rt.fastArrayW(o); ob != nil && n > 0 {
		var v Value = Undefined
		if int(ob.elems.n) > 0 {
			if v = rt.vals(ob.elems)[0]; v == Empty {
				v = Undefined
			}
			if rt.arena.TrimFront(ob.elems.ref, 1) {
				ob.elems.n--
			} else {
				rt.setVals(&ob.elems, rt.vals(ob.elems)[1:])
			}
		}
		ob.aux--
		return v
	}
	if n == 0 {
		rt.setLengthOrThrow(o, 0)
		return Undefined
	}
	first := rt.getAt(o, 0)
	rt.Keep(first)
	for k := int64(1); k < n; k++ {
		// Moves from an absent index onto an absent index do nothing.
		if j := rt.nextIndex(o, k-1, n); j > k {
			if k = j; k >= n {
				break
			}
		}
		rt.moveElem(o, k, k-1)
	}
	rt.deleteOrThrow(o, rt.arrayIndexKey(n-1))
	rt.setLengthOrThrow(o, n-1)
	return first
}

// moveElem is the step shared by the shifting algorithms: if from exists,
// Set(to, Get(from)), else DeletePropertyOrThrow(to).
func (rt *Runtime) moveElem(o Value, from, to int64) {
	if v, ok := rt.elemAt(o, from); ok {
		rt.setOrThrow(o, rt.arrayIndexKey(to), v)
	} else {
		rt.deleteOrThrow(o, rt.arrayIndexKey(to))
	}
}

// arrayUnshift is §23.1.3.37 Array.prototype.unshift.
func arrayUnshift(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	argc := int64(len(args))
	if argc > 0 {
		if ob := rt.fastArrayW(o); ob != nil && n+argc <= maxArrayLen {
			elems := make([]Value, 0, int64(int(ob.elems.n))+argc)
			elems = append(append(elems, args...), rt.vals(ob.elems)...)
			rt.setVals(&ob.elems, elems)
			ob.aux += uint32(argc)
			return idxNum(n + argc)
		}
		if n+argc > maxSafeInt {
			rt.throwTypeError("Invalid array length")
		}
		for k := n; k > 0; k-- {
			// Only moves whose source may exist matter once the target
			// range above is empty too.
			if p := rt.prevIndex(o, k+argc-1, 0); p+1 < k {
				if k = p + 1; k <= 0 {
					break
				}
			}
			rt.moveElem(o, k-1, k+argc-1)
		}
		for j, e := range args {
			rt.setOrThrow(o, rt.arrayIndexKey(int64(j)), e)
		}
	}
	rt.setLengthOrThrow(o, n+argc)
	return idxNum(n + argc)
}

// arrayReverse is §23.1.3.26 Array.prototype.reverse.
func arrayReverse(rt *Runtime, this Value, _ []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	if ob := rt.fastArrayW(o); ob != nil && n-int64(int(ob.elems.n)) <= 1024 {
		for int64(int(ob.elems.n)) < n {
			rt.push(&ob.elems, Empty)
		}
		e := rt.vals(ob.elems)
		for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
			e[i], e[j] = e[j], e[i]
		}
		return o
	}
	middle := n / 2
	for lower := int64(0); lower < middle; lower++ {
		// Skip pairs where neither side can have an element.
		lower = min(rt.nextIndex(o, lower, middle), n-1-rt.prevIndex(o, n-1-lower, n-middle))
		if lower >= middle {
			break
		}
		upper := n - lower - 1
		lv, lok := rt.elemAt(o, lower)
		rt.Keep(lv)
		uv, uok := rt.elemAt(o, upper)
		rt.Keep(uv)
		lk, uk := rt.arrayIndexKey(lower), rt.arrayIndexKey(upper)
		switch {
		case lok && uok:
			rt.setOrThrow(o, lk, uv)
			rt.setOrThrow(o, uk, lv)
		case uok:
			rt.setOrThrow(o, lk, uv)
			rt.deleteOrThrow(o, uk)
		case lok:
			rt.deleteOrThrow(o, lk)
			rt.setOrThrow(o, uk, lv)
		}
	}
	return o
}

// arrayFill is §23.1.3.7 Array.prototype.fill.
func arrayFill(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	v := Arg(args, 0)
	k := rt.arrayRelIndex(Arg(args, 1), n, 0)
	final := rt.arrayRelIndex(Arg(args, 2), n, n)
	if ob := rt.fastArrayW(o); ob != nil && final-int64(int(ob.elems.n)) <= 1<<20 {
		for int64(int(ob.elems.n)) < final {
			rt.push(&ob.elems, Empty)
		}
		for i := k; i < final; i++ {
			rt.vals(ob.elems)[i] = v
		}
		return o
	}
	for ; k < final; k++ {
		rt.setOrThrow(o, rt.arrayIndexKey(k), v)
	}
	return o
}

// arrayCopyWithin is §23.1.3.4 Array.prototype.copyWithin.
func arrayCopyWithin(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	to := rt.arrayRelIndex(Arg(args, 0), n, 0)
	from := rt.arrayRelIndex(Arg(args, 1), n, 0)
	final := rt.arrayRelIndex(Arg(args, 2), n, n)
	count := min(final-from, n-to)
	if count <= 0 {
		return o
	}
	if ob := rt.fastArrayW(o); ob != nil && from+count <= int64(int(ob.elems.n)) && to+count <= int64(int(ob.elems.n)) {
		copy(rt.vals(ob.elems)[to:to+count], rt.vals(ob.elems)[from:from+count])
		return o
	}
	dir := int64(1)
	if from < to && to < from+count {
		dir = -1
		from += count - 1
		to += count - 1
	}
	for ; count > 0; count-- {
		rt.moveElem(o, from, to)
		from += dir
		to += dir
	}
	return o
}

// spliceArgs resolves splice's and toSpliced's start and delete count
// (§23.1.3.31 steps 3-8).
func (rt *Runtime) spliceArgs(args []Value, n int64) (start, del int64, items []Value) {
	start = rt.arrayRelIndex(Arg(args, 0), n, 0)
	switch len(args) {
	case 0:
	case 1:
		del = n - start
	default:
		dc := rt.ToIntegerOrInfinity(args[1])
		del = int64(math.Min(math.Max(dc, 0), float64(n-start)))
		items = args[2:]
	}
	return start, del, items
}

// arraySplice is §23.1.3.31 Array.prototype.splice.
func arraySplice(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	start, del, items := rt.spliceArgs(args, n)
	ic := int64(len(items))
	newLen := n + ic - del
	if newLen > maxSafeInt {
		rt.throwTypeError("Invalid array length")
	}
	if ob := rt.fastArrayW(o); ob != nil && int64(int(ob.elems.n)) == n && newLen <= maxArrayLen && rt.arraySpeciesDefault(o) {
		removed := append([]Value(nil), rt.vals(ob.elems)[start:start+del]...)
		a := rt.NewArray(nonNil(removed))
		tail := rt.vals(ob.elems)[start+del:]
		if ic <= del {
			copy(rt.vals(ob.elems)[start:], items)
			copy(rt.vals(ob.elems)[start+ic:], tail)
			rt.resize(&ob.elems, int(newLen), Empty)
		} else {
			elems := make([]Value, 0, newLen)
			elems = append(append(append(elems, rt.vals(ob.elems)[:start]...), items...), tail...)
			rt.setVals(&ob.elems, elems)
		}
		ob.aux = uint32(newLen)
		return a
	}
	a := rt.arraySpeciesCreate(o, del)
	for k := int64(0); ; k++ {
		var v Value
		if k, v = rt.nextElem(o, start+k, start+del); k >= start+del {
			break
		}
		k -= start
		rt.createOrThrow(a, k, v)
	}
	rt.setLengthOrThrow(a, del)
	switch {
	case ic < del:
		for k := start; k < n-del; k++ {
			if j := rt.nextIndex(o, k+ic, n); j > k+ic {
				if k = max(k, j-del); k >= n-del {
					break
				}
			}
			rt.moveElem(o, k+del, k+ic)
		}
		for k := n; k > newLen; k-- {
			if k = rt.prevIndex(o, k-1, newLen) + 1; k <= newLen {
				break
			}
			rt.deleteOrThrow(o, rt.arrayIndexKey(k-1))
		}
	case ic > del:
		for k := n - del; k > start; k-- {
			if p := rt.prevIndex(o, k+ic-1, 0); p < k+del-1 {
				if k = p - del + 1; k <= start {
					break
				}
			}
			rt.moveElem(o, k+del-1, k+ic-1)
		}
	}
	for i, e := range items {
		rt.setOrThrow(o, rt.arrayIndexKey(start+int64(i)), e)
	}
	rt.setLengthOrThrow(o, newLen)
	return a
}

// ---------------------------------------------------------------------------
// Methods that make new arrays.

// arraySlice is §23.1.3.28 Array.prototype.slice.
func arraySlice(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	k := rt.arrayRelIndex(Arg(args, 0), n, 0)
	final := rt.arrayRelIndex(Arg(args, 1), n, n)
	count := max(final-k, 0)
	if ob := rt.fastArray(o); ob != nil && rt.arraySpeciesDefault(o) {
		var vals []Value
		if end := min(final, int64(int(ob.elems.n))); k < end {
			vals = append(vals, rt.vals(ob.elems)[k:end]...)
		}
		a := rt.NewArray(nonNil(vals))
		rt.obj(a).aux = uint32(count)
		return a
	}
	a := rt.arraySpeciesCreate(o, count)
	for i := k; ; i++ {
		var v Value
		if i, v = rt.nextElem(o, i, final); i >= final {
			break
		}
		rt.createOrThrow(a, i-k, v)
	}
	rt.setLengthOrThrow(a, count)
	return a
}

// isConcatSpreadable is §23.1.3.2.1.
func (rt *Runtime) isConcatSpreadable(v Value) bool {
	if !v.IsObject() {
		return false
	}
	if s := rt.Get(v, rt.wellKnown.isConcatSpreadable); s != Undefined {
		return rt.ToBoolean(s)
	}
	return rt.IsArray(v)
}

// arrayConcat is §23.1.3.2 Array.prototype.concat.
func arrayConcat(rt *Runtime, this Value, args []Value) Value {
	o := rt.thisArrayObject(this, "concat")
	plain := rt.arraySpeciesDefault(o)
	var a Value
	if plain {
		a = rt.NewArray([]Value{})
	} else {
		a = rt.arraySpeciesCreate(o, 0)
	}
	n := int64(0)
	for i := -1; i < len(args); i++ {
		e := o
		if i >= 0 {
			e = args[i]
		}
		ao := rt.obj(a)
		dense := plain && ao.flags&objSlowElems == 0 && int64(int(ao.elems.n)) == n
		if !rt.isConcatSpreadable(e) {
			if n >= maxSafeInt {
				rt.throwTypeError("Invalid array length")
			}
			if dense && n < maxArrayLen {
				rt.push(&ao.elems, e)
				ao.aux++
			} else {
				rt.createOrThrow(a, n, e)
			}
			n++
			continue
		}
		l := rt.lengthOfArrayLike(e)
		if n+l > maxSafeInt {
			rt.throwTypeError("Invalid array length")
		}
		if eo := rt.fastArray(e); eo != nil && dense && n+l <= maxArrayLen {
			rt.appendVec(&ao.elems, eo.elems)
			if gap := l - int64(int(eo.elems.n)); gap <= 1024 {
				for ; gap > 0; gap-- {
					rt.push(&ao.elems, Empty)
				}
			}
			n += l
			ao.aux = uint32(n)
			continue
		}
		for k := int64(0); ; k++ {
			var v Value
			if k, v = rt.nextElem(e, k, l); k >= l {
				break
			}
			rt.createOrThrow(a, n+k, v)
		}
		n += l
	}
	rt.setLengthOrThrow(a, n)
	return a
}

// flattenInto is FlattenIntoArray (§23.1.3.13.1); level bounds the
// recursion, which follows the nesting of the source.
func (rt *Runtime) flattenInto(target, source Value, sourceLen, start int64, depth float64, mapper, thisArg Value, level int) int64 {
	if level > 10000 {
		rt.throwRangeError("Maximum call stack size exceeded")
	}
	t := start
	cb := rt.prepareCall(mapper, thisArg)
	w := rt.walkElems(source, sourceLen)
	for k := int64(0); k < sourceLen; k++ {
		v := w.at(k)
		if v == Empty {
			if k, v = w.next(k); k >= sourceLen {
				break
			}
		}
		if mapper != Undefined {
			v = rt.callPrepared(&cb, v, idxNum(k), source)
		}
		if depth > 0 && rt.IsArray(v) {
			rt.Keep(v)
			t = rt.flattenInto(target, v, rt.lengthOfArrayLike(v), t, depth-1, Undefined, Undefined, level+1)
			continue
		}
		if t >= maxSafeInt {
			rt.throwTypeError("Invalid array length")
		}
		rt.createOrThrow(target, t, v)
		t++
	}
	return t
}

// arrayFlat is §23.1.3.13 Array.prototype.flat.
func arrayFlat(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	depth := 1.0
	if d := Arg(args, 0); d != Undefined {
		if depth = rt.ToIntegerOrInfinity(d); depth < 0 {
			depth = 0
		}
	}
	a := rt.arraySpeciesCreate(o, 0)
	rt.flattenInto(a, o, n, 0, depth, Undefined, Undefined, 0)
	return a
}

// arrayFlatMap is §23.1.3.14 Array.prototype.flatMap.
func arrayFlatMap(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	f := Arg(args, 0)
	if !rt.isCallable(f) {
		rt.throwTypeError("flatMap mapper function is not callable")
	}
	a := rt.arraySpeciesCreate(o, 0)
	rt.flattenInto(a, o, n, 0, 1, f, Arg(args, 1), 0)
	return a
}

// arrayToReversed is §23.1.3.33 Array.prototype.toReversed.
func arrayToReversed(rt *Runtime, this Value, _ []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	a := rt.arrayCreate(n, rt.realm.ArrayPrototype)
	if ob := rt.fastArray(o); ob != nil {
		vals := make([]Value, n)
		for k := range vals {
			vals[k] = Undefined
			if j := n - 1 - int64(k); j < int64(int(ob.elems.n)) && rt.vals(ob.elems)[j] != Empty {
				vals[k] = rt.vals(ob.elems)[j]
			}
		}
		rt.setVals(&rt.obj(a).elems, vals)
		return a
	}
	for k := int64(0); k < n; k++ {
		rt.createOrThrow(a, k, rt.getAt(o, n-1-k))
	}
	return a
}

// arrayWith is §23.1.3.39 Array.prototype.with.
func arrayWith(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	rel := rt.ToIntegerOrInfinity(Arg(args, 0))
	actual := rel
	if rel < 0 {
		actual = float64(n) + rel
	}
	if actual >= float64(n) || actual < 0 {
		rt.throwRangeError("Invalid index : %s", rt.numberToGoString(rel))
	}
	v := Arg(args, 1)
	a := rt.arrayCreate(n, rt.realm.ArrayPrototype)
	for k := int64(0); k < n; k++ {
		e := v
		if k != int64(actual) {
			e = rt.getAt(o, k)
		}
		rt.createOrThrow(a, k, e)
	}
	return a
}

// arrayToSpliced is §23.1.3.35 Array.prototype.toSpliced.
func arrayToSpliced(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	start, skip, items := rt.spliceArgs(args, n)
	newLen := n + int64(len(items)) - skip
	if newLen > maxSafeInt {
		rt.throwTypeError("Invalid array length")
	}
	a := rt.arrayCreate(newLen, rt.realm.ArrayPrototype)
	i := int64(0)
	for ; i < start; i++ {
		rt.createOrThrow(a, i, rt.getAt(o, i))
	}
	for _, e := range items {
		rt.createOrThrow(a, i, e)
		i++
	}
	for r := start + skip; i < newLen; i, r = i+1, r+1 {
		rt.createOrThrow(a, i, rt.getAt(o, r))
	}
	return a
}

// ---------------------------------------------------------------------------
// Joining.

// joinBuf builds a string from parts in Latin-1 form until a part needs
// UTF-16, checking V8's length limit as it grows.
type joinBuf struct {
	lat     []byte
	u       []uint16
	wide    bool
	nonASCI bool
}

func (rt *Runtime) joinReserve(b *joinBuf, add int) {
	if len(b.lat)+len(b.u)+add > maxStringLength {
		rt.throwRangeError("Invalid string length")
	}
}

func (rt *Runtime) joinAppend(b *joinBuf, v Value) {
	s := rt.flat(v)
	if s.n == 0 {
		return
	}
	rt.joinReserve(b, int(s.n))
	if s.flags&strWide != 0 && !b.wide {
		b.u = make([]uint16, len(b.lat), len(b.lat)+int(s.n))
		for i, c := range b.lat {
			b.u[i] = uint16(c)
		}
		b.lat, b.wide = nil, true
	}
	switch {
	case b.wide && s.flags&strWide != 0:
		b.u = append(b.u, s.u16()...)
	case b.wide:
		for i := 0; i < len(s.lat); i++ {
			b.u = append(b.u, uint16(s.lat[i]))
		}
	default:
		b.lat = append(b.lat, s.lat...)
		if s.flags&strASCII == 0 {
			b.nonASCI = true
		}
	}
}

// joinNumber appends a number's ToString without making a string cell.
func (rt *Runtime) joinNumber(b *joinBuf, f float64) {
	var tmp [24]byte
	var digits []byte
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		digits = appendInt10(tmp[:0], int64(f))
	} else {
		digits = append(tmp[:0], rt.numberToGoString(f)...)
	}
	rt.joinReserve(b, len(digits))
	if b.wide {
		for _, c := range digits {
			b.u = append(b.u, uint16(c))
		}
	} else {
		b.lat = append(b.lat, digits...)
	}
}

func appendInt10(dst []byte, n int64) []byte {
	if n < 0 {
		dst = append(dst, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		if n /= 10; n == 0 {
			break
		}
	}
	return append(dst, tmp[i:]...)
}

func (rt *Runtime) joinResult(b *joinBuf) Value {
	if b.wide {
		return rt.newUnits(b.u)
	}
	if v, ok := rt.smallStrings(string(b.lat)); ok && !b.nonASCI {
		return v
	}
	return rt.newLatin1(string(b.lat), !b.nonASCI)
}

// joinEnter records that o is being joined, reporting false if it already
// is: V8 (and so node) joins a cyclic reference as the empty string rather
// than recursing without end. The stack lives in an internal object so the
// collector sees it.
func (rt *Runtime) joinEnter(o Value) (Value, bool) {
	st := rt.realm.Extra[extraArrayJoinStack]
	so := rt.obj(st)
	for _, v := range rt.vals(so.elems) {
		if v == o {
			return st, false
		}
	}
	rt.push(&so.elems, o)
	return st, true
}

func (rt *Runtime) joinLeave(st Value) {
	so := rt.obj(st)
	rt.resize(&so.elems, int(int(so.elems.n)-1), Empty)
}

// arrayJoin is §23.1.3.18 Array.prototype.join.
func arrayJoin(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	sep := rt.charString(',')
	if s := Arg(args, 0); s != Undefined {
		sep = rt.ToString(s)
	}
	rt.Keep(sep)
	st, ok := rt.joinEnter(o)
	if !ok {
		return rt.emptyString
	}
	defer rt.joinLeave(st)
	var b joinBuf
	sepLen := int64(rt.strLen(sep))
	for k := int64(0); k < n; k++ {
		if k > 0 {
			rt.joinAppend(&b, sep)
		}
		if j := rt.nextIndex(o, k, n); j > k {
			// Indices k..j-1 hold nothing and join as empty strings, but
			// their separators remain.
			seps := j - k
			if j >= n {
				seps--
			}
			if sepLen > 0 {
				rt.joinReserve(&b, int(min(seps*sepLen, maxStringLength+1)))
				for ; seps > 0; seps-- {
					rt.joinAppend(&b, sep)
				}
			}
			if k = j; k >= n {
				break
			}
		}
		v := rt.getAt(o, k)
		switch {
		case v.IsNullish():
		case v.IsNumber():
			rt.joinNumber(&b, v.Float())
		case v.IsString():
			rt.joinAppend(&b, v)
		default:
			rt.joinAppend(&b, rt.ToString(v))
		}
	}
	return rt.joinResult(&b)
}

// arrayToString is §23.1.3.36 Array.prototype.toString.
func arrayToString(rt *Runtime, this Value, _ []Value) Value {
	o := rt.ToObject(this)
	f := rt.Get(o, rt.atom("join"))
	if !rt.isCallable(f) {
		return rt.NewString(rt.objectToString(o))
	}
	return rt.Call(f, o)
}

// arrayToLocaleString is §23.1.3.32 Array.prototype.toLocaleString; when
// the realm has Intl it is ECMA-402 §19.5.1's version, as on node, which
// passes locales and options through to each element's toLocaleString.
func arrayToLocaleString(rt *Runtime, this Value, args []Value) Value {
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	st, ok := rt.joinEnter(o)
	if !ok {
		return rt.emptyString
	}
	defer rt.joinLeave(st)
	intl := rt.Get(rt.realm.GlobalThis, rt.atom("Intl")).IsObject()
	var b joinBuf
	comma := rt.charString(',')
	for k := int64(0); k < n; k++ {
		if k > 0 {
			rt.joinAppend(&b, comma)
		}
		v := rt.getAt(o, k)
		if v.IsNullish() {
			continue
		}
		rt.Keep(v)
		f := rt.Get(v, rt.atom("toLocaleString"))
		if !rt.isCallable(f) {
			rt.throwTypeError("%s is not a function", rt.v8Show(f))
		}
		var r Value
		if intl {
			r = rt.Call(f, v, Arg(args, 0), Arg(args, 1))
		} else {
			r = rt.Call(f, v)
		}
		rt.joinAppend(&b, rt.ToString(r))
	}
	return rt.joinResult(&b)
}
