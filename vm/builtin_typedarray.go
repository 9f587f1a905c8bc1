package vm

import (
	"math"
	"sort"
	"strings"

	"github.com/kilnjs/kiln/gc"
)

// ArrayBuffer, SharedArrayBuffer (§25.1, §25.2, without Atomics), DataView
// (§25.3), %TypedArray% and the eleven concrete typed array constructors
// (§23.2). Element access and the exotic internal methods are in
// typedarray_hooks.go.

// maxBufferBytes bounds a single buffer allocation; past it V8 reports an
// allocation failure, and so does Kiln rather than asking Go for gigabytes.
const maxBufferBytes = 1 << 32

func (r *Realm) initTypedArray() {
	r.initArrayBuffer(false)
	r.initArrayBuffer(true)
	r.initDataView()
	r.initTypedArrayBase()
	for k := 0; k < numTypedKinds; k++ {
		r.initTypedArrayKind(k)
	}
}

// toIndexOr is ToIndex (§7.1.22) with the caller's RangeError message.
func (rt *Runtime) toIndexOr(v Value, msg func() string) int {
	if v == Undefined {
		return 0
	}
	f := rt.ToIntegerOrInfinity(v)
	if f < 0 || f > 9007199254740991 {
		rt.throwRangeError("%s", msg())
	}
	return int(f)
}

// relIndex resolves a relative index argument against length n, as the
// start/end arguments of slice, fill, copyWithin ... do.
func (rt *Runtime) relIndex(v Value, n int, def int) int {
	if v == Undefined {
		return def
	}
	f := rt.ToIntegerOrInfinity(v)
	if f < 0 {
		return int(math.Max(float64(n)+f, 0))
	}
	return int(math.Min(f, float64(n)))
}

// ---------------------------------------------------------------------------
// ArrayBuffer and SharedArrayBuffer

func (rt *Runtime) thisBuffer(this Value, shared bool, method string) (*Object, *bufferData) {
	if this.IsObject() {
		if o := rt.obj(this); o.class == ClassArrayBuffer {
			if b := rt.hostOf(o).(*bufferData); b.shared == shared {
				return o, b
			}
		}
	}
	rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(this))
	return nil, nil
}

// allocateBuffer is AllocateArrayBuffer / AllocateSharedArrayBuffer
// (§25.1.3.1): maxLen < 0 makes a fixed-length buffer.
func (rt *Runtime) allocateBuffer(proto Value, n, maxLen int, shared bool) Value {
	if maxLen >= 0 && n > maxLen {
		rt.throwRangeError("Invalid array buffer max length")
	}
	if n > maxBufferBytes || maxLen > maxBufferBytes {
		rt.throwRangeError("Array buffer allocation failed")
	}
	data := make([]byte, n)
	if shared {
		data = newSharedBytes(n)
	}
	v, o := rt.newObjectCell(ClassArrayBuffer, proto)
	rt.setHost(o, &bufferData{data: data, maxLen: maxLen, shared: shared})
	rt.heap.Charge(n)
	return v
}

// NewArrayBuffer returns a new ArrayBuffer holding data (which it takes
// ownership of), for the host (Buffer, fs, TextEncoder).
func (rt *Runtime) NewArrayBuffer(data []byte) Value {
	v, o := rt.newObjectCell(ClassArrayBuffer, rt.realm.made(initTypedArray).ArrayBufferPrototype)
	rt.setHost(o, &bufferData{data: data, maxLen: -1})
	rt.heap.Charge(len(data))
	return v
}

// NewSharedArrayBuffer returns a new fixed-length SharedArrayBuffer over
// data, memory the host shares between threads (a shared
// WebAssembly.Memory): data must be 8-aligned, and its allocation a whole
// number of 8-byte words long, as shared_memory.go's atomics need.
func (rt *Runtime) NewSharedArrayBuffer(data []byte) Value {
	v, o := rt.newObjectCell(ClassArrayBuffer, rt.realm.made(initTypedArray).SharedArrayBufferPrototype)
	rt.setHost(o, &bufferData{data: data, maxLen: -1, shared: true})
	return v
}

// BufferBytes returns the bytes behind an ArrayBuffer, or the bytes a
// typed array or DataView views; ok is false for anything else or a
// detached buffer. The slice aliases the buffer.
func (rt *Runtime) BufferBytes(v Value) ([]byte, bool) {
	if !v.IsObject() {
		return nil, false
	}
	o := rt.obj(v)
	switch o.class {
	case ClassArrayBuffer:
		b := rt.hostOf(o).(*bufferData)
		return b.data, !b.detached
	case ClassTypedArray:
		d, data, n, ok := rt.taBounds(o)
		if !ok {
			return nil, false
		}
		return data[d.offset : d.offset+n*typedSizes[d.kind]], true
	case ClassDataView:
		d, data, ok := rt.viewBounds(o)
		if !ok {
			return nil, false
		}
		return data[d.offset : d.offset+d.viewLen(data)], true
	}
	return nil, false
}

// DetachArrayBuffer is §25.1.3.5: the buffer's bytes are dropped and every
// view of it goes out of bounds. It reports false for a shared buffer or a
// non-buffer.
func (rt *Runtime) DetachArrayBuffer(v Value) bool {
	if !v.IsObject() || rt.obj(v).class != ClassArrayBuffer {
		return false
	}
	b := rt.hostOf(rt.obj(v)).(*bufferData)
	if b.shared {
		return false
	}
	b.data, b.detached = nil, true
	return true
}

