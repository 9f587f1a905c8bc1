package vm

import (
	"sort"
	"strings"
)

// V8 defines the properties of its built-ins in an order of its own (the
// order of its bootstrapper, not the spec's), and programs see it through
// Object.getOwnPropertyNames, Reflect.ownKeys and for-in over a copy.
// Kiln's builtin_*.go files define properties in whatever order reads best,
// so this last init step puts the string keys of the built-ins that
// programs commonly list into V8's order. Keys a list does not name (length,
// name, prototype and, mostly, constructor) keep their place before the named ones;
// symbols stay last, as Reflect.ownKeys puts them anyway.
//
// RegExp.prototype is left alone: the RegExp fast path has recorded its
// shape by now (see regexpPristine).

// v8KeyOrders lists, per object (a path from the global object, where
// %TypedArray% is Uint8Array's prototype), its string keys in V8's order.
var v8KeyOrders = []struct {
	path string
	// family is the init of the object's family when that family is made
	// on first use (lazyfamily.go), else numInits.
	family int
	// at returns the object when a realm field holds it (the others are
	// looked up from the global object, whose definitions are still
	// recorded, a linear walk, when the realm is made).
	at   func(r *Realm) Value
	keys []string
}{
	{"Object", numInits, func(r *Realm) Value { return r.Object }, []string{"assign", "getOwnPropertyDescriptor", "getOwnPropertyDescriptors", "getOwnPropertyNames", "getOwnPropertySymbols", "hasOwn", "is", "preventExtensions", "seal", "create", "defineProperties", "defineProperty", "freeze", "getPrototypeOf", "setPrototypeOf", "isExtensible", "isFrozen", "isSealed", "keys", "entries", "fromEntries", "values", "groupBy"}},
	{"Object.prototype", numInits, func(r *Realm) Value { return r.ObjectPrototype }, []string{"__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__", "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString"}},
	{"Function.prototype", numInits, func(r *Realm) Value { return r.FunctionPrototype }, []string{"arguments", "caller", "constructor", "apply", "bind", "call", "toString"}},
	{"Number", numInits, func(r *Realm) Value { return r.Number }, []string{"isFinite", "isInteger", "isNaN", "isSafeInteger", "parseFloat", "parseInt", "MAX_VALUE", "MIN_VALUE", "NaN", "NEGATIVE_INFINITY", "POSITIVE_INFINITY", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON"}},
	{"Number.prototype", numInits, func(r *Realm) Value { return r.NumberPrototype }, []string{"toExponential", "toFixed", "toPrecision", "toString", "valueOf", "toLocaleString"}},
	{"BigInt", numInits, func(r *Realm) Value { return r.BigInt }, []string{"asUintN", "asIntN"}},
	{"Math", initMath, nil, []string{"abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "ceil", "cbrt", "expm1", "clz32", "cos", "cosh", "exp", "floor", "fround", "hypot", "imul", "log", "log1p", "log2", "log10", "max", "min", "pow", "random", "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2"}},
	{"Reflect", initReflect, nil, []string{"defineProperty", "deleteProperty", "apply", "construct", "get", "getOwnPropertyDescriptor", "getPrototypeOf", "has", "isExtensible", "ownKeys", "preventExtensions", "set", "setPrototypeOf"}},
	{"Promise", numInits, func(r *Realm) Value { return r.Promise }, []string{"all", "allSettled", "any", "race", "resolve", "reject", "withResolvers"}},
	{"Map.prototype", initCollections, func(r *Realm) Value { return r.MapPrototype }, []string{"get", "set", "has", "delete", "clear", "entries", "forEach", "keys", "size", "values"}},
	{"Set.prototype", initCollections, func(r *Realm) Value { return r.SetPrototype }, []string{"has", "add", "delete", "clear", "entries", "forEach", "size", "values", "keys"}},
	{"Date.prototype", initDate, func(r *Realm) Value { return r.DatePrototype }, []string{"toString", "toDateString", "toTimeString", "toISOString", "toUTCString", "toGMTString", "getDate", "setDate", "getDay", "getFullYear", "setFullYear", "getHours", "setHours", "getMilliseconds", "setMilliseconds", "getMinutes", "setMinutes", "getMonth", "setMonth", "getSeconds", "setSeconds", "getTime", "setTime", "getTimezoneOffset", "getUTCDate", "setUTCDate", "getUTCDay", "getUTCFullYear", "setUTCFullYear", "getUTCHours", "setUTCHours", "getUTCMilliseconds", "setUTCMilliseconds", "getUTCMinutes", "setUTCMinutes", "getUTCMonth", "setUTCMonth", "getUTCSeconds", "setUTCSeconds", "valueOf", "getYear", "setYear", "toJSON", "toLocaleString", "toLocaleDateString", "toLocaleTimeString"}},
	{"ArrayBuffer.prototype", initTypedArray, func(r *Realm) Value { return r.ArrayBufferPrototype }, []string{"byteLength", "slice", "maxByteLength", "resizable", "resize", "detached", "transfer", "transferToFixedLength"}},
	{"SharedArrayBuffer.prototype", initTypedArray, func(r *Realm) Value { return r.SharedArrayBufferPrototype }, []string{"byteLength", "slice", "maxByteLength", "growable", "grow"}},
	{"%TypedArray%", initTypedArray, func(r *Realm) Value { return r.TypedArray }, []string{"of", "from"}},
	{"%TypedArray%.prototype", initTypedArray, func(r *Realm) Value { return r.TypedArrayPrototype }, []string{"buffer", "byteLength", "byteOffset", "length", "entries", "keys", "values", "at", "copyWithin", "every", "fill", "filter", "find", "findIndex", "findLast", "findLastIndex", "forEach", "includes", "indexOf", "join", "lastIndexOf", "map", "reverse", "reduce", "reduceRight", "set", "slice", "some", "sort", "subarray", "toLocaleString", "toString", "toReversed", "toSorted", "with"}},
	{"Atomics", initAtomics, nil, []string{"load", "store", "add", "sub", "and", "or", "xor", "exchange", "compareExchange", "isLockFree", "wait", "waitAsync", "notify"}},
	{"Intl", numInits, nil, []string{"getCanonicalLocales", "supportedValuesOf", "DateTimeFormat", "NumberFormat", "Collator", "PluralRules", "RelativeTimeFormat", "ListFormat", "Locale", "DisplayNames", "Segmenter"}},
}

func (r *Realm) orderBuiltins() { r.orderKeys(-1) }

// orderKeys orders the objects of every family made, or of init's alone
// (one made on first use, see lazyfamily.go); the objects of a family not
// made yet are not found.
func (r *Realm) orderKeys(init int) {
	rt := r.rt
	for _, o := range v8KeyOrders {
		if init >= 0 && o.family != init || init < 0 && r.pending&(1<<o.family) != 0 {
			continue
		}
		if o.at != nil {
			if v := o.at(r); v.IsObject() {
				r.orderObject(rt.obj(v), o.keys)
			}
			continue
		}
		v := r.GlobalThis
		for _, part := range strings.Split(o.path, ".") {
			if part == "%TypedArray%" {
				if v = rt.peekOwn(v, rt.keyFor("Uint8Array")); v.IsObject() {
					v = rt.obj(v).proto
				}
			} else {
				v = rt.peekOwn(v, rt.keyFor(part))
			}
			if !v.IsObject() {
				break
			}
		}
		if !v.IsObject() {
			continue
		}
		r.orderObject(rt.obj(v), o.keys)
	}
}

// orderObject puts o's keys in order, when it is reified if it is deferred.
func (r *Realm) orderObject(o *Object, order []string) {
	if d := r.rt.deferred[o]; d != nil {
		d.order = order
	} else {
		r.rt.reorderKeys(o, order)
	}
}

// peekOwn returns the value of v's own data property key, Undefined if
// there is none, without reifying a deferred object: the ordering above
// must not make what it orders.
func (rt *Runtime) peekOwn(v Value, key PropKey) Value {
	o := rt.obj(v)
	d := rt.deferred[o]
	if d == nil {
		if p, ok := rt.getOwnProperty(v, key); ok && p.Has&hasValue != 0 {
			return p.Value
		}
		return Undefined
	}
	found := Undefined
	for i := d.first; i >= 0; i = rt.deferredProps[i].next {
		if p := &rt.deferredProps[i]; p.kind == deferData && p.key == key {
			found = p.v
		}
	}
	if found != Undefined {
		return found
	}
	s := rt.shapes[d.shape]
	if slot := s.lookup(key); slot >= 0 && s.attrs[slot]&attrAccessor == 0 {
		return rt.vals(o.slots)[slot]
	}
	return Undefined
}

// reorderKeys moves o's string keys named in order after the others, in
// that order, with symbols last. It is for objects no code has seen yet:
// o gets a new shape and its slots move with their keys.
func (rt *Runtime) reorderKeys(o *Object, order []string) {
	s := rt.shp(o)
	if s.dict {
		return
	}
	rank := make(map[PropKey]int, len(order))
	for i, name := range order {
		rank[rt.keyFor(name)] = i + 1
	}
	group := func(k PropKey) int {
		switch {
		case k.IsSymbol():
			return len(order) + 1
		default:
			return rank[k] // 0: not named, stays first
		}
	}
	perm := make([]int, len(s.keys))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return group(s.keys[perm[a]]) < group(s.keys[perm[b]]) })
	rt.own(&o.slots)
	vals := rt.vals(o.slots)
	moved := make([]Value, len(vals))
	keys := make([]PropKey, len(perm))
	attrs := make([]uint8, len(perm))
	for j, i := range perm {
		keys[j], attrs[j], moved[j] = s.keys[i], s.attrs[i], vals[i]
	}
	copy(vals, moved)
	// One shape made whole, outside the transition tree (no object will
	// ever be built up to it key by key): going through withKey made a
	// shape per key and cost a fifth of a realm's set-up.
	o.shape = rt.newShape(&Shape{keys: keys, attrs: attrs, hasSym: s.hasSym}).id
}
