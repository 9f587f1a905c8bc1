package vm

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsnum"
)

// The JSON object (§25.5). The parser follows the JSON grammar of ECMA-404
// exactly and reports errors with V8's messages and positions (UTF-16
// offsets), because programs and tests match on them. It reads the flat
// string in place, Latin-1 or UTF-16, and recurses once per nesting level up
// to maxJSONDepth.
//
// The serializer appends UTF-8 to a byte slice (lone surrogates cannot
// reach it: QuoteJSONString escapes them) and makes one string at the end.

// maxJSONDepth bounds nesting in JSON.parse and JSON.stringify so deep
// input gives a RangeError rather than exhausting the Go stack.
const maxJSONDepth = 1 << 16

func (r *Realm) initJSON() {
	rt := r.rt
	j := rt.NewObject()
	r.Value(r.GlobalThis, "JSON", j)
	r.Method(j, "parse", 2, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.jsonParse(rt.ToString(Arg(args, 0)), Arg(args, 1))
	})
	r.Method(j, "stringify", 3, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.jsonStringify(Arg(args, 0), Arg(args, 1), Arg(args, 2))
	})
	rt.defineData(j, rt.wellKnown.toStringTag, rt.atom("JSON"), attrConfigurable)
}

// ---------------------------------------------------------------------------
// JSON.parse (§25.5.1)

type jsonParser struct {
	rt    *Runtime
	src   Value
	lat   string   // the source when Latin-1
	u     []uint16 // the source when wide
	wide  bool
	n     int
	pos   int
	depth int
	// The members and elements of the objects and arrays being parsed,
	// innermost last. A container is made when its closing bracket is
	// read, with its final shape and storage, instead of growing by one
	// property or element at a time; these stacks are reused for every
	// container of a parse.
	members []jsonMember
	elems   []Value
	keys    [jsonKeyCacheSize]jsonKeyEntry
	strs    [jsonStrCacheSize]jsonStrEntry
}

type jsonMember struct {
	key  PropKey
	val  Value
	slot int32 // the key's entry in jsonParser.keys, or -1
}

// jsonKeyCacheSize is the number of recent keys a parse remembers by their
// text. A document's objects mostly repeat a few keys; the cache spares
// them the atom table's hashing (and the string each lookup made), and
// each entry also remembers the last shape transition made with its key,
// so objects of one layout are built without transition lookups.
const jsonKeyCacheSize = 64

type jsonKeyEntry struct {
	hash       uint32 // of the key's text; never 0 in a filled entry
	start, end int32  // the key's text in the source
	key        PropKey
	from, to   *Shape
}

// jsonStrCacheSize is the number of recent short string values a parse
// remembers by their text, to give a repeated value (an enumeration's
// "iana", a tag) the string made for it before instead of a new one:
// strings are immutable, so sharing the cell is invisible.
const jsonStrCacheSize = 64

// jsonStrMax is the longest string value the cache takes: longer values
// seldom repeat.
const jsonStrMax = 32

type jsonStrEntry struct {
	hash       uint32 // never 0 in a filled entry
	start, end int32
	val        Value
}

const jsonEOS = -1

func (p *jsonParser) at(i int) int {
	if i >= p.n {
		return jsonEOS
	}
	if p.wide {
		return int(p.u[i])
	}
	return int(p.lat[i])
}

