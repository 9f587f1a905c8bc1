package vm

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/kilnjs/kiln/gc"
)

// String is a string cell. JavaScript strings are sequences of UTF-16 code
// units; Kiln stores them in one of three forms:
//   - Latin-1: every unit is below 0x100, one byte each in lat (the common
//     case: ASCII source text, keys, JSON);
//   - wide: the units in u;
//   - rope: left + right, made by concatenation and flattened on first
//     indexed access, so building a string with += is linear.
type String struct {
	lat string
	// wide is a wide string's UTF-16 code units (see u16): the memory of
	// a []uint16 seen as a Go string, whose header is 8 bytes smaller than
	// a slice's (a string cell 56 bytes, not 64).
	wide        string
	left, right Value
	n           int32
	flags       uint8
}

// u16 returns a wide string's code units. The slice aliases the string's
// storage, which no one may change: its capacity is its length, so that an
// append copies.
func (s *String) u16() []uint16 {
	if s.wide == "" {
		return nil
	}
	return unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.StringData(s.wide))), len(s.wide)/2)
}

// setU16 makes u, which the caller gives up, a wide string's code units.
func (s *String) setU16(u []uint16) {
	if len(u) == 0 {
		s.wide = ""
		return
	}
	s.wide = unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(u))), 2*len(u))
}

// A flat string keeps its content's hash (strHash) in the low half of right,
// which only a rope uses: a field of its own made every string cell 8 bytes
// bigger (64 to 72 then), and a string-heavy program's peak RSS 9% higher.
func (s *String) cachedHash() uint32 {
	if s.flags&strRope != 0 {
		return 0
	}
	return uint32(s.right)
}

const (
	strWide  uint8 = 1 << iota // units in u
	strRope                    // left + right
	strAtom                    // interned: the canonical key for its content
	strASCII                   // Latin-1 form whose bytes are all ASCII (so lat is also UTF-8)
)

func (s *String) Trace(m *gc.Marker) {
	if s.flags&strRope != 0 {
		m.Mark(s.left)
		m.Mark(s.right)
	}
	m.AddBytes(len(s.lat) + len(s.wide))
}

func (s *String) Reset() { *s = String{} }

// maxStringLength is V8's limit on string length (2**29 - 24 units).
const maxStringLength = 1<<29 - 24

// stringCellBytes is a String cell's size, for allocation accounting.
const stringCellBytes = int(unsafe.Sizeof(String{}))

func (rt *Runtime) allocString() (uint32, *String) {
	rt.heap.Charge(stringCellBytes)
	h, s := rt.strs.Alloc()
	v := gc.MakeRef(gc.TagString, h)
	rt.keep(v)
	if rt.heap.SampleDue() {
		rt.sampleAllocation(v)
	}
	return h, s
}

// NewString makes a JavaScript string from a Go string (UTF-8 or WTF-8:
// lone surrogates encoded as three bytes survive).
func (rt *Runtime) NewString(s string) Value {
	if v, ok := rt.smallStrings(s); ok {
		return v
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return rt.newLatin1(s, true)
	}
	units := wtf8ToUTF16(s)
	return rt.newUnits(units)
}

// NewLatin1 makes a JavaScript string whose code units are the bytes of b,
// copied: Buffer's latin1 decoding, straight into the Latin-1 form.
func (rt *Runtime) NewLatin1(b []byte) Value {
	if len(b) == 0 {
		return rt.emptyString
	}
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if len(b) == 1 && ascii {
		return rt.charString(int(b[0]))
	}
	return rt.newLatin1(string(b), ascii)
}

// newStringBytes is NewString of WTF-8 bytes that the caller is done
// with: a string with units past ASCII is converted to UTF-16 straight from
// them, without first copying them into a Go string (a copy of the whole
// of JSON.stringify's result).
func (rt *Runtime) newStringBytes(b []byte) Value {
	view := unsafe.String(unsafe.SliceData(b), len(b)) // read here only, never kept
	if v, ok := rt.smallStrings(view); ok {
		return v
	}
	for _, c := range b {
		if c >= 0x80 {
			return rt.newUnits(wtf8ToUTF16(view))
		}
	}
	return rt.newLatin1(string(b), true)
}

