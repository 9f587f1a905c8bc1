package vm

import (
	"math/big"
	"slices"

	"github.com/kilnjs/kiln/gc"
)

// Structured clone across runtimes (a worker's postMessage). A Value is a
// handle into one runtime's heap, so the clone is taken in two halves as
// the HTML standard describes it: Serialize walks the value and builds a
// Go form that refers to no heap, which any goroutine may hand to another;
// Deserialize rebuilds it in the receiving runtime (or in the same one:
// structuredClone, structured_clone.go). The objects are numbered in the order the walk meets
// them, and Deserialize meets them in the same order, so a shared or
// cyclic reference is an index into the objects already made.

// Serialized is a value serialized by Serialize, owned by no runtime. One
// that moves ArrayBuffers or host objects hands them to the runtime that
// deserializes it, so it is deserialized once; one that moves nothing may
// be deserialized any number of times, from any goroutine.
type Serialized struct {
	root sval
	// hosts are the host's transferred objects (a MessagePort's channel
	// end), in transfer-list order.
	hosts []any
}

// HostTransfer is one of the host's own transferable objects: Object is
// the source runtime's object, Data what stands for it in the other one.
type HostTransfer struct {
	Object Value
	Data   any
}

// HostCloner is implemented by a Host whose own objects, plain objects to
// the vm, structured clone can carry (node's WebAssembly.Module and shared
// WebAssembly.Memory): the host gives what stands for one in the message,
// and makes the receiving runtime's object from it. That data must be
// safe for any goroutine to adopt, any number of times.
type HostCloner interface {
	// CloneHost returns what stands for v in a message, or false when v
	// is not one of the host's objects; it throws for one of them that
	// cannot be cloned.
	CloneHost(v Value) (data any, ok bool)
	// AdoptClone makes this runtime's object for data from CloneHost.
	AdoptClone(data any) Value
}

// Hosts returns the host objects s carries, so that the host can release
// them when s is dropped undelivered.
func (s *Serialized) Hosts() []any { return s.hosts }

// sval is a serialized value: a primitive, or a reference (obj) to the
// object numbered obj.
type sval struct {
	tag gc.Tag
	num float64 // numbers; booleans as 0 or 1
	str string  // strings, WTF-8
	big *big.Int
	obj int
	// host is 1 + the index in hosts of a host object, 0 for others.
	host int
	// first marks the reference that meets the object first, which makes
	// it; later ones find it made.
	first *sobj
}

type sobjKind uint8

const (
	sObject sobjKind = iota
	sArray
	sBoxed
	sDate
	sRegExp
	sArrayBuffer
	sTypedArray
	sDataView
	sHostClone // one of the host's objects (HostCloner)
	sMap
	sSet
	sError
)

type sobj struct {
	kind sobjKind
	// keys and vals are an object's or array's properties, a Map's or
	// Set's entries (vals unused for a Set).
	keys, vals []sval
	prim       sval // a boxed primitive, a Date's time, a RegExp's source, an error's message
	flags      string
	length     int // an array's length; a view's length
	hasMsg     bool
	name       string // an error's constructor name
	stack      sval
	cause      sval // an error's own cause, when hasCause
	hasCause   bool
	data       []byte // an ArrayBuffer's bytes
	maxLen     int
	shared     bool
	moved      bool // data is the transferred buffer's own memory
	// detached marks a transferred buffer that was already detached: V8
	// transfers it as a detached buffer rather than failing.
	detached bool
	buffer   sval // a view's buffer
	clone    any  // a host object's data (HostCloner)
	kindTA   int
	offset   int
	tracking bool
}

type serializer struct {
	rt     *Runtime
	memory map[Value]int // source object → its number; -1 for a host object that cannot go
	count  int
	fail   func(msg string) Value
	refuse func() Value
	moved  map[Value]bool
	hosts  map[Value]int
	// errorProps keeps an error's own enumerable properties (its code).
	errorProps bool
	depth      int // objects being serialized, one in another
}

