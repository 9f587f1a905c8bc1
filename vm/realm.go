package vm

import (
	"slices"
	"strings"

	"github.com/kilnjs/kiln/gc"
)

// Realm is a set of intrinsics and a global environment (ECMA-262 §9.3).
type Realm struct {
	rt         *Runtime
	index      int // in rt.realms
	GlobalThis Value
	globalLex  map[PropKey]*globalBinding
	lexGen     uint32 // counts declarations added to globalLex (see globalIC)

	ObjectPrototype, FunctionPrototype, ArrayPrototype, StringPrototype, NumberPrototype,
	BooleanPrototype, SymbolPrototype, BigIntPrototype Value
	ErrorPrototype, TypeErrorPrototype, ReferenceErrorPrototype, SyntaxErrorPrototype, RangeErrorPrototype,
	EvalErrorPrototype, URIErrorPrototype, AggregateErrorPrototype Value
	IteratorPrototype, ArrayIteratorPrototype, MapIteratorPrototype, SetIteratorPrototype,
	StringIteratorPrototype, RegExpStringIteratorPrototype, AsyncIteratorPrototype,
	AsyncFromSyncIteratorPrototype Value
	GeneratorFunctionPrototype, GeneratorPrototype, AsyncFunctionPrototype,
	AsyncGeneratorFunctionPrototype, AsyncGeneratorPrototype Value
	PromisePrototype, RegExpPrototype, DatePrototype, MapPrototype, SetPrototype, WeakMapPrototype,
	WeakSetPrototype, WeakRefPrototype, FinalizationRegistryPrototype, ArrayBufferPrototype,
	SharedArrayBufferPrototype, DataViewPrototype, TypedArrayPrototype Value
	TypedArrayPrototypes [numTypedKinds]Value
	TypedArrayCtors      [numTypedKinds]Value

	Object, Function, Array, String, Number, Boolean, Symbol, BigInt, Promise, RegExp, Date, Map, Set,
	Error, TypedArray, ArrayBuffer, Proxy Value
	Eval           Value
	ThrowTypeError Value

	arrayValues, arrayIterNext Value
	// generatorNext is %GeneratorPrototype%.next, which iterStep runs
	// without calling it (generatorStep).
	generatorNext Value
	// regexpState is the internal object of RegExp's realm state (see
	// builtin_regexp.go), made when RegExp.prototype gets its properties:
	// Undefined until then, so it is traced apart from values(), which
	// lists the intrinsics.
	regexpState Value
	// pristine remembers where arrayIterIsPristine last found the two
	// methods, by holder shape, and (if noReturn) the shapes of
	// %ArrayIteratorPrototype%, %IteratorPrototype% and Object.prototype
	// for which arrayIterHasNoReturn last found no return method.
	pristine struct {
		apShape, ipShape uint32
		apSlot, ipSlot   int
		noReturn         bool
		noReturnShapes   [3]uint32
	}

	// pending has a bit per built-in init not made yet (see lazyfamily.go);
	// keepGlobals are the globals the one being made must leave alone.
	// madeGlobal is the global object the realm was made with, where the
	// families not made yet stand in: a host may put another object in
	// GlobalThis (node's vm contexts put a proxy there).
	pending     uint64
	keepGlobals []PropKey
	madeGlobal  Value

	// Extra holds intrinsics added by the host or by built-ins not listed
	// above, keyed by name; they are roots.
	Extra map[string]Value
}

func (r *Realm) trace(m *gc.Marker) {
	for _, v := range r.values() {
		m.Mark(*v)
	}
	m.MarkAll(r.TypedArrayPrototypes[:])
	m.MarkAll(r.TypedArrayCtors[:])
	for k, b := range r.globalLex {
		m.Mark(k)
		m.Mark(b.value)
	}
	m.Mark(r.regexpState)
	for _, v := range r.Extra {
		m.Mark(v)
	}
}

