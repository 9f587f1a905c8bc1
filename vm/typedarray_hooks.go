package vm

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsnum"
	"github.com/kilnjs/kiln/internal/lazy"
)

// Integer-indexed exotic objects (ECMA-262 §10.4.5) and the element
// storage they share with ArrayBuffer and DataView.
//
// A buffer's bytes are a []byte in the ArrayBuffer cell's host data
// (bufferData), owned by the Go collector and pointer-free. A typed array
// cell keeps its buffer in v0 and its view (kind, byte offset, length or
// length-tracking) in host data (taData); every access re-derives the
// bounds from the buffer, since buffers can be detached or resized under a
// view. Elements are little-endian, as on every platform Kiln runs on.
//
// Every numeric key of a typed array is handled here, never by the
// prototype chain: an integer in range reads or writes an element, any other
// canonical numeric key (-1, 1.5, "-0", NaN) reads undefined and ignores
// writes.

const numTypedKinds = 11

// Typed array kinds, in the order of ECMA-262 Table 71.
const (
	kindInt8 = iota
	kindUint8
	kindUint8Clamped
	kindInt16
	kindUint16
	kindInt32
	kindUint32
	kindFloat32
	kindFloat64
	kindBigInt64
	kindBigUint64
)

var typedNames = [numTypedKinds]string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}

var typedSizes = [numTypedKinds]int{1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8}

func isBigKind(k int) bool { return k >= kindBigInt64 }

// bufferData is the host data of an ArrayBuffer or SharedArrayBuffer.
type bufferData struct {
	data     []byte
	maxLen   int // -1 for a fixed-length buffer
	detached bool
	shared   bool
}

// taData is the host data of a typed array; v0 holds the buffer.
type taData struct {
	kind     int
	offset   int // in bytes
	length   int // in elements, unless tracking
	tracking bool
	// buf is the host data of the buffer in v0, which a view keeps for
	// life and a buffer never replaces (detach and resize change it in
	// place), so element reads and writes reach the bytes without looking
	// the buffer up.
	buf *bufferData
}

func (rt *Runtime) bufferOf(o *Object) *bufferData {
	return rt.hostOf(rt.obj(o.v0)).(*bufferData)
}

// taBounds is IsTypedArrayOutOfBounds and TypedArrayLength (§10.4.5.12,
// §10.4.5.13) together: the current length, and false when the view is out
// of bounds or its buffer detached.
func (rt *Runtime) taBounds(o *Object) (*taData, []byte, int, bool) {
	d := rt.hostOf(o).(*taData)
	b := d.buf
	if b.detached {
		return d, nil, 0, false
	}
	size := typedSizes[d.kind]
	if d.tracking {
		if d.offset > len(b.data) {
			return d, nil, 0, false
		}
		return d, b.data, (len(b.data) - d.offset) / size, true
	}
	if d.offset+d.length*size > len(b.data) {
		return d, nil, 0, false
	}
	return d, b.data, d.length, true
}

// taElem returns the bytes of element i (which must be valid).
func taElem(d *taData, data []byte, i int) []byte {
	size := typedSizes[d.kind]
	p := d.offset + i*size
	return data[p : p+size]
}

// readElem is RawBytesToNumeric (§25.1.3.15), little-endian.
func (rt *Runtime) readElem(kind int, b []byte) Value {
	switch kind {
	case kindInt8:
		return gc.Int(int(int8(b[0])))
	case kindUint8, kindUint8Clamped:
		return gc.Int(int(b[0]))
	case kindInt16:
		return gc.Int(int(int16(binary.LittleEndian.Uint16(b))))
	case kindUint16:
		return gc.Int(int(binary.LittleEndian.Uint16(b)))
	case kindInt32:
		return gc.Int(int(int32(binary.LittleEndian.Uint32(b))))
	case kindUint32:
		return gc.Int(int(binary.LittleEndian.Uint32(b)))
	case kindFloat32:
		return gc.Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
	case kindFloat64:
		return gc.Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	case kindBigInt64:
		return rt.NewBigInt(big.NewInt(int64(binary.LittleEndian.Uint64(b))))
	}
	return rt.NewBigInt(new(big.Int).SetUint64(binary.LittleEndian.Uint64(b)))
}

