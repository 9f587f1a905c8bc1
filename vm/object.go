package vm

import (
	"unsafe"

	"github.com/kilnjs/kiln/gc"
)

// Class is what kind of object a cell is: which internal slots v0..v2 and
// host hold, and which exotic behaviour (if any) applies.
type Class uint8

const (
	// v0 = F for an object made by new F() (V8's map constructor, which
	// stack traces name its type after).
	ClassObject    Class = iota
	ClassArray           // aux = length
	ClassFunction        // host = *bytecode.Function; v0 = env, v1 = home object, v2 = class fields initialiser
	ClassNative          // host = *nativeFunc; v0 = realm-independent data slot
	ClassBound           // v0 = target, v1 = bound this, v2 = array of bound arguments
	ClassError           // host = *errorData (stack frames)
	ClassBoolean         // v0 = primitive
	ClassNumber          // v0 = primitive
	ClassString          // v0 = primitive (exotic: indexes and length)
	ClassSymbol          // v0 = primitive
	ClassBigInt          // v0 = primitive
	ClassDate            // v0 = time value
	ClassRegExp          // host = *regexpData; v0 = source string, v1 = flags string
	ClassMap             // host = *mapData
	ClassSet             // host = *mapData
	ClassWeakMap         // host = *weakData
	ClassWeakSet         // host = *weakData
	ClassWeakRef         // host = *weakRefData (the target, held weakly)
	ClassFinReg          // host = *finRegData
	ClassPromise         // aux = state, elems = reactions (promise.go); v0 = result, v1 = async context it was made in
	ClassArguments       // v0 = env of mapped parameters (mapped arguments only), host = *argsMap
	ClassGenerator       // host = *genData (suspended frame); also async generators (genData.asyncGen)
	ClassAsyncGen        // host = *genData
	ClassArrayIter       // iterators over built-ins: v0 = target, aux = index, v1 = kind
	ClassMapIter
	ClassSetIter
	ClassStringIter
	ClassRegExpStringIter
	ClassForIn // host = *forInData
	ClassProxy // v0 = target, v1 = handler
	ClassArrayBuffer
	ClassDataView
	ClassTypedArray
	ClassAccessor    // an accessor pair in a property slot: v0 = getter, v1 = setter
	ClassEnv         // a declarative environment: slots = bindings, v0 = parent, host = index of its scope layout in rt.layouts
	ClassWithEnv     // an object environment: v0 = parent, v1 = binding object
	ClassPrivateName // v0 = description string; proto = the declaring class of a method or accessor (for messages); aux = privField/privMethod/privAccessor(+privStatic), and above privSlotShift the slot it was last found at; v1/v2 = method or getter/setter
	ClassNamespace   // a module namespace object
	ClassInternal    // an internal record with no JavaScript identity
)

// Object flags.
const (
	objExtensible uint16 = 1 << iota
	objCallable
	objConstructor
	objSlowElems // index keys live in the shape, not in elems
	objClassCtor // a class constructor: [[Call]] throws
	objFrozenLen // an array whose length is not writable
	objDerived
	objLazyProto      // a function whose "prototype" object is made on first use
	objImmutableProto // %Object.prototype%: an immutable prototype exotic object (§10.4.7)
	objDeferred       // a built-in whose properties are defined on first look (deferred.go)
	objLazyData       // an accessor pair standing for a data property made on first use (DefineLazyDataProperty)
	objLazyPair       // an accessor pair whose functions are made on first use (host: *lazyPair)
	objAddChain       // on the prototype chain of a cached property add: its changes move rt.addEpoch (see chainAllowsAdd)
	objForwarder      // Function.prototype.call or apply, or Reflect.apply (see forwardKind)
)

