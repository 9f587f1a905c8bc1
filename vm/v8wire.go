package vm

import (
	"encoding/binary"
	"math"
	"math/big"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/kilnjs/kiln/gc"
)

// V8's value serialization wire format, the bytes of node's
// v8.serialize and of child_process's "advanced" IPC. Kiln writes what
// node v20 (V8 11.3, format version 15) writes for the same value, so that
// the bytes can cross to a node process and back.
//
// The grammar, as V8's ValueSerializer writes it (varints are unsigned
// LEB128; numbers little-endian):
//
//	header   = 0xFF version:varint
//	value    = '_' | '0' | 'T' | 'F'          undefined null true false
//	         | 'I' zigzag:varint               a Smi (an int32, not -0)
//	         | 'N' double                      any other number
//	         | 'Z' bits:varint digit*          bits = byteLength<<1 | sign; 64-bit digits
//	         | '"' len:varint latin1*          a string whose units all fit a byte
//	         | [0x00] 'c' len:varint utf16le*  padded so that the units start even
//	         | 'S' len:varint utf8*            (read only)
//	         | '^' id:varint                   an object met before
//	         | object
//	object   = 'o' (key value)* '{' count
//	         | 'A' len value-or-'-'* (key value)* '$' count len   a packed array
//	         | 'a' len (key value)* '@' count len                 any other array
//	         | 'D' double | 'y' | 'x' | 'n' double | 'z' bigint | 's' string
//	         | 'R' source flags:varint
//	         | ';' (key value)* ':' 2*count  |  '\'' value* ',' count
//	         | 'B' len bytes | '~' len maxLen bytes | 't' id | 'u' id
//	         | buffer 'V' subtag offset len flags                 a view after its buffer
//	         | '\\' host-defined                                  a host object
//	         | 'r' ('E'|'R'|'F'|'S'|'T'|'U' | 'm' string | 'c' value | 's' string)* '.'
//
// Every object (not strings or other primitives) gets the next id when it
// is first met, the writer and the reader counting alike; a view's buffer
// comes, and is counted, before the view. V8 decides between 'A' and 'a'
// and between 'I' and 'N' inside a packed array from its elements kinds,
// which Kiln does not have: an array without holes is packed, and a
// packed array of numbers that are not all Smis is written as doubles, as
// V8's PACKED_DOUBLE_ELEMENTS array is. An array V8 had made holey before
// filling it (new Array(3).fill(0)) is packed here: the bytes differ,
// the value read back does not.

const (
	v8Version    = 15
	v8MaxDepth   = 5000
	v8CloneError = " could not be cloned."
)

// V8Writer writes values in V8's format. Its object ids span every value
// it writes, as V8's do.
type V8Writer struct {
	rt   *Runtime
	buf  []byte
	ids  map[Value]uint32
	keep Value // an array of every object in ids, which keeps their handles theirs
	// transferred maps the ArrayBuffers given to TransferArrayBuffer to
	// their ids.
	transferred map[Value]uint32
	depth       int
	// HostViews makes typed arrays and DataViews host objects (node's
	// DefaultSerializer), written by WriteHost.
	HostViews bool
	// WriteHost writes a host object after its tag, reporting false when
	// the host has no way to write one.
	WriteHost func(v Value) bool
	// SharedID returns the id of a SharedArrayBuffer, or false when the
	// host does not share them.
	SharedID func(v Value) (uint32, bool)
	// CloneError makes the exception thrown for a value that cannot be
	// written.
	CloneError func(msg string) Value
}

// NewV8Writer returns a writer with nothing written.
func (rt *Runtime) NewV8Writer() *V8Writer {
	return &V8Writer{rt: rt, ids: map[Value]uint32{}, keep: rt.NewArray(nil), transferred: map[Value]uint32{}}
}

// Roots returns the value the host must keep reachable for as long as it
// uses w: it holds the objects w has given ids.
func (w *V8Writer) Roots() Value { return w.keep }

// Release returns the bytes written and starts w afresh; the ids stay.
func (w *V8Writer) Release() []byte {
	b := w.buf
	w.buf = nil
	return b
}

// WriteHeader writes the format's header.
func (w *V8Writer) WriteHeader() { w.buf = append(w.buf, 0xFF, v8Version) }