// Serialize serializes v for another runtime, moving the ArrayBuffers of
// transfer (detached here once the walk succeeds) and the host objects of
// host (the host detaches them itself). Meeting one of refused (the host's
// transferable objects not in the transfer list) throws what refuse
// returns; a value that cannot be cloned throws dataCloneError's.
func (rt *Runtime) Serialize(v Value, transfer []Value, host []HostTransfer, refused []Value, dataCloneError func(msg string) Value, refuse func() Value) *Serialized {
	s := &serializer{rt: rt, memory: map[Value]int{}, fail: dataCloneError, refuse: refuse, moved: map[Value]bool{}, hosts: map[Value]int{}}
	for _, t := range transfer {
		if !t.IsObject() || rt.obj(t).class != ClassArrayBuffer || rt.hostOf(rt.obj(t)).(*bufferData).shared {
			rt.throwTypeError("Found invalid object in transferList")
		}
		if s.moved[t] {
			rt.Throw(dataCloneError("Transfer list contains duplicate ArrayBuffer"))
		}
		s.moved[t] = true
	}
	for _, r := range refused {
		s.memory[r] = -1
	}
	out := &Serialized{}
	for i, h := range host {
		s.hosts[h.Object] = i + 1
		out.hosts = append(out.hosts, h.Data)
	}
	out.root = s.value(v)
	for _, t := range transfer {
		b := rt.hostOf(rt.obj(t)).(*bufferData)
		b.data, b.detached = nil, true
	}
	return out
}

// SerializeException serializes an exception for another runtime as node
// sends a worker's uncaught exception to its parent: as Serialize does,
// but keeping an error's own enumerable properties (code, errno, ...) as
// well as its name, message and stack.
func (rt *Runtime) SerializeException(v Value, dataCloneError func(msg string) Value) *Serialized {
	s := &serializer{rt: rt, memory: map[Value]int{}, fail: dataCloneError, moved: map[Value]bool{}, errorProps: true}
	return &Serialized{root: s.value(v)}
}

func (s *serializer) value(v Value) sval {
	rt := s.rt
	switch v.Tag() {
	case gc.TagSymbol:
		rt.Throw(s.fail(rt.symbolDescriptiveString(v) + " could not be cloned."))
	case gc.TagString:
		return sval{tag: gc.TagString, str: rt.GoString(v)}
	case gc.TagBigInt:
		return sval{tag: gc.TagBigInt, big: new(big.Int).Set(rt.bigint(v))}
	case gc.TagNumber:
		return sval{tag: gc.TagNumber, num: v.Float()}
	case gc.TagBool:
		n := 0.0
		if v == True {
			n = 1
		}
		return sval{tag: gc.TagBool, num: n}
	case gc.TagObject:
		// Nesting recurses in Go: past V8's depth, its RangeError
		// (Go's stack ran out before, a fatal error).
		s.depth++
		if s.depth > v8MaxDepth {
			s.rt.throwRangeError("Maximum call stack size exceeded")
		}
		o := s.object(v)
		s.depth--
		return o
	}
	return sval{tag: v.Tag()}
}

func (s *serializer) object(v Value) sval {
	rt := s.rt
	if i := s.hosts[v]; i > 0 {
		return sval{tag: gc.TagObject, host: i}
	}
	if i, ok := s.memory[v]; ok {
		if i < 0 {
			rt.Throw(s.refuse())
		}
		return sval{tag: gc.TagObject, obj: i}
	}
	rt.Keep(v)
	o := rt.obj(v)
	out := &sobj{}
	// Number the object before its parts, as Deserialize makes it.
	ref := sval{tag: gc.TagObject, obj: s.count}
	s.memory[v] = s.count
	s.count++
	switch o.class {
	case ClassBoolean, ClassNumber, ClassString, ClassBigInt:
		out.kind, out.prim = sBoxed, s.value(o.v0)
	case ClassDate:
		out.kind, out.prim = sDate, sval{tag: gc.TagNumber, num: o.v0.Float()}
	case ClassRegExp:
		out.kind, out.prim, out.flags = sRegExp, s.value(o.v0), rt.ToGoString(o.v1)
	case ClassArrayBuffer:
		b := rt.hostOf(o).(*bufferData)
		out.kind, out.maxLen, out.shared = sArrayBuffer, b.maxLen, b.shared
		switch {
		case b.shared:
			// Both runtimes see the same memory, as threads share a
			// SharedArrayBuffer.
			out.data = b.data
		case s.moved[v]:
			out.data, out.moved, out.detached = b.data, true, b.detached
		case b.detached:
			rt.Throw(s.fail("An ArrayBuffer is detached and could not be cloned."))
		default:
			out.data = slices.Clone(b.data)
		}
	case ClassTypedArray:
		d := rt.hostOf(o).(*taData)
		if _, _, _, ok := rt.taBounds(o); !ok {
			rt.Throw(s.fail("An ArrayBuffer is detached and could not be cloned."))
		}
		out.kind, out.kindTA, out.offset, out.length, out.tracking = sTypedArray, d.kind, d.offset, d.length, d.tracking
		out.buffer = s.value(o.v0)
	case ClassDataView:
		d := rt.hostOf(o).(*viewData)
		if _, _, ok := rt.viewBounds(o); !ok {
			rt.Throw(s.fail("An ArrayBuffer is detached and could not be cloned."))
		}
		out.kind, out.offset, out.length, out.tracking = sDataView, d.offset, d.length, d.tracking
		out.buffer = s.value(o.v0)
	case ClassMap, ClassSet:
		out.kind = sMap
		if o.class == ClassSet {
			out.kind = sSet
		}
		d := rt.hostOf(o).(*mapData)
		entries := slices.Clone(rt.vals(o.elems))
		for _, e := range entries {
			rt.Keep(e)
		}
		for i := 0; i+d.stride <= len(entries); i += d.stride {
			if entries[i] == Empty {
				continue
			}
			out.keys = append(out.keys, s.value(entries[i]))
			if d.stride == 2 {
				out.vals = append(out.vals, s.value(entries[i+1]))
			}
		}
	case ClassError:
		out.kind = sError
		out.name = rt.ToGoString(rt.Get(v, rt.atom("name")))
		if d, ok := rt.getOwnProperty(v, rt.atom("message")); ok && d.Attrs&attrAccessor == 0 {
			out.prim, out.hasMsg = sval{tag: gc.TagString, str: rt.ToGoString(d.Value)}, true
		}
		if stack := rt.Get(v, rt.atom("stack")); stack.IsString() {
			out.stack = sval{tag: gc.TagString, str: rt.GoString(stack)}
		}
		// V8 clones an own data property cause too (an accessor is left).
		if d, ok := rt.getOwnProperty(v, rt.atom("cause")); ok && d.Attrs&attrAccessor == 0 {
			out.cause, out.hasCause = s.value(d.Value), true
		}
		if s.errorProps {
			s.properties(v, out)
		}
	case ClassArray:
		out.kind, out.length = sArray, int(o.aux)
		s.properties(v, out)
	case ClassObject, ClassArguments:
		if c, ok := rt.Host.(HostCloner); ok && o.class == ClassObject {
			if data, ok := c.CloneHost(v); ok {
				out.kind, out.clone = sHostClone, data
				break
			}
		}
		out.kind = sObject
		s.properties(v, out)
	default:
		rt.Throw(s.fail(rt.v8Show(v) + " could not be cloned."))
	}
	ref.first = out
	return ref
}

