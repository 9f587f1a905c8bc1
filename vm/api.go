package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsdate"
)

// The embedding API: what stdlib and the root package use.

// RunScript runs a compiled script's top level in the current realm with
// this = globalThis. It throws (panics with *Exception) if the script does.
func (rt *Runtime) RunScript(p *bytecode.Program) Value {
	fn := rt.newClosure(p.Main, Undefined)
	return rt.Call(fn, rt.realm.GlobalThis)
}

// NewFunction makes a closure over no environment from compiled code (a
// CommonJS module wrapper, a compiled function body).
func (rt *Runtime) NewFunction(code *bytecode.Function) Value {
	return rt.newClosure(code, Undefined)
}

// Global returns the global object of the current realm.
func (rt *Runtime) Global() Value { return rt.realm.GlobalThis }

// Int returns a number value.
func Int(i int) Value { return gc.Int(i) }

// Float returns a number value.
func Float(f float64) Value { return gc.Float(f) }

// Bool returns a boolean value.
func Bool(b bool) Value { return gc.Bool(b) }

// DefineMethod defines a non-enumerable method on obj.
func (rt *Runtime) DefineMethod(obj Value, name string, length int, fn NativeFunc) Value {
	return rt.realm.MethodFn(obj, name, length, fn)
}

// DefineValue defines a non-enumerable, writable, configurable data
// property on obj.
func (rt *Runtime) DefineValue(obj Value, name string, v Value) {
	rt.realm.Value(obj, name, v)
}

// DefineGetter defines a getter on obj.
func (rt *Runtime) DefineGetter(obj Value, name string, fn NativeFunc) {
	rt.realm.Getter(obj, name, fn)
}

// DefineAccessor defines a getter/setter pair on obj.
func (rt *Runtime) DefineAccessor(obj Value, name string, get, set NativeFunc) {
	rt.realm.Accessor(obj, name, get, set)
}

// DefineAccessorProperty defines a configurable accessor on obj, with
// enumerable as given; set may be nil for a getter alone. It is
// Object.defineProperty without a descriptor object, for hosts defining
// many properties at start-up.
func (rt *Runtime) DefineAccessorProperty(obj Value, name string, get, set NativeFunc, enumerable bool) {
	d := PropDesc{Attrs: attrConfigurable, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}
	if enumerable {
		d.Attrs |= attrEnumerable
	}
	d.Get, d.Set = rt.accessorFunctions(name, get, set)
	rt.defineOwnProperty(obj, rt.keyFor(name), d, true)
}

// accessorFunctions makes the "get name" and "set name" functions of a
// built-in accessor, Undefined for a nil one.
func (rt *Runtime) accessorFunctions(name string, get, set NativeFunc) (g, s Value) {
	g, s = Undefined, Undefined
	if get != nil {
		g = rt.NewNativeFunction("get "+name, 0, get)
	}
	if set != nil {
		s = rt.NewNativeFunction("set "+name, 1, set)
	}
	return g, s
}

// DefineLazyAccessor is DefineAccessorProperty with the getter and setter
// functions made when the property is first read or looked at: a host that
// defines dozens of accessors on the global object, as Node does, then pays
// for the ones a program uses.
func (rt *Runtime) DefineLazyAccessor(obj Value, name string, get, set NativeFunc, enumerable bool) {
	rt.defineLazyPair(obj, &lazyPair{name: name, get: get, set: set}, enumerable)
}

// DefineLazyAccessorOf is DefineLazyAccessor for an entry of a table of
// accessors: funcs makes entry i's getter and setter when it is first
// used. One funcs serves the whole table, where a getter and setter
// closure per entry cost allocations for every entry (Node defines some
// seventy globals this way at start-up, and a program reads a few).
func (rt *Runtime) DefineLazyAccessorOf(obj Value, name string, enumerable bool, i int, funcs func(i int) (get, set NativeFunc)) {
	rt.defineLazyPair(obj, &lazyPair{name: name, funcs: funcs, index: i}, enumerable)
}

func (rt *Runtime) defineLazyPair(obj Value, lp *lazyPair, enumerable bool) *Object {
	key := rt.keyFor(lp.name)
	o := rt.obj(obj)
	var pair Value
	if _, index := indexKey(key); o.class == ClassObject && o.flags&objExtensible != 0 && !index && rt.shp(o).lookup(key) < 0 {
		// A new key on an ordinary object, the usual case: what
		// ordinaryDefineOwn would do, without validating a descriptor.
		attrs := attrAccessor | attrConfigurable
		if enumerable {
			attrs |= attrEnumerable
		}
		pair = rt.newAccessorPair(Undefined, Undefined)
		rt.chainChanged(o) // an accessor may now intercept assignments (see ic.go)
		rt.addOwn(o, key, pair, attrs)
	} else {
		d := PropDesc{Get: Undefined, Set: Undefined, Attrs: attrConfigurable, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}
		if enumerable {
			d.Attrs |= attrEnumerable
		}
		rt.defineOwnProperty(obj, key, d, true)
		pair = rt.vals(o.slots)[rt.shp(o).lookup(key)]
	}
	// The pair is filled on first use.
	p := rt.obj(pair)
	rt.setHost(p, lp)
	p.flags |= objLazyPair
	return p
}