// WriteUint32 writes a varint.
func (w *V8Writer) WriteUint32(n uint32) { w.buf = binary.AppendUvarint(w.buf, uint64(n)) }

// WriteUint64 writes a varint.
func (w *V8Writer) WriteUint64(n uint64) { w.buf = binary.AppendUvarint(w.buf, n) }

// WriteDouble writes the number's eight bytes, a NaN as V8's one NaN.
func (w *V8Writer) WriteDouble(f float64) {
	bits := math.Float64bits(f)
	if f != f {
		bits = 0x7FF8000000000000
	}
	w.buf = binary.LittleEndian.AppendUint64(w.buf, bits)
}

// WriteRawBytes writes b as it is.
func (w *V8Writer) WriteRawBytes(b []byte) { w.buf = append(w.buf, b...) }

// TransferArrayBuffer writes ab, wherever it is met, as the id the
// reader will be given the buffer under.
func (w *V8Writer) TransferArrayBuffer(id uint32, ab Value) {
	w.rt.v8Keep(w.keep, ab)
	w.transferred[ab] = id
}

// WriteValue writes v, throwing CloneError's exception for what cannot be
// written.
func (w *V8Writer) WriteValue(v Value) {
	rt := w.rt
	switch v.Tag() {
	case gc.TagUndefined:
		w.buf = append(w.buf, '_')
	case gc.TagNull:
		w.buf = append(w.buf, '0')
	case gc.TagBool:
		if v == True {
			w.buf = append(w.buf, 'T')
		} else {
			w.buf = append(w.buf, 'F')
		}
	case gc.TagNumber:
		w.number(v.Float())
	case gc.TagString:
		w.string(v)
	case gc.TagBigInt:
		w.buf = append(w.buf, 'Z')
		w.bigint(rt.bigint(v))
	case gc.TagSymbol:
		w.fail(rt.symbolDescriptiveString(v))
	case gc.TagObject:
		w.depth++
		if w.depth > v8MaxDepth {
			rt.throwRangeError("Maximum call stack size exceeded")
		}
		w.object(v)
		w.depth--
	default:
		w.fail(rt.v8Show(v))
	}
}

func (w *V8Writer) fail(shown string) {
	w.rt.Throw(w.CloneError(shown + v8CloneError))
}

func isSmi(f float64) bool {
	return f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32 && !(f == 0 && math.Signbit(f))
}

func (w *V8Writer) number(f float64) {
	if isSmi(f) {
		n := int32(f)
		w.buf = append(w.buf, 'I')
		w.WriteUint32(uint32(n<<1) ^ uint32(n>>31))
		return
	}
	w.buf = append(w.buf, 'N')
	w.WriteDouble(f)
}

func (w *V8Writer) bigint(n *big.Int) {
	words := n.Bits()
	var digits []byte
	for _, d := range words {
		digits = binary.LittleEndian.AppendUint64(digits, uint64(d))
	}
	bits := uint64(len(digits)) << 1
	if n.Sign() < 0 {
		bits |= 1
	}
	w.WriteUint64(bits)
	w.buf = append(w.buf, digits...)
}

// string writes a string one byte a unit when every unit fits one, else
// two; the two-byte units start at an even offset, as V8 aligns them.
func (w *V8Writer) string(v Value) {
	s := w.rt.str(v)
	w.rt.flatten(s)
	if s.flags&strWide == 0 {
		w.buf = append(w.buf, '"')
		w.WriteUint32(uint32(len(s.lat)))
		w.buf = append(w.buf, s.lat...)
		return
	}
	units := s.u16()
	if !slices.ContainsFunc(units, func(u uint16) bool { return u > 0xFF }) {
		w.buf = append(w.buf, '"')
		w.WriteUint32(uint32(len(units)))
		for _, u := range units {
			w.buf = append(w.buf, byte(u))
		}
		return
	}
	n := uint32(2 * len(units))
	if (len(w.buf)+1+len(binary.AppendUvarint(nil, uint64(n))))&1 != 0 {
		w.buf = append(w.buf, 0)
	}
	w.buf = append(w.buf, 'c')
	w.WriteUint32(n)
	for _, u := range units {
		w.buf = binary.LittleEndian.AppendUint16(w.buf, u)
	}
}