// toElemValue converts v for storing into a typed array of kind: ToBigInt
// for the BigInt kinds, ToNumber otherwise (§10.4.5.16 step 1-2). It may
// run user code, so callers re-check bounds afterwards.
func (rt *Runtime) toElemValue(kind int, v Value) Value {
	if isBigKind(kind) {
		if v.IsBigInt() {
			return v
		}
		return rt.NewBigInt(rt.ToBigInt(v))
	}
	if v.IsNumber() {
		return v
	}
	return gc.Float(rt.ToNumber(v))
}

// mask64 is 2^64-1, built on first use rather than at package init.
var mask64 = lazy.Value[*big.Int]{New: func() *big.Int { return new(big.Int).SetUint64(math.MaxUint64) }}

// writeElem is NumericToRawBytes (§25.1.3.17); v is already converted.
func (rt *Runtime) writeElem(kind int, b []byte, v Value) {
	if isBigKind(kind) {
		u := new(big.Int).And(rt.bigint(v), mask64.Get()).Uint64()
		binary.LittleEndian.PutUint64(b, u)
		return
	}
	writeNum(kind, b, v.Float())
}

func writeNum(kind int, b []byte, f float64) {
	switch kind {
	case kindInt8, kindUint8:
		b[0] = byte(jsnum.ToUint32(f))
	case kindUint8Clamped:
		switch {
		case !(f > 0):
			b[0] = 0
		case f >= 255:
			b[0] = 255
		default:
			b[0] = byte(math.RoundToEven(f))
		}
	case kindInt16, kindUint16:
		binary.LittleEndian.PutUint16(b, uint16(jsnum.ToUint32(f)))
	case kindInt32, kindUint32:
		binary.LittleEndian.PutUint32(b, jsnum.ToUint32(f))
	case kindFloat32:
		binary.LittleEndian.PutUint32(b, math.Float32bits(float32(f)))
	case kindFloat64:
		binary.LittleEndian.PutUint64(b, math.Float64bits(f))
	}
}

// numericIndex reports whether key is a CanonicalNumericIndexString
// (§7.1.21) and, if it is an integer index, which.
func (rt *Runtime) numericIndex(key PropKey) (idx int, numeric, integer bool) {
	if key.IsNumber() {
		return int(key.Float()), true, true
	}
	if !key.IsString() {
		return 0, false, false
	}
	s := rt.GoString(key)
	if s == "-0" {
		return 0, true, false
	}
	if len(s) == 0 || !(s[0] == '-' || s[0] == 'I' || s[0] == 'N' || s[0] >= '0' && s[0] <= '9') {
		return 0, false, false
	}
	f := jsnum.StringToNumber(s)
	if rt.numberToGoString(f) != s {
		return 0, false, false
	}
	if f == math.Trunc(f) && f >= 0 && f < 1<<53 {
		return int(f), true, true
	}
	return 0, true, false
}

func (rt *Runtime) typedArrayGetOwn(o *Object, key PropKey) (PropDesc, bool, bool) {
	i, numeric, integer := rt.numericIndex(key)
	if !numeric {
		return PropDesc{}, false, false
	}
	if !integer {
		return PropDesc{}, false, true
	}
	d, data, n, ok := rt.taBounds(o)
	if !ok || i >= n {
		return PropDesc{}, false, true
	}
	return dataDesc(rt.readElem(d.kind, taElem(d, data, i)), attrDefault), true, true
}

// typedArrayDefineOwn is §10.4.5.3 [[DefineOwnProperty]] for numeric keys.
func (rt *Runtime) typedArrayDefineOwn(o *Object, key PropKey, desc PropDesc) (bool, bool) {
	i, numeric, integer := rt.numericIndex(key)
	if !numeric {
		return false, false
	}
	if !integer {
		return false, true
	}
	if _, _, n, ok := rt.taBounds(o); !ok || i >= n {
		return false, true
	}
	if desc.Has&hasConfigurable != 0 && desc.Attrs&attrConfigurable == 0 ||
		desc.Has&hasEnumerable != 0 && desc.Attrs&attrEnumerable == 0 ||
		desc.isAccessor() ||
		desc.Has&hasWritable != 0 && desc.Attrs&attrWritable == 0 {
		return false, true
	}
	if desc.Has&hasValue != 0 {
		rt.taSetElement(o, i, desc.Value)
	}
	return true, true
}