func (r *Realm) initArrayBuffer(shared bool) {
	rt := r.rt
	name, proto := "ArrayBuffer", r.ArrayBufferPrototype
	if shared {
		name, proto = "SharedArrayBuffer", r.SharedArrayBufferPrototype
	}
	ctor := r.Ctor(name, 1, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor %s requires 'new'", name)
		}
		n := rt.toIndexOr(Arg(args, 0), func() string { return "Invalid array buffer length" })
		maxLen := -1
		if opts := Arg(args, 1); opts.IsObject() {
			if m := rt.Get(opts, rt.atom("maxByteLength")); m != Undefined {
				maxLen = rt.toIndexOr(m, func() string { return "Invalid array buffer max length" })
			}
		}
		if maxLen >= 0 && n > maxLen {
			rt.throwRangeError("Invalid array buffer max length")
		}
		fallback := func(r *Realm) Value { return r.made(initTypedArray).ArrayBufferPrototype }
		if shared {
			fallback = func(r *Realm) Value { return r.made(initTypedArray).SharedArrayBufferPrototype }
		}
		return rt.allocateBuffer(rt.prototypeFromCtor(nt, fallback), n, maxLen, shared)
	}, proto)
	if !shared {
		r.ArrayBuffer = ctor
		r.Method(ctor, "isView", 1, func(rt *Runtime, _ Value, args []Value) Value {
			v := Arg(args, 0)
			if v.IsObject() {
				c := rt.obj(v).class
				return gc.Bool(c == ClassTypedArray || c == ClassDataView)
			}
			return False
		})
	} else {
		r.Extra["SharedArrayBuffer"] = ctor
	}
	r.GetterKey(ctor, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value { return this })

	r.Getter(proto, "byteLength", func(rt *Runtime, this Value, _ []Value) Value {
		_, b := rt.thisBuffer(this, shared, "get "+name+".prototype.byteLength")
		return gc.Int(len(b.data))
	})
	r.Getter(proto, "maxByteLength", func(rt *Runtime, this Value, _ []Value) Value {
		_, b := rt.thisBuffer(this, shared, "get "+name+".prototype.maxByteLength")
		// ECMA-262 §25.1.6.4 step 4: a detached buffer's is 0.
		if b.maxLen < 0 || b.detached {
			return gc.Int(len(b.data))
		}
		return gc.Int(b.maxLen)
	})
	resizable, resize := "resizable", "resize"
	if shared {
		resizable, resize = "growable", "grow"
	}
	r.Getter(proto, resizable, func(rt *Runtime, this Value, _ []Value) Value {
		_, b := rt.thisBuffer(this, shared, "get "+name+".prototype."+resizable)
		return gc.Bool(b.maxLen >= 0)
	})
	r.Method(proto, resize, 1, func(rt *Runtime, this Value, args []Value) Value {
		// ECMA-262 §25.1.6.6 ArrayBuffer.prototype.resize, §25.2.5.3
		// SharedArrayBuffer.prototype.grow.
		method := name + ".prototype." + resize
		_, b := rt.thisBuffer(this, shared, method)
		if b.maxLen < 0 {
			rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(this))
		}
		bad := func() string { return method + ": Invalid length parameter" }
		n := rt.toIndexOr(Arg(args, 0), bad)
		if b.detached {
			rt.throwTypeError("Cannot perform %s on a detached ArrayBuffer", method)
		}
		if n > b.maxLen || shared && n < len(b.data) {
			rt.throwRangeError("%s", bad())
		}
		if n <= cap(b.data) && !shared {
			old := len(b.data)
			b.data = b.data[:n]
			if n > old {
				clear(b.data[old:])
			}
		} else {
			nd := make([]byte, n)
			if shared {
				nd = newSharedBytes(n)
			}
			copy(nd, b.data)
			b.data = nd
		}
		return Undefined
	})
	r.Method(proto, "slice", 2, func(rt *Runtime, this Value, args []Value) Value {
		// ECMA-262 §25.1.6.7 ArrayBuffer.prototype.slice.
		method := name + ".prototype.slice"
		_, b := rt.thisBuffer(this, shared, method)
		if b.detached {
			rt.throwTypeError("Cannot perform %s on a detached ArrayBuffer", method)
		}
		n := len(b.data)
		first := rt.relIndex(Arg(args, 0), n, 0)
		final := rt.relIndex(Arg(args, 1), n, n)
		newLen := max(final-first, 0)
		def := rt.realm.ArrayBuffer
		if shared {
			def = rt.realm.Extra["SharedArrayBuffer"]
		}
		c := rt.speciesConstructor(this, def)
		nv := rt.construct(c, []Value{gc.Int(newLen)}, c)
		if !nv.IsObject() || rt.obj(nv).class != ClassArrayBuffer || rt.hostOf(rt.obj(nv)).(*bufferData).shared != shared {
			rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(nv))
		}
		nb := rt.hostOf(rt.obj(nv)).(*bufferData)
		if nb.detached {
			rt.throwTypeError("Cannot perform %s on a detached ArrayBuffer", method)
		}
		if nv == this {
			rt.throwTypeError("ArrayBuffer subclass returned this from species constructor")
		}
		if len(nb.data) < newLen {
			rt.throwTypeError("Species constructor returned a too-small buffer")
		}
		if b.detached {
			rt.throwTypeError("Cannot perform %s on a detached ArrayBuffer", method)
		}
		if first < len(b.data) {
			copy(nb.data[:newLen], b.data[first:min(first+newLen, len(b.data))])
		}
		return nv
	})
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom(name), attrConfigurable)
}

// ---------------------------------------------------------------------------
// DataView

// viewData is the host data of a DataView; v0 holds the buffer.
type viewData struct {
	offset   int
	length   int
	tracking bool
}

func (d *viewData) viewLen(data []byte) int {
	if d.tracking {
		return len(data) - d.offset
	}
	return d.length
}

// viewBounds is IsViewOutOfBounds (§25.3.1.3) with the buffer's bytes.
func (rt *Runtime) viewBounds(o *Object) (*viewData, []byte, bool) {
	d := rt.hostOf(o).(*viewData)
	b := rt.hostOf(rt.obj(o.v0)).(*bufferData)
	if b.detached || d.offset > len(b.data) || !d.tracking && d.offset+d.length > len(b.data) {
		return d, nil, false
	}
	return d, b.data, true
}

func (rt *Runtime) thisView(this Value, method string) *Object {
	if this.IsObject() {
		if o := rt.obj(this); o.class == ClassDataView {
			return o
		}
	}
	rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(this))
	return nil
}