func (s *serializer) properties(src Value, out *sobj) {
	rt := s.rt
	for _, k := range rt.ownKeys(src) {
		if k.IsSymbol() {
			continue
		}
		rt.Keep(k)
		if d, ok := rt.getOwnProperty(src, k); !ok || d.Attrs&attrEnumerable == 0 {
			continue
		}
		if out.hasCause && k == rt.atom("cause") {
			continue
		}
		key := sval{tag: gc.TagNumber, num: k.Float()}
		if k.IsString() {
			key = sval{tag: gc.TagString, str: rt.GoString(k)}
		}
		val := s.value(rt.Get(src, k))
		out.keys = append(out.keys, key)
		out.vals = append(out.vals, val)
	}
}

// Deserialize makes the value s was serialized from in rt. adopt makes
// this runtime's object for each host object s carries; they are made
// first, in transfer-list order, and returned as well.
func (rt *Runtime) Deserialize(s *Serialized, adopt func(data any) Value) (Value, []Value) {
	// The host may run JavaScript to make its objects (adopt, and a
	// HostCloner's AdoptClone loading its library): what is made before
	// that stays rooted, wherever this is called from.
	done := rt.rootScope()
	d := &deserializer{}
	for _, h := range s.hosts {
		d.hosts = append(d.hosts, adopt(h))
	}
	v := rt.deserialize(s.root, d)
	done()
	for _, h := range d.hosts {
		rt.Keep(h)
	}
	rt.keep(v)
	return v, d.hosts
}

type deserializer struct {
	made  []Value // the objects made, by number
	hosts []Value
}