// v8ViewTags are the view subtags by typed array kind.
var v8ViewTags = [numTypedKinds]byte{'b', 'B', 'C', 'w', 'W', 'd', 'D', 'f', 'F', 'q', 'Q'}

func (w *V8Writer) object(v Value) {
	rt := w.rt
	if id, ok := w.ids[v]; ok {
		w.buf = append(w.buf, '^')
		w.WriteUint32(id)
		return
	}
	o := rt.obj(v)
	isView := o.class == ClassTypedArray || o.class == ClassDataView
	if isView && !w.HostViews {
		// The buffer comes first, and takes its id before the view's.
		w.WriteValue(o.v0)
		o = rt.obj(v)
	}
	w.ids[v] = uint32(len(w.ids))
	rt.v8Keep(w.keep, v)
	if isView && w.HostViews {
		w.buf = append(w.buf, '\\')
		if w.WriteHost == nil || !w.WriteHost(v) {
			w.fail(rt.v8Show(v))
		}
		return
	}
	if o.flags&objCallable != 0 {
		w.fail(rt.v8Show(v))
	}
	switch o.class {
	case ClassBoolean:
		if o.v0 == True {
			w.buf = append(w.buf, 'y')
		} else {
			w.buf = append(w.buf, 'x')
		}
	case ClassNumber:
		w.buf = append(w.buf, 'n')
		w.WriteDouble(o.v0.Float())
	case ClassBigInt:
		w.buf = append(w.buf, 'z')
		w.bigint(rt.bigint(o.v0))
	case ClassString:
		w.buf = append(w.buf, 's')
		w.string(o.v0)
	case ClassDate:
		w.buf = append(w.buf, 'D')
		w.WriteDouble(o.v0.Float())
	case ClassRegExp:
		w.buf = append(w.buf, 'R')
		w.string(rt.escapeRegExpPattern(o.v0))
		w.WriteUint32(v8RegExpFlags(rt.GoString(o.v1)))
	case ClassArrayBuffer:
		w.arrayBuffer(v, rt.hostOf(o).(*bufferData))
	case ClassTypedArray:
		d, _, n, ok := rt.taBounds(o)
		if !ok {
			w.fail(rt.v8Show(v))
		}
		w.view(v8ViewTags[d.kind], d.offset, n*typedSizes[d.kind], d.tracking, rt.bufferOf(o))
	case ClassDataView:
		d, data, ok := rt.viewBounds(o)
		if !ok {
			w.fail(rt.v8Show(v))
		}
		w.view('?', d.offset, d.viewLen(data), d.tracking, rt.bufferOf(o))
	case ClassMap, ClassSet:
		w.collection(o)
	case ClassError:
		w.error(v)
	case ClassArray:
		w.array(v)
	case ClassProxy:
		// V8 names no proxy by its target.
		w.fail("#<Object>")
	case ClassObject, ClassArguments:
		w.buf = append(w.buf, 'o')
		n := w.properties(v, false)
		w.buf = append(w.buf, '{')
		w.WriteUint32(n)
	default:
		w.fail(rt.v8Show(v))
	}
}

// v8RegExpFlag is V8's JSRegExp flag bit of a flag letter (a switch, not
// a map: a package-level map would be built at every start-up).
func v8RegExpFlag(c rune) uint32 {
	switch c {
	case 'g':
		return 1
	case 'i':
		return 2
	case 'm':
		return 4
	case 'y':
		return 8
	case 'u':
		return 16
	case 's':
		return 32
	case 'd':
		return 128
	case 'v':
		return 256
	}
	return 0
}

func v8RegExpFlags(flags string) uint32 {
	var bits uint32
	for _, c := range flags {
		bits |= v8RegExpFlag(c)
	}
	return bits
}

func (w *V8Writer) arrayBuffer(v Value, b *bufferData) {
	if id, ok := w.transferred[v]; ok {
		w.buf = append(w.buf, 't')
		w.WriteUint32(id)
		return
	}
	if b.shared {
		id, ok := uint32(0), false
		if w.SharedID != nil {
			id, ok = w.SharedID(v)
		}
		if !ok {
			w.fail(w.rt.v8Show(v))
		}
		w.buf = append(w.buf, 'u')
		w.WriteUint32(id)
		return
	}
	if b.detached {
		w.rt.Throw(w.CloneError("An ArrayBuffer is detached and could not be cloned."))
	}
	if b.maxLen >= 0 {
		w.buf = append(w.buf, '~')
		w.WriteUint32(uint32(len(b.data)))
		w.WriteUint32(uint32(b.maxLen))
	} else {
		w.buf = append(w.buf, 'B')
		w.WriteUint32(uint32(len(b.data)))
	}
	w.buf = append(w.buf, b.data...)
}