func (r *Realm) initDataView() {
	rt := r.rt
	proto := r.DataViewPrototype
	r.Ctor("DataView", 1, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] ).
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor DataView requires 'new'")
		}
		buf := Arg(args, 0)
		if !buf.IsObject() || rt.obj(buf).class != ClassArrayBuffer {
			rt.throwTypeError("First argument to DataView constructor must be an ArrayBuffer")
		}
		offArg := Arg(args, 1)
		offset := rt.toIndexOr(offArg, func() string {
			return "Start offset " + rt.ToGoString(offArg) + " is outside the bounds of the buffer"
		})
		b := rt.hostOf(rt.obj(buf)).(*bufferData)
		if b.detached {
			rt.throwTypeError("Cannot perform DataView constructor on a detached ArrayBuffer")
		}
		if offset > len(b.data) {
			rt.throwRangeError("Start offset %d is outside the bounds of the buffer", offset)
		}
		lenArg := Arg(args, 2)
		// A growable SharedArrayBuffer is not fixed-length either
		// (IsFixedLengthArrayBuffer): a view without a length
		// grows with it.
		tracking := lenArg == Undefined && b.maxLen >= 0
		viewLen := len(b.data) - offset
		if lenArg != Undefined {
			viewLen = rt.toIndexOr(lenArg, func() string { return "Invalid DataView length " + rt.ToGoString(lenArg) })
			if offset+viewLen > len(b.data) {
				rt.throwRangeError("Invalid DataView length %d", viewLen)
			}
		}
		p := rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initTypedArray).DataViewPrototype })
		if b.detached {
			rt.throwTypeError("Cannot perform DataView constructor on a detached ArrayBuffer")
		}
		if offset > len(b.data) || lenArg != Undefined && offset+viewLen > len(b.data) {
			rt.throwRangeError("Invalid DataView length %d", viewLen)
		}
		v, o := rt.newObjectCell(ClassDataView, p)
		o.v0 = buf
		rt.setHost(o, &viewData{offset: offset, length: viewLen, tracking: tracking})
		return v
	}, proto)
	r.Getter(proto, "buffer", func(rt *Runtime, this Value, _ []Value) Value {
		return rt.thisView(this, "get DataView.prototype.buffer").v0
	})
	r.Getter(proto, "byteLength", func(rt *Runtime, this Value, _ []Value) Value {
		o := rt.thisView(this, "get DataView.prototype.byteLength")
		d, data, ok := rt.viewBounds(o)
		if !ok {
			rt.throwTypeError("Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer")
		}
		return gc.Int(d.viewLen(data))
	})
	r.Getter(proto, "byteOffset", func(rt *Runtime, this Value, _ []Value) Value {
		o := rt.thisView(this, "get DataView.prototype.byteOffset")
		d, _, ok := rt.viewBounds(o)
		if !ok {
			rt.throwTypeError("Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer")
		}
		return gc.Int(d.offset)
	})
	kinds := []struct {
		name string
		kind int
	}{{"Int8", kindInt8}, {"Uint8", kindUint8}, {"Int16", kindInt16}, {"Uint16", kindUint16}, {"Int32", kindInt32},
		{"Uint32", kindUint32}, {"Float32", kindFloat32}, {"Float64", kindFloat64}, {"BigInt64", kindBigInt64},
		{"BigUint64", kindBigUint64}}
	for _, k := range kinds {
		kind := k.kind
		get, set := "get"+k.name, "set"+k.name
		r.Method(proto, get, 1, func(rt *Runtime, this Value, args []Value) Value {
			// ECMA-262 §25.3.1.5 GetViewValue.
			o := rt.thisView(this, "DataView.prototype."+get)
			idx := rt.toIndexOr(Arg(args, 0), func() string { return "Offset is outside the bounds of the DataView" })
			little := rt.ToBoolean(Arg(args, 1))
			b := rt.viewSlot(o, idx, kind, "DataView.prototype."+get)
			var tmp [8]byte
			copy(tmp[:], b)
			if !little {
				reverseBytes(tmp[:len(b)])
			}
			return rt.readElem(kind, tmp[:len(b)])
		})
		r.Method(proto, set, 2, func(rt *Runtime, this Value, args []Value) Value {
			// ECMA-262 §25.3.1.6 SetViewValue.
			o := rt.thisView(this, "DataView.prototype."+set)
			idx := rt.toIndexOr(Arg(args, 0), func() string { return "Offset is outside the bounds of the DataView" })
			v := rt.toElemValue(kind, Arg(args, 1))
			little := rt.ToBoolean(Arg(args, 2))
			b := rt.viewSlot(o, idx, kind, "DataView.prototype."+set)
			var tmp [8]byte
			rt.writeElem(kind, tmp[:len(b)], v)
			if !little {
				reverseBytes(tmp[:len(b)])
			}
			copy(b, tmp[:len(b)])
			return Undefined
		})
	}
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom("DataView"), attrConfigurable)
}

