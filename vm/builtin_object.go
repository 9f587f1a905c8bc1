package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// Object (§20.1).
func (r *Realm) initObject() {
	op := r.ObjectPrototype
	r.Object = r.Ctor("Object", 1, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt != Undefined && nt != rt.curCallee {
			return rt.NewObjectProto(rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.ObjectPrototype }))
		}
		v := Arg(args, 0)
		if v.IsNullish() {
			return rt.NewObject()
		}
		return rt.ToObject(v)
	}, op)
	o := r.Object

	r.Method(op, "hasOwnProperty", 1, func(rt *Runtime, this Value, args []Value) Value {
		k := rt.ToPropertyKey(Arg(args, 0))
		return gc.Bool(rt.hasOwnProperty(rt.ToObject(this), k))
	})
	r.Method(op, "isPrototypeOf", 1, func(rt *Runtime, this Value, args []Value) Value {
		v := Arg(args, 0)
		if !v.IsObject() {
			return False
		}
		obj := rt.ToObject(this)
		for {
			v = rt.getPrototypeOf(v)
			if v == Null {
				return False
			}
			if v == obj {
				return True
			}
		}
	})
	r.Method(op, "propertyIsEnumerable", 1, func(rt *Runtime, this Value, args []Value) Value {
		k := rt.ToPropertyKey(Arg(args, 0))
		d, ok := rt.getOwnProperty(rt.ToObject(this), k)
		return gc.Bool(ok && d.Attrs&attrEnumerable != 0)
	})
	r.Extra[extraObjectToString] = r.MethodFn(op, "toString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.NewString(rt.objectToString(this))
	})
	r.Method(op, "toLocaleString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.invoke(this, "toString")
	})
	r.Method(op, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.ToObject(this)
	})
	r.Accessor(op, "__proto__", func(rt *Runtime, this Value, _ []Value) Value {
		return rt.getPrototypeOf(rt.ToObject(this))
	}, func(rt *Runtime, this Value, args []Value) Value {
		if this.IsNullish() {
			rt.throwTypeError("Object.prototype.__proto__ called on null or undefined")
		}
		p := Arg(args, 0)
		if !this.IsObject() || (!p.IsObject() && p != Null) {
			return Undefined
		}
		rt.setPrototypeOrThrow(this, p)
		return Undefined
	})
	for _, kind := range []string{"__defineGetter__", "__defineSetter__"} {
		getter := kind == "__defineGetter__"
		r.Method(op, kind, 2, func(rt *Runtime, this Value, args []Value) Value {
			obj := rt.ToObject(this)
			f := Arg(args, 1)
			if !rt.isCallable(f) {
				rt.throwTypeError("Object.prototype.%s: Expecting function", kind)
			}
			rt.defineAccessorProp(obj, rt.ToPropertyKey(Arg(args, 0)), f, getter, true)
			return Undefined
		})
	}
	for _, kind := range []string{"__lookupGetter__", "__lookupSetter__"} {
		getter := kind == "__lookupGetter__"
		r.Method(op, kind, 1, func(rt *Runtime, this Value, args []Value) Value {
			obj := rt.ToObject(this)
			k := rt.ToPropertyKey(Arg(args, 0))
			for obj != Null {
				if d, ok := rt.getOwnProperty(obj, k); ok {
					if d.Attrs&attrAccessor == 0 {
						return Undefined
					}
					if getter {
						return d.Get
					}
					return d.Set
				}
				obj = rt.getPrototypeOf(obj)
			}
			return Undefined
		})
	}

	r.Method(o, "getPrototypeOf", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.getPrototypeOf(rt.ToObject(Arg(args, 0)))
	})
	r.Method(o, "setPrototypeOf", 2, func(rt *Runtime, _ Value, args []Value) Value {
		v, p := Arg(args, 0), Arg(args, 1)
		if v.IsNullish() {
			rt.throwTypeError("Object.setPrototypeOf called on null or undefined")
		}
		if !p.IsObject() && p != Null {
			rt.throwTypeError("Object prototype may only be an Object or null: %s", rt.inspectShort(p))
		}
		if v.IsObject() {
			rt.setPrototypeOrThrow(v, p)
		}
		return v
	})
	r.Method(o, "create", 2, func(rt *Runtime, _ Value, args []Value) Value {
		p := Arg(args, 0)
		if !p.IsObject() && p != Null {
			rt.throwTypeError("Object prototype may only be an Object or null: %s", rt.inspectShort(p))
		}
		obj := rt.NewObjectProto(p)
		if props := Arg(args, 1); props != Undefined {
			rt.defineProperties(obj, props)
		}
		return obj
	})
	r.Method(o, "defineProperty", 3, func(rt *Runtime, _ Value, args []Value) Value {
		obj := Arg(args, 0)
		if !obj.IsObject() {
			rt.throwTypeError("Object.defineProperty called on non-object")
		}
		k := rt.ToPropertyKey(Arg(args, 1))
		d := rt.toPropertyDescriptor(Arg(args, 2))
		// A new property on a non-extensible object fails with V8's own
		// message (ValidateAndApplyPropertyDescriptor step 2.a).
		switch rt.obj(obj).class {
		case ClassProxy, ClassTypedArray, ClassNamespace:
		default:
			if _, has := rt.getOwnProperty(obj, k); !has && !rt.isExtensibleV(obj) {
				rt.throwTypeError("Cannot define property %s, object is not extensible", rt.keyString(k))
			}
		}
		rt.defineOwnProperty(obj, k, d, true)
		return obj
	})
	r.Method(o, "defineProperties", 2, func(rt *Runtime, _ Value, args []Value) Value {
		obj := Arg(args, 0)
		if !obj.IsObject() {
			rt.throwTypeError("Object.defineProperties called on non-object")
		}
		rt.defineProperties(obj, Arg(args, 1))
		return obj
	})
	r.Method(o, "getOwnPropertyDescriptor", 2, func(rt *Runtime, _ Value, args []Value) Value {
		obj := rt.ToObject(Arg(args, 0))
		k := rt.ToPropertyKey(Arg(args, 1))
		d, ok := rt.getOwnProperty(obj, k)
		if !ok {
			return Undefined
		}
		return rt.fromPropertyDescriptor(d)
	})
	r.Method(o, "getOwnPropertyDescriptors", 1, func(rt *Runtime, _ Value, args []Value) Value {
		obj := rt.ToObject(Arg(args, 0))
		res := rt.NewObject()
		for _, k := range rt.ownKeys(obj) {
			if d, ok := rt.getOwnProperty(obj, k); ok {
				rt.createDataPropertyOrThrow(res, k, rt.fromPropertyDescriptor(d))
			}
		}
		return res
	})
	r.Method(o, "getOwnPropertyNames", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.ownKeysArray(rt.ToObject(Arg(args, 0)), true, false, false)
	})
	r.Method(o, "getOwnPropertySymbols", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.ownKeysArray(rt.ToObject(Arg(args, 0)), false, true, false)
	})
	r.Method(o, "keys", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.ownKeysArray(rt.ToObject(Arg(args, 0)), true, false, true)
	})
	r.Method(o, "values", 1, func(rt *Runtime, _ Value, args []Value) Value {
		obj := rt.ToObject(Arg(args, 0))
		var out []Value
		rt.enumerableOwnProperties(obj, func(_ PropKey, v Value) {
			rt.Keep(v)
			out = append(out, v)
		})
		return rt.NewArray(nonNil(out))
	})
	r.Method(o, "entries", 1, func(rt *Runtime, _ Value, args []Value) Value {
		obj := rt.ToObject(Arg(args, 0))
		var out []Value
		rt.enumerableOwnProperties(obj, func(k PropKey, v Value) {
			out = append(out, rt.NewArray([]Value{rt.keyToValue(k), v}))
		})
		return rt.NewArray(nonNil(out))
	})
	r.Method(o, "fromEntries", 1, func(rt *Runtime, _ Value, args []Value) Value {
		it := Arg(args, 0)
		if it.IsNullish() {
			// V8 names no operand here, whichever nullish value it got.
			rt.throwTypeError("undefined is not iterable")
		}
		obj := rt.NewObject()
		rt.Iterate(it, func(e Value) bool {
			if !e.IsObject() {
				rt.throwTypeError("Iterator value %s is not an entry object", rt.v8Show(e))
			}
			k := rt.Get(e, idxKey(0))
			v := rt.Get(e, idxKey(1))
			rt.createDataPropertyOrThrow(obj, rt.ToPropertyKey(k), v)
			return true
		})
		return obj
	})
	r.Method(o, "assign", 2, func(rt *Runtime, _ Value, args []Value) Value {
		to := rt.ToObject(Arg(args, 0))
		for _, src := range args[min(1, len(args)):] {
			if src.IsNullish() {
				continue
			}
			from := rt.ToObject(src)
			for _, k := range rt.ownKeys(from) {
				if d, ok := rt.getOwnProperty(from, k); ok && d.Attrs&attrEnumerable != 0 {
					rt.Set(to, k, rt.Get(from, k), true)
				}
			}
		}
		return to
	})
	r.Method(o, "is", 2, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Bool(sameValue(rt, Arg(args, 0), Arg(args, 1)))
	})
	r.Method(o, "hasOwn", 2, func(rt *Runtime, _ Value, args []Value) Value {
		obj := rt.ToObject(Arg(args, 0))
		return gc.Bool(rt.hasOwnProperty(obj, rt.ToPropertyKey(Arg(args, 1))))
	})
	integrity := func(name string, frozen, test bool) {
		r.Method(o, name, 1, func(rt *Runtime, _ Value, args []Value) Value {
			v := Arg(args, 0)
			if !v.IsObject() {
				if test {
					return True
				}
				return v
			}
			if test {
				return gc.Bool(rt.testIntegrity(v, frozen))
			}
			if frozen {
				if o := rt.obj(v); o.class == ClassTypedArray && (rt.typedArrayLength(o) > 0 || rt.hostOf(o).(*taData).tracking) {
					// The elements can never become read-only, so V8 refuses
					// before changing anything.
					rt.throwTypeError("Cannot freeze array buffer views with elements")
				}
			}
			if !rt.setIntegrity(v, frozen) {
				rt.failedPreventExtensions(v, "Cannot "+name)
			}
			return v
		})
	}
	integrity("freeze", true, false)
	integrity("seal", false, false)
	integrity("isFrozen", true, true)
	integrity("isSealed", false, true)
	r.Method(o, "preventExtensions", 1, func(rt *Runtime, _ Value, args []Value) Value {
		v := Arg(args, 0)
		if v.IsObject() && !rt.preventExtensions(v) {
			rt.failedPreventExtensions(v, "Cannot prevent extensions")
		}
		return v
	})
	r.Method(o, "isExtensible", 1, func(rt *Runtime, _ Value, args []Value) Value {
		v := Arg(args, 0)
		return gc.Bool(v.IsObject() && rt.isExtensibleV(v))
	})
}