func (w *V8Writer) view(tag byte, offset, length int, tracking bool, b *bufferData) {
	var flags uint32
	if tracking {
		// The reader derives the length from the buffer's.
		flags, length = 1, 0
	}
	if b.maxLen >= 0 {
		flags |= 2
	}
	w.buf = append(w.buf, 'V', tag)
	w.WriteUint32(uint32(offset))
	w.WriteUint32(uint32(length))
	w.WriteUint32(flags)
}

// collection writes a Map's or Set's entries as they are when it starts,
// so that writing an entry cannot change which entries are written.
func (w *V8Writer) collection(o *Object) {
	rt := w.rt
	d := rt.hostOf(o).(*mapData)
	entries := slices.Clone(rt.vals(o.elems))
	for _, e := range entries {
		rt.Keep(e)
	}
	begin, end := byte(';'), byte(':')
	if d.stride == 1 {
		begin, end = '\'', ','
	}
	w.buf = append(w.buf, begin)
	n := uint32(0)
	for i := 0; i+d.stride <= len(entries); i += d.stride {
		if entries[i] == Empty {
			continue
		}
		for _, e := range entries[i : i+d.stride] {
			w.WriteValue(e)
			n++
		}
	}
	w.buf = append(w.buf, end)
	w.WriteUint32(n)
}

// v8ErrorTag is the prototype tag of an error by its name; Error's is
// the default and has none (0).
func v8ErrorTag(name string) byte {
	switch name {
	case "EvalError":
		return 'E'
	case "RangeError":
		return 'R'
	case "ReferenceError":
		return 'F'
	case "SyntaxError":
		return 'S'
	case "TypeError":
		return 'T'
	case "URIError":
		return 'U'
	}
	return 0
}

// error writes an error's kind (by its name), its own message, its own
// cause and its stack, in the order V8 does.
func (w *V8Writer) error(v Value) {
	rt := w.rt
	msg, hasMsg := rt.getOwnProperty(v, rt.atom("message"))
	cause, hasCause := rt.getOwnProperty(v, rt.atom("cause"))
	w.buf = append(w.buf, 'r')
	if tag := v8ErrorTag(rt.ToGoString(rt.Get(v, rt.atom("name")))); tag != 0 {
		w.buf = append(w.buf, tag)
	}
	if hasMsg && msg.Attrs&attrAccessor == 0 {
		w.buf = append(w.buf, 'm')
		w.string(rt.ToString(msg.Value))
	}
	if hasCause && cause.Attrs&attrAccessor == 0 {
		rt.Keep(cause.Value)
		w.buf = append(w.buf, 'c')
		w.WriteValue(cause.Value)
	}
	if stack := rt.Get(v, rt.atom("stack")); stack.IsString() {
		w.buf = append(w.buf, 's')
		w.string(stack)
	}
	w.buf = append(w.buf, '.')
}

// array writes a packed array element by element, then its other
// properties; any other array as its length and all its properties.
func (w *V8Writer) array(v Value) {
	rt := w.rt
	o := rt.obj(v)
	length := o.aux
	packed := o.flags&objSlowElems == 0 && o.elems.n == length && !slices.Contains(rt.vals(o.elems), Empty)
	if !packed {
		w.buf = append(w.buf, 'a')
		w.WriteUint32(length)
		n := w.properties(v, false)
		w.buf = append(w.buf, '@')
		w.WriteUint32(n)
		w.WriteUint32(length)
		return
	}
	w.buf = append(w.buf, 'A')
	w.WriteUint32(length)
	elems := rt.vals(o.elems)
	doubles := !slices.ContainsFunc(elems, func(e Value) bool { return !e.IsNumber() }) &&
		slices.ContainsFunc(elems, func(e Value) bool { return !isSmi(e.Float()) })
	for i := uint32(0); i < length; i++ {
		// Writing an element may run a getter that changes the array.
		key := gc.Float(float64(i))
		if !rt.hasOwnProperty(v, key) {
			w.buf = append(w.buf, '-')
			continue
		}
		e := rt.Get(v, key)
		if doubles && e.IsNumber() {
			w.buf = append(w.buf, 'N')
			w.WriteDouble(e.Float())
			continue
		}
		w.WriteValue(e)
	}
	n := w.properties(v, true)
	w.buf = append(w.buf, '$')
	w.WriteUint32(n)
	w.WriteUint32(length)
}