// taSetElement is TypedArraySetElement (§10.4.5.16): convert, then store
// if the index is still valid.
func (rt *Runtime) taSetElement(o *Object, i int, v Value) {
	d := rt.hosts[o.host].(*taData)
	if v.IsNumber() && !isBigKind(d.kind) {
		if p, ok := d.elemAt(i); ok {
			writeNum(d.kind, d.buf.data[p:p+typedSizes[d.kind]], v.Float())
		}
		return
	}
	v = rt.toElemValue(d.kind, v)
	if d, data, n, ok := rt.taBounds(o); ok && i >= 0 && i < n {
		rt.writeElem(d.kind, taElem(d, data, i), v)
	}
}

// elemAt returns the byte position of element i in the buffer's data, and
// false when i is not a valid index of the view now: it is TypedArrayLength
// and IsValidIntegerIndex (§10.4.5.14) without the detached test, which the
// lengths imply (a detached buffer's data is empty, and a valid element
// has at least one byte). This is the interpreter's path for obj[i]: bcrypt's
// Int32Array reads spent a third of their time re-deriving the bounds
// through two host-data lookups.
func (d *taData) elemAt(i int) (int, bool) {
	size := typedSizes[d.kind]
	avail := len(d.buf.data) - d.offset
	n := d.length
	if d.tracking {
		if avail < 0 {
			return 0, false
		}
		n = avail / size
	} else if n*size > avail {
		return 0, false
	}
	if uint(i) >= uint(n) {
		return 0, false
	}
	return d.offset + i*size, true
}

// typedArraySetIndex is [[Set]] (§10.4.5.5) when the receiver is the typed
// array itself.
func (rt *Runtime) typedArraySetIndex(o *Object, key PropKey, v Value) bool {
	i, _, integer := rt.numericIndex(key)
	if integer {
		rt.taSetElement(o, i, v)
	} else {
		rt.toElemValue(rt.hostOf(o).(*taData).kind, v)
	}
	return true
}

func (rt *Runtime) typedArrayLength(o *Object) int {
	_, _, n, _ := rt.taBounds(o)
	return n
}

// typedArrayFixedLength is IsTypedArrayFixedLength (§10.4.5.17 in
// ES2024): a view that tracks its buffer's length, or sits on a resizable
// non-shared buffer, can change length.
func (rt *Runtime) typedArrayFixedLength(o *Object) bool {
	d := rt.hostOf(o).(*taData)
	if d.tracking {
		return false
	}
	b := rt.bufferOf(o)
	return b.maxLen < 0 || b.shared
}

// typedArrayGetFast is obj[number] for the interpreter. Every number is a
// canonical numeric key, so it is always handled.
func (rt *Runtime) typedArrayGetFast(o *Object, f float64) (Value, bool) {
	i := int(f)
	if float64(i) != f || i < 0 {
		return Undefined, true
	}
	d := rt.hosts[o.host].(*taData)
	p, ok := d.elemAt(i)
	if !ok {
		return Undefined, true
	}
	return rt.readElem(d.kind, d.buf.data[p:p+typedSizes[d.kind]]), true
}

// typedArraySetFast is obj[number] = v for the interpreter.
func (rt *Runtime) typedArraySetFast(o *Object, f float64, v Value) bool {
	i := int(f)
	if float64(i) != f || i < 0 {
		rt.toElemValue(rt.hostOf(o).(*taData).kind, v)
		return true
	}
	rt.taSetElement(o, i, v)
	return true
}

// typedArrayNumericKey reports whether key is a canonical numeric string
// (or an index): such keys never reach a typed array's prototype chain.
func (rt *Runtime) typedArrayNumericKey(key PropKey) bool {
	_, numeric, _ := rt.numericIndex(key)
	return numeric
}

// typedArraySet is [[Set]] (§10.4.5.5) for numeric keys on typed array ov
// met while walking from receiver; done is false when OrdinarySet should
// go on (a valid index set through another receiver, or a non-numeric key).
func (rt *Runtime) typedArraySet(ov Value, o *Object, key PropKey, v, receiver Value) (ok, done bool) {
	i, numeric, integer := rt.numericIndex(key)
	if !numeric {
		return false, false
	}
	if ov == receiver {
		return rt.typedArraySetIndex(o, key, v), true
	}
	if _, _, n, inBounds := rt.taBounds(o); !integer || !inBounds || i >= n {
		return true, true
	}
	return false, false
}