// setPrototypeOrThrow is O.[[SetPrototypeOf]](p) that throws V8's TypeError
// for each reason it can refuse (§10.1.2.1 OrdinarySetPrototypeOf).
func (rt *Runtime) setPrototypeOrThrow(v, p Value) {
	if rt.setPrototypeOf(v, p) {
		return
	}
	o := rt.obj(v)
	switch {
	case o.class == ClassProxy:
		// V8 names no property here, and prints it as 'undefined'.
		rt.throwTypeError("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'")
	case o.flags&objImmutableProto != 0:
		rt.throwTypeError("Immutable prototype object 'Object.prototype' cannot have their prototype set")
	case o.flags&objExtensible == 0:
		rt.throwTypeError("%s is not extensible", rt.v8Show(v))
	}
	rt.throwTypeError("Cyclic __proto__ value")
}

// failedPreventExtensions throws for a [[PreventExtensions]] of v that
// returned false; msg is the message for a non-proxy.
func (rt *Runtime) failedPreventExtensions(v Value, msg string) {
	if rt.obj(v).class == ClassProxy {
		rt.throwTypeError("'preventExtensions' on proxy: trap returned falsish")
	}
	rt.throwTypeError("%s", msg)
}

func nonNil(v []Value) []Value {
	if v == nil {
		return []Value{}
	}
	return v
}