// viewSlot returns the bytes a DataView get/set at idx touches.
func (rt *Runtime) viewSlot(o *Object, idx, kind int, method string) []byte {
	d, data, ok := rt.viewBounds(o)
	if !ok {
		rt.throwTypeError("Cannot perform %s on a detached ArrayBuffer", method)
	}
	size := typedSizes[kind]
	if idx+size > d.viewLen(data) {
		rt.throwRangeError("Offset is outside the bounds of the DataView")
	}
	p := d.offset + idx
	return data[p : p+size]
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// ---------------------------------------------------------------------------
// Typed array creation

// newTypedArray allocates a typed array object of kind over buf.
func (rt *Runtime) newTypedArray(proto Value, kind int, buf Value, offset, length int, tracking bool) Value {
	v, o := rt.newObjectCell(ClassTypedArray, proto)
	o.v0 = buf
	rt.setHost(o, &taData{kind: kind, offset: offset, length: length, tracking: tracking, buf: rt.hostOf(rt.obj(buf)).(*bufferData)})
	return v
}

// allocateTypedArray is AllocateTypedArray with a fresh buffer of n
// elements (§23.2.5.1.1).
func (rt *Runtime) allocateTypedArray(proto Value, kind int, n int) Value {
	if n*typedSizes[kind] > maxBufferBytes || n < 0 {
		rt.throwRangeError("Invalid typed array length: %d", n)
	}
	buf := rt.allocateBuffer(rt.realm.ArrayBufferPrototype, n*typedSizes[kind], -1, false)
	return rt.newTypedArray(proto, kind, buf, 0, n, false)
}

// NewUint8Array returns a Uint8Array over a new buffer holding data, for
// the host (Buffer, TextEncoder).
func (rt *Runtime) NewUint8Array(data []byte) Value {
	buf := rt.NewArrayBuffer(data)
	return rt.newTypedArray(rt.realm.made(initTypedArray).TypedArrayPrototypes[kindUint8], kindUint8, buf, 0, len(data), false)
}

// validateTA is ValidateTypedArray (§23.2.4.4): the receiver must be a
// typed array that is not out of bounds.
func (rt *Runtime) validateTA(this Value, method string) (*Object, *taData, int) {
	if !this.IsObject() || rt.obj(this).class != ClassTypedArray {
		shown := rt.inspectShort(this)
		if this.IsObject() && rt.obj(this).class == ClassArray {
			shown = "[object Array]"
		}
		rt.throwTypeError("Method %s called on incompatible receiver %s", method, shown)
	}
	o := rt.obj(this)
	d, _, n, ok := rt.taBounds(o)
	if !ok {
		rt.throwTypeError("Cannot perform %s on a detached ArrayBuffer", method)
	}
	return o, d, n
}

// taCreateFromCtor is TypedArrayCreateFromConstructor (§23.2.4.2).
func (rt *Runtime) taCreateFromCtor(c Value, args []Value, method string) Value {
	nv := rt.construct(c, args, c)
	_, _, n := rt.validateTA(nv, method)
	if len(args) == 1 && args[0].IsNumber() && float64(n) < args[0].Float() {
		rt.throwTypeError("Derived TypedArray constructor created an array which was too small")
	}
	return nv
}

// taSpeciesCreate is TypedArraySpeciesCreate (§23.2.4.1).
func (rt *Runtime) taSpeciesCreate(exemplar Value, args []Value, method string) Value {
	kind := rt.hostOf(rt.obj(exemplar)).(*taData).kind
	def := rt.realm.TypedArrayCtors[kind]
	c := rt.speciesConstructor(exemplar, def)
	if c == def {
		if len(args) == 1 {
			return rt.allocateTypedArray(rt.realm.TypedArrayPrototypes[kind], kind, int(args[0].Float()))
		}
	}
	nv := rt.taCreateFromCtor(c, args, method)
	if isBigKind(rt.hostOf(rt.obj(nv)).(*taData).kind) != isBigKind(kind) {
		rt.throwTypeError("Content type of the species constructor's result does not match")
	}
	return nv
}

// taCreateSameType is TypedArrayCreateSameType (§23.2.4.3).
func (rt *Runtime) taCreateSameType(d *taData, n int) Value {
	return rt.allocateTypedArray(rt.realm.TypedArrayPrototypes[d.kind], d.kind, n)
}

// taGet reads element i of a typed array, or undefined when it is no
// longer a valid index (the [[Get]] the spec's loops do).
func (rt *Runtime) taGet(o *Object, i int) Value {
	d, data, n, ok := rt.taBounds(o)
	if !ok || i >= n || i < 0 {
		return Undefined
	}
	return rt.readElem(d.kind, taElem(d, data, i))
}

func (r *Realm) initTypedArrayBase() {
	rt := r.rt
	proto := r.TypedArrayPrototype
	r.TypedArray = rt.NewNativeConstructor("TypedArray", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		rt.throwTypeError("Abstract class TypedArray not directly constructable")
		return Undefined
	})
	rt.defineData(r.TypedArray, rt.atPrototype, proto, 0)
	rt.defineData(proto, rt.atConstructor, r.TypedArray, attrWritable|attrConfigurable)
	r.GetterKey(r.TypedArray, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value { return this })

	r.Method(r.TypedArray, "from", 1, func(rt *Runtime, this Value, args []Value) Value {
		// ECMA-262 §23.2.2.1 %TypedArray%.from.
		c := this
		if !rt.isConstructor(c) {
			rt.throwTypeError("%s is not a constructor", rt.inspectShort(c))
		}
		source, mapfn, thisArg := Arg(args, 0), Arg(args, 1), Arg(args, 2)
		if mapfn != Undefined && !rt.isCallable(mapfn) {
			rt.throwTypeError("%s is not a function", rt.inspectValueString(mapfn))
		}
		var list Value
		var n int
		if m := rt.getMethodOrUndef(source, rt.wellKnown.iterator); m != Undefined {
			list = rt.iterableToArray(source)
			n = int(rt.obj(list).elems.n)
		} else {
			list = rt.ToObject(source)
			n = int(rt.ToLength(rt.Get(list, rt.atLength)))
		}
		target := rt.taCreateFromCtor(c, []Value{gc.Int(n)}, "%TypedArray%.from")
		for k := 0; k < n; k++ {
			var v Value
			if lo := rt.obj(list); lo.class == ClassArray && int(lo.elems.n) > k && rt.vals(lo.elems)[k] != Empty {
				v = rt.vals(lo.elems)[k]
			} else {
				v = rt.Get(list, idxKey(uint32(k)))
			}
			if mapfn != Undefined {
				v = rt.Call(mapfn, thisArg, v, gc.Int(k))
			}
			rt.Set(target, idxKey(uint32(k)), v, true)
		}
		return target
	})
	r.Method(r.TypedArray, "of", 0, func(rt *Runtime, this Value, args []Value) Value {
		// ECMA-262 §23.2.2.2 %TypedArray%.of.
		if !rt.isConstructor(this) {
			rt.throwTypeError("%s is not a constructor", rt.inspectShort(this))
		}
		items := append([]Value(nil), args...)
		target := rt.taCreateFromCtor(this, []Value{gc.Int(len(items))}, "%TypedArray%.of")
		for k, v := range items {
			rt.Set(target, idxKey(uint32(k)), v, true)
		}
		return target
	})

	r.Getter(proto, "buffer", func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassTypedArray {
			rt.throwTypeError("Method get %%TypedArray%%.prototype.buffer called on incompatible receiver %s", rt.inspectShort(this))
		}
		return rt.obj(this).v0
	})
	lengthGetter := func(name string, f func(d *taData, n int) int) {
		r.Getter(proto, name, func(rt *Runtime, this Value, _ []Value) Value {
			if !this.IsObject() || rt.obj(this).class != ClassTypedArray {
				rt.throwTypeError("Method get %%TypedArray%%.prototype.%s called on incompatible receiver %s", name, rt.inspectShort(this))
			}
			d, _, n, ok := rt.taBounds(rt.obj(this))
			if !ok {
				return gc.Int(0)
			}
			return gc.Int(f(d, n))
		})
	}
	lengthGetter("byteLength", func(d *taData, n int) int { return n * typedSizes[d.kind] })
	lengthGetter("byteOffset", func(d *taData, n int) int { return d.offset })
	lengthGetter("length", func(d *taData, n int) int { return n })
	r.GetterKey(proto, rt.wellKnown.toStringTag, "get [Symbol.toStringTag]", func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassTypedArray {
			return Undefined
		}
		return rt.atom(typedNames[rt.hostOf(rt.obj(this)).(*taData).kind])
	})
	r.initTypedArrayMethods(proto)
}