func (rt *Runtime) smallStrings(s string) (Value, bool) {
	if len(s) == 0 {
		return rt.emptyString, true
	}
	if len(s) == 1 && s[0] < 0x80 {
		return rt.charString(int(s[0])), true
	}
	return 0, false
}

func (rt *Runtime) newLatin1(s string, ascii bool) Value {
	if len(s) > maxStringLength {
		rt.throwRangeError("Invalid string length")
	}
	h, c := rt.allocString()
	c.lat = s
	c.n = int32(len(s))
	if ascii {
		c.flags = strASCII
	}
	rt.heap.Charge(len(s))
	return gc.MakeRef(gc.TagString, h)
}

// newUnits makes a string from UTF-16 code units, choosing the Latin-1 form
// when every unit fits.
func (rt *Runtime) newUnits(u []uint16) Value {
	if len(u) > maxStringLength {
		rt.throwRangeError("Invalid string length")
	}
	ascii := true
	for _, c := range u {
		if c >= 0x100 {
			h, s := rt.allocString()
			s.setU16(u)
			s.n = int32(len(u))
			s.flags = strWide
			rt.heap.Charge(2 * len(u))
			return gc.MakeRef(gc.TagString, h)
		}
		if c >= 0x80 {
			ascii = false
		}
	}
	if len(u) == 0 {
		return rt.emptyString
	}
	if len(u) == 1 && u[0] < 0x80 {
		return rt.charString(int(u[0]))
	}
	b := make([]byte, len(u))
	for i, c := range u {
		b[i] = byte(c)
	}
	return rt.newLatin1(string(b), ascii)
}

func (rt *Runtime) str(v Value) *String { return rt.strs.Get(v.Handle()) }

// strLen returns the length in code units.
func (rt *Runtime) strLen(v Value) int { return int(rt.str(v).n) }

// concat returns a + b as a rope (or a flat string when short).
func (rt *Runtime) concat(a, b Value) Value {
	sa, sb := rt.str(a), rt.str(b)
	if sa.n == 0 {
		return b
	}
	if sb.n == 0 {
		return a
	}
	n := int(sa.n) + int(sb.n)
	if n > maxStringLength {
		rt.throwRangeError("Invalid string length")
	}
	if n <= 24 && sa.flags&(strWide|strRope) == 0 && sb.flags&(strWide|strRope) == 0 {
		return rt.newLatin1(sa.lat+sb.lat, sa.flags&sb.flags&strASCII != 0)
	}
	wide := (sa.flags|sb.flags)&strWide != 0
	ascii := sa.flags&sb.flags&strASCII != 0
	h, c := rt.allocString()
	c.left, c.right = a, b
	c.n = int32(n)
	c.flags = strRope
	if wide {
		c.flags |= strWide
	}
	if ascii {
		c.flags |= strASCII
	}
	return gc.MakeRef(gc.TagString, h)
}

// flatten turns a rope into a flat string in place.
func (rt *Runtime) flatten(s *String) {
	if s.flags&strRope == 0 {
		return
	}
	if s.flags&strWide != 0 {
		u := make([]uint16, 0, s.n)
		u = rt.appendUnits(u, s)
		s.setU16(u)
	} else {
		var b strings.Builder
		b.Grow(int(s.n))
		rt.appendLatin1(&b, s)
		s.lat = b.String()
	}
	s.left, s.right = 0, 0
	s.flags &^= strRope
}

// appendUnits appends s's code units, walking ropes iteratively on the
// right spine so that long += chains do not recurse deeply.
func (rt *Runtime) appendUnits(u []uint16, s *String) []uint16 {
	for {
		switch {
		case s.flags&strRope != 0:
			u = rt.appendUnits(u, rt.str(s.left))
			s = rt.str(s.right)
			continue
		case s.flags&strWide != 0:
			return append(u, s.u16()...)
		default:
			for i := 0; i < len(s.lat); i++ {
				u = append(u, uint16(s.lat[i]))
			}
			return u
		}
	}
}