func (r *Realm) values() []*Value {
	return []*Value{&r.GlobalThis, &r.ObjectPrototype, &r.FunctionPrototype, &r.ArrayPrototype, &r.StringPrototype,
		&r.NumberPrototype, &r.BooleanPrototype, &r.SymbolPrototype, &r.BigIntPrototype, &r.ErrorPrototype,
		&r.TypeErrorPrototype, &r.ReferenceErrorPrototype, &r.SyntaxErrorPrototype, &r.RangeErrorPrototype,
		&r.EvalErrorPrototype, &r.URIErrorPrototype, &r.AggregateErrorPrototype, &r.IteratorPrototype,
		&r.ArrayIteratorPrototype, &r.MapIteratorPrototype, &r.SetIteratorPrototype, &r.StringIteratorPrototype,
		&r.RegExpStringIteratorPrototype, &r.AsyncIteratorPrototype, &r.AsyncFromSyncIteratorPrototype,
		&r.GeneratorFunctionPrototype, &r.GeneratorPrototype, &r.AsyncFunctionPrototype,
		&r.AsyncGeneratorFunctionPrototype, &r.AsyncGeneratorPrototype, &r.PromisePrototype, &r.RegExpPrototype,
		&r.DatePrototype, &r.MapPrototype, &r.SetPrototype, &r.WeakMapPrototype, &r.WeakSetPrototype,
		&r.WeakRefPrototype, &r.FinalizationRegistryPrototype, &r.ArrayBufferPrototype,
		&r.SharedArrayBufferPrototype, &r.DataViewPrototype, &r.TypedArrayPrototype, &r.Object, &r.Function,
		&r.Array, &r.String, &r.Number, &r.Boolean, &r.Symbol, &r.BigInt, &r.Promise, &r.RegExp, &r.Date, &r.Map,
		&r.Set, &r.Error, &r.TypedArray, &r.ArrayBuffer, &r.Proxy, &r.Eval, &r.ThrowTypeError, &r.arrayValues,
		&r.arrayIterNext, &r.generatorNext, &r.madeGlobal}
}

// NewRealm creates a realm with all ECMAScript intrinsics and makes it
// current.
func (rt *Runtime) NewRealm() *Realm {
	r := &Realm{rt: rt, index: len(rt.realms), globalLex: map[PropKey]*globalBinding{}, Extra: map[string]Value{}}
	for _, v := range r.values() {
		*v = Undefined
	}
	r.regexpState = Undefined
	for i := range r.TypedArrayPrototypes {
		r.TypedArrayPrototypes[i] = Undefined
		r.TypedArrayCtors[i] = Undefined
	}
	prev := rt.realm
	rt.realms = append(rt.realms, r)
	rt.setRealm(r)
	mark := len(rt.tempRoots)
	saved := rt.inNative
	rt.inNative = true
	defer func() {
		rt.tempRoots = rt.tempRoots[:mark]
		rt.inNative = saved
	}()

	// The two objects everything else hangs from.
	var op *Object
	r.ObjectPrototype, op = rt.newObjectCell(ClassObject, Null)
	op.flags |= objImmutableProto
	fp, fpo := rt.newObjectCell(ClassNative, r.ObjectPrototype)
	rt.setHost(fpo, &nativeFunc{fn: func(*Runtime, Value, []Value) Value { return Undefined }})
	fpo.flags |= objCallable
	fpo.shape = rt.funcShape.id
	rt.setVals(&fpo.slots, []Value{gc.Int(0), rt.atom("")})
	r.FunctionPrototype = fp
	r.GlobalThis = rt.NewObject()
	r.madeGlobal = r.GlobalThis

	rt.deferring = deferBuiltins
	if rt.deferredProps == nil {
		rt.deferredProps = make([]deferredProp, 0, realmDeferredProps)
	}
	for i, init := range builtinInits {
		switch {
		case init == nil:
		case rt.deferring && i < numInits && lazyGlobals[i] != nil:
			r.deferFamily(i)
		default:
			init(r)
		}
	}
	rt.deferring = false
	rt.dropDeferredProps()
	if prev != nil {
		rt.setRealm(prev)
	}
	return r
}