// extraObjectToString keys %Object.prototype.toString% in Realm.Extra: V8's
// error messages name an object by its constructor only while its toString
// is that one (see v8Show).
const extraObjectToString = "%Object.prototype.toString%"

// objectToString is Object.prototype.toString (§20.1.3.6).
func (rt *Runtime) objectToString(this Value) string {
	switch this {
	case Undefined:
		return "[object Undefined]"
	case Null:
		return "[object Null]"
	}
	o := rt.ToObject(this)
	builtinTag := rt.builtinTag(o)
	tag := rt.Get(o, rt.wellKnown.toStringTag)
	if tag.IsString() {
		builtinTag = rt.GoString(tag)
	}
	return "[object " + builtinTag + "]"
}

// builtinTag is the builtinTag of Object.prototype.toString (§20.1.3.6
// steps 5-15), chosen by the object's internal slots.
func (rt *Runtime) builtinTag(o Value) string {
	builtinTag := "Object"
	if rt.IsArray(o) {
		builtinTag = "Array"
	} else {
		switch rt.obj(o).class {
		case ClassArguments:
			builtinTag = "Arguments"
		case ClassFunction, ClassNative, ClassBound:
			builtinTag = "Function"
		case ClassError:
			builtinTag = "Error"
		case ClassBoolean:
			builtinTag = "Boolean"
		case ClassNumber:
			builtinTag = "Number"
		case ClassString:
			builtinTag = "String"
		case ClassDate:
			builtinTag = "Date"
		case ClassRegExp:
			builtinTag = "RegExp"
		case ClassProxy:
			if rt.isCallable(o) {
				builtinTag = "Function"
			}
		}
	}
	return builtinTag
}

