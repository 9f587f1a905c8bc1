package vm

// Built-in families made on first use.
//
// Deferral (deferred.go) puts off making the methods of built-in objects,
// but a realm still made every family's constructors, prototypes and
// records: typed arrays, Date and Math alone were 8% of the instructions
// of a `console.log("hi")` run that never touches them (callgrind: 2.14M
// to 1.97M once they waited). So a few self-contained families are not made with the realm at
// all: the global properties their init would define stand in as lazy
// data properties (as Node's own lazy globals do, see
// DefineLazyDataProperty), and the first read or look at any of them runs
// the family's init. SpiderMonkey resolves its standard classes on the
// global object the same way.
//
// A lazy family must be reachable only through its globals or through Go
// code that reads its intrinsics through Realm.made (NewArrayBuffer,
// NewRegExp, regex literals, the serializers, the fallback prototypes of
// GetPrototypeFromConstructor) or the host's Realm.Make: its prototypes
// are made with the realm (initCore), since other families link to them,
// but stay empty until the family is made.

// lazyGlobals lists, per init made on first use, the global properties the
// init defines, in its order.
var lazyGlobals = [numInits][]string{
	initTypedArray: {"ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array",
		"Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array",
		"Float64Array", "BigInt64Array", "BigUint64Array"},
	initCollections: {"Map", "Set"},
	initWeak:        {"WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry"},
	initRegExp:      {"RegExp"},
	initDate:        {"Date"},
	initMath:        {"Math"},
	initJSON:        {"JSON"},
	initReflect:     {"Reflect"},
	initProxy:       {"Proxy"},
	initAtomics:     {"Atomics"},
}

// deferFamily stands in for init's globals while r is being created.
func (r *Realm) deferFamily(init int) {
	rt := r.rt
	r.pending |= 1 << init
	g := rt.obj(r.madeGlobal)
	for _, name := range lazyGlobals[init] {
		if rt.deferrable(g, Undefined) {
			rt.deferProp(r.madeGlobal, g, deferredProp{kind: deferFamily, key: Undefined, name: name, length: int16(init)})
			continue
		}
		r.defineFamilyGlobal(rt.keyFor(name), name, init)
	}
}

// familyPair makes the accessor pair standing for name, a global of init.
func (r *Realm) familyPair(name string, init int) Value {
	rt := r.rt
	v, p := rt.newObjectCell(ClassAccessor, Null)
	p.v0, p.v1 = Undefined, Undefined
	rt.setHost(p, &lazyPair{name: name, realm: r, init: init})
	p.flags |= objLazyPair | objLazyData
	return v
}

// defineFamilyGlobal defines the stand-in for name on r's global object.
func (r *Realm) defineFamilyGlobal(key PropKey, name string, init int) {
	rt := r.rt
	o := rt.obj(r.madeGlobal)
	if rt.shp(o).lookup(key) >= 0 {
		return
	}
	rt.chainChanged(o) // an accessor may now intercept assignments (see ic.go)
	rt.addOwn(o, key, r.familyPair(name, init), attrAccessor|attrConfigurable)
}

// familyAccessors makes the getter and setter of a family global's
// stand-in: reading it makes the family; assigning it makes the family
// first, so that the assignment lands on the real property.
func (rt *Runtime) familyAccessors(lp *lazyPair) (get, set NativeFunc) {
	r, key := lp.realm, rt.keyFor(lp.name)
	get = func(rt *Runtime, _ Value, _ []Value) Value {
		r.need(lp.init)
		return rt.Get(r.madeGlobal, key)
	}
	set = func(rt *Runtime, this Value, args []Value) Value {
		r.need(lp.init)
		rt.Set(this, key, Arg(args, 0), true)
		return Undefined
	}
	return get, set
}

// need makes the family of init if r has not made it yet.
func (r *Realm) need(init int) {
	if r.pending&(1<<init) == 0 {
		return
	}
	r.pending &^= 1 << init
	rt := r.rt
	// The init defines the family's globals over their stand-ins. A global
	// a program deleted or replaced before the family was made (deleting
	// does not read the stand-in) stays as the program left it.
	g := rt.obj(r.madeGlobal)
	var kept []PropKey
	for _, name := range lazyGlobals[init] {
		key := rt.keyFor(name)
		if slot := rt.shp(g).lookup(key); slot >= 0 && rt.shp(g).attrs[slot]&attrAccessor != 0 {
			if p := rt.obj(rt.vals(g.slots)[slot]); p.flags&objLazyData != 0 {
				// A plain accessor now, so that defining over it reads
				// nothing.
				if p.flags&objLazyPair != 0 {
					rt.freeHost(p)
				}
				p.flags &^= objLazyData | objLazyPair
				continue
			}
		}
		kept = append(kept, key)
	}

	prev, deferring, keep, global := rt.realm, rt.deferring, r.keepGlobals, r.GlobalThis
	rt.setRealm(r)
	rt.deferring = deferBuiltins
	r.keepGlobals = kept
	r.GlobalThis = r.madeGlobal // where the init defines the family's globals
	done := rt.rootScope()
	defer func() {
		done()
		rt.setRealm(prev)
		rt.deferring = deferring
		r.keepGlobals = keep
		r.GlobalThis = global
		rt.dropDeferredProps()
	}()
	// Not through builtinInits, which would make an initialisation cycle
	// (an init reaches need through property lookups).
	switch init {
	case initCollections:
		r.initCollections()
	case initWeak:
		r.initWeak()
	case initRegExp:
		r.initRegExp()
	case initTypedArray:
		r.initTypedArray()
	case initDate:
		r.initDate()
	case initMath:
		r.initMath()
	case initJSON:
		r.initJSON()
	case initReflect:
		r.initReflect()
	case initProxy:
		r.initProxy()
	case initAtomics:
		r.initAtomics()
	}
	r.orderKeys(init)
}

// made makes init's family if it waits for first use, for Go code about to
// read its intrinsics from r's fields.
func (r *Realm) made(init int) *Realm {
	r.need(init)
	return r
}

// Make makes the built-in family that defines the global name, if it waits
// for first use: the host calls it before reading that family's intrinsics
// from the Realm's fields (the family's prototypes are empty until then).
func (r *Realm) Make(name string) {
	for i, globals := range lazyGlobals {
		for _, g := range globals {
			if g == name {
				r.need(i)
				return
			}
		}
	}
}