// farRealm is Object.realm for an object made in a realm whose index does
// not fit the byte. A program making hundreds of node vm contexts gets
// there; a byte wrapping around would answer a wrong realm, and a wider
// field would grow every object cell. Only a function's realm is ever
// asked (GetFunctionRealm), so only functions made past the byte go into
// rt.farRealms: a map update per such function, dropped when the function
// is freed.
const farRealm = 255

// setFarRealm records r as the realm of o, made while r (of index farRealm
// or more) was current.
func (rt *Runtime) setFarRealm(o *Object, r *Realm) {
	o.realm = farRealm
	if o.class == ClassFunction || o.class == ClassNative {
		if rt.farRealms == nil {
			rt.farRealms = map[*Object]*Realm{}
		}
		rt.farRealms[o] = r
	}
}

// noRealmTag is rt.realmTag while a far realm is current: no byte
// matches it.
const noRealmTag = 0x100

// setRealm makes r the current realm.
func (rt *Runtime) setRealm(r *Realm) {
	rt.realm = r
	rt.realmTag = noRealmTag
	if r.index < farRealm {
		rt.realmTag = uint16(r.index)
	}
}

// realmOf returns the [[Realm]] of a function object of class
// ClassFunction or ClassNative: the realm current when it was made.
func (rt *Runtime) realmOf(o *Object) *Realm {
	if o.realm < farRealm {
		return rt.realms[o.realm]
	}
	return rt.farRealms[o]
}

// functionRealm is GetFunctionRealm (ECMA-262 §7.3.24) of a callable.
func (rt *Runtime) functionRealm(f Value) *Realm {
	for {
		o := rt.obj(f)
		switch o.class {
		case ClassFunction, ClassNative:
			return rt.realmOf(o)
		case ClassBound:
			f = o.v0
		case ClassProxy:
			if o.v1 == Null {
				rt.throwTypeError("Cannot perform 'GetFunctionRealm' on a proxy that has been revoked")
			}
			f = o.v0
		default:
			return rt.realm
		}
	}
}

// A realm records some 340 definitions on some 50 objects (the lazy
// families record one stand-in each; TestANewRealmFitsItsRecords checks
// these bounds). 384 records are 30 KB, a small allocation, where 1,024
// were 80 KB, a large one, which grows the Go heap's page allocator at
// start-up; a map hint of 64 gives a table of 128 slots, where 128 gave
// one of 256.
const (
	realmDeferredProps   = 384
	realmDeferredObjects = 64
)

// deferBuiltins turns on the deferral of built-ins' definitions (see
// deferred.go); a test turns it off to compare with built-ins made at once.
var deferBuiltins = true

// builtinInits run in order when a realm is created, one per built-in
// family (the families' files define them). A table the linker lays out,
// not registrations from init functions: package initialisation runs in
// every process, whether or not it makes a realm.
var builtinInits = [numInits + 1]func(r *Realm){
	initCore:        (*Realm).initCore,
	initFunction:    (*Realm).initFunction,
	initError:       (*Realm).initError,
	initSymbol:      (*Realm).initSymbol,
	initIterator:    (*Realm).initIterator,
	initObject:      (*Realm).initObject,
	initArray:       (*Realm).initArray,
	initString:      (*Realm).initString,
	initNumber:      (*Realm).initNumber,
	initBoolean:     (*Realm).initBoolean,
	initBigInt:      (*Realm).initBigInt,
	initMath:        (*Realm).initMath,
	initJSON:        (*Realm).initJSON,
	initCollections: (*Realm).initCollections,
	initWeak:        (*Realm).initWeak,
	initPromise:     (*Realm).initPromise,
	initGenerator:   (*Realm).initGenerator,
	initRegExp:      (*Realm).initRegExp,
	initDate:        (*Realm).initDate,
	initReflect:     (*Realm).initReflect,
	initProxy:       (*Realm).initProxy,
	initTypedArray:  (*Realm).initTypedArray,
	initGlobalFuncs: (*Realm).initGlobalFuncs,
	initAtomics:     (*Realm).initAtomics,
	initIntl:        (*Realm).initIntl,
	numInits:        (*Realm).orderBuiltins,
}