func (rt *Runtime) appendLatin1(b *strings.Builder, s *String) {
	// Ropes built by += lean left: recurse on the right, loop on the left
	// by collecting the right spine first.
	var stack []*String
	for s.flags&strRope != 0 {
		stack = append(stack, rt.str(s.right))
		s = rt.str(s.left)
	}
	b.WriteString(s.lat)
	for i := len(stack) - 1; i >= 0; i-- {
		r := stack[i]
		if r.flags&strRope != 0 {
			rt.appendLatin1(b, r)
		} else {
			b.WriteString(r.lat)
		}
	}
}

// units returns the code units of a string value (flattening it).
func (rt *Runtime) units(v Value) []uint16 {
	s := rt.str(v)
	rt.flatten(s)
	if s.flags&strWide != 0 {
		return s.u16()
	}
	u := make([]uint16, len(s.lat))
	for i := 0; i < len(s.lat); i++ {
		u[i] = uint16(s.lat[i])
	}
	return u
}

// flat returns the flattened cell of a string value.
func (rt *Runtime) flat(v Value) *String {
	s := rt.str(v)
	rt.flatten(s)
	return s
}

// charAt returns the code unit at i.
func (rt *Runtime) charAt(v Value, i int) uint16 {
	s := rt.flat(v)
	if s.flags&strWide != 0 {
		return s.u16()[i]
	}
	return uint16(s.lat[i])
}

// GoString returns a string value as a Go string (WTF-8: lone surrogates
// become three-byte sequences, so the conversion round-trips).
func (rt *Runtime) GoString(v Value) string {
	s := rt.flat(v)
	if s.flags&strWide == 0 {
		if s.flags&strASCII != 0 {
			return s.lat
		}
		var b strings.Builder
		for i := 0; i < len(s.lat); i++ {
			b.WriteRune(rune(s.lat[i]))
		}
		return b.String()
	}
	return utf16ToWTF8(s.u16())
}

func utf16ToWTF8(u []uint16) string {
	var b strings.Builder
	b.Grow(len(u))
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0x80:
			b.WriteByte(byte(c))
		case utf16.IsSurrogate(rune(c)):
			if c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
				b.WriteRune(utf16.DecodeRune(rune(c), rune(u[i+1])))
				i++
				continue
			}
			// A lone surrogate: encode it as UTF-8 would if it were allowed.
			b.WriteByte(byte(0xE0 | c>>12))
			b.WriteByte(byte(0x80 | (c>>6)&0x3F))
			b.WriteByte(byte(0x80 | c&0x3F))
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

func wtf8ToUTF16(s string) []uint16 {
	u := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			u = append(u, uint16(c))
			i++
			continue
		}
		// A three-byte encoded surrogate (invalid UTF-8, valid WTF-8).
		if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			u = append(u, uint16(c&0x0F)<<12|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			a, b := utf16.EncodeRune(r)
			u = append(u, uint16(a), uint16(b))
		} else {
			u = append(u, uint16(r))
		}
		i += size
	}
	return u
}

// atom returns the interned string for s, creating it on first use. Atoms
// are the property keys of shapes and live as long as the runtime.
func (rt *Runtime) atom(s string) Value {
	if v, ok := rt.atoms[s]; ok {
		return v
	}
	var v Value
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		h, c := rt.strs.Alloc()
		c.lat, c.n, c.flags = s, int32(len(s)), strASCII|strAtom
		v = gc.MakeRef(gc.TagString, h)
	} else {
		u := wtf8ToUTF16(s)
		h, c := rt.strs.Alloc()
		c.n, c.flags = int32(len(u)), strWide|strAtom
		c.setU16(u)
		// Keep the Latin-1 form when it fits, so equal strings compare fast.
		if lat, ok := latin1Of(u); ok {
			c.wide, c.lat, c.flags = "", lat, strAtom
		}
		v = gc.MakeRef(gc.TagString, h)
	}
	rt.atoms[s] = v
	return v
}

func latin1Of(u []uint16) (string, bool) {
	b := make([]byte, len(u))
	for i, c := range u {
		if c >= 0x100 {
			return "", false
		}
		b[i] = byte(c)
	}
	return string(b), true
}