func (p *jsonParser) skipSpace() {
	for p.pos < p.n {
		switch p.at(p.pos) {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// fail throws SyntaxError with a message that takes the position.
func (p *jsonParser) fail(msg string) {
	p.throwSyntax("%s in JSON at position %d", msg, p.pos)
}

// throwSyntax throws a SyntaxError of the parse. As V8's, its message
// location is the JSON text itself, a script named <anonymous_script>, at
// p.pos: node's banner over it, printed uncaught, quotes that line of the
// text with a caret under the offending character, or no caret at the end
// of the input.
func (p *jsonParser) throwSyntax(format string, args ...any) {
	rt := p.rt
	e := &Exception{Value: rt.NewError(ErrSyntax, fmt.Sprintf(format, args...)), File: "<anonymous_script>", Line: 1}
	pos := min(p.pos, p.n)
	start := 0
	for i := 0; i < pos; i++ {
		if p.at(i) == '\n' {
			e.Line++
			start = i + 1
		}
	}
	end := start
	for end < p.n && p.at(end) != '\n' {
		end++
	}
	units := make([]uint16, end-start)
	for i := range units {
		units[i] = uint16(p.at(start + i))
	}
	e.SourceLine = strings.TrimSuffix(utf16ToWTF8(units), "\r")
	e.Col = pos - start
	e.EndLine, e.EndCol = e.Line, e.Col+1
	if pos >= p.n {
		e.EndCol = len(units) + 1 // past the line: no caret
	}
	if rt.StackOnThrow {
		e.Stack = rt.CaptureStack(10)
	}
	panic(e)
}

// unexpected reports the character at p.pos in a value position, as V8's
// JsonParser::ReportUnexpectedToken does without a specific message.
func (p *jsonParser) unexpected() {
	rt := p.rt
	c := p.at(p.pos)
	if c == jsonEOS {
		p.throwSyntax("Unexpected end of JSON input")
	}
	src := rt.GoString(p.src)
	switch src {
	case "undefined", "NaN", "Infinity", "[object Object]":
		p.throwSyntax("\"%s\" is not valid JSON", src)
	}
	tok := utf16ToWTF8([]uint16{uint16(c)})
	// V8 quotes the whole source when short, else ten units either side.
	const ctx = 10
	if p.n < 2*ctx+1 {
		p.throwSyntax("Unexpected token '%s', \"%s\" is not valid JSON", tok, src)
	}
	sub := func(from, to int) string { return rt.GoString(rt.substring(p.src, from, to)) }
	switch {
	case p.pos < ctx:
		p.throwSyntax("Unexpected token '%s', \"%s\"... is not valid JSON", tok, sub(0, p.pos+ctx))
	case p.pos < p.n-ctx:
		p.throwSyntax("Unexpected token '%s', ...\"%s\"... is not valid JSON", tok, sub(p.pos-ctx, p.pos+ctx))
	}
	p.throwSyntax("Unexpected token '%s', ...\"%s\" is not valid JSON", tok, sub(p.pos-ctx, p.n))
}

func (rt *Runtime) jsonParse(text, reviver Value) Value {
	s := rt.flat(text)
	p := &jsonParser{rt: rt, src: text, n: int(s.n), wide: s.flags&strWide != 0}
	if p.wide {
		p.u = s.u16()
	} else {
		p.lat = s.lat
	}
	p.skipSpace()
	v := p.value()
	p.skipSpace()
	if p.pos < p.n {
		p.throwSyntax("Unexpected non-whitespace character after JSON at position %d", p.pos)
	}
	if !rt.isCallable(reviver) {
		return v
	}
	// ECMA-262 §25.5.1 steps 11-12: revive from a wrapper holder.
	root := rt.NewObject()
	empty := rt.atom("")
	rt.createDataPropertyOrThrow(root, empty, v)
	return rt.internalizeJSONProperty(root, empty, reviver, 0)
}

func (p *jsonParser) value() Value {
	p.skipSpace()
	switch c := p.at(p.pos); c {
	case '"':
		return p.str()
	case '{':
		return p.object()
	case '[':
		return p.array()
	case 't':
		p.literal("true")
		return True
	case 'f':
		p.literal("false")
		return False
	case 'n':
		p.literal("null")
		return Null
	default:
		if c == '-' || c >= '0' && c <= '9' {
			return p.number()
		}
	}
	p.unexpected()
	return Undefined
}

func (p *jsonParser) literal(word string) {
	for i := 0; i < len(word); i++ {
		if p.at(p.pos) != int(word[i]) {
			p.unexpected()
		}
		p.pos++
	}
}

func (p *jsonParser) enter() {
	p.depth++
	if p.depth > maxJSONDepth {
		p.rt.throwRangeError("Maximum call stack size exceeded")
	}
}

func (p *jsonParser) object() Value {
	p.enter()
	p.pos++ // {
	p.skipSpace()
	if p.at(p.pos) == '}' {
		p.pos++
		p.depth--
		return p.rt.NewObject()
	}
	if p.at(p.pos) != '"' {
		p.fail("Expected property name or '}'")
	}
	base := len(p.members)
	for {
		key, slot := p.key()
		p.skipSpace()
		if p.at(p.pos) != ':' {
			p.fail("Expected ':' after property name")
		}
		p.pos++
		v := p.value()
		p.members = append(p.members, jsonMember{key, v, slot})
		p.skipSpace()
		switch p.at(p.pos) {
		case ',':
			p.pos++
			p.skipSpace()
			if p.at(p.pos) != '"' {
				p.fail("Expected double-quoted property name")
			}
			continue
		case '}':
			p.pos++
			p.depth--
			obj := p.newObject(p.members[base:])
			p.members = p.members[:base]
			return obj
		}
		p.fail("Expected ',' or '}' after property value")
	}
}

// newObject makes the object of a parsed member list. Its shape is found
// by walking the transition tree (a transition out of a shape adds a key
// the shape lacks, so a key reached through one cannot be a duplicate), or
// made as a dictionary when there are too many keys for the tree; its
// slots are allocated once. An index key or a repeated key takes the
// general path, which gives the ordering and last-wins rules.
func (p *jsonParser) newObject(ms []jsonMember) Value {
	rt := p.rt
	if len(ms) > maxShapeProps {
		return p.newDictObject(ms)
	}
	s := rt.rootShape
	for _, m := range ms {
		if !m.key.IsString() {
			return p.slowObject(ms)
		}
		var e *jsonKeyEntry
		if m.slot >= 0 {
			if e = &p.keys[m.slot]; e.key != m.key {
				e = nil
			}
		}
		if e != nil && e.from == s {
			s = e.to
			continue
		}
		next := s.child(m.key, attrDefault)
		if next == nil {
			if s.lookup(m.key) >= 0 {
				return p.slowObject(ms)
			}
			next = rt.withKey(s, m.key, attrDefault)
		}
		if e != nil {
			e.from, e.to = s, next
		}
		s = next
	}
	v, o := rt.newObjectCell(ClassObject, rt.realm.ObjectPrototype)
	o.shape = s.id
	p.fillSlots(o, ms)
	return v
}

// newDictObject makes an object with more members than a shared shape
// takes, giving it its dictionary shape whole.
func (p *jsonParser) newDictObject(ms []jsonMember) Value {
	rt := p.rt
	index := make(map[PropKey]int32, len(ms))
	for i, m := range ms {
		if !m.key.IsString() {
			return p.slowObject(ms)
		}
		index[m.key] = int32(i)
		if len(index) != i+1 {
			return p.slowObject(ms)
		}
	}
	d := &Shape{keys: make([]PropKey, len(ms)), attrs: make([]uint8, len(ms)), index: index, dict: true}
	for i, m := range ms {
		d.keys[i], d.attrs[i] = m.key, attrDefault
	}
	v, o := rt.newObjectCell(ClassObject, rt.realm.ObjectPrototype)
	o.shape = rt.newShape(d).id
	p.fillSlots(o, ms)
	return v
}

func (p *jsonParser) fillSlots(o *Object, ms []jsonMember) {
	rt := p.rt
	o.slots.ref = rt.allocVals(len(ms))
	o.slots.n = uint32(len(ms))
	slots := rt.vals(o.slots)
	for i, m := range ms {
		slots[i] = m.val
	}
}

func (p *jsonParser) slowObject(ms []jsonMember) Value {
	obj := p.rt.NewObject()
	for _, m := range ms {
		p.rt.createDataProperty(obj, m.key, m.val)
	}
	return obj
}

func (p *jsonParser) array() Value {
	p.enter()
	p.pos++ // [
	p.skipSpace()
	if p.at(p.pos) == ']' {
		p.pos++
		p.depth--
		return p.rt.NewArray([]Value{})
	}
	base := len(p.elems)
	for {
		v := p.value()
		p.elems = append(p.elems, v)
		p.skipSpace()
		switch p.at(p.pos) {
		case ',':
			p.pos++
			continue
		case ']':
			p.pos++
			p.depth--
			arr := p.newArray(p.elems[base:])
			p.elems = p.elems[:base]
			return arr
		}
		p.fail("Expected ',' or ']' after array element")
	}
}

// newArray is NewArray of a copy of xs (NewArray may keep the slice it is
// given, and xs is the parser's).
func (p *jsonParser) newArray(xs []Value) Value {
	rt := p.rt
	v, o := rt.newObjectCell(ClassArray, rt.realm.ArrayPrototype)
	rt.setVals(&o.elems, xs)
	o.aux = uint32(len(xs))
	return v
}

// scanString scans a string literal at p.pos. It returns the span of the
// contents when they hold no escapes (plain), else the decoded units.
func (p *jsonParser) scanString() (start, end int, units []uint16, plain bool) {
	p.pos++ // opening quote
	start = p.pos
	for {
		c := p.at(p.pos)
		switch {
		case c == '"':
			end = p.pos
			p.pos++
			return start, end, nil, true
		case c == '\\':
			return start, 0, p.escapedString(start), false
		case c == jsonEOS:
			p.fail("Unterminated string")
		case c < 0x20:
			p.fail("Bad control character in string literal")
		}
		p.pos++
	}
}

// escapedString continues a string literal from its first backslash.
func (p *jsonParser) escapedString(start int) []uint16 {
	u := make([]uint16, 0, p.pos-start+16)
	for i := start; i < p.pos; i++ {
		u = append(u, uint16(p.at(i)))
	}
	for {
		c := p.at(p.pos)
		switch {
		case c == '"':
			p.pos++
			return u
		case c == jsonEOS:
			p.fail("Unterminated string")
		case c < 0x20:
			p.fail("Bad control character in string literal")
		case c != '\\':
			u = append(u, uint16(c))
			p.pos++
			continue
		}
		p.pos++
		e := p.at(p.pos)
		switch e {
		case '"', '\\', '/':
			u = append(u, uint16(e))
		case 'b':
			u = append(u, '\b')
		case 'f':
			u = append(u, '\f')
		case 'n':
			u = append(u, '\n')
		case 'r':
			u = append(u, '\r')
		case 't':
			u = append(u, '\t')
		case 'u':
			h := 0
			for k := 0; k < 4; k++ {
				p.pos++
				d := -1
				if c := p.at(p.pos); c >= 0 {
					d = hexDigit(uint16(c))
				}
				if d < 0 {
					p.fail("Bad Unicode escape")
				}
				h = h<<4 | d
			}
			u = append(u, uint16(h))
		case jsonEOS:
			p.throwSyntax("Unexpected end of JSON input")
		default:
			p.fail("Bad escaped character")
		}
		p.pos++
	}
}

// plainEnd returns where a string literal whose contents start at start
// ends, if it holds no escapes and, when ascii is set, only ASCII text; else
// -1 (the literal takes scanString's path, which reports errors).
func (p *jsonParser) plainEnd(start int, ascii bool) int {
	var limit uint16 = 0xFFFF
	if ascii {
		limit = 0x7F
	}
	if p.wide {
		u := p.u
		for i := start; i < len(u); i++ {
			switch c := u[i]; {
			case c == '"':
				return i
			case c == '\\' || c < 0x20 || c > limit:
				return -1
			}
		}
		return -1
	}
	s := p.lat
	for i := start; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return i
		case c == '\\' || c < 0x20 || uint16(c) > limit:
			return -1
		}
	}
	return -1
}

func (p *jsonParser) str() Value {
	rt := p.rt
	start := p.pos + 1
	if end := p.plainEnd(start, false); end >= 0 {
		p.pos = end + 1
		var e *jsonStrEntry
		if n := end - start; n >= 2 && n <= jsonStrMax {
			h := p.keyHash(start, end)
			e = &p.strs[h>>16&(jsonStrCacheSize-1)]
			if e.hash == h && p.sameText(int(e.start), int(e.end), start, end) {
				return e.val
			}
			e.hash, e.start, e.end = h, int32(start), int32(end)
		}
		var v Value
		if p.wide {
			v = p.wideString(p.u[start:end])
		} else {
			v = rt.substring(p.src, start, end)
		}
		if e != nil {
			e.val = v
		}
		return v
	}
	start, end, units, plain := p.scanString()
	if !plain {
		return rt.newUnits(units)
	}
	return rt.substring(p.src, start, end)
}

// wideString makes a string of units of a wide source: the Latin-1 form
// when they are ASCII is built in one allocation instead of newUnits'
// copy, scan and conversion.
func (p *jsonParser) wideString(u []uint16) Value {
	ascii := true
	for _, c := range u {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii || len(u) <= 1 {
		return p.rt.newUnits(append([]uint16(nil), u...))
	}
	var b strings.Builder
	b.Grow(len(u))
	for _, c := range u {
		b.WriteByte(byte(c))
	}
	return p.rt.newLatin1(b.String(), true)
}

// key reads a property name at p.pos (its opening quote), reporting its
// entry in p.keys (-1 when it has none). Names without escapes, in ASCII,
// are found in p.keys by their text; others take the general path.
func (p *jsonParser) key() (PropKey, int32) {
	rt := p.rt
	start := p.pos + 1
	end := p.plainEnd(start, true)
	if end < 0 {
		start, end, units, plain := p.scanString()
		if !plain {
			return rt.stringKey(rt.newUnits(units)), -1
		}
		return rt.stringKey(rt.substring(p.src, start, end)), -1
	}
	p.pos = end + 1
	h := p.keyHash(start, end)
	slot := int32(h>>16) & (jsonKeyCacheSize - 1)
	e := &p.keys[slot]
	if e.hash == h && p.sameText(int(e.start), int(e.end), start, end) {
		return e.key, slot
	}
	k := p.asciiKey(start, end)
	*e = jsonKeyEntry{hash: h, start: int32(start), end: int32(end), key: k}
	return k, slot
}

// keyHash hashes a key's text from its length and its first and last
// eight bytes (four units when wide): keys are short, and a hash over
// every byte cost more than the cache saved. Keys that differ only in
// their middle share an entry, and take turns in it.
func (p *jsonParser) keyHash(start, end int) uint32 {
	n := end - start
	var x uint64
	if p.wide {
		u := p.u[start:end]
		if n >= 4 {
			x = units64(u) ^ bits.RotateLeft64(units64(u[n-4:]), 31)
		} else {
			for _, c := range u {
				x = x<<16 | uint64(c)
			}
		}
	} else {
		s := p.lat[start:end]
		if n >= 8 {
			x = bytes64(s) ^ bits.RotateLeft64(bytes64(s[n-8:]), 31)
		} else {
			for i := 0; i < n; i++ {
				x = x<<8 | uint64(s[i])
			}
		}
	}
	x = (x ^ uint64(n)) * 0x9E3779B97F4A7C15
	return uint32(x>>32) | 1
}

func bytes64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func units64(u []uint16) uint64 {
	_ = u[3]
	return uint64(u[0]) | uint64(u[1])<<16 | uint64(u[2])<<32 | uint64(u[3])<<48
}

func (p *jsonParser) sameText(a, aEnd, b, bEnd int) bool {
	if aEnd-a != bEnd-b {
		return false
	}
	if p.wide {
		return slices.Equal(p.u[a:aEnd], p.u[b:bEnd])
	}
	return p.lat[a:aEnd] == p.lat[b:bEnd]
}

// asciiKey returns the key for ASCII source text. The text is copied: an
// atom lives as long as the runtime and must not keep the source alive.
func (p *jsonParser) asciiKey(start, end int) PropKey {
	if !p.wide {
		return p.rt.keyFor(strings.Clone(p.lat[start:end]))
	}
	var b strings.Builder
	b.Grow(end - start)
	for _, c := range p.u[start:end] {
		b.WriteByte(byte(c))
	}
	return p.rt.keyFor(b.String())
}

func (p *jsonParser) number() Value {
	start := p.pos
	neg := false
	if p.at(p.pos) == '-' {
		neg = true
		p.pos++
	}
	// n is the integer part's value while it has no more digits than a
	// float64 holds exactly.
	var n int64
	nd := 0
	switch c := p.at(p.pos); {
	case c == '0':
		p.pos++
		if c := p.at(p.pos); c >= '0' && c <= '9' {
			p.fail("Unexpected number")
		}
	case c >= '1' && c <= '9':
		for ; c >= '0' && c <= '9'; c = p.at(p.pos) {
			n = n*10 + int64(c-'0')
			nd++
			p.pos++
		}
	default:
		p.fail("No number after minus sign")
	}
	simple := nd <= 15
	if p.at(p.pos) == '.' {
		simple = false
		p.pos++
		if p.digits() == 0 {
			p.fail("Unterminated fractional number")
		}
	}
	if c := p.at(p.pos); c == 'e' || c == 'E' {
		simple = false
		p.pos++
		if c := p.at(p.pos); c == '+' || c == '-' {
			p.pos++
		}
		if p.digits() == 0 {
			p.fail("Exponent part is missing a number")
		}
	}
	if simple {
		if neg {
			if n == 0 {
				return gc.Float(math.Copysign(0, -1))
			}
			n = -n
		}
		return gc.Float(float64(n))
	}
	var text string
	if p.wide {
		b := make([]byte, p.pos-start)
		for i := range b {
			b[i] = byte(p.u[start+i])
		}
		text = string(b)
	} else {
		text = p.lat[start:p.pos]
	}
	f, _ := strconv.ParseFloat(text, 64)
	return gc.Float(f)
}

func (p *jsonParser) digits() int {
	n := 0
	for c := p.at(p.pos); c >= '0' && c <= '9'; c = p.at(p.pos) {
		p.pos++
		n++
	}
	return n
}

// internalizeJSONProperty is ECMA-262 §25.5.1.1 InternalizeJSONProperty.
func (rt *Runtime) internalizeJSONProperty(holder Value, name PropKey, reviver Value, depth int) Value {
	if depth > maxJSONDepth {
		rt.throwRangeError("Maximum call stack size exceeded")
	}
	val := rt.Get(holder, name)
	rt.Keep(val)
	if val.IsObject() {
		if rt.IsArray(val) {
			n := rt.ToLength(rt.Get(val, rt.atLength))
			for i := int64(0); i < n; i++ {
				k := rt.ToPropertyKey(gc.Float(float64(i)))
				rt.reviveElement(val, k, reviver, depth)
			}
		} else {
			keys, ok := rt.plainEnumerableKeys(val)
			if !ok {
				keys = rt.enumerableOwnKeys(val)
			}
			for _, k := range keys {
				rt.reviveElement(val, k, reviver, depth)
			}
		}
	}
	return rt.Call(reviver, holder, rt.keyToValue(name), val)
}

// plainEnumerableKeys is enumerableOwnKeys for an ordinary object whose
// properties are all data properties (as JSON.parse makes them), read
// from its elements and shape instead of a descriptor per key; ok is false
// for any other object.
func (rt *Runtime) plainEnumerableKeys(v Value) (keys []PropKey, ok bool) {
	o := rt.obj(v)
	if o.class != ClassObject || o.flags&(objLazyProto|objDeferred|objSlowElems) != 0 {
		return nil, false
	}
	s := rt.shapes[o.shape]
	if s.hasSym {
		return nil, false
	}
	for i, e := range rt.vals(o.elems) {
		if e != Empty {
			keys = append(keys, idxKey(uint32(i)))
		}
	}
	for i, k := range s.keys {
		a := s.attrs[i]
		if a&attrAccessor != 0 {
			return nil, false
		}
		if a&attrEnumerable != 0 {
			keys = append(keys, k)
		}
	}
	return keys, true
}

// reviveElement is steps 2.b.ii–iii / 2.c.iv of InternalizeJSONProperty.
func (rt *Runtime) reviveElement(val Value, k PropKey, reviver Value, depth int) {
	// What the walk below this element keeps is dead once its result is
	// stored: without the truncation, reviving a parsed document rooted
	// every value in it until JSON.parse returned.
	mark := len(rt.tempRoots)
	defer func() { rt.tempRoots = rt.tempRoots[:mark] }()
	ne := rt.internalizeJSONProperty(val, k, reviver, depth+1)
	rt.Keep(ne)
	if ne == Undefined {
		rt.deleteProp(val, k)
		return
	}
	// On a writable, enumerable, configurable data property of an ordinary
	// object CreateDataProperty only replaces the value.
	if o := rt.obj(val); o.class == ClassObject && o.flags&(objLazyProto|objDeferred) == 0 && k.IsString() {
		s := rt.shapes[o.shape]
		if slot := s.lookup(k); slot >= 0 && s.attrs[slot] == attrDefault {
			rt.slotStore(o)
			rt.vals(o.slots)[slot] = ne
			return
		}
	}
	rt.createDataProperty(val, k, ne)
}

// ---------------------------------------------------------------------------
// JSON.stringify (§25.5.2)

type jsonStackEntry struct {
	key PropKey // the key under which obj was reached (Undefined for the root)
	obj Value
}

type jsonStringifier struct {
	rt           *Runtime
	replacer     Value // a function, or Undefined
	propertyList []PropKey
	hasList      bool
	gap          string
	indent       string
	stack        []jsonStackEntry
	b            []byte
	toJSON       Value
}

func (rt *Runtime) jsonStringify(value, replacer, space Value) Value {
	s := &jsonStringifier{rt: rt, replacer: Undefined, toJSON: rt.atom("toJSON")}
	// Steps 4-5: the replacer function or property list.
	if replacer.IsObject() {
		if rt.isCallable(replacer) {
			s.replacer = replacer
		} else if rt.IsArray(replacer) {
			s.hasList = true
			seen := map[PropKey]bool{}
			n := rt.ToLength(rt.Get(replacer, rt.atLength))
			for i := int64(0); i < n; i++ {
				v := rt.Get(replacer, rt.ToPropertyKey(gc.Float(float64(i))))
				var item Value = Undefined
				switch {
				case v.IsString():
					item = v
				case v.IsNumber():
					item = rt.ToString(v)
				case v.IsObject():
					if c := rt.obj(v).class; c == ClassString || c == ClassNumber {
						item = rt.ToString(v)
					}
				}
				if item == Undefined {
					continue
				}
				k := rt.ToPropertyKey(item)
				if !seen[k] {
					seen[k] = true
					s.propertyList = append(s.propertyList, k)
				}
			}
		}
	}
	// Steps 6-8: the gap.
	if space.IsObject() {
		switch rt.obj(space).class {
		case ClassNumber:
			space = gc.Float(rt.ToNumber(space))
		case ClassString:
			space = rt.ToString(space)
		}
	}
	switch {
	case space.IsNumber():
		n := jsnum.ToIntegerOrInfinity(space.Float())
		if n > 10 {
			n = 10
		}
		if n >= 1 {
			s.gap = strings.Repeat(" ", int(n))
		}
	case space.IsString():
		g := space
		if rt.strLen(g) > 10 {
			g = rt.substring(g, 0, 10)
		}
		s.gap = rt.GoString(g)
	}
	// Steps 9-12: serialize from a wrapper holder.
	wrapper := rt.NewObject()
	empty := rt.atom("")
	rt.createDataPropertyOrThrow(wrapper, empty, value)
	if !s.property(wrapper, empty, value) {
		return Undefined
	}
	return rt.newStringBytes(s.b)
}

// property is ECMA-262 §25.5.2.2 SerializeJSONProperty, with the value
// already read from holder (the caller's Get). It writes the result and
// reports false for undefined (nothing written).
func (s *jsonStringifier) property(holder Value, key PropKey, value Value) bool {
	rt := s.rt
	if value.IsObject() || value.IsBigInt() {
		var toJSON Value
		if value.IsBigInt() {
			toJSON = rt.getPrimitive(value, s.toJSON)
		} else {
			toJSON = rt.Get(value, s.toJSON)
		}
		if rt.isCallable(toJSON) {
			value = rt.Call(toJSON, value, rt.keyToValue(key))
			rt.Keep(value)
		}
	}
	if s.replacer != Undefined {
		value = rt.Call(s.replacer, holder, rt.keyToValue(key), value)
		rt.Keep(value)
	}
	if value.IsObject() {
		switch o := rt.obj(value); o.class {
		case ClassNumber:
			value = gc.Float(rt.ToNumber(value))
		case ClassString:
			value = rt.ToString(value)
		case ClassBoolean, ClassBigInt:
			value = o.v0
		}
	}
	switch value.Tag() {
	case gc.TagNull:
		s.writeString("null")
	case gc.TagBool:
		if value == True {
			s.writeString("true")
		} else {
			s.writeString("false")
		}
	case gc.TagString:
		s.quote(value)
	case gc.TagNumber:
		f := value.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			s.writeString("null")
		} else if f == math.Trunc(f) && math.Abs(f) < 1e15 {
			s.writeString(strconv.FormatInt(int64(f), 10))
		} else {
			s.writeString(jsnum.FormatNumber(f))
		}
	case gc.TagBigInt:
		rt.throwTypeError("Do not know how to serialize a BigInt")
	case gc.TagObject:
		if rt.isCallable(value) {
			return false
		}
		s.push(key, value)
		if rt.IsArray(value) {
			s.array(value)
		} else {
			s.object(value)
		}
		s.stack = s.stack[:len(s.stack)-1]
	default:
		return false
	}
	return true
}

// push enters value, throwing V8's circular-structure TypeError if it is
// already being serialized.
func (s *jsonStringifier) push(key PropKey, value Value) {
	for i, e := range s.stack {
		if e.obj == value {
			s.rt.throwTypeError("%s", s.circularMessage(i, key))
		}
	}
	if len(s.stack) >= maxJSONDepth {
		s.rt.throwRangeError("Maximum call stack size exceeded")
	}
	s.stack = append(s.stack, jsonStackEntry{key, value})
}

// circularMessage builds V8's message for a cycle that starts at
// s.stack[start] and closes through lastKey: the first two links, an
// ellipsis when more are left out, and the last link.
func (s *jsonStringifier) circularMessage(start int, lastKey PropKey) string {
	rt := s.rt
	ctor := func(v Value) string {
		if n := rt.ctorNameOf(v); n != "" {
			return n
		}
		return "Object"
	}
	keyText := func(k PropKey) string {
		if k.IsNumber() {
			return "index " + rt.numberToGoString(k.Float())
		}
		if rt.strLen(k) == 0 {
			return "<anonymous>"
		}
		return "property '" + rt.GoString(k) + "'"
	}
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '")
	b.WriteString(ctor(s.stack[start].obj) + "'")
	line := func(e jsonStackEntry) {
		b.WriteString("\n    |     " + keyText(e.key) + " -> object with constructor '" + ctor(e.obj) + "'")
	}
	const prefix, postfix = 2, 1
	i := start + 1
	prefixEnd := min(len(s.stack), i+prefix)
	for ; i < prefixEnd; i++ {
		line(s.stack[i])
	}
	if len(s.stack) > i+postfix {
		b.WriteString("\n    |     ...")
	}
	for i = max(i, len(s.stack)-postfix); i < len(s.stack); i++ {
		line(s.stack[i])
	}
	b.WriteString("\n    --- " + keyText(lastKey) + " closes the circle")
	return b.String()
}

// object is ECMA-262 §25.5.2.5 SerializeJSONObject.
func (s *jsonStringifier) object(value Value) {
	rt := s.rt
	stepback := s.indent
	s.indent += s.gap
	keys := s.propertyList
	// A plain object's keys come from its elements and shape, and while
	// its shape stays the one they came from (a toJSON or replacer may
	// change it), a key's value is its slot: what Get would return.
	plainShape := uint32(0)
	var slots []int32 // the slot of each key after the elements' keys
	if !s.hasList {
		if k, ok := rt.plainEnumerableKeys(value); ok {
			keys, plainShape = k, rt.obj(value).shape
			for j, a := range rt.shapes[plainShape].attrs {
				if a&attrEnumerable != 0 {
					slots = append(slots, int32(j))
				}
			}
		} else {
			keys = rt.enumerableOwnKeys(value)
		}
	}
	nElems := len(keys) - len(slots)
	s.writeByte('{')
	any := false
	for i, k := range keys {
		var v Value
		if o := rt.obj(value); plainShape != 0 && o.shape == plainShape && i >= nElems {
			v = rt.vals(o.slots)[slots[i-nElems]]
		} else {
			v = rt.Get(value, k)
		}
		mark := len(s.b)
		if any {
			s.writeByte(',')
		}
		if s.gap != "" {
			s.writeByte('\n')
			s.writeString(s.indent)
		}
		s.quote(rt.keyToValue(k))
		s.writeByte(':')
		if s.gap != "" {
			s.writeByte(' ')
		}
		if s.property(value, k, v) {
			any = true
		} else {
			s.b = s.b[:mark]
		}
	}
	if any && s.gap != "" {
		s.writeByte('\n')
		s.writeString(stepback)
	}
	s.writeByte('}')
	s.indent = stepback
}

// array is ECMA-262 §25.5.2.6 SerializeJSONArray.
func (s *jsonStringifier) array(value Value) {
	rt := s.rt
	stepback := s.indent
	s.indent += s.gap
	n := rt.ToLength(rt.Get(value, rt.atLength))
	s.writeByte('[')
	for i := int64(0); i < n; i++ {
		if i > 0 {
			s.writeByte(',')
		}
		if s.gap != "" {
			s.writeByte('\n')
			s.writeString(s.indent)
		}
		// A dense array's element is read in place: Get would find the
		// same value, or undefined for a hole when no prototype has
		// elements. Checked at each element, as a toJSON may change it.
		var k PropKey
		if i < math.MaxUint32 {
			k = idxKey(uint32(i))
		} else {
			k = rt.ToPropertyKey(gc.Float(float64(i)))
		}
		var v Value
		if o := rt.fastArray(value); o != nil && i < int64(o.elems.n) {
			if v = rt.arena.At(o.elems.ref, int(i)); v == Empty {
				v = Undefined
			}
		} else {
			v = rt.Get(value, k)
		}
		if !s.property(value, k, v) {
			s.writeString("null")
		}
	}
	if n > 0 && s.gap != "" {
		s.writeByte('\n')
		s.writeString(stepback)
	}
	s.writeByte(']')
	s.indent = stepback
}

func (s *jsonStringifier) writeString(str string) { s.b = append(s.b, str...) }
func (s *jsonStringifier) writeByte(c byte)       { s.b = append(s.b, c) }

// quote is ECMA-262 §25.5.2.3 QuoteJSONString, escaping lone surrogates.
func (s *jsonStringifier) quote(v Value) {
	str := s.rt.flat(v)
	b := append(s.b, '"')
	if str.flags&strWide == 0 {
		lat := str.lat
		for i := 0; i < len(lat); i++ {
			c := lat[i]
			switch {
			case c >= 0x80:
				b = utf8.AppendRune(b, rune(c))
			case c < 0x20 || c == '"' || c == '\\':
				b = appendJSONEscape(b, uint16(c))
			default:
				b = append(b, c)
			}
		}
	} else {
		u := str.u16()
		for i := 0; i < len(u); i++ {
			c := u[i]
			switch {
			case c < 0x20 || c == '"' || c == '\\':
				b = appendJSONEscape(b, c)
			case c < 0x80:
				b = append(b, byte(c))
			case utf16.IsSurrogate(rune(c)):
				if c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
					b = utf8.AppendRune(b, utf16.DecodeRune(rune(c), rune(u[i+1])))
					i++
				} else {
					b = appendJSONEscape(b, c)
				}
			default:
				b = utf8.AppendRune(b, rune(c))
			}
		}
	}
	s.b = append(b, '"')
}

func appendJSONEscape(b []byte, c uint16) []byte {
	switch c {
	case '\b':
		return append(b, `\b`...)
	case '\t':
		return append(b, `\t`...)
	case '\n':
		return append(b, `\n`...)
	case '\f':
		return append(b, `\f`...)
	case '\r':
		return append(b, `\r`...)
	case '"':
		return append(b, `\"`...)
	case '\\':
		return append(b, `\\`...)
	}
	const hex = "0123456789abcdef"
	return append(b, '\\', 'u', hex[c>>12], hex[c>>8&15], hex[c>>4&15], hex[c&15])
}