// iterableToArray collects an iterable's values into a new array, which
// keeps them rooted while the iteration runs more JavaScript.
func (rt *Runtime) iterableToArray(iterable Value) Value {
	arr := rt.NewArray([]Value{})
	rt.Iterate(iterable, func(v Value) bool {
		o := rt.obj(arr)
		rt.push(&o.elems, v)
		o.aux++
		return true
	})
	return arr
}

// initTypedArrayKind makes one concrete constructor (§23.2.6, §23.2.7).
func (r *Realm) initTypedArrayKind(kind int) {
	rt := r.rt
	name := typedNames[kind]
	proto := r.NewProto(r.TypedArrayPrototype)
	r.TypedArrayPrototypes[kind] = proto
	c := r.Ctor(name, 3, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor %s requires 'new'", name)
		}
		return rt.constructTypedArray(kind, nt, args)
	}, proto)
	rt.obj(c).proto = r.TypedArray
	r.TypedArrayCtors[kind] = c
	r.Const(c, "BYTES_PER_ELEMENT", gc.Int(typedSizes[kind]))
	r.Const(proto, "BYTES_PER_ELEMENT", gc.Int(typedSizes[kind]))
}

// constructTypedArray is the TypedArray constructor body (§23.2.5.1).
func (rt *Runtime) constructTypedArray(kind int, nt Value, args []Value) Value {
	name := typedNames[kind]
	size := typedSizes[kind]
	first := Arg(args, 0)
	if !first.IsObject() {
		n := rt.toIndexOr(first, func() string { return "Invalid typed array length: " + rt.ToGoString(first) })
		proto := rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initTypedArray).TypedArrayPrototypes[kind] })
		return rt.allocateTypedArray(proto, kind, n)
	}
	proto := rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initTypedArray).TypedArrayPrototypes[kind] })
	fo := rt.obj(first)
	switch fo.class {
	case ClassTypedArray:
		// InitializeTypedArrayFromTypedArray (§23.2.5.1.2).
		sd, sdata, n, ok := rt.taBounds(fo)
		if !ok {
			rt.throwTypeError("Cannot perform Construct on a detached ArrayBuffer")
		}
		if isBigKind(sd.kind) != isBigKind(kind) {
			rt.throwTypeError("Cannot mix BigInt and other types, use explicit conversions")
		}
		v := rt.allocateTypedArray(proto, kind, n)
		o := rt.obj(v)
		d, data, _, _ := rt.taBounds(o)
		if sd.kind == kind {
			copy(data, sdata[sd.offset:sd.offset+n*size])
		} else {
			for i := 0; i < n; i++ {
				rt.writeElem(kind, taElem(d, data, i), rt.readElem(sd.kind, taElem(sd, sdata, i)))
			}
		}
		return v
	case ClassArrayBuffer:
		// InitializeTypedArrayFromArrayBuffer (§23.2.5.1.3).
		offArg, lenArg := Arg(args, 1), Arg(args, 2)
		offset := rt.toIndexOr(offArg, func() string {
			return "Start offset " + rt.ToGoString(offArg) + " is outside the bounds of the buffer"
		})
		if offset%size != 0 {
			rt.throwRangeError("start offset of %s should be a multiple of %d", name, size)
		}
		newLen := 0
		if lenArg != Undefined {
			newLen = rt.toIndexOr(lenArg, func() string { return "Invalid typed array length: " + rt.ToGoString(lenArg) })
		}
		b := rt.hostOf(fo).(*bufferData)
		if b.detached {
			rt.throwTypeError("Cannot perform Construct on a detached ArrayBuffer")
		}
		bufLen := len(b.data)
		fixed := b.maxLen < 0 // IsFixedLengthArrayBuffer: false for a growable SharedArrayBuffer too
		if lenArg == Undefined && !fixed {
			if offset > bufLen {
				rt.throwRangeError("Start offset %d is outside the bounds of the buffer", offset)
			}
			return rt.newTypedArray(proto, kind, first, offset, 0, true)
		}
		if lenArg == Undefined {
			if bufLen%size != 0 {
				rt.throwRangeError("byte length of %s should be a multiple of %d", name, size)
			}
			if bufLen-offset < 0 {
				rt.throwRangeError("Start offset %d is outside the bounds of the buffer", offset)
			}
			return rt.newTypedArray(proto, kind, first, offset, (bufLen-offset)/size, false)
		}
		if offset+newLen*size > bufLen {
			rt.throwRangeError("Invalid typed array length: %d", newLen)
		}
		return rt.newTypedArray(proto, kind, first, offset, newLen, false)
	}
	// InitializeTypedArrayFromList / FromArrayLike (§23.2.5.1.4-5).
	var list Value
	var n int
	if m := rt.getMethodOrUndef(first, rt.wellKnown.iterator); m != Undefined {
		if fo.class == ClassArray && rt.arrayIterIsPristine(first) && fo.flags&objSlowElems == 0 && int(fo.elems.n) == int(fo.aux) {
			// IterableToList takes a snapshot before any element is
			// converted (and conversions may change the array).
			list = rt.NewArray(append([]Value(nil), rt.vals(fo.elems)...))
			n = int(fo.elems.n)
		} else {
			list = rt.iterableToArray(first)
			n = int(rt.obj(list).elems.n)
		}
	} else {
		list = first
		n = int(rt.ToLength(rt.Get(first, rt.atLength)))
	}
	v := rt.allocateTypedArray(proto, kind, n)
	o := rt.obj(v)
	for k := 0; k < n; k++ {
		var x Value
		if lo := rt.obj(list); lo.class == ClassArray && lo.flags&objSlowElems == 0 && k < int(lo.elems.n) && rt.vals(lo.elems)[k] != Empty {
			x = rt.vals(lo.elems)[k]
		} else {
			x = rt.Get(list, idxKey(uint32(k)))
		}
		rt.taSetElement(o, k, x)
	}
	return v
}