// properties writes src's own enumerable string-keyed properties, each
// read with [[Get]] when it is reached (a getter may delete a later one,
// which is then skipped), and returns how many it wrote. Index keys are
// written as numbers.
func (w *V8Writer) properties(src Value, skipIndices bool) uint32 {
	rt := w.rt
	n := uint32(0)
	for _, k := range rt.ownKeys(src) {
		if k.IsSymbol() || (skipIndices && k.IsNumber()) {
			continue
		}
		rt.Keep(k)
		if d, ok := rt.getOwnProperty(src, k); !ok || d.Attrs&attrEnumerable == 0 {
			continue
		}
		if k.IsNumber() {
			w.number(k.Float())
		} else {
			w.string(k)
		}
		w.WriteValue(rt.Get(src, k))
		n++
	}
	return n
}

// V8Reader reads values in V8's format.
type V8Reader struct {
	rt      *Runtime
	data    []byte
	pos     int
	version uint32
	ids     map[uint32]Value
	nextID  uint32
	keep    Value // an array of every value in ids and the transfer maps
	depth   int
	buffers map[uint32]Value
	// ReadHost reads a host object after its tag, reporting false when
	// the host has no way to read one.
	ReadHost func() (Value, bool)
}

// NewV8Reader returns a reader of data, which it keeps.
func (rt *Runtime) NewV8Reader(data []byte) *V8Reader {
	return &V8Reader{rt: rt, data: data, ids: map[uint32]Value{}, keep: rt.NewArray(nil), buffers: map[uint32]Value{}}
}

// Roots returns the value the host must keep reachable for as long as it
// uses r.
func (r *V8Reader) Roots() Value { return r.keep }

// Version returns the format version ReadHeader read, 0 before.
func (r *V8Reader) Version() uint32 { return r.version }

// TransferArrayBuffer gives the reader the ArrayBuffer (or the
// SharedArrayBuffer) that the writer wrote as transferred id. A shared
// buffer's own id ('u') is never read: node has no hook to resolve one.
func (r *V8Reader) TransferArrayBuffer(id uint32, ab Value) {
	r.rt.v8Keep(r.keep, ab)
	r.buffers[id] = ab
}

// ReadHeader reads the header, false when it is missing or of a version
// newer than Kiln reads.
func (r *V8Reader) ReadHeader() bool {
	if r.pos >= len(r.data) || r.data[r.pos] != 0xFF {
		return false
	}
	r.pos++
	v, ok := r.ReadUint32()
	if !ok || v > v8Version {
		return false
	}
	r.version = v
	return true
}

// ReadUint32 reads a varint.
func (r *V8Reader) ReadUint32() (uint32, bool) {
	v, ok := r.ReadUint64()
	return uint32(v), ok
}

// ReadUint64 reads a varint.
func (r *V8Reader) ReadUint64() (uint64, bool) {
	var v uint64
	for shift := 0; r.pos < len(r.data); shift += 7 {
		b := r.data[r.pos]
		r.pos++
		if shift < 64 {
			v |= uint64(b&0x7F) << shift
		}
		if b < 0x80 {
			return v, true
		}
	}
	return 0, false
}

// ReadDouble reads a number's eight bytes.
func (r *V8Reader) ReadDouble() (float64, bool) {
	b, ok := r.ReadRawBytes(8)
	if !ok {
		return 0, false
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), true
}

// ReadRawBytes reads n bytes; the slice aliases the reader's data, whose
// offset Pos was before the call.
func (r *V8Reader) ReadRawBytes(n int) ([]byte, bool) {
	if n < 0 || n > len(r.data)-r.pos {
		return nil, false
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, true
}

// Pos returns the offset of the next byte to read.
func (r *V8Reader) Pos() int { return r.pos }

// ReadValue reads a value; ok is false for bytes that are not one.
func (r *V8Reader) ReadValue() (v Value, ok bool) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > v8MaxDepth {
		return Undefined, false
	}
	v, ok = r.value()
	if ok && v.IsObject() && r.rt.obj(v).class == ClassArrayBuffer && r.peek() == 'V' {
		r.pos++
		return r.view(v)
	}
	return v, ok
}