// lazyPair is what a lazy accessor pair makes its functions from.
type lazyPair struct {
	name     string
	get, set NativeFunc
	// funcs, when set, makes get and set from index (DefineLazyAccessorOf).
	funcs func(i int) (get, set NativeFunc)
	index int
	// make, when set, computes the value of DefineLazyDataProperty's
	// property enumerable name on obj.
	make       func() Value
	obj        Value
	enumerable bool
	// realm is set for the stand-in of a lazy family's global (see
	// lazyfamily.go), whose functions come from familyAccessors.
	realm *Realm
	init  int
}

// makeLazyPair makes a lazy accessor pair's functions.
func (rt *Runtime) makeLazyPair(p *Object) {
	lp := rt.hostOf(p).(*lazyPair)
	p.flags &^= objLazyPair
	rt.freeHost(p)
	get, set := lp.get, lp.set
	switch {
	case lp.funcs != nil:
		get, set = lp.funcs(lp.index)
	case lp.make != nil:
		get, set = rt.lazyDataAccessors(lp, p)
	case lp.realm != nil:
		get, set = rt.familyAccessors(lp)
	}
	p.v0, p.v1 = rt.accessorFunctions(lp.name, get, set)
}

// DefineLazyDataProperty defines name on obj as a writable, configurable
// data property whose value make computes when the property is first read,
// looked at (its descriptor) or assigned: the host's way to put off work
// for a global most programs never touch, as Node's bootstrap does with
// snapshots. Until then it is an accessor pair the VM treats as the data
// property it stands for; make may define the property itself.
func (rt *Runtime) DefineLazyDataProperty(obj Value, name string, enumerable bool, make func() Value) {
	p := rt.defineLazyPair(obj, &lazyPair{name: name, make: make, obj: obj, enumerable: enumerable}, enumerable)
	p.flags |= objLazyData
}

// lazyDataAccessors makes the functions of p, DefineLazyDataProperty's
// stand-in, when it is first used (a few of the dozens defined are).
func (rt *Runtime) lazyDataAccessors(lp *lazyPair, p *Object) (get, set NativeFunc) {
	obj, name, enumerable, make := lp.obj, lp.name, lp.enumerable, lp.make
	key := rt.keyFor(name)
	pending := func() bool {
		o := rt.obj(obj)
		slot := rt.shp(o).lookup(key)
		return slot >= 0 && rt.shp(o).attrs[slot]&attrAccessor != 0 && rt.obj(rt.vals(o.slots)[slot]) == p
	}
	get = func(rt *Runtime, _ Value, _ []Value) Value {
		if pending() {
			p.flags &^= objLazyData
			v := make()
			if pending() {
				rt.DefineDataProperty(obj, name, v, enumerable)
			}
		}
		return rt.Get(obj, key)
	}
	set = func(rt *Runtime, _ Value, args []Value) Value {
		p.flags &^= objLazyData
		rt.DefineDataProperty(obj, name, Arg(args, 0), enumerable)
		return Undefined
	}
	return get, set
}

// SetPrototypeOf is [[SetPrototypeOf]] (ECMA-262 §10.1.2); it reports
// success.
func (rt *Runtime) SetPrototypeOf(obj, proto Value) bool { return rt.setPrototypeOf(obj, proto) }

// DefineKeyed defines a data property under any key (a string or a
// symbol) with the given writable, enumerable and configurable attributes.
func (rt *Runtime) DefineKeyed(obj, key, v Value, writable, enumerable, configurable bool) {
	var attrs uint8
	if writable {
		attrs |= attrWritable
	}
	if enumerable {
		attrs |= attrEnumerable
	}
	if configurable {
		attrs |= attrConfigurable
	}
	rt.defineOwnProperty(obj, rt.ToPropertyKey(key), dataDesc(v, attrs), true)
}

// DefineDataProperty defines (or redefines) a writable, configurable data
// property on obj, with enumerable as given.
func (rt *Runtime) DefineDataProperty(obj Value, name string, v Value, enumerable bool) {
	attrs := attrWritable | attrConfigurable
	if enumerable {
		attrs |= attrEnumerable
	}
	rt.defineOwnProperty(obj, rt.keyFor(name), PropDesc{Value: v, Attrs: attrs, Has: hasValue | hasWritable | hasEnumerable | hasConfigurable}, true)
}

// CreateDataProperty defines an enumerable data property (as object
// literals do).
func (rt *Runtime) CreateDataProperty(obj Value, name string, v Value) {
	rt.createDataPropertyOrThrow(obj, rt.keyFor(name), v)
}