// ---------------------------------------------------------------------------
// %TypedArray%.prototype methods (§23.2.3)

func (r *Realm) initTypedArrayMethods(proto Value) {
	rt := r.rt
	m := func(name string, length int, fn func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value) {
		method := "%TypedArray%.prototype." + name
		r.Method(proto, name, length, func(rt *Runtime, this Value, args []Value) Value {
			o, d, n := rt.validateTA(this, method)
			return fn(rt, this, o, d, n, args)
		})
	}
	callback := func(rt *Runtime, args []Value) Value {
		f := Arg(args, 0)
		if !rt.isCallable(f) {
			rt.throwTypeError("%s is not a function", rt.inspectValueString(f))
		}
		return f
	}

	m("at", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		rel := rt.ToIntegerOrInfinity(Arg(args, 0))
		k := rel
		if rel < 0 {
			k = float64(n) + rel
		}
		if k < 0 || k >= float64(n) {
			return Undefined
		}
		return rt.taGet(o, int(k))
	})
	m("copyWithin", 2, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		to := rt.relIndex(Arg(args, 0), n, 0)
		from := rt.relIndex(Arg(args, 1), n, 0)
		final := rt.relIndex(Arg(args, 2), n, n)
		count := min(final-from, n-to)
		if count > 0 {
			_, data, n2, ok := rt.taBounds(o)
			if !ok {
				rt.throwTypeError("Cannot perform %%TypedArray%%.prototype.copyWithin on a detached ArrayBuffer")
			}
			size := typedSizes[d.kind]
			// A shrunk buffer clips the copy (ES2024 step 17).
			count = min(count, n2-from, n2-to)
			if count > 0 {
				src := data[d.offset+from*size : d.offset+(from+count)*size]
				copy(data[d.offset+to*size:], src)
			}
		}
		return this
	})
	iter := func(name string, kind int) {
		m(name, 0, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
			return rt.NewArrayIterator(this, kind)
		})
	}
	iter("entries", 2)
	iter("keys", 0)
	iter("values", 1)
	r.Alias(proto, rt.wellKnown.iterator, "values")

	// The callback-per-element methods.
	m("every", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cb := rt.prepareCall(callback(rt, args), Arg(args, 1))
		for k := 0; k < n; k++ {
			if !rt.ToBoolean(rt.callPrepared(&cb, rt.taGet(o, k), gc.Int(k), this)) {
				return False
			}
		}
		return True
	})
	m("some", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cb := rt.prepareCall(callback(rt, args), Arg(args, 1))
		for k := 0; k < n; k++ {
			if rt.ToBoolean(rt.callPrepared(&cb, rt.taGet(o, k), gc.Int(k), this)) {
				return True
			}
		}
		return False
	})
	m("forEach", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cb := rt.prepareCall(callback(rt, args), Arg(args, 1))
		for k := 0; k < n; k++ {
			rt.callPrepared(&cb, rt.taGet(o, k), gc.Int(k), this)
		}
		return Undefined
	})
	find := func(name string, last, wantIndex bool) {
		m(name, 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
			cb := rt.prepareCall(callback(rt, args), Arg(args, 1))
			for j := 0; j < n; j++ {
				k := j
				if last {
					k = n - 1 - j
				}
				v := rt.taGet(o, k)
				if rt.ToBoolean(rt.callPrepared(&cb, v, gc.Int(k), this)) {
					if wantIndex {
						return gc.Int(k)
					}
					return v
				}
			}
			if wantIndex {
				return gc.Int(-1)
			}
			return Undefined
		})
	}
	find("find", false, false)
	find("findIndex", false, true)
	find("findLast", true, false)
	find("findLastIndex", true, true)

	m("fill", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		v := rt.toElemValue(d.kind, Arg(args, 0))
		k := rt.relIndex(Arg(args, 1), n, 0)
		final := rt.relIndex(Arg(args, 2), n, n)
		_, data, n2, ok := rt.taBounds(o)
		if !ok {
			rt.throwTypeError("Cannot perform %%TypedArray%%.prototype.fill on a detached ArrayBuffer")
		}
		final = min(final, n2)
		if k < final {
			size := typedSizes[d.kind]
			first := taElem(d, data, k)
			rt.writeElem(d.kind, first, v)
			// Double the filled prefix each step.
			span := data[d.offset+k*size : d.offset+final*size]
			for filled := size; filled < len(span); filled *= 2 {
				copy(span[filled:], span[:filled])
			}
		}
		return this
	})
	m("filter", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cb := rt.prepareCall(callback(rt, args), Arg(args, 1))
		kept := rt.NewArray([]Value{})
		for k := 0; k < n; k++ {
			v := rt.taGet(o, k)
			if rt.ToBoolean(rt.callPrepared(&cb, v, gc.Int(k), this)) {
				ko := rt.obj(kept)
				rt.push(&ko.elems, v)
				ko.aux++
			}
		}
		vals := rt.vals(rt.obj(kept).elems)
		a := rt.taSpeciesCreate(this, []Value{gc.Int(len(vals))}, "%TypedArray%.prototype.filter")
		for i, v := range rt.vals(rt.obj(kept).elems) {
			rt.Set(a, idxKey(uint32(i)), v, true)
		}
		return a
	})
	m("includes", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		if n == 0 {
			return False
		}
		k := rt.relIndex(Arg(args, 1), n, 0)
		target := Arg(args, 0)
		for ; k < n; k++ {
			if sameValueZero(rt, rt.taGet(o, k), target) {
				return True
			}
		}
		return False
	})
	m("indexOf", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		if n == 0 {
			return gc.Int(-1)
		}
		k := rt.relIndex(Arg(args, 1), n, 0)
		target := Arg(args, 0)
		if !target.IsNumber() && !target.IsBigInt() {
			return gc.Int(-1)
		}
		for ; k < n; k++ {
			if v := rt.taGet(o, k); v != Undefined && rt.strictEqual(v, target) {
				return gc.Int(k)
			}
		}
		return gc.Int(-1)
	})
	m("lastIndexOf", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		if n == 0 {
			return gc.Int(-1)
		}
		k := n - 1
		if len(args) > 1 {
			f := rt.ToIntegerOrInfinity(args[1])
			if f < 0 {
				f += float64(n)
			}
			if f < 0 {
				return gc.Int(-1)
			}
			k = int(math.Min(f, float64(n-1)))
		}
		target := Arg(args, 0)
		for ; k >= 0; k-- {
			if v := rt.taGet(o, k); v != Undefined && rt.strictEqual(v, target) {
				return gc.Int(k)
			}
		}
		return gc.Int(-1)
	})
	m("join", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		sep := ","
		if s := Arg(args, 0); s != Undefined {
			sep = rt.ToGoString(s)
		}
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 {
				b.WriteString(sep)
			}
			if v := rt.taGet(o, k); v != Undefined {
				b.WriteString(rt.ToGoString(v))
			}
		}
		return rt.NewString(b.String())
	})
	m("map", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cb := rt.prepareCall(callback(rt, args), Arg(args, 1))
		a := rt.taSpeciesCreate(this, []Value{gc.Int(n)}, "%TypedArray%.prototype.map")
		for k := 0; k < n; k++ {
			v := rt.callPrepared(&cb, rt.taGet(o, k), gc.Int(k), this)
			rt.Set(a, idxKey(uint32(k)), v, true)
		}
		return a
	})
	reduce := func(name string, right bool) {
		m(name, 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
			cb := rt.prepareCall(callback(rt, args), Undefined)
			k, step := 0, 1
			if right {
				k, step = n-1, -1
			}
			var acc Value
			if len(args) > 1 {
				acc = args[1]
			} else {
				if n == 0 {
					rt.throwTypeError("Reduce of empty array with no initial value")
				}
				acc = rt.taGet(o, k)
				k += step
			}
			for ; k >= 0 && k < n; k += step {
				acc = rt.callPrepared(&cb, acc, rt.taGet(o, k), gc.Int(k), this)
			}
			return acc
		})
	}
	reduce("reduce", false)
	reduce("reduceRight", true)
	m("reverse", 0, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		_, data, _, _ := rt.taBounds(o)
		size := typedSizes[d.kind]
		var tmp [8]byte
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			a, b := taElem(d, data, i), taElem(d, data, j)
			copy(tmp[:size], a)
			copy(a, b)
			copy(b, tmp[:size])
		}
		return this
	})
	r.Method(proto, "set", 1, func(rt *Runtime, this Value, args []Value) Value {
		// ECMA-262 §23.2.3.26 %TypedArray%.prototype.set.
		if !this.IsObject() || rt.obj(this).class != ClassTypedArray {
			rt.throwTypeError("Method %%TypedArray%%.prototype.set called on incompatible receiver %s", rt.inspectShort(this))
		}
		o := rt.obj(this)
		off := rt.ToIntegerOrInfinity(Arg(args, 1))
		if off < 0 {
			rt.throwRangeError("offset is out of bounds")
		}
		src := Arg(args, 0)
		if src.IsObject() && rt.obj(src).class == ClassTypedArray {
			rt.setFromTypedArray(o, off, rt.obj(src))
		} else {
			rt.setFromArrayLike(o, off, src)
		}
		return Undefined
	})
	m("slice", 2, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		start := rt.relIndex(Arg(args, 0), n, 0)
		final := rt.relIndex(Arg(args, 1), n, n)
		count := max(final-start, 0)
		a := rt.taSpeciesCreate(this, []Value{gc.Int(count)}, "%TypedArray%.prototype.slice")
		if count == 0 {
			return a
		}
		_, data, n2, ok := rt.taBounds(o)
		if !ok {
			rt.throwTypeError("Cannot perform %%TypedArray%%.prototype.slice on a detached ArrayBuffer")
		}
		final = min(final, n2)
		ao := rt.obj(a)
		ad, adata, _, _ := rt.taBounds(ao)
		if ad.kind == d.kind {
			size := typedSizes[d.kind]
			if start < final {
				src := data[d.offset+start*size : d.offset+final*size]
				dst := adata[ad.offset:]
				if ao.v0 == o.v0 {
					// The spec copies byte by byte, front to back, which
					// differs from a memmove when a species constructor
					// returns a view overlapping the source.
					for i := 0; i < len(src) && i < len(dst); i++ {
						dst[i] = src[i]
					}
				} else {
					copy(dst, src)
				}
			}
			return a
		}
		for k, i := start, 0; k < final; k, i = k+1, i+1 {
			rt.Set(a, idxKey(uint32(i)), rt.taGet(o, k), true)
		}
		return a
	})
	m("sort", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cmp := Arg(args, 0)
		if cmp != Undefined && !rt.isCallable(cmp) {
			rt.throwTypeError("The comparison function must be either a function or undefined")
		}
		vals := rt.taSorted(o, d, n, cmp)
		_, data, n2, ok := rt.taBounds(o)
		if ok {
			for i := 0; i < min(n, n2); i++ {
				rt.writeElem(d.kind, taElem(d, data, i), vals[i])
			}
		}
		return this
	})
	r.Method(proto, "subarray", 2, func(rt *Runtime, this Value, args []Value) Value {
		// ECMA-262 §23.2.3.30 %TypedArray%.prototype.subarray.
		if !this.IsObject() || rt.obj(this).class != ClassTypedArray {
			rt.throwTypeError("Method %%TypedArray%%.prototype.subarray called on incompatible receiver %s", rt.inspectShort(this))
		}
		o := rt.obj(this)
		d, _, n, _ := rt.taBounds(o)
		buf := o.v0
		begin := rt.relIndex(Arg(args, 0), n, 0)
		endArg := Arg(args, 1)
		final := rt.relIndex(endArg, n, n)
		size := typedSizes[d.kind]
		beginByte := d.offset + begin*size
		var ctorArgs []Value
		if d.tracking && endArg == Undefined {
			ctorArgs = []Value{buf, gc.Int(beginByte)}
		} else {
			ctorArgs = []Value{buf, gc.Int(beginByte), gc.Int(max(final-begin, 0))}
		}
		kind := d.kind
		def := rt.realm.TypedArrayCtors[kind]
		c := rt.speciesConstructor(this, def)
		nv := rt.taCreateFromCtor(c, ctorArgs, "%TypedArray%.prototype.subarray")
		if isBigKind(rt.hostOf(rt.obj(nv)).(*taData).kind) != isBigKind(kind) {
			rt.throwTypeError("Content type of the species constructor's result does not match")
		}
		return nv
	})
	m("toLocaleString", 0, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 {
				b.WriteString(",")
			}
			if v := rt.taGet(o, k); v != Undefined {
				b.WriteString(rt.ToGoString(rt.invoke(v, "toLocaleString")))
			}
		}
		return rt.NewString(b.String())
	})
	r.AliasOf(proto, rt.atom("toString"), r.ArrayPrototype, "toString")
	m("toReversed", 0, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		a := rt.taCreateSameType(d, n)
		ad, adata, _, _ := rt.taBounds(rt.obj(a))
		_, data, _, _ := rt.taBounds(o)
		for k := 0; k < n; k++ {
			copy(taElem(ad, adata, k), taElem(d, data, n-1-k))
		}
		return a
	})
	m("toSorted", 1, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		cmp := Arg(args, 0)
		if cmp != Undefined && !rt.isCallable(cmp) {
			rt.throwTypeError("The comparison function must be either a function or undefined")
		}
		a := rt.taCreateSameType(d, n)
		vals := rt.taSorted(o, d, n, cmp)
		ad, adata, _, _ := rt.taBounds(rt.obj(a))
		for i, v := range vals {
			rt.writeElem(d.kind, taElem(ad, adata, i), v)
		}
		return a
	})
	m("with", 2, func(rt *Runtime, this Value, o *Object, d *taData, n int, args []Value) Value {
		rel := rt.ToIntegerOrInfinity(Arg(args, 0))
		idx := rel
		if rel < 0 {
			idx = float64(n) + rel
		}
		v := rt.toElemValue(d.kind, Arg(args, 1))
		if _, _, n2, ok := rt.taBounds(o); !ok || idx < 0 || idx >= float64(n2) {
			rt.throwRangeError("Invalid typed array index")
		}
		a := rt.taCreateSameType(d, n)
		ao := rt.obj(a)
		for k := 0; k < n; k++ {
			x := v
			if k != int(idx) {
				x = rt.taGet(o, k)
			}
			rt.taSetElement(ao, k, x)
		}
		return a
	})
}