// peek returns the next tag, past any padding, without reading it.
func (r *V8Reader) peek() byte {
	for r.pos < len(r.data) && r.data[r.pos] == 0 {
		r.pos++
	}
	if r.pos == len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

func (r *V8Reader) tag() byte {
	t := r.peek()
	if t != 0 {
		r.pos++
	}
	return t
}

// remember gives v the next id.
func (r *V8Reader) remember(v Value) Value {
	r.rt.v8Keep(r.keep, v)
	r.ids[r.nextID] = v
	r.nextID++
	return v
}

func (r *V8Reader) value() (Value, bool) {
	rt := r.rt
	realm := rt.realm
	switch t := r.tag(); t {
	case '_':
		return Undefined, true
	case '0':
		return Null, true
	case 'T':
		return True, true
	case 'F':
		return False, true
	case 'I':
		n, ok := r.ReadUint32()
		return gc.Float(float64(int32(n>>1) ^ -int32(n&1))), ok
	case 'U':
		n, ok := r.ReadUint32()
		return gc.Float(float64(n)), ok
	case 'N':
		f, ok := r.ReadDouble()
		return gc.Float(f), ok
	case 'Z':
		n, ok := r.bigint()
		if !ok {
			return Undefined, false
		}
		return rt.NewBigInt(n), true
	case '"', 'c', 'S':
		return r.string(t)
	case '^':
		id, ok := r.ReadUint32()
		v, found := r.ids[id]
		return v, ok && found
	case '?':
		if _, ok := r.ReadUint32(); !ok {
			return Undefined, false
		}
		return r.ReadValue()
	case 'o':
		out := r.remember(rt.NewObject())
		return out, r.properties(out, '{')
	case 'A':
		return r.denseArray()
	case 'a':
		length, ok := r.ReadUint32()
		if !ok {
			return Undefined, false
		}
		out := r.remember(rt.NewArray(nil))
		rt.setLengthOrThrow(out, int64(length))
		return out, r.properties(out, '@') && r.arrayLength(length)
	case 'D':
		f, ok := r.ReadDouble()
		out, cell := rt.newObjectCell(ClassDate, realm.made(initDate).DatePrototype)
		cell.v0 = gc.Float(f)
		return r.remember(out), ok
	case 'y', 'x':
		return r.remember(rt.ToObject(Bool(t == 'y'))), true
	case 'n':
		f, ok := r.ReadDouble()
		return r.remember(rt.ToObject(gc.Float(f))), ok
	case 'z':
		n, ok := r.bigint()
		if !ok {
			return Undefined, false
		}
		return r.remember(rt.ToObject(rt.NewBigInt(n))), true
	case 's':
		s, ok := r.string(r.tag())
		if !ok {
			return Undefined, false
		}
		return r.remember(rt.ToObject(s)), true
	case 'R':
		return r.regexp()
	case ';', '\'':
		return r.collection(t)
	case 'B', '~':
		return r.arrayBuffer(t == '~')
	case 't':
		id, ok := r.ReadUint32()
		b, found := r.buffers[id]
		if !ok || !found {
			return Undefined, false
		}
		return r.remember(b), true
	case '\\':
		if r.ReadHost == nil {
			return Undefined, false
		}
		id := r.nextID
		r.nextID++
		v, ok := r.ReadHost()
		if !ok {
			return Undefined, false
		}
		rt.v8Keep(r.keep, v)
		r.ids[id] = v
		return v, true
	case 'r':
		return r.error()
	}
	return Undefined, false
}

func (r *V8Reader) bigint() (*big.Int, bool) {
	bits, ok := r.ReadUint64()
	if !ok || (bits>>1)%8 != 0 {
		return nil, false
	}
	b, ok := r.ReadRawBytes(int(bits >> 1))
	if !ok {
		return nil, false
	}
	be := make([]byte, len(b))
	for i, c := range b {
		be[len(b)-1-i] = c
	}
	n := new(big.Int).SetBytes(be)
	if bits&1 != 0 {
		n.Neg(n)
	}
	return n, true
}

// string reads a string after its tag t.
func (r *V8Reader) string(t byte) (Value, bool) {
	n, ok := r.ReadUint32()
	if !ok {
		return Undefined, false
	}
	b, ok := r.ReadRawBytes(int(n))
	if !ok {
		return Undefined, false
	}
	switch t {
	case '"':
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return r.rt.newUnits(u), true
	case 'c':
		if len(b)%2 != 0 {
			return Undefined, false
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		return r.rt.newUnits(u), true
	case 'S':
		return r.rt.newUnits(utf16.Encode([]rune(strings.ToValidUTF8(string(b), "\uFFFD")))), true
	}
	return Undefined, false
}

// properties reads key-value pairs into out up to the end tag, then their
// count.
func (r *V8Reader) properties(out Value, end byte) bool {
	rt := r.rt
	n := uint32(0)
	for {
		switch r.peek() {
		case 0:
			return false
		case end:
			r.pos++
			count, ok := r.ReadUint32()
			return ok && count == n
		}
		k, ok := r.ReadValue()
		if !ok || !(k.IsString() || k.IsNumber()) {
			return false
		}
		key := rt.ToPropertyKey(k)
		rt.Keep(key)
		v, ok := r.ReadValue()
		if !ok {
			return false
		}
		rt.createDataProperty(out, key, v)
		n++
	}
}

func (r *V8Reader) arrayLength(want uint32) bool {
	n, ok := r.ReadUint32()
	return ok && n == want
}

func (r *V8Reader) denseArray() (Value, bool) {
	rt := r.rt
	length, ok := r.ReadUint32()
	// Every element takes a byte at least.
	if !ok || int(length) > len(r.data)-r.pos {
		return Undefined, false
	}
	out := r.remember(rt.NewArray(nil))
	rt.setLengthOrThrow(out, int64(length))
	for i := uint32(0); i < length; i++ {
		if r.peek() == '-' {
			r.pos++
			continue
		}
		v, ok := r.ReadValue()
		if !ok {
			return Undefined, false
		}
		rt.createDataProperty(out, gc.Float(float64(i)), v)
	}
	return out, r.properties(out, '$') && r.arrayLength(length)
}

func (r *V8Reader) regexp() (Value, bool) {
	rt := r.rt
	src, ok := r.string(r.tag())
	if !ok {
		return Undefined, false
	}
	rt.Keep(src)
	bits, ok := r.ReadUint32()
	// Bit 64 is V8's linear-time engine, which node does not enable.
	if !ok || bits >= 512 || bits&64 != 0 {
		return Undefined, false
	}
	var flags []byte
	for _, f := range "dgimsuvy" {
		if bits&v8RegExpFlag(f) != 0 {
			flags = append(flags, byte(f))
		}
	}
	rt.realm.need(initRegExp)
	return r.remember(rt.construct(rt.realm.RegExp, []Value{src, rt.NewString(string(flags))}, rt.realm.RegExp)), true
}

func (r *V8Reader) collection(t byte) (Value, bool) {
	rt := r.rt
	class, proto, end, stride := ClassMap, rt.realm.made(initCollections).MapPrototype, byte(':'), uint32(2)
	if t == '\'' {
		class, proto, end, stride = ClassSet, rt.realm.SetPrototype, ',', 1
	}
	out := r.remember(rt.newMapObject(class, proto))
	n := uint32(0)
	for {
		switch r.peek() {
		case 0:
			return Undefined, false
		case end:
			r.pos++
			count, ok := r.ReadUint32()
			return out, ok && count == n
		}
		k, ok := r.ReadValue()
		if !ok {
			return Undefined, false
		}
		rt.Keep(k)
		v := Undefined
		if stride == 2 {
			if v, ok = r.ReadValue(); !ok {
				return Undefined, false
			}
		}
		o := rt.obj(out)
		rt.mapPut(o, rt.hostOf(o).(*mapData), k, v)
		n += stride
	}
}

func (r *V8Reader) arrayBuffer(resizable bool) (Value, bool) {
	rt := r.rt
	n, ok := r.ReadUint32()
	maxLen := uint32(0)
	if ok && resizable {
		maxLen, ok = r.ReadUint32()
		ok = ok && n <= maxLen && int(maxLen) <= maxBufferBytes
	}
	if !ok {
		return Undefined, false
	}
	b, ok := r.ReadRawBytes(int(n))
	if !ok {
		return Undefined, false
	}
	if !resizable {
		return r.remember(rt.NewArrayBuffer(slices.Clone(b))), true
	}
	out, o := rt.newObjectCell(ClassArrayBuffer, rt.realm.made(initTypedArray).ArrayBufferPrototype)
	rt.setHost(o, &bufferData{data: append(make([]byte, 0, maxLen), b...), maxLen: int(maxLen)})
	rt.heap.Charge(int(maxLen))
	return r.remember(out), true
}

// view reads a view of buf after its tag.
func (r *V8Reader) view(buf Value) (Value, bool) {
	rt := r.rt
	if r.pos >= len(r.data) {
		return Undefined, false
	}
	sub := r.data[r.pos]
	r.pos++
	offset, ok1 := r.ReadUint32()
	length, ok2 := r.ReadUint32()
	flags, ok3 := uint32(0), true
	if r.version >= 14 {
		flags, ok3 = r.ReadUint32()
	}
	if !ok1 || !ok2 || !ok3 {
		return Undefined, false
	}
	b := rt.hostOf(rt.obj(buf)).(*bufferData)
	tracking := flags&1 != 0
	if b.detached || uint64(offset)+uint64(length) > uint64(len(b.data)) {
		return Undefined, false
	}
	if sub == '?' {
		out, o := rt.newObjectCell(ClassDataView, rt.realm.made(initTypedArray).DataViewPrototype)
		o.v0 = buf
		rt.setHost(o, &viewData{offset: int(offset), length: int(length), tracking: tracking})
		return r.remember(out), true
	}
	kind := slices.Index(v8ViewTags[:], sub)
	if kind < 0 {
		return Undefined, false
	}
	size := uint32(typedSizes[kind])
	if offset%size != 0 || length%size != 0 {
		return Undefined, false
	}
	return r.remember(rt.newTypedArray(rt.realm.made(initTypedArray).TypedArrayPrototypes[kind], kind, buf, int(offset), int(length/size), tracking)), true
}

// error reads an error as V8 makes it: its stack is an own property first
// (undefined when none was written), then its message and its cause. Its
// id is taken first but only given it once it is whole, so a cause that
// refers back to it fails as in V8.
func (r *V8Reader) error() (Value, bool) {
	rt := r.rt
	realm := rt.realm
	id := r.nextID
	r.nextID++
	proto := realm.ErrorPrototype
	msg, stack, cause := Empty, Undefined, Empty
	for {
		switch t := r.tag(); t {
		case 'E':
			proto = realm.EvalErrorPrototype
		case 'R':
			proto = realm.RangeErrorPrototype
		case 'F':
			proto = realm.ReferenceErrorPrototype
		case 'S':
			proto = realm.SyntaxErrorPrototype
		case 'T':
			proto = realm.TypeErrorPrototype
		case 'U':
			proto = realm.URIErrorPrototype
		case 'm', 's':
			s, ok := r.ReadValue()
			if !ok || !s.IsString() {
				return Undefined, false
			}
			rt.Keep(s)
			if t == 'm' {
				msg = s
			} else {
				stack = s
			}
		case 'c':
			v, ok := r.ReadValue()
			if !ok {
				return Undefined, false
			}
			rt.Keep(v)
			cause = v
		case '.':
			out, _ := rt.newObjectCell(ClassError, proto)
			rt.defineData(out, rt.atom("stack"), stack, attrWritable|attrConfigurable)
			if msg != Empty {
				rt.defineData(out, rt.atom("message"), msg, attrWritable|attrConfigurable)
			}
			if cause != Empty {
				rt.defineData(out, rt.atom("cause"), cause, attrWritable|attrConfigurable)
			}
			rt.v8Keep(r.keep, out)
			r.ids[id] = out
			return out, true
		default:
			return Undefined, false
		}
	}
}

// v8Keep appends v to the array of values a writer or reader keeps.
func (rt *Runtime) v8Keep(arr, v Value) {
	rt.createDataProperty(arr, gc.Float(float64(rt.obj(arr).aux)), v)
}