// toPropertyDescriptor is §6.2.6.5.
// The fields of a property descriptor object, in the order §6.2.6.5 reads
// them.
const (
	descEnumerable = iota
	descConfigurable
	descValue
	descWritable
	descGet
	descSet
)

// descriptorKeys returns the atoms of the descriptor fields, made on first
// use: Object.defineProperty reads six of them per call, and interning
// each name again made 300,000 calls take ~205 ms instead of ~180.
func (rt *Runtime) descriptorKeys() *[6]Value {
	if rt.descKeys[0] == 0 {
		for i, name := range [...]string{"enumerable", "configurable", "value", "writable", "get", "set"} {
			rt.descKeys[i] = rt.atom(name)
		}
	}
	return &rt.descKeys
}

func (rt *Runtime) toPropertyDescriptor(v Value) PropDesc {
	if !v.IsObject() {
		rt.throwTypeError("Property description must be an object: %s", rt.inspectShort(v))
	}
	var d PropDesc
	keys := rt.descriptorKeys()
	field := func(i int) (Value, bool) {
		if k := keys[i]; rt.hasProperty(v, k) {
			return rt.Get(v, k), true
		}
		return Undefined, false
	}
	// An ordinary descriptor whose prototype is null or an ordinary object
	// with a null prototype (Object.prototype, nearly always) is read
	// straight from the shapes: [[HasProperty]] then [[Get]] looked each of
	// the six fields up three or four times, which made this most of the
	// cost of Object.defineProperty. A field either object holds as an
	// accessor still goes through [[Get]], which calls it as before.
	// (A getter may change the objects, so each field checks afresh.)
	if o := rt.obj(v); o.class == ClassObject {
		generic := field
		field = func(i int) (Value, bool) {
			if o.proto != Null && (rt.obj(o.proto).class != ClassObject || rt.obj(o.proto).proto != Null) {
				return generic(i)
			}
			k := keys[i]
			s := rt.shp(o)
			if slot := s.lookup(k); slot >= 0 {
				if s.attrs[slot]&attrAccessor != 0 {
					return generic(i)
				}
				return rt.vals(o.slots)[slot], true
			}
			if o.proto == Null || rt.shp(rt.obj(o.proto)).lookup(k) < 0 {
				return Undefined, false
			}
			return generic(i)
		}
	}
	if x, ok := field(descEnumerable); ok {
		d.Has |= hasEnumerable
		if rt.ToBoolean(x) {
			d.Attrs |= attrEnumerable
		}
	}
	if x, ok := field(descConfigurable); ok {
		d.Has |= hasConfigurable
		if rt.ToBoolean(x) {
			d.Attrs |= attrConfigurable
		}
	}
	if x, ok := field(descValue); ok {
		d.Has |= hasValue
		d.Value = x
	}
	if x, ok := field(descWritable); ok {
		d.Has |= hasWritable
		if rt.ToBoolean(x) {
			d.Attrs |= attrWritable
		}
	}
	if x, ok := field(descGet); ok {
		if x != Undefined && !rt.isCallable(x) {
			rt.throwTypeError("Getter must be a function: %s", rt.inspectShort(x))
		}
		d.Has |= hasGet
		d.Get = x
	}
	if x, ok := field(descSet); ok {
		if x != Undefined && !rt.isCallable(x) {
			rt.throwTypeError("Setter must be a function: %s", rt.inspectShort(x))
		}
		d.Has |= hasSet
		d.Set = x
	}
	if d.Has&(hasGet|hasSet) != 0 && d.Has&(hasValue|hasWritable) != 0 {
		rt.throwTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, %s", rt.v8Show(v))
	}
	if d.Has&hasGet == 0 {
		d.Get = Undefined
	}
	if d.Has&hasSet == 0 {
		d.Set = Undefined
	}
	if d.Has&hasValue == 0 {
		d.Value = Undefined
	}
	return d
}