func (rt *Runtime) deserialize(v sval, d *deserializer) Value {
	switch v.tag {
	case gc.TagUndefined:
		return Undefined
	case gc.TagNull:
		return Null
	case gc.TagBool:
		return Bool(v.num != 0)
	case gc.TagNumber:
		return gc.Float(v.num)
	case gc.TagString:
		return rt.NewString(v.str)
	case gc.TagBigInt:
		return rt.NewBigInt(new(big.Int).Set(v.big))
	}
	if v.host > 0 {
		return d.hosts[v.host-1]
	}
	if v.first == nil {
		return d.made[v.obj]
	}
	o := v.first
	r := rt.realm
	// Reserve the object's number; its parts come after it.
	d.made = append(d.made, Undefined)
	set := func(out Value) Value {
		rt.Keep(out)
		d.made[v.obj] = out
		return out
	}
	switch o.kind {
	case sBoxed:
		return set(rt.ToObject(rt.deserialize(o.prim, d)))
	case sDate:
		out, cell := rt.newObjectCell(ClassDate, r.made(initDate).DatePrototype)
		cell.v0 = gc.Float(o.prim.num)
		return set(out)
	case sRegExp:
		r.need(initRegExp)
		return set(rt.construct(r.RegExp, []Value{rt.NewString(o.prim.str), rt.NewString(o.flags)}, r.RegExp))
	case sArrayBuffer:
		data, proto := o.data, r.made(initTypedArray).SharedArrayBufferPrototype
		switch {
		case o.shared:
		case o.moved:
			// The sender detached its buffer: the memory changes hands
			// without a copy.
			proto = r.made(initTypedArray).ArrayBufferPrototype
			rt.heap.Charge(len(data))
		default:
			// A cloned buffer's bytes may be read again (the Serialized
			// has no owner yet): the buffer gets its own.
			data, proto = append(make([]byte, 0, max(o.maxLen, len(o.data))), o.data...), r.made(initTypedArray).ArrayBufferPrototype
			rt.heap.Charge(len(data))
		}
		out, no := rt.newObjectCell(ClassArrayBuffer, proto)
		rt.setHost(no, &bufferData{data: data, maxLen: o.maxLen, shared: o.shared, detached: o.detached})
		return set(out)
	case sTypedArray:
		idx := len(d.made) - 1
		buf := rt.deserialize(o.buffer, d)
		out := rt.newTypedArray(r.made(initTypedArray).TypedArrayPrototypes[o.kindTA], o.kindTA, buf, o.offset, o.length, o.tracking)
		rt.Keep(out)
		d.made[idx] = out
		return out
	case sDataView:
		idx := len(d.made) - 1
		buf := rt.deserialize(o.buffer, d)
		out, no := rt.newObjectCell(ClassDataView, r.made(initTypedArray).DataViewPrototype)
		no.v0 = buf
		rt.setHost(no, &viewData{offset: o.offset, length: o.length, tracking: o.tracking})
		rt.Keep(out)
		d.made[idx] = out
		return out
	case sMap, sSet:
		class, proto := ClassMap, r.made(initCollections).MapPrototype
		if o.kind == sSet {
			class, proto = ClassSet, r.SetPrototype
		}
		out := set(rt.newMapObject(class, proto))
		for i, k := range o.keys {
			key := rt.deserialize(k, d)
			rt.Keep(key)
			val := Undefined
			if o.kind == sMap {
				val = rt.deserialize(o.vals[i], d)
			}
			rt.mapPut(rt.obj(out), rt.hostOf(rt.obj(out)).(*mapData), key, val)
		}
		return out
	case sError:
		protos := map[string]Value{
			"Error": r.ErrorPrototype, "EvalError": r.EvalErrorPrototype, "RangeError": r.RangeErrorPrototype,
			"ReferenceError": r.ReferenceErrorPrototype, "SyntaxError": r.SyntaxErrorPrototype,
			"TypeError": r.TypeErrorPrototype, "URIError": r.URIErrorPrototype,
		}
		proto, ok := protos[o.name]
		if !ok {
			proto = r.ErrorPrototype
		}
		out, _ := rt.newObjectCell(ClassError, proto)
		set(out)
		// V8's clone has its own properties in this order: stack,
		// message, cause.
		if o.stack.tag == gc.TagString {
			rt.defineData(out, rt.atom("stack"), rt.NewString(o.stack.str), attrWritable|attrConfigurable)
		}
		if o.hasMsg {
			rt.defineData(out, rt.atom("message"), rt.NewString(o.prim.str), attrWritable|attrConfigurable)
		}
		if o.hasCause {
			rt.defineData(out, rt.atom("cause"), rt.deserialize(o.cause, d), attrWritable|attrConfigurable)
		}
		rt.deserializeProperties(o, out, d)
		return out
	case sHostClone:
		return set(rt.Host.(HostCloner).AdoptClone(o.clone))
	case sArray:
		out := set(rt.NewArray(nil))
		rt.setLengthOrThrow(out, int64(o.length))
		rt.deserializeProperties(o, out, d)
		return out
	}
	out := set(rt.NewObject())
	rt.deserializeProperties(o, out, d)
	return out
}

func (rt *Runtime) deserializeProperties(o *sobj, out Value, d *deserializer) {
	for i, k := range o.keys {
		var key PropKey
		if k.tag == gc.TagString {
			key = rt.ToPropertyKey(rt.NewString(k.str))
		} else {
			key = gc.Float(k.num)
		}
		rt.Keep(key)
		rt.createDataProperty(out, key, rt.deserialize(o.vals[i], d))
	}
}
