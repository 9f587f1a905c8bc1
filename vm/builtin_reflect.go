package vm

import "github.com/kilnjs/kiln/gc"

// The Reflect namespace object (ECMA-262 §28.1): each function is the
// matching internal method, with its argument checks.
func (r *Realm) initReflect() {
	rt := r.rt
	refl := rt.NewObject()
	r.Value(r.GlobalThis, "Reflect", refl)
	r.Extra["Reflect"] = refl
	rt.defineData(refl, rt.wellKnown.toStringTag, rt.atom("Reflect"), attrConfigurable)
	target := func(rt *Runtime, args []Value, name string) Value {
		t := Arg(args, 0)
		if !t.IsObject() {
			rt.throwTypeError("Reflect.%s called on non-object", name)
		}
		return t
	}
	r.methodForward(refl, Undefined, "apply", 3, func(rt *Runtime, _ Value, args []Value) Value {
		f := Arg(args, 0)
		if !rt.isCallable(f) {
			rt.throwTypeError("Function.prototype.apply was called on %s, which is %s and not a function", rt.inspectShort(f), rt.aTypeName(f))
		}
		list := Arg(args, 2)
		if !list.IsObject() {
			rt.throwTypeError("CreateListFromArrayLike called on non-object")
		}
		return rt.callValue(f, Arg(args, 1), rt.createListFromArrayLike(list), Undefined)
	}, forwardReflectApply)
	r.Method(refl, "construct", 2, func(rt *Runtime, _ Value, args []Value) Value {
		f := Arg(args, 0)
		if !rt.isConstructor(f) {
			rt.throwTypeError("%s is not a constructor", rt.inspectShort(f))
		}
		nt := f
		if len(args) > 2 {
			nt = args[2]
			if !rt.isConstructor(nt) {
				rt.throwTypeError("%s is not a constructor", rt.inspectShort(nt))
			}
		}
		list := Arg(args, 1)
		if !list.IsObject() {
			rt.throwTypeError("CreateListFromArrayLike called on non-object")
		}
		return rt.construct(f, rt.createListFromArrayLike(list), nt)
	})
	r.Method(refl, "defineProperty", 3, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "defineProperty")
		key := rt.ToPropertyKey(Arg(args, 1))
		d := rt.toPropertyDescriptor(Arg(args, 2))
		return gc.Bool(rt.defineOwnProperty(t, key, d, false))
	})
	r.Method(refl, "deleteProperty", 2, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "deleteProperty")
		return gc.Bool(rt.deleteProp(t, rt.ToPropertyKey(Arg(args, 1))))
	})
	r.Method(refl, "get", 2, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "get")
		key := rt.ToPropertyKey(Arg(args, 1))
		recv := t
		if len(args) > 2 {
			recv = args[2]
		}
		return rt.getV(t, key, recv)
	})
	r.Method(refl, "getOwnPropertyDescriptor", 2, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "getOwnPropertyDescriptor")
		d, ok := rt.getOwnProperty(t, rt.ToPropertyKey(Arg(args, 1)))
		if !ok {
			return Undefined
		}
		return rt.fromPropertyDescriptor(d)
	})
	r.Method(refl, "getPrototypeOf", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.getPrototypeOf(target(rt, args, "getPrototypeOf"))
	})
	r.Method(refl, "has", 2, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "has")
		return gc.Bool(rt.hasProperty(t, rt.ToPropertyKey(Arg(args, 1))))
	})
	r.Method(refl, "isExtensible", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Bool(rt.isExtensibleV(target(rt, args, "isExtensible")))
	})
	r.Method(refl, "ownKeys", 1, func(rt *Runtime, _ Value, args []Value) Value {
		keys := rt.ownKeys(target(rt, args, "ownKeys"))
		out := make([]Value, len(keys))
		for i, k := range keys {
			out[i] = rt.keyToValue(k)
		}
		return rt.NewArray(out)
	})
	r.Method(refl, "preventExtensions", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Bool(rt.preventExtensions(target(rt, args, "preventExtensions")))
	})
	r.Method(refl, "set", 3, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "set")
		key := rt.ToPropertyKey(Arg(args, 1))
		recv := t
		if len(args) > 3 {
			recv = args[3]
		}
		return gc.Bool(rt.setV(t, key, Arg(args, 2), recv))
	})
	r.Method(refl, "setPrototypeOf", 2, func(rt *Runtime, _ Value, args []Value) Value {
		t := target(rt, args, "setPrototypeOf")
		p := Arg(args, 1)
		if !p.IsObject() && p != Null {
			rt.throwTypeError("Object prototype may only be an Object or null: %s", rt.inspectShort(p))
		}
		return gc.Bool(rt.setPrototypeOf(t, p))
	})
}

// aTypeName is "a number", "an object", ... for V8's messages.
func (rt *Runtime) aTypeName(v Value) string {
	t := rt.typeofString(v)
	if v == Null {
		t = "null"
	}
	switch t[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an " + t
	}
	return "a " + t
}