// Init orders of the built-in families.
const (
	initCore = iota
	initFunction
	initError
	initSymbol
	initIterator
	initObject
	initArray
	initString
	initNumber
	initBoolean
	initBigInt
	initMath
	initJSON
	initCollections
	initWeak
	initPromise
	initGenerator
	initRegExp
	initDate
	initReflect
	initProxy
	initTypedArray
	initGlobalFuncs
	initConsole
	initAtomics
	initIntl
	numInits
)

// Helpers for defining built-ins.

// Method defines a built-in method (writable, configurable, not enumerable).
// While the realm is being made the function is made only when a program
// first looks at obj (see deferred.go); MethodFn makes it at once, for
// callers that keep it.
func (r *Realm) Method(obj Value, name string, length int, fn NativeFunc) {
	r.method(obj, Undefined, name, length, fn)
}

// MethodFn is Method returning the function.
func (r *Realm) MethodFn(obj Value, name string, length int, fn NativeFunc) Value {
	f := r.rt.NewNativeFunction(name, length, fn)
	r.rt.defineData(obj, r.rt.keyFor(name), f, attrWritable|attrConfigurable)
	return f
}

// MethodSym defines a built-in method keyed by a symbol; name is the
// function's name (e.g. "[Symbol.iterator]").
func (r *Realm) MethodSym(obj, sym Value, name string, length int, fn NativeFunc) {
	r.method(obj, sym, name, length, fn)
}

// method defines name's function under key, or under name when key is
// Undefined.
func (r *Realm) method(obj, key Value, name string, length int, fn NativeFunc) {
	r.methodForward(obj, key, name, length, fn, 0)
}

// methodForward is method for a built-in that calls a function it is given
// (forward says which: see forwardKind).
func (r *Realm) methodForward(obj, key Value, name string, length int, fn NativeFunc, forward forwardKind) {
	rt := r.rt
	if o := rt.obj(obj); rt.deferring && rt.deferrable(o, key) {
		rt.deferProp(obj, o, deferredProp{kind: deferMethod, key: key, name: name, length: int16(length), fn: fn, attrs: attrWritable | attrConfigurable, forward: forward})
		return
	}
	if key == Undefined {
		key = rt.keyFor(name)
	}
	rt.defineData(obj, key, rt.newForwarder(name, length, fn, forward), attrWritable|attrConfigurable)
}

// Alias defines key (writable, configurable, not enumerable) as the value
// of obj's own data property from, as %TypedArray%.prototype[@@iterator]
// is its values.
func (r *Realm) Alias(obj Value, key PropKey, from string) {
	r.AliasOf(obj, key, obj, from)
}

// AliasOf defines key on obj as the value of src's own data property from
// (src must have it), as %TypedArray%.prototype.toString is
// Array.prototype.toString.
func (r *Realm) AliasOf(obj Value, key PropKey, src Value, from string) {
	rt := r.rt
	if o := rt.obj(obj); rt.deferring && rt.deferrable(o, key) {
		rt.deferProp(obj, o, deferredProp{kind: deferAlias, key: key, name: from, v: src, attrs: attrWritable | attrConfigurable})
		return
	}
	d, _ := rt.getOwnProperty(src, rt.keyFor(from))
	rt.defineData(obj, key, d.Value, attrWritable|attrConfigurable)
}

// Later runs f, which defines properties on obj, when a program first
// looks at obj (at once outside realm creation): for a family of built-ins
// whose constructors and prototypes are worth making only on use, such as
// Intl's.
func (r *Realm) Later(obj Value, f func()) {
	rt := r.rt
	if o := rt.obj(obj); rt.deferring && rt.deferrable(o, Undefined) {
		rt.deferProp(obj, o, deferredProp{kind: deferRun, run: f})
		return
	}
	f()
}