// ToPropertyDescriptor converts a JavaScript descriptor object.
func (rt *Runtime) ToPropertyDescriptor(v Value) PropDesc { return rt.toPropertyDescriptor(v) }

// fromPropertyDescriptor is §6.2.6.4.
func (rt *Runtime) fromPropertyDescriptor(d PropDesc) Value {
	obj := rt.NewObject()
	if d.Attrs&attrAccessor != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("get"), d.Get)
		rt.createDataPropertyOrThrow(obj, rt.atom("set"), d.Set)
	} else {
		rt.createDataPropertyOrThrow(obj, rt.atom("value"), d.Value)
		rt.createDataPropertyOrThrow(obj, rt.atom("writable"), gc.Bool(d.Attrs&attrWritable != 0))
	}
	rt.createDataPropertyOrThrow(obj, rt.atom("enumerable"), gc.Bool(d.Attrs&attrEnumerable != 0))
	rt.createDataPropertyOrThrow(obj, rt.atom("configurable"), gc.Bool(d.Attrs&attrConfigurable != 0))
	return obj
}

func (rt *Runtime) defineProperties(obj, props Value) {
	p := rt.ToObject(props)
	type kd struct {
		k PropKey
		d PropDesc
	}
	var list []kd
	for _, k := range rt.ownKeys(p) {
		if d, ok := rt.getOwnProperty(p, k); ok && d.Attrs&attrEnumerable != 0 {
			list = append(list, kd{k, rt.toPropertyDescriptor(rt.Get(p, k))})
		}
	}
	for _, e := range list {
		rt.defineOwnProperty(obj, e.k, e.d, true)
	}
}

// enumerableOwnKeys returns the enumerable own string keys.
func (rt *Runtime) enumerableOwnKeys(obj Value) []PropKey {
	var out []PropKey
	for _, k := range rt.ownKeys(obj) {
		if k.IsSymbol() {
			continue
		}
		if d, ok := rt.getOwnProperty(obj, k); ok && d.Attrs&attrEnumerable != 0 {
			out = append(out, k)
		}
	}
	return out
}

// enumerableOwnProperties is EnumerableOwnProperties (§7.3.23) for values
// and entries: each key's descriptor is read just before its value, so a
// getter that deletes or hides a later property leaves it out.
func (rt *Runtime) enumerableOwnProperties(obj Value, each func(k PropKey, v Value)) {
	for _, k := range rt.ownKeys(obj) {
		if k.IsSymbol() {
			continue
		}
		if d, ok := rt.getOwnProperty(obj, k); ok && d.Attrs&attrEnumerable != 0 {
			each(k, rt.Get(obj, k))
		}
	}
}

// EnumerableOwnKeys returns the enumerable own string keys as strings.
func (rt *Runtime) EnumerableOwnKeys(obj Value) []Value {
	keys := rt.enumerableOwnKeys(obj)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = rt.keyToValue(k)
	}
	return out
}

func (rt *Runtime) ownKeysArray(obj Value, strings, symbols, enumOnly bool) Value {
	var out []Value
	for _, k := range rt.ownKeys(obj) {
		if k.IsSymbol() {
			if !symbols {
				continue
			}
		} else if !strings {
			continue
		}
		if enumOnly {
			d, ok := rt.getOwnProperty(obj, k)
			if !ok || d.Attrs&attrEnumerable == 0 {
				continue
			}
		}
		out = append(out, rt.keyToValue(k))
	}
	return rt.NewArray(nonNil(out))
}

// testIntegrity is TestIntegrityLevel (§7.3.17).
func (rt *Runtime) testIntegrity(v Value, frozen bool) bool {
	if rt.isExtensibleV(v) {
		return false
	}
	for _, k := range rt.ownKeys(v) {
		d, ok := rt.getOwnProperty(v, k)
		if !ok {
			continue
		}
		if d.Attrs&attrConfigurable != 0 {
			return false
		}
		if frozen && d.Attrs&attrAccessor == 0 && d.Attrs&attrWritable != 0 {
			return false
		}
	}
	return true
}