// Object is an object cell. It holds no Go pointers (see storage.go):
// shape is an index into rt.shapes, slots and elems are arena runs, and
// host is an index into rt.hosts.
type Object struct {
	shape uint32
	class Class
	// realm is the index in rt.realms of the realm that was current when
	// the object was made, or farRealm (see realmOf). It sits in what was
	// padding after class, so recording it costs no memory.
	realm      uint8
	flags      uint16
	aux        uint32
	host       uint32
	proto      Value
	slots      vec // named property values, in shape order
	elems      vec // dense indexed elements (Empty = hole)
	v0, v1, v2 Value
}

func (o *Object) Trace(m *gc.Marker) {
	rt := m.Ctx.(*Runtime)
	m.Mark(o.proto)
	m.MarkAll(rt.vals(o.slots))
	m.MarkAll(rt.vals(o.elems))
	m.Mark(o.v0)
	m.Mark(o.v1)
	m.Mark(o.v2)
	if s := rt.shapes[o.shape]; s.hasSym {
		m.MarkAll(s.keys)
	}
	if o.flags&objDeferred != 0 {
		rt.traceDeferred(o, m)
	}
	if o.host != 0 && o.class != ClassEnv {
		if t, ok := rt.hosts[o.host].(hostTracer); ok {
			t.trace(m)
		}
	}
	n := rt.capOf(o.elems)
	if o.slots.ref != 0 && !rt.arena.Pinned(o.slots.ref) {
		n += rt.capOf(o.slots)
	}
	m.AddBytes(8 * n)
}

func (o *Object) Reset() { *o = Object{} }

// objectCellBytes is an Object cell's size, for allocation accounting.
const objectCellBytes = int(unsafe.Sizeof(Object{}))

// hostTracer is implemented by host data that holds Values.
type hostTracer interface{ trace(m *gc.Marker) }

func (rt *Runtime) obj(v Value) *Object { return rt.objs.Get(v.Handle()) }

// newObjectCell allocates an object of class c with prototype proto.
func (rt *Runtime) newObjectCell(c Class, proto Value) (Value, *Object) {
	rt.heap.Charge(objectCellBytes)
	h, o := rt.objs.Alloc()
	v := gc.MakeRef(gc.TagObject, h)
	o.shape = rt.rootShape.id
	o.proto = proto
	o.class = c
	o.flags = objExtensible
	if t := rt.realmTag; t < farRealm {
		o.realm = uint8(t)
	} else {
		rt.setFarRealm(o, rt.realm)
	}
	o.v0, o.v1, o.v2 = Undefined, Undefined, Undefined
	rt.keep(v)
	if rt.heap.SampleDue() {
		rt.sampleAllocation(v)
	}
	return v, o
}

// NewObject returns a new ordinary object inheriting from Object.prototype.
func (rt *Runtime) NewObject() Value {
	v, _ := rt.newObjectCell(ClassObject, rt.realm.ObjectPrototype)
	return v
}

// NewObjectProto returns a new ordinary object with the given prototype.
func (rt *Runtime) NewObjectProto(proto Value) Value {
	v, _ := rt.newObjectCell(ClassObject, proto)
	return v
}

// NewArray returns a new array holding vals (which it takes ownership of).
func (rt *Runtime) NewArray(vals []Value) Value {
	v, o := rt.newObjectCell(ClassArray, rt.realm.ArrayPrototype)
	rt.setVals(&o.elems, vals)
	o.aux = uint32(len(vals))
	return v
}

func (rt *Runtime) isCallable(v Value) bool {
	return v.IsObject() && rt.obj(v).flags&objCallable != 0
}

func (rt *Runtime) isConstructor(v Value) bool {
	return v.IsObject() && rt.obj(v).flags&objConstructor != 0
}

// IsArray is ECMA-262 §7.2.2 IsArray.
func (rt *Runtime) IsArray(v Value) bool {
	for v.IsObject() {
		o := rt.obj(v)
		switch o.class {
		case ClassArray:
			return true
		case ClassProxy:
			if o.v1 == Null {
				rt.throwTypeError("Cannot perform 'IsArray' on a proxy that has been revoked")
			}
			v = o.v0
		default:
			return false
		}
	}
	return false
}