// Pair defines an accessor property of existing functions (Undefined for
// none) with attrs.
func (r *Realm) Pair(obj Value, key PropKey, get, set Value, attrs uint8) {
	rt := r.rt
	if o := rt.obj(obj); rt.deferring && rt.deferrable(o, key) {
		rt.deferProp(obj, o, deferredProp{kind: deferPair, key: key, v: get, v2: set, attrs: attrs})
		return
	}
	rt.defineOwnProperty(obj, key, PropDesc{Get: get, Set: set, Attrs: attrs, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}, true)
}

// Getter defines a built-in accessor with only a getter.
func (r *Realm) Getter(obj Value, name string, fn NativeFunc) {
	r.accessor(obj, Undefined, name, fn, nil)
}

// GetterKey defines a getter under any key; fname is the getter's name
// ("get [Symbol.species]").
func (r *Realm) GetterKey(obj Value, key PropKey, fname string, fn NativeFunc) {
	r.accessor(obj, key, strings.TrimPrefix(fname, "get "), fn, nil)
}

// GetterFn is GetterKey returning the getter.
func (r *Realm) GetterFn(obj Value, key PropKey, fname string, fn NativeFunc) Value {
	g := r.rt.NewNativeFunction(fname, 0, fn)
	r.Pair(obj, key, g, Undefined, attrConfigurable)
	return g
}

// Accessor defines a built-in getter/setter pair.
func (r *Realm) Accessor(obj Value, name string, get, set NativeFunc) {
	r.accessor(obj, Undefined, name, get, set)
}

// accessor defines "get name"/"set name" functions under key, or under
// name when key is Undefined.
func (r *Realm) accessor(obj, key Value, name string, get, set NativeFunc) {
	rt := r.rt
	if o := rt.obj(obj); rt.deferring && rt.deferrable(o, key) {
		rt.deferProp(obj, o, deferredProp{kind: deferAccessor, key: key, name: name, fn: get, set: set, attrs: attrConfigurable})
		return
	}
	if key == Undefined {
		key = rt.keyFor(name)
	}
	d := PropDesc{Attrs: attrConfigurable, Has: hasGet | hasSet | hasEnumerable | hasConfigurable}
	d.Get, d.Set = rt.accessorFunctions(name, get, set)
	rt.defineOwnProperty(obj, key, d, true)
}

// Value defines a data property (writable, configurable, not enumerable).
func (r *Realm) Value(obj Value, name string, v Value) {
	key := r.rt.keyFor(name)
	if r.keepGlobals != nil && obj == r.GlobalThis && slices.Contains(r.keepGlobals, key) {
		return
	}
	r.rt.defineData(obj, key, v, attrWritable|attrConfigurable)
}

// Const defines a non-writable, non-enumerable, non-configurable property.
func (r *Realm) Const(obj Value, name string, v Value) {
	r.rt.defineData(obj, r.rt.keyFor(name), v, 0)
}

// Ctor makes a built-in constructor with its prototype object wired up
// (prototype non-writable; prototype.constructor writable, configurable) and
// defines it on the global object.
func (r *Realm) Ctor(name string, length int, fn NativeFunc, proto Value) Value {
	c := r.rt.NewNativeConstructor(name, length, fn)
	r.rt.defineData(c, r.rt.atPrototype, proto, 0)
	r.rt.defineData(proto, r.rt.atConstructor, c, attrWritable|attrConfigurable)
	r.Value(r.GlobalThis, name, c)
	return c
}

// NewProto makes an ordinary object inheriting from parent.
func (r *Realm) NewProto(parent Value) Value { return r.rt.NewObjectProto(parent) }

// Runtime returns the realm's runtime.
func (r *Realm) Runtime() *Runtime { return r.rt }