// taSorted returns the first n elements of a typed array sorted by cmp
// (or numerically: -0 before +0, NaN last), as SortIndexedProperties with
// the typed array comparator (§23.2.4.7).
func (rt *Runtime) taSorted(o *Object, d *taData, n int, cmp Value) []Value {
	holder := rt.NewArray(make([]Value, 0, n))
	ho := rt.obj(holder)
	for k := 0; k < n; k++ {
		rt.push(&ho.elems, rt.taGet(o, k))
	}
	ho.aux = uint32(n)
	vals := append([]Value(nil), rt.vals(ho.elems)...)
	var less func(a, b Value) bool
	switch {
	case cmp != Undefined:
		cb := rt.prepareCall(cmp, Undefined)
		less = func(a, b Value) bool {
			f := rt.ToNumber(rt.callPrepared(&cb, a, b))
			return f < 0
		}
	case isBigKind(d.kind):
		less = func(a, b Value) bool { return rt.bigint(a).Cmp(rt.bigint(b)) < 0 }
	default:
		less = func(a, b Value) bool {
			x, y := a.Float(), b.Float()
			switch {
			case x != x:
				return false
			case y != y:
				return true
			case x == 0 && y == 0:
				return math.Signbit(x) && !math.Signbit(y)
			}
			return x < y
		}
	}
	if cmp == Undefined && !isBigKind(d.kind) && d.kind != kindFloat32 && d.kind != kindFloat64 {
		sort.Slice(vals, func(i, j int) bool { return vals[i].Float() < vals[j].Float() })
		return vals
	}
	sort.SliceStable(vals, func(i, j int) bool { return less(vals[i], vals[j]) })
	return vals
}

