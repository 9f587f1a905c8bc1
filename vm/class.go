package vm

// Classes, super, private names and the object-literal helpers.

import "github.com/kilnjs/kiln/bytecode"

// setupClass is the core of ClassDefinitionEvaluation (§15.7.14 steps
// 5-8, 12-16): validate the superclass, wire the constructor's and the
// prototype's [[Prototype]], define prototype/constructor. It returns the
// prototype object.
func (rt *Runtime) setupClass(ctor, super Value) Value {
	protoParent := rt.realm.ObjectPrototype
	ctorParent := rt.realm.FunctionPrototype
	if super != Empty {
		if super == Null {
			protoParent = Null
		} else {
			if !rt.isConstructor(super) {
				rt.throwTypeError("Class extends value %s is not a constructor or null", rt.inspectShort(super))
			}
			pp := rt.Get(super, rt.atPrototype)
			if !pp.IsObject() && pp != Null {
				rt.throwTypeError("Class extends value does not have valid prototype property %s", rt.inspectShort(pp))
			}
			protoParent = pp
			ctorParent = super
		}
	}
	proto := rt.NewObjectProto(protoParent)
	co := rt.obj(ctor)
	co.proto = ctorParent
	co.v1 = proto // home object of the constructor
	co.flags &^= objLazyProto
	rt.defineOwnProperty(ctor, rt.atPrototype, dataDesc(proto, 0), true)
	rt.defineOwnProperty(proto, rt.atom("constructor"), dataDesc(ctor, attrWritable|attrConfigurable), true)
	return proto
}

// superCall constructs the parent of the active constructor.
func (rt *Runtime) superCall(active, newTarget Value, args []Value) Value {
	parent := rt.getPrototypeOf(active)
	if !rt.isConstructor(parent) {
		// V8 names a function parent by its name, and shows an unnamed one
		// (such as the Function.prototype of `extends null`) as null.
		desc := rt.inspectShort(parent)
		if parent == Null {
			desc = "null"
		} else if rt.isCallable(parent) {
			desc = "null"
			if n := rt.funcName(parent); n != "" {
				desc = n
			}
		}
		cls := "anonymous class"
		if n := rt.funcName(active); n != "" {
			cls = n
		}
		rt.throwTypeError("Super constructor %s of %s is not a constructor", desc, cls)
	}
	return rt.construct(parent, args, newTarget)
}

// homeOf returns the home object of the running function (or, in arrows,
// of the function the compiler captured it from: arrows have none of their
// own, and the compiler passes super access through LoadHome in methods).
func (rt *Runtime) homeOf(fr *frame) Value {
	return rt.obj(fr.fnObj).v1
}

func (rt *Runtime) getSuper(fr *frame, key Value) Value {
	home := rt.homeOf(fr)
	if !home.IsObject() {
		rt.throwSyntaxError("'super' keyword unexpected here")
	}
	// GetSuperBase before ToPropertyKey (§13.3.7.3, §6.2.5.5).
	p := rt.getPrototypeOf(home)
	k := rt.ToPropertyKey(key)
	if p == Null {
		rt.throwTypeError("Cannot read properties of null (reading '%s')", rt.keyString(k))
	}
	this := rt.stack[fr.base]
	if this == Empty {
		rt.throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
	}
	return rt.getV(p, k, this)
}

func (rt *Runtime) setSuper(fr *frame, key, v Value) {
	home := rt.homeOf(fr)
	p := rt.getPrototypeOf(home)
	k := rt.ToPropertyKey(key)
	if p == Null {
		rt.throwTypeError("Cannot set properties of null (setting '%s')", rt.keyString(k))
	}
	this := rt.stack[fr.base]
	if !rt.setV(p, k, v, this) && fr.code.Flags&bytecode.FlagStrict != 0 {
		rt.failedAssignment(this, k)
	}
}

// initProp defines a data property during object literal evaluation.
func (rt *Runtime) initProp(obj Value, key PropKey, v Value) {
	o := rt.obj(obj)
	if !key.IsNumber() && o.class == ClassObject {
		if slot := rt.shp(o).lookup(key); slot < 0 {
			rt.addOwn(o, key, v, attrDefault)
			return
		}
	}
	rt.defineOwnProperty(obj, key, dataDesc(v, attrDefault), true)
}

func (rt *Runtime) defineAccessorProp(obj Value, key PropKey, fn Value, getter, enumerable bool) {
	var attrs uint8 = attrConfigurable
	if enumerable {
		attrs |= attrEnumerable
	}
	d := PropDesc{Attrs: attrs, Has: hasEnumerable | hasConfigurable}
	if getter {
		d.Get, d.Has = fn, d.Has|hasGet
	} else {
		d.Set, d.Has = fn, d.Has|hasSet
	}
	rt.defineOwnProperty(obj, key, d, true)
}