// toAtom returns the atom equal to string value v.
func (rt *Runtime) toAtom(v Value) Value {
	s := rt.str(v)
	if s.flags&strAtom != 0 {
		return v
	}
	if s.flags&(strASCII|strRope) == strASCII {
		if a, ok := rt.atoms[s.lat]; ok {
			return a
		}
		return rt.atom(s.lat)
	}
	return rt.atom(rt.GoString(v))
}

// lookupAtom returns the atom for v if one exists, without creating it.
func (rt *Runtime) lookupAtom(v Value) (Value, bool) {
	s := rt.str(v)
	if s.flags&strAtom != 0 {
		return v, true
	}
	if s.flags&(strASCII|strRope) == strASCII {
		a, ok := rt.atoms[s.lat]
		return a, ok
	}
	a, ok := rt.atoms[rt.GoString(v)]
	return a, ok
}

// strEqual compares two string values by content.
func (rt *Runtime) strEqual(a, b Value) bool {
	if a == b {
		return true
	}
	sa, sb := rt.str(a), rt.str(b)
	if sa.n != sb.n {
		return false
	}
	if sa.flags&sb.flags&strAtom != 0 {
		return false
	}
	rt.flatten(sa)
	rt.flatten(sb)
	if sa.flags&strWide == 0 && sb.flags&strWide == 0 {
		return sa.lat == sb.lat
	}
	for i := 0; i < int(sa.n); i++ {
		if unitAt(sa, i) != unitAt(sb, i) {
			return false
		}
	}
	return true
}

func unitAt(s *String, i int) uint16 {
	if s.flags&strWide != 0 {
		return s.u16()[i]
	}
	return uint16(s.lat[i])
}

// strCompare compares two strings by code units: -1, 0 or 1.
func (rt *Runtime) strCompare(a, b Value) int {
	sa, sb := rt.flat(a), rt.flat(b)
	if sa.flags&strWide == 0 && sb.flags&strWide == 0 {
		return strings.Compare(sa.lat, sb.lat)
	}
	n := min(int(sa.n), int(sb.n))
	for i := 0; i < n; i++ {
		x, y := unitAt(sa, i), unitAt(sb, i)
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	switch {
	case sa.n < sb.n:
		return -1
	case sa.n > sb.n:
		return 1
	}
	return 0
}

// substring returns units [from, to) of v. The result shares v's storage,
// which no one changes, and is charged to the heap for its cell only: it
// allocates no more. Copying (or charging as if it had copied) made the
// common tokenizer step `buf = buf.substring(pos)` cost the rest of the
// input each time: quadratic, and a collection every few calls once the
// charge was counted (yaml's lexer over 540 KB: 3.8 s against 0.4 s on
// node --jitless, most of it in collections).
func (rt *Runtime) substring(v Value, from, to int) Value {
	s := rt.flat(v)
	if from == 0 && to == int(s.n) {
		return v
	}
	if s.flags&strWide != 0 {
		u := s.u16()[from:to]
		// A wide string holds a unit past Latin-1 (others take the
		// Latin-1 form), so the slice shares only if it keeps one; the
		// search stops at the first.
		for _, c := range u {
			if c >= 0x100 {
				h, w := rt.allocString()
				w.setU16(u)
				w.n = int32(len(u))
				w.flags = strWide
				return gc.MakeRef(gc.TagString, h)
			}
		}
		return rt.newUnits(append([]uint16(nil), u...))
	}
	sub := s.lat[from:to]
	if len(sub) == 1 && sub[0] < 0x80 {
		return rt.charString(int(sub[0]))
	}
	if len(sub) == 0 {
		return rt.emptyString
	}
	h, c := rt.allocString()
	c.lat = sub
	c.n = int32(len(sub))
	if s.flags&strASCII != 0 {
		c.flags = strASCII
	}
	return gc.MakeRef(gc.TagString, h)
}

// charString returns the one-unit string of c (under 128), an atom made on
// first use: making all 128 when a runtime starts cost it 128 atoms.
func (rt *Runtime) charString(c int) Value {
	if v := rt.charStrings[c]; v != 0 {
		return v
	}
	v := rt.atom(string(rune(c)))
	rt.charStrings[c] = v
	return v
}