// setFromTypedArray is SetTypedArrayFromTypedArray (§23.2.3.26.1).
func (rt *Runtime) setFromTypedArray(o *Object, off float64, src *Object) {
	d, data, n, ok := rt.taBounds(o)
	if !ok {
		rt.throwTypeError("Cannot perform %%TypedArray%%.prototype.set on a detached ArrayBuffer")
	}
	sd, sdata, sn, sok := rt.taBounds(src)
	if !sok {
		rt.throwTypeError("Cannot perform %%TypedArray%%.prototype.set on a detached ArrayBuffer")
	}
	if isBigKind(d.kind) != isBigKind(sd.kind) {
		rt.throwTypeError("Cannot mix BigInt and other types, use explicit conversions")
	}
	if off+float64(sn) > float64(n) {
		rt.throwRangeError("offset is out of bounds")
	}
	to := int(off)
	if d.kind == sd.kind {
		size := typedSizes[d.kind]
		copy(data[d.offset+to*size:], sdata[sd.offset:sd.offset+sn*size])
		return
	}
	srcBytes := sdata[sd.offset : sd.offset+sn*typedSizes[sd.kind]]
	if o.v0 == src.v0 {
		srcBytes = append([]byte(nil), srcBytes...)
	}
	ssize := typedSizes[sd.kind]
	for i := 0; i < sn; i++ {
		v := rt.readElem(sd.kind, srcBytes[i*ssize:(i+1)*ssize])
		rt.writeElem(d.kind, taElem(d, data, to+i), v)
	}
}

// setFromArrayLike is SetTypedArrayFromArrayLike (§23.2.3.26.2).
func (rt *Runtime) setFromArrayLike(o *Object, off float64, source Value) {
	_, _, n, ok := rt.taBounds(o)
	if !ok {
		rt.throwTypeError("Cannot perform %%TypedArray%%.prototype.set on a detached ArrayBuffer")
	}
	src := rt.ToObject(source)
	sn := rt.ToLength(rt.Get(src, rt.atLength))
	if off+float64(sn) > float64(n) {
		rt.throwRangeError("offset is out of bounds")
	}
	to := int(off)
	for k := 0; k < int(sn); k++ {
		rt.taSetElement(o, to+k, rt.Get(src, idxKey(uint32(k))))
	}
}