// setFunctionName is SetFunctionName (§10.2.9), prefix 0 none, 1 get, 2 set.
func (rt *Runtime) setFunctionName(fn Value, key PropKey, prefix int) {
	var name Value
	if key.IsSymbol() {
		desc := rt.syms.Get(key.Handle()).desc
		if desc == Undefined {
			name = rt.emptyString
		} else {
			name = rt.concat(rt.concat(rt.atom("["), desc), rt.atom("]"))
		}
	} else if key.IsObject() && rt.obj(key).class == ClassPrivateName {
		name = rt.obj(key).v0
	} else {
		name = rt.keyToValue(key)
	}
	switch prefix {
	case 1:
		name = rt.concat(rt.atom("get "), name)
	case 2:
		name = rt.concat(rt.atom("set "), name)
	}
	o := rt.obj(fn)
	if slot := rt.shp(o).lookup(rt.atom("name")); slot >= 0 {
		rt.own(&o.slots)
		rt.vals(o.slots)[slot] = name
		return
	}
	rt.defineOwnProperty(fn, rt.atom("name"), dataDesc(name, attrConfigurable), true)
}

// copyDataProperties is §7.3.25.
func (rt *Runtime) copyDataProperties(target, source Value, excluded []Value) {
	if source.IsNullish() {
		return
	}
	from := rt.ToObject(source)
	rt.Keep(from)
	for _, k := range rt.ownKeys(from) {
		skip := false
		for _, e := range excluded {
			if rt.ToPropertyKey(e) == k || (e.IsString() && k.IsString() && rt.strEqual(e, k)) {
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		d, ok := rt.getOwnProperty(from, k)
		if ok && d.Attrs&attrEnumerable != 0 {
			rt.createDataPropertyOrThrow(target, k, rt.Get(from, k))
		}
	}
}

// Private names are objects of ClassPrivateName (never exposed to
// JavaScript). An object's private elements are keys of its own shape, as
// V8's private symbols are: the name object itself is the key, so objects
// of a class that add the same fields in the same order share shapes, and
// the collector reaches names and values through the object as it does
// its symbol-keyed properties. Every reflective operation lists only
// string and symbol keys (privateKey), so none sees them; a Proxy's own
// private elements are the Proxy object's, never its target's. A field's
// value sits in its slot; a method's or accessor's brand has undefined
// there (the functions live on the name).

// privateKey reports whether a shape key is a private name.
func privateKey(k PropKey) bool { return k.IsObject() }

// A private name's aux says what it names. Methods and accessors live on
// the name itself (v1 = method or getter, v2 = setter); an object that has
// them carries only the name in its table, as the class's brand.
const (
	privField    = 0
	privMethod   = 1
	privAccessor = 2
	privStatic   = 4 // with privMethod or privAccessor: the brand is the constructor's

	privKindMask  = 7
	privSlotShift = 8 // aux>>privSlotShift: the slot the name was last found at (privateSlot)
)

func (rt *Runtime) newPrivateName(desc string) Value {
	v, o := rt.newObjectCell(ClassPrivateName, Null)
	o.v0 = rt.NewString(desc)
	o.v1, o.v2 = Undefined, Undefined
	return v
}

// privateMethod is the PrivateMethod opcode: kind&3 is 0 for a method, 1
// for a getter, 2 for a setter; kind&4 marks a static element.
func (rt *Runtime) privateMethod(name, fn Value, kind int) {
	o := rt.obj(name)
	static := uint32(kind & 4)
	// The class that declares the element, for brand-check messages
	// (brandClassName): the home object's constructor while the class is
	// being defined, before any code can replace prototype.constructor.
	if home := rt.obj(fn).v1; o.proto == Null && home.IsObject() {
		if static != 0 {
			o.proto = home
		} else if ctor := rt.dataPropertyOf(home, rt.atConstructor); ctor.IsObject() {
			o.proto = ctor
		}
	}
	switch kind & 3 {
	case 0:
		o.aux, o.v1 = privMethod|static, fn
	case 1:
		o.aux, o.v1 = privAccessor|static, fn
	default:
		o.aux, o.v2 = privAccessor|static, fn
	}
}

// throwNoBrand throws V8's TypeError for using a private method or
// accessor on an object that its class did not initialise.
func (rt *Runtime) throwNoBrand(name Value) {
	if rt.obj(name).aux&privStatic != 0 {
		rt.throwTypeError("Receiver must be class %s", rt.brandClassName(name))
	}
	rt.throwTypeError("Receiver must be an instance of class %s", rt.brandClassName(name))
}

// brandClassName returns the name of the class whose private method or
// accessor name is, as V8's messages give it: the name written in the
// class (not its name property, nor the name an anonymous class took from
// where it was stored), "anonymous" for none, or "." for a static element
// of an anonymous class (V8 names its class variable so).
func (rt *Runtime) brandClassName(name Value) string {
	o := rt.obj(name)
	// The class privateMethod recorded when the element was defined.
	if ctor := o.proto; ctor.IsObject() {
		if code, ok := rt.hostOf(rt.obj(ctor)).(*bytecode.Function); ok && rt.isCallable(ctor) {
			switch {
			case code.Flags&bytecode.FlagAnonymousClass == 0 && code.Name != "":
				return code.Name
			case o.aux&privStatic != 0:
				return "."
			}
		} else if rt.isCallable(ctor) {
			if n := rt.funcName(ctor); n != "" {
				return n
			}
		}
	}
	return "anonymous"
}

func (rt *Runtime) privateDesc(name Value) string { return rt.GoString(rt.obj(name).v0) }

// privateSlot returns the slot of the private element name (whose cell
// is n) in o's own shape, or -1. The name remembers the slot it was last
// found at, checked against the shape's key there: the instances of a
// class, and of its subclasses, hold its fields at the same slots, so a
// hit costs no lookup whatever the receiver's shape. A Proxy's elements
// are its own (§7.3.31 PrivateElementFind looks at O itself).
func (rt *Runtime) privateSlot(o *Object, name Value, n *Object) int {
	s := rt.shapes[o.shape]
	if i := int(n.aux >> privSlotShift); i < len(s.keys) && s.keys[i] == name {
		return i
	}
	i := s.lookup(name)
	if i >= 0 {
		n.aux = n.aux&privKindMask | uint32(i)<<privSlotShift
	}
	return i
}

// findPrivate returns obj's object cell and the slot of its private
// element name (-1 when obj is not an object or lacks it), and the name's
// cell.
func (rt *Runtime) findPrivate(obj, name Value) (*Object, int, *Object) {
	n := rt.obj(name)
	if !obj.IsObject() {
		return nil, -1, n
	}
	o := rt.obj(obj)
	return o, rt.privateSlot(o, name, n), n
}

// getPrivate is §7.3.32 PrivateGet.
func (rt *Runtime) getPrivate(obj, name Value) Value {
	o, i, n := rt.findPrivate(obj, name)
	if n.aux&privKindMask != privField {
		if i < 0 {
			rt.throwNoBrand(name)
		}
		if n.aux&privMethod != 0 {
			return n.v1
		}
		if n.v1 == Undefined {
			rt.throwTypeError("'%s' was defined without a getter", rt.privateDesc(name))
		}
		return rt.Call(n.v1, obj)
	}
	if i < 0 {
		rt.throwTypeError("Cannot read private member %s from an object whose class did not declare it", rt.privateDesc(name))
	}
	return rt.arena.At(o.slots.ref, i)
}

// setPrivate is §7.3.33 PrivateSet.
func (rt *Runtime) setPrivate(obj, name, v Value) {
	o, i, n := rt.findPrivate(obj, name)
	if n.aux&privKindMask != privField {
		if i < 0 {
			rt.throwNoBrand(name)
		}
		if n.aux&privMethod != 0 {
			rt.throwTypeError("Private method '%s' is not writable", rt.privateDesc(name))
		}
		if n.v2 == Undefined {
			rt.throwTypeError("'%s' was defined without a setter", rt.privateDesc(name))
		}
		rt.Call(n.v2, obj, v)
		return
	}
	if i < 0 {
		rt.throwTypeError("Cannot write private member %s to an object whose class did not declare it", rt.privateDesc(name))
	}
	rt.own(&o.slots)
	rt.vals(o.slots)[i] = v
}

// definePrivate is §7.3.30 PrivateFieldAdd, and PrivateMethodOrAccessorAdd
// for a brand. Neither looks at extensibility: a frozen object still gets
// its class's private elements.
func (rt *Runtime) definePrivate(obj, name, v Value) {
	if !obj.IsObject() {
		rt.throwTypeError("Cannot define private member on a non-object")
	}
	o, i, n := rt.findPrivate(obj, name)
	if n.aux&privKindMask != privField {
		if i >= 0 {
			rt.throwTypeError("Cannot initialize private methods of class %s twice on the same object", rt.brandClassName(name))
		}
		v = Undefined // a brand: the method lives on the name
	} else if i >= 0 {
		rt.throwTypeError("Cannot initialize %s twice on the same object", rt.privateDesc(name))
	}
	rt.addOwn(o, name, v, 0)
}

func (rt *Runtime) hasPrivate(obj, name Value) bool {
	_, i, _ := rt.findPrivate(obj, name)
	return i >= 0
}