// IsCallable reports whether v is a function.
func (rt *Runtime) IsCallable(v Value) bool { return rt.isCallable(v) }

// Callee returns the native function object currently running, so a
// native can read data stored on itself with SetData/Data.
func (rt *Runtime) Callee() Value { return rt.curCallee }

// SetData stores a value in a native function's data slot (rooted with it).
func (rt *Runtime) SetData(fn Value, v Value) { rt.obj(fn).v0 = v }

// Data returns a native function's data slot.
func (rt *Runtime) Data(fn Value) Value { return rt.obj(fn).v0 }

// ArrayValues returns the elements of an array-like as a slice.
func (rt *Runtime) ArrayValues(v Value) []Value { return rt.arrayValues(v) }

// ErrorHeader returns "Name: message" for an error value.
func (rt *Runtime) ErrorHeader(v Value) string { return rt.errorHeader(v) }

// IsError reports whether v is an Error object.
func (rt *Runtime) IsError(v Value) bool { return v.IsObject() && rt.obj(v).class == ClassError }

// ToStringForDisplay converts any value to a Go string without throwing
// for symbols (for diagnostics).
func (rt *Runtime) ToStringForDisplay(v Value) string {
	if v.IsSymbol() {
		return rt.symbolDescriptiveString(v)
	}
	s := ""
	if exc := rt.Try(func() { s = rt.ToGoString(v) }); exc != nil {
		return "[object]"
	}
	return s
}

// DeleteS deletes a property by Go name ([[Delete]]), reporting success.
func (rt *Runtime) DeleteS(obj Value, name string) bool { return rt.deleteProp(obj, rt.keyFor(name)) }

// UTF16Units returns the UTF-16 code units of a Go string holding WTF-8
// (the form Kiln gives JavaScript strings to Go: lone surrogates encoded
// as three bytes).
func UTF16Units(s string) []uint16 { return wtf8ToUTF16(s) }

// WTF8FromUnits is the inverse of UTF16Units.
func WTF8FromUnits(u []uint16) string { return utf16ToWTF8(u) }

// Then calls onFul or onRej (either may be nil) from a job when promise p
// settles. Reacting marks a rejection handled.
func (rt *Runtime) Then(p Value, onFul, onRej func(v Value)) {
	mk := func(f func(Value)) Value {
		return rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, args []Value) Value {
			if f != nil {
				f(Arg(args, 0))
			}
			return Undefined
		})
	}
	rt.performThen(p, mk(onFul), mk(onRej), Undefined, Undefined)
}

// OwnKeys returns the own string-keyed property names of an object.
func (rt *Runtime) OwnKeys(v Value) []string {
	var out []string
	for _, k := range rt.ownKeys(v) {
		if !k.IsSymbol() {
			out = append(out, rt.keyString(k))
		}
	}
	return out
}

// HasProperty is [[HasProperty]] for a string key.
func (rt *Runtime) HasProperty(obj Value, name string) bool {
	return obj.IsObject() && rt.hasProperty(obj, rt.keyFor(name))
}

// CollectGarbage runs a full collection now, as a safepoint would. It is
// for natives that JavaScript calls (node's --expose-gc gc()): a native's
// callers keep what they hold rooted across calls into JavaScript, where
// safepoints collect, so a collection inside such a call sees the same
// roots.
func (rt *Runtime) CollectGarbage() { rt.collect() }

// HostScope roots the values made from now until end is called, and those
// Keep is given, as inside a native call: for a host entry point (the
// embedding API's) that holds new values in Go variables across calls into
// JavaScript. It is for short entries: one that runs an event loop inside
// it would keep everything the loop's host code made until it returns.
func (rt *Runtime) HostScope() (end func()) { return rt.rootScope() }

// DateValue returns the time value of a Date object (milliseconds since
// the epoch, NaN for an invalid date), and whether v is one.
func (rt *Runtime) DateValue(v Value) (float64, bool) {
	if !v.IsObject() {
		return 0, false
	}
	if o := rt.obj(v); o.class == ClassDate {
		return o.v0.Float(), true
	}
	return 0, false
}

// NewDate returns a Date of the current realm whose time value is ms,
// clipped as the Date constructor clips it.
func (rt *Runtime) NewDate(ms float64) Value {
	o, cell := rt.newObjectCell(ClassDate, rt.realm.made(initDate).DatePrototype)
	cell.v0 = gc.Float(jsdate.TimeClip(ms))
	return o
}

// ByteView returns the bytes of an ArrayBuffer, a DataView or a typed
// array of one-byte elements (a Buffer among them), and whether v is one
// of those (and not detached).
func (rt *Runtime) ByteView(v Value) ([]byte, bool) {
	if !v.IsObject() {
		return nil, false
	}
	if o := rt.obj(v); o.class == ClassTypedArray && typedSizes[rt.hostOf(o).(*taData).kind] != 1 {
		return nil, false
	}
	return rt.BufferBytes(v)
}
