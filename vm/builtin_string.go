package vm

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/xtext/collate"
	"github.com/kilnjs/kiln/internal/xtext/language"
	"golang.org/x/text/unicode/norm"
)

// The String constructor, String.prototype and %StringIteratorPrototype%
// (ECMA-262 §22.1, Annex B.2.2). Methods work on the flat cell of a string:
// Latin-1 strings stay bytes (strings.Index and friends do the searching),
// UTF-16 strings are scanned as code units. Results are built with
// strBuilder, which stays Latin-1 until a wide unit arrives. Case mapping,
// normalization and collation come last in the file.

// strBuilder accumulates code units, Latin-1 while it can.
type strBuilder struct {
	lat  []byte
	u    []uint16
	wide bool
}

func (b *strBuilder) len() int {
	if b.wide {
		return len(b.u)
	}
	return len(b.lat)
}

func (b *strBuilder) widen() {
	if b.wide {
		return
	}
	b.u = make([]uint16, len(b.lat), len(b.lat)*2+8)
	for i, c := range b.lat {
		b.u[i] = uint16(c)
	}
	b.lat, b.wide = nil, true
}

func (b *strBuilder) unit(c uint16) {
	if !b.wide && c < 0x100 {
		b.lat = append(b.lat, byte(c))
		return
	}
	b.widen()
	b.u = append(b.u, c)
}

func (b *strBuilder) codePoint(r rune) {
	if r < 0x10000 {
		b.unit(uint16(r))
		return
	}
	hi, lo := utf16.EncodeRune(r)
	b.unit(uint16(hi))
	b.unit(uint16(lo))
}

func (b *strBuilder) ascii(s string) {
	if !b.wide {
		b.lat = append(b.lat, s...)
		return
	}
	for i := 0; i < len(s); i++ {
		b.u = append(b.u, uint16(s[i]))
	}
}

// cell appends units [from, to) of a flat string cell.
func (b *strBuilder) cell(s *String, from, to int) {
	if s.flags&strWide == 0 {
		if !b.wide {
			b.lat = append(b.lat, s.lat[from:to]...)
			return
		}
		for i := from; i < to; i++ {
			b.u = append(b.u, uint16(s.lat[i]))
		}
		return
	}
	b.widen()
	b.u = append(b.u, s.u16()[from:to]...)
}

func (b *strBuilder) str(rt *Runtime, v Value) {
	s := rt.flat(v)
	b.cell(s, 0, int(s.n))
}

func (b *strBuilder) value(rt *Runtime) Value {
	if b.wide {
		return rt.newUnits(b.u)
	}
	if len(b.lat) == 0 {
		return rt.emptyString
	}
	if len(b.lat) == 1 && b.lat[0] < 0x80 {
		return rt.charString(int(b.lat[0]))
	}
	ascii := true
	for _, c := range b.lat {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	return rt.newLatin1(string(b.lat), ascii)
}

// strCheck throws the RangeError V8 gives before a result would pass the
// maximum string length, so that nothing that large is allocated.
func (rt *Runtime) strCheck(n int64) {
	if n > maxStringLength {
		rt.throwRangeError("Invalid string length")
	}
}

// strCoercible is RequireObjectCoercible(this) with V8's message.
func (rt *Runtime) strCoercible(this Value, method string) Value {
	if this.IsNullish() {
		rt.throwTypeError("String.prototype.%s called on null or undefined", method)
	}
	return this
}

// thisStr is RequireObjectCoercible(this) followed by ToString.
func (rt *Runtime) thisStr(this Value, method string) Value {
	if this.IsString() {
		return this
	}
	return rt.ToString(rt.strCoercible(this, method))
}

// thisStringValue is §22.1.3 thisStringValue.
func (rt *Runtime) thisStringValue(v Value, method string) Value {
	if v.IsString() {
		return v
	}
	if v.IsObject() {
		if o := rt.obj(v); o.class == ClassString {
			return o.v0
		}
	}
	rt.throwTypeError("String.prototype.%s requires that 'this' be a String", method)
	return Undefined
}

// strIndexOf is StringIndexOf (§6.1.4.1): the first index at or after
// from where search occurs in s, or -1.
func (rt *Runtime) strIndexOf(s, search Value, from int) int {
	a, b := rt.flat(s), rt.flat(search)
	n, m := int(a.n), int(b.n)
	if m == 0 {
		if from <= n {
			return from
		}
		return -1
	}
	if from+m > n {
		return -1
	}
	if a.flags&strWide == 0 {
		if b.flags&strWide != 0 {
			return -1 // a wide unit can never occur in Latin-1 text
		}
		i := strings.Index(a.lat[from:], b.lat)
		if i < 0 {
			return -1
		}
		return from + i
	}
	first := unitAt(b, 0)
	au := a.u16()
	for i := from; i+m <= n; i++ {
		if au[i] != first {
			continue
		}
		j := 1
		for j < m && au[i+j] == unitAt(b, j) {
			j++
		}
		if j == m {
			return i
		}
	}
	return -1
}

// strMatchAt reports whether search occurs in s at index i.
func (rt *Runtime) strMatchAt(s, search Value, i int) bool {
	a, b := rt.flat(s), rt.flat(search)
	m := int(b.n)
	if i < 0 || i+m > int(a.n) {
		return false
	}
	if a.flags&strWide == 0 && b.flags&strWide == 0 {
		return a.lat[i:i+m] == b.lat
	}
	for j := 0; j < m; j++ {
		if unitAt(a, i+j) != unitAt(b, j) {
			return false
		}
	}
	return true
}

// strCodePointAt is CodePointAt (§11.1.4): the code point at i and its
// length in units.
func strCodePointAt(s *String, i int) (rune, int) {
	c := unitAt(s, i)
	if c < 0xD800 || c > 0xDBFF || i+1 >= int(s.n) {
		return rune(c), 1
	}
	d := unitAt(s, i+1)
	if d < 0xDC00 || d > 0xDFFF {
		return rune(c), 1
	}
	return utf16.DecodeRune(rune(c), rune(d)), 2
}

// clampIndex clamps an integer-or-infinity to [0, n].
func clampIndex(f float64, n int) int {
	if f <= 0 {
		return 0
	}
	if f >= float64(n) {
		return n
	}
	return int(f)
}

// relIndex resolves a relative index (negative counts from the end) into
// [0, n], as slice, substring's cousins and Array methods do.
func relIndex(f float64, n int) int {
	if f < 0 {
		return clampIndex(float64(n)+f, n)
	}
	return clampIndex(f, n)
}

// isRegExp is IsRegExp (§7.2.8).
func (rt *Runtime) isRegExp(v Value) bool {
	if !v.IsObject() {
		return false
	}
	m := rt.Get(v, rt.wellKnown.match)
	if m != Undefined {
		return rt.ToBoolean(m)
	}
	return rt.obj(v).class == ClassRegExp
}

// strIsWhite reports WhiteSpace or LineTerminator (§12.2, §12.3).
func strIsWhite(c uint16) bool {
	if c < 0x80 {
		return c == ' ' || c >= '\t' && c <= '\r'
	}
	return isJSSpace(rune(c))
}

// newStringObject is StringCreate (§10.4.3.4).
func (rt *Runtime) newStringObject(s, proto Value) Value {
	v, o := rt.newObjectCell(ClassString, proto)
	o.v0 = s
	return v
}

func (r *Realm) initString() {
	rt := r.rt
	sp := r.StringPrototype
	// ECMA-262 §22.1.1.1 String ( value )
	r.String = r.Ctor("String", 1, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		s := rt.emptyString
		if len(args) > 0 {
			if nt == Undefined && args[0].IsSymbol() {
				return rt.NewString(rt.symbolDescriptiveString(args[0]))
			}
			s = rt.ToString(args[0])
		}
		if nt == Undefined {
			return s
		}
		return rt.newStringObject(s, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.StringPrototype }))
	}, sp)

	// §22.1.2.1 String.fromCharCode ( ...codeUnits )
	r.Method(r.String, "fromCharCode", 1, func(rt *Runtime, _ Value, args []Value) Value {
		if len(args) == 1 && args[0].IsNumber() {
			return rt.newUnits([]uint16{uint16(toUint32(args[0].Float()))})
		}
		u := make([]uint16, len(args))
		for i, a := range args {
			u[i] = uint16(toUint32(rt.ToNumber(a)))
		}
		return rt.newUnits(u)
	})
	// §22.1.2.2 String.fromCodePoint ( ...codePoints )
	r.Method(r.String, "fromCodePoint", 1, func(rt *Runtime, _ Value, args []Value) Value {
		var b strBuilder
		for _, a := range args {
			f := rt.ToNumber(a)
			if f != math.Trunc(f) || f < 0 || f > 0x10FFFF {
				rt.throwRangeError("Invalid code point %s", rt.numberToGoString(f))
			}
			b.codePoint(rune(f))
		}
		return b.value(rt)
	})
	// §22.1.2.4 String.raw ( template, ...substitutions )
	r.Method(r.String, "raw", 1, func(rt *Runtime, _ Value, args []Value) Value {
		subs := args[min(1, len(args)):]
		cooked := rt.ToObject(Arg(args, 0))
		literals := rt.ToObject(rt.Get(cooked, rt.atom("raw")))
		rt.Keep(literals)
		n := rt.ToLength(rt.Get(literals, rt.atLength))
		var b strBuilder
		for i := int64(0); i < n; i++ {
			b.str(rt, rt.ToString(rt.Get(literals, idxKey(uint32(i)))))
			if i+1 == n {
				break
			}
			if int(i) < len(subs) {
				b.str(rt, rt.ToString(subs[i]))
			}
			rt.strCheck(int64(b.len()))
		}
		return b.value(rt)
	})

	r.Method(sp, "anchor", 1, htmlMethod("anchor", "a", "name"))
	// §22.1.3.1 String.prototype.at ( index )
	r.Method(sp, "at", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "at")
		n := rt.strLen(s)
		k := rt.ToIntegerOrInfinity(Arg(args, 0))
		if k < 0 {
			k += float64(n)
		}
		if k < 0 || k >= float64(n) {
			return Undefined
		}
		return rt.substring(s, int(k), int(k)+1)
	})
	r.Method(sp, "big", 0, htmlMethod("big", "big", ""))
	r.Method(sp, "blink", 0, htmlMethod("blink", "blink", ""))
	r.Method(sp, "bold", 0, htmlMethod("bold", "b", ""))
	// §22.1.3.2 String.prototype.charAt ( pos )
	r.Method(sp, "charAt", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "charAt")
		p := rt.ToIntegerOrInfinity(Arg(args, 0))
		if p < 0 || p >= float64(rt.strLen(s)) {
			return rt.emptyString
		}
		return rt.substring(s, int(p), int(p)+1)
	})
	// §22.1.3.3 String.prototype.charCodeAt ( pos )
	r.Method(sp, "charCodeAt", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "charCodeAt")
		p := rt.ToIntegerOrInfinity(Arg(args, 0))
		if p < 0 || p >= float64(rt.strLen(s)) {
			return gc.Float(math.NaN())
		}
		return gc.Int(int(rt.charAt(s, int(p))))
	})
	// §22.1.3.4 String.prototype.codePointAt ( pos )
	r.Method(sp, "codePointAt", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "codePointAt")
		p := rt.ToIntegerOrInfinity(Arg(args, 0))
		if p < 0 || p >= float64(rt.strLen(s)) {
			return Undefined
		}
		c, _ := strCodePointAt(rt.flat(s), int(p))
		return gc.Int(int(c))
	})
	// §22.1.3.5 String.prototype.concat ( ...args )
	r.Method(sp, "concat", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "concat")
		for _, a := range args {
			s = rt.concat(s, rt.ToString(a))
			rt.Keep(s)
		}
		return s
	})
	// §22.1.3.7 String.prototype.endsWith ( searchString [ , endPosition ] )
	r.Method(sp, "endsWith", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "endsWith")
		rt.Keep(s)
		if rt.isRegExp(Arg(args, 0)) {
			rt.throwTypeError("First argument to String.prototype.endsWith must not be a regular expression")
		}
		search := rt.ToString(Arg(args, 0))
		rt.Keep(search)
		n := rt.strLen(s)
		end := n
		if e := Arg(args, 1); e != Undefined {
			end = clampIndex(rt.ToIntegerOrInfinity(e), n)
		}
		return gc.Bool(rt.strMatchAt(s, search, end-rt.strLen(search)))
	})
	r.Method(sp, "fontcolor", 1, htmlMethod("fontcolor", "font", "color"))
	r.Method(sp, "fontsize", 1, htmlMethod("fontsize", "font", "size"))
	r.Method(sp, "fixed", 0, htmlMethod("fixed", "tt", ""))
	// §22.1.3.8 String.prototype.includes ( searchString [ , position ] )
	r.Method(sp, "includes", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "includes")
		rt.Keep(s)
		if rt.isRegExp(Arg(args, 0)) {
			rt.throwTypeError("First argument to String.prototype.includes must not be a regular expression")
		}
		search := rt.ToString(Arg(args, 0))
		rt.Keep(search)
		start := clampIndex(rt.ToIntegerOrInfinity(Arg(args, 1)), rt.strLen(s))
		return gc.Bool(rt.strIndexOf(s, search, start) >= 0)
	})
	// §22.1.3.9 String.prototype.indexOf ( searchString [ , position ] )
	r.Method(sp, "indexOf", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "indexOf")
		rt.Keep(s)
		search := rt.ToString(Arg(args, 0))
		rt.Keep(search)
		start := clampIndex(rt.ToIntegerOrInfinity(Arg(args, 1)), rt.strLen(s))
		return gc.Int(rt.strIndexOf(s, search, start))
	})
	// §22.1.3.10 String.prototype.isWellFormed ( )
	r.Method(sp, "isWellFormed", 0, func(rt *Runtime, this Value, _ []Value) Value {
		s := rt.flat(rt.thisStr(this, "isWellFormed"))
		return gc.Bool(strLoneSurrogate(s) < 0)
	})
	r.Method(sp, "italics", 0, htmlMethod("italics", "i", ""))
	// §22.1.3.11 String.prototype.lastIndexOf ( searchString [ , position ] )
	r.Method(sp, "lastIndexOf", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "lastIndexOf")
		rt.Keep(s)
		search := rt.ToString(Arg(args, 0))
		rt.Keep(search)
		num := rt.ToNumber(Arg(args, 1))
		n, m := rt.strLen(s), rt.strLen(search)
		start := n
		if num == num {
			start = clampIndex(math.Trunc(num), n)
		}
		for i := min(start, n-m); i >= 0; i-- {
			if rt.strMatchAt(s, search, i) {
				return gc.Int(i)
			}
		}
		return gc.Int(-1)
	})
	r.Method(sp, "link", 1, htmlMethod("link", "a", "href"))
	// §22.1.3.12 String.prototype.localeCompare ( that ) as ECMA-402 would
	// with the root locale; see strCollate for what is approximated.
	r.Method(sp, "localeCompare", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.GoString(rt.thisStr(this, "localeCompare"))
		that := rt.ToGoString(Arg(args, 0))
		return gc.Int(strCollate(s, that, rt.collatorOptions(Arg(args, 1), Arg(args, 2))))
	})
	// §22.1.3.13 String.prototype.match ( regexp )
	r.Method(sp, "match", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strRegExpDispatch(this, Arg(args, 0), "match", rt.wellKnown.match, Undefined)
	})
	// §22.1.3.14 String.prototype.matchAll ( regexp )
	r.Method(sp, "matchAll", 1, func(rt *Runtime, this Value, args []Value) Value {
		rt.strCoercible(this, "matchAll")
		re := Arg(args, 0)
		if !re.IsNullish() && rt.isRegExp(re) {
			flags := rt.Get(re, rt.atom("flags"))
			if flags.IsNullish() {
				rt.throwTypeError("The .flags property of the argument to String.prototype.matchAll cannot be null or undefined")
			}
			if rt.strIndexOf(rt.ToString(flags), rt.charString('g'), 0) < 0 {
				rt.throwTypeError("String.prototype.matchAll called with a non-global RegExp argument")
			}
		}
		return rt.strRegExpDispatch(this, re, "matchAll", rt.wellKnown.matchAll, rt.charString('g'))
	})
	// §22.1.3.15 String.prototype.normalize ( [ form ] )
	r.Method(sp, "normalize", 0, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "normalize")
		rt.Keep(s)
		form := "NFC"
		if f := Arg(args, 0); f != Undefined {
			form = rt.ToGoString(f)
		}
		var nf norm.Form
		switch form {
		case "NFC":
			nf = norm.NFC
		case "NFD":
			nf = norm.NFD
		case "NFKC":
			nf = norm.NFKC
		case "NFKD":
			nf = norm.NFKD
		default:
			rt.throwRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
		}
		return rt.strNormalize(s, nf)
	})
	// §22.1.3.16 String.prototype.padEnd and §22.1.3.17 padStart
	r.Method(sp, "padEnd", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strPad(rt.thisStr(this, "padEnd"), Arg(args, 0), Arg(args, 1), false)
	})
	r.Method(sp, "padStart", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strPad(rt.thisStr(this, "padStart"), Arg(args, 0), Arg(args, 1), true)
	})
	// §22.1.3.18 String.prototype.repeat ( count )
	r.Method(sp, "repeat", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "repeat")
		rt.Keep(s)
		n := rt.ToIntegerOrInfinity(Arg(args, 0))
		if n < 0 || math.IsInf(n, 1) {
			rt.throwRangeError("Invalid count value: %s", rt.numberToGoString(n))
		}
		m := rt.strLen(s)
		if n == 0 || m == 0 {
			return rt.emptyString
		}
		if n*float64(m) > maxStringLength {
			rt.throwRangeError("Invalid string length")
		}
		c := rt.flat(s)
		if c.flags&strWide == 0 {
			return rt.newLatin1(strings.Repeat(c.lat, int(n)), c.flags&strASCII != 0)
		}
		u := make([]uint16, 0, int(n)*m)
		for i := 0; i < int(n); i++ {
			u = append(u, c.u16()...)
		}
		return rt.newUnits(u)
	})
	// §22.1.3.19 String.prototype.replace ( searchValue, replaceValue )
	r.Method(sp, "replace", 2, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strReplace(this, Arg(args, 0), Arg(args, 1), false)
	})
	// §22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )
	r.Method(sp, "replaceAll", 2, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strReplace(this, Arg(args, 0), Arg(args, 1), true)
	})
	// §22.1.3.21 String.prototype.search ( regexp )
	r.Method(sp, "search", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strRegExpDispatch(this, Arg(args, 0), "search", rt.wellKnown.search, Undefined)
	})
	// §22.1.3.22 String.prototype.slice ( start, end )
	r.Method(sp, "slice", 2, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "slice")
		rt.Keep(s)
		n := rt.strLen(s)
		from := relIndex(rt.ToIntegerOrInfinity(Arg(args, 0)), n)
		to := n
		if e := Arg(args, 1); e != Undefined {
			to = relIndex(rt.ToIntegerOrInfinity(e), n)
		}
		if from >= to {
			return rt.emptyString
		}
		return rt.substring(s, from, to)
	})
	r.Method(sp, "small", 0, htmlMethod("small", "small", ""))
	// §22.1.3.23 String.prototype.split ( separator, limit )
	r.Method(sp, "split", 2, func(rt *Runtime, this Value, args []Value) Value {
		return rt.strSplit(this, Arg(args, 0), Arg(args, 1))
	})
	r.Method(sp, "strike", 0, htmlMethod("strike", "strike", ""))
	r.Method(sp, "sub", 0, htmlMethod("sub", "sub", ""))
	// Annex B §B.2.2.1 String.prototype.substr ( start, length )
	r.Method(sp, "substr", 2, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "substr")
		rt.Keep(s)
		n := rt.strLen(s)
		from := relIndex(rt.ToIntegerOrInfinity(Arg(args, 0)), n)
		length := n
		if l := Arg(args, 1); l != Undefined {
			length = clampIndex(rt.ToIntegerOrInfinity(l), n)
		}
		to := min(from+length, n)
		if from >= to {
			return rt.emptyString
		}
		return rt.substring(s, from, to)
	})
	// §22.1.3.24 String.prototype.substring ( start, end )
	r.Method(sp, "substring", 2, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "substring")
		rt.Keep(s)
		n := rt.strLen(s)
		from := clampIndex(rt.ToIntegerOrInfinity(Arg(args, 0)), n)
		to := n
		if e := Arg(args, 1); e != Undefined {
			to = clampIndex(rt.ToIntegerOrInfinity(e), n)
		}
		if from > to {
			from, to = to, from
		}
		return rt.substring(s, from, to)
	})
	r.Method(sp, "sup", 0, htmlMethod("sup", "sup", ""))
	// §22.1.3.25 String.prototype.startsWith ( searchString [ , position ] )
	r.Method(sp, "startsWith", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "startsWith")
		rt.Keep(s)
		if rt.isRegExp(Arg(args, 0)) {
			rt.throwTypeError("First argument to String.prototype.startsWith must not be a regular expression")
		}
		search := rt.ToString(Arg(args, 0))
		rt.Keep(search)
		start := clampIndex(rt.ToIntegerOrInfinity(Arg(args, 1)), rt.strLen(s))
		return gc.Bool(rt.strMatchAt(s, search, start))
	})
	// §22.1.3.26 String.prototype.toString ( )
	r.Method(sp, "toString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.thisStringValue(this, "toString")
	})
	// §22.1.3.27 String.prototype.toWellFormed ( )
	r.Method(sp, "toWellFormed", 0, func(rt *Runtime, this Value, _ []Value) Value {
		s := rt.thisStr(this, "toWellFormed")
		c := rt.flat(s)
		i := strLoneSurrogate(c)
		if i < 0 {
			return s
		}
		u := append([]uint16(nil), c.u16()...)
		for ; i < len(u); i++ {
			if x := u[i]; x >= 0xD800 && x <= 0xDFFF {
				if x <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
					i++
					continue
				}
				u[i] = 0xFFFD
			}
		}
		return rt.newUnits(u)
	})
	// §22.1.3.32 String.prototype.trim, §22.1.3.34 trimStart, §22.1.3.33
	// trimEnd; Annex B makes trimLeft and trimRight the same functions.
	r.Method(sp, "trim", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.strTrim(rt.thisStr(this, "trim"), true, true)
	})
	trimStart := r.MethodFn(sp, "trimStart", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.strTrim(rt.thisStr(this, "trimStart"), true, false)
	})
	r.Value(sp, "trimLeft", trimStart)
	trimEnd := r.MethodFn(sp, "trimEnd", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.strTrim(rt.thisStr(this, "trimEnd"), false, true)
	})
	r.Value(sp, "trimRight", trimEnd)
	// §22.1.3.28-31 case conversion. Of the toLocale* forms' locale
	// rules (ECMA-402 §19.1.2-3), only Turkish and Azeri dotted and
	// dotless i are implemented; other locales use the root rules.
	r.Method(sp, "toLocaleLowerCase", 0, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "toLocaleLowerCase")
		if rt.turkicCase(Arg(args, 0)) {
			return rt.strToLower(rt.turkicLower(s))
		}
		return rt.strToLower(s)
	})
	r.Method(sp, "toLocaleUpperCase", 0, func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, "toLocaleUpperCase")
		if rt.turkicCase(Arg(args, 0)) {
			return rt.strToUpper(rt.turkicUpper(s))
		}
		return rt.strToUpper(s)
	})
	r.Method(sp, "toLowerCase", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.strToLower(rt.thisStr(this, "toLowerCase"))
	})
	r.Method(sp, "toUpperCase", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.strToUpper(rt.thisStr(this, "toUpperCase"))
	})
	// §22.1.3.35 String.prototype.valueOf ( )
	r.Method(sp, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.thisStringValue(this, "valueOf")
	})
	// §22.1.3.36 String.prototype [ @@iterator ] ( )
	r.MethodSym(sp, rt.wellKnown.iterator, "[Symbol.iterator]", 0, func(rt *Runtime, this Value, _ []Value) Value {
		if this.IsNullish() {
			rt.throwTypeError("String.prototype[Symbol.iterator] called on null or undefined")
		}
		s := rt.ToString(this)
		it, o := rt.newObjectCell(ClassStringIter, rt.realm.StringIteratorPrototype)
		o.v0 = s
		return it
	})

	// §22.1.5.1 %StringIteratorPrototype%
	r.StringIteratorPrototype = r.NewProto(r.IteratorPrototype)
	r.Method(r.StringIteratorPrototype, "next", 0, func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassStringIter {
			rt.throwTypeError("Method String Iterator.prototype.next called on incompatible receiver %s", rt.inspectShort(this))
		}
		o := rt.obj(this)
		if o.v0 == Undefined {
			return rt.iterResult(Undefined, true)
		}
		s := rt.flat(o.v0)
		i := int(o.aux)
		if i >= int(s.n) {
			o.v0 = Undefined
			return rt.iterResult(Undefined, true)
		}
		_, w := strCodePointAt(s, i)
		o.aux += uint32(w)
		return rt.iterResult(rt.substring(o.v0, i, i+w), false)
	})
	rt.defineData(r.StringIteratorPrototype, rt.wellKnown.toStringTag, rt.atom("String Iterator"), attrConfigurable)
}

// htmlMethod makes an Annex B HTML method: CreateHTML (§B.2.2.2.1).
func htmlMethod(name, tag, attr string) NativeFunc {
	return func(rt *Runtime, this Value, args []Value) Value {
		s := rt.thisStr(this, name)
		rt.Keep(s)
		var b strBuilder
		b.ascii("<" + tag)
		if attr != "" {
			v := rt.flat(rt.ToString(Arg(args, 0)))
			b.ascii(" " + attr + "=\"")
			for i := 0; i < int(v.n); i++ {
				if c := unitAt(v, i); c == '"' {
					b.ascii("&quot;")
				} else {
					b.unit(c)
				}
			}
			b.ascii("\"")
		}
		b.ascii(">")
		b.str(rt, s)
		b.ascii("</" + tag + ">")
		return b.value(rt)
	}
}

// strLoneSurrogate returns the index of the first lone surrogate, or -1.
func strLoneSurrogate(s *String) int {
	if s.flags&strWide == 0 {
		return -1
	}
	u := s.u16()
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c < 0xD800 || c > 0xDFFF {
			continue
		}
		if c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			i++
			continue
		}
		return i
	}
	return -1
}

// strTrim is TrimString (§22.1.3.32.1).
func (rt *Runtime) strTrim(s Value, start, end bool) Value {
	c := rt.flat(s)
	i, j := 0, int(c.n)
	if start {
		for i < j && strIsWhite(unitAt(c, i)) {
			i++
		}
	}
	if end {
		for j > i && strIsWhite(unitAt(c, j-1)) {
			j--
		}
	}
	return rt.substring(s, i, j)
}

// strPad is StringPad (§22.1.3.17.2 StringPaddingBuiltinsImpl).
func (rt *Runtime) strPad(s, maxLength, fill Value, atStart bool) Value {
	rt.Keep(s)
	max := rt.ToLength(maxLength)
	n := int64(rt.strLen(s))
	if max <= n {
		return s
	}
	filler := rt.charString(' ')
	if fill != Undefined {
		filler = rt.ToString(fill)
	}
	f := rt.flat(filler)
	if f.n == 0 {
		return s
	}
	rt.strCheck(max)
	var b strBuilder
	if !atStart {
		b.str(rt, s)
	}
	for k := max - n; k > 0; {
		m := min(k, int64(f.n))
		b.cell(f, 0, int(m))
		k -= m
	}
	if atStart {
		b.str(rt, s)
	}
	return b.value(rt)
}

// strRegExpDispatch is the shared shape of match, matchAll and search
// (§22.1.3.13, 14, 21): use the argument's own @@method if it has one,
// else make a RegExp from it (with flags) and invoke that.
func (rt *Runtime) strRegExpDispatch(this, re Value, method string, sym Value, flags Value) Value {
	rt.strCoercible(this, method)
	// Only an object is asked for its matcher (§22.1.3.13 step 2 and
	// its siblings since ES2025): a primitive's prototype is not.
	if re.IsObject() {
		if m := rt.getMethod(re, sym); m != Undefined {
			return rt.Call(m, re, this)
		}
	}
	s := rt.ToString(this)
	rt.Keep(s)
	rx := rt.NewRegExp(re, flags)
	f := rt.Get(rx, sym)
	if !rt.isCallable(f) {
		rt.throwTypeError("%s is not a function", rt.typedValueName(f))
	}
	return rt.Call(f, rx, s)
}

// strReplace is String.prototype.replace and replaceAll (§22.1.3.19-20).
func (rt *Runtime) strReplace(this, search, replace Value, all bool) Value {
	name := "replace"
	if all {
		name = "replaceAll"
	}
	rt.strCoercible(this, name)
	if search.IsObject() {
		if all && rt.isRegExp(search) {
			flags := rt.Get(search, rt.atom("flags"))
			if flags.IsNullish() {
				rt.throwTypeError("The .flags property of the argument to String.prototype.replaceAll cannot be null or undefined")
			}
			if rt.strIndexOf(rt.ToString(flags), rt.charString('g'), 0) < 0 {
				rt.throwTypeError("String.prototype.replaceAll called with a non-global RegExp argument")
			}
		}
		if m := rt.getMethod(search, rt.wellKnown.replace); m != Undefined {
			return rt.Call(m, search, this, replace)
		}
	}
	s := rt.ToString(this)
	rt.Keep(s)
	pat := rt.ToString(search)
	rt.Keep(pat)
	functional := rt.isCallable(replace)
	if !functional {
		replace = rt.ToString(replace)
		rt.Keep(replace)
	}
	m := rt.strLen(pat)
	pos := rt.strIndexOf(s, pat, 0)
	if pos < 0 {
		return s
	}
	var b strBuilder
	sc := rt.flat(s)
	end := 0
	cb := rt.prepareCall(replace, Undefined)
	for pos >= 0 {
		b.cell(rt.flat(s), end, pos)
		if functional {
			b.str(rt, rt.ToString(rt.callPrepared(&cb, pat, gc.Int(pos), s)))
		} else {
			rt.getSubstitution(&b, rt.flat(pat), sc, pos, nil, nil, nil, Undefined, replace)
		}
		rt.strCheck(int64(b.len()))
		end = pos + m
		if !all {
			break
		}
		pos = rt.strIndexOf(s, pat, pos+max(m, 1))
	}
	sc = rt.flat(s)
	b.cell(sc, end, int(sc.n))
	return b.value(rt)
}

// getSubstitution is GetSubstitution (§22.1.3.19.1), appending to b. The
// captures are either Values (from a generic exec result: strings or
// undefined) with the groups object named, or, on the RegExp fast path,
// offsets into str (caps, pairs after group 0, -1 for unmatched) with the
// program's group names.
func (rt *Runtime) getSubstitution(b *strBuilder, matched, str *String, position int, captures []Value, caps []int,
	names []string, named, template Value) {
	t := rt.flat(template)
	n := int(t.n)
	ncap := len(captures)
	if caps != nil {
		ncap = len(caps)/2 - 1
	}
	tail := min(position+int(matched.n), int(str.n))
	for i := 0; i < n; i++ {
		c := unitAt(t, i)
		if c != '$' || i+1 >= n {
			b.unit(c)
			continue
		}
		d := unitAt(t, i+1)
		switch {
		case d == '$':
			b.unit('$')
			i++
		case d == '&':
			b.cell(matched, 0, int(matched.n))
			i++
		case d == '`':
			b.cell(str, 0, position)
			i++
		case d == '\'':
			b.cell(str, tail, int(str.n))
			i++
		case d >= '0' && d <= '9':
			idx, digits := int(d-'0'), 1
			if i+2 < n {
				if e := unitAt(t, i+2); e >= '0' && e <= '9' {
					if two := idx*10 + int(e-'0'); two >= 1 && two <= ncap {
						idx, digits = two, 2
					}
				}
			}
			if idx < 1 || idx > ncap {
				b.unit('$')
				continue
			}
			if caps != nil {
				if s, e := caps[2*idx], caps[2*idx+1]; s >= 0 {
					b.cell(str, s, e)
				}
			} else if v := captures[idx-1]; v != Undefined {
				b.str(rt, v)
			}
			i += digits
		case d == '<':
			gt := -1
			for j := i + 2; j < n; j++ {
				if unitAt(t, j) == '>' {
					gt = j
					break
				}
			}
			if gt < 0 || named == Undefined && names == nil {
				b.unit('$')
				continue
			}
			name := rt.substring(template, i+2, gt)
			if caps != nil {
				// Without duplicate group names, the first group so named
				// is the only one.
				if k := slices.Index(names, rt.GoString(name)); k > 0 && caps[2*k] >= 0 {
					b.cell(str, caps[2*k], caps[2*k+1])
				}
				i = gt
				continue
			}
			if v := rt.Get(named, rt.ToPropertyKey(name)); v != Undefined {
				b.str(rt, rt.ToString(v))
			}
			t = rt.flat(template)
			i = gt
		default:
			b.unit('$')
		}
	}
}

// strSplit is String.prototype.split (§22.1.3.23).
func (rt *Runtime) strSplit(this, sep, limit Value) Value {
	rt.strCoercible(this, "split")
	if sep.IsObject() {
		if m := rt.getMethod(sep, rt.wellKnown.split); m != Undefined {
			return rt.Call(m, sep, this, limit)
		}
	}
	s := rt.ToString(this)
	rt.Keep(s)
	lim := uint32(math.MaxUint32)
	if limit != Undefined {
		lim = toUint32(rt.ToNumber(limit))
	}
	r := rt.ToString(sep)
	rt.Keep(r)
	if lim == 0 {
		return rt.NewArray([]Value{})
	}
	if sep == Undefined {
		return rt.NewArray([]Value{s})
	}
	n, m := rt.strLen(s), rt.strLen(r)
	if m == 0 {
		k := min(n, int(min(lim, math.MaxInt32)))
		out := make([]Value, k)
		for i := range out {
			out[i] = rt.substring(s, i, i+1)
		}
		return rt.NewArray(out)
	}
	if n == 0 {
		return rt.NewArray([]Value{s})
	}
	var out []Value
	i := 0
	for j := rt.strIndexOf(s, r, 0); j >= 0; j = rt.strIndexOf(s, r, i) {
		out = append(out, rt.substring(s, i, j))
		if uint32(len(out)) == lim {
			return rt.NewArray(out)
		}
		i = j + m
	}
	out = append(out, rt.substring(s, i, n))
	return rt.NewArray(out)
}

// ---------------------------------------------------------------------------
// Case mapping (§22.1.3.28 toLowerCase, §22.1.3.30 toUpperCase): Unicode
// Default Case Conversion, that is the simple mappings of package unicode
// plus the unconditional SpecialCasing.txt entries and Final_Sigma. The
// locale-sensitive forms use the same rules (no Turkish or Lithuanian
// tailoring).

// upperSpecial lists the code points whose uppercase is longer than one
// code point (SpecialCasing.txt, unconditional), sorted by code point for
// upperSpecialOf's binary search.
var upperSpecial = []specialUpper{
	{0x00DF, "SS"}, {0x0149, "\u02BCN"}, {0x01F0, "J\u030C"}, {0x0390, "\u0399\u0308\u0301"},
	{0x03B0, "\u03A5\u0308\u0301"}, {0x0587, "\u0535\u0552"}, {0x1E96, "H\u0331"}, {0x1E97, "T\u0308"},
	{0x1E98, "W\u030A"}, {0x1E99, "Y\u030A"}, {0x1E9A, "A\u02BE"}, {0x1F50, "\u03A5\u0313"},
	{0x1F52, "\u03A5\u0313\u0300"}, {0x1F54, "\u03A5\u0313\u0301"}, {0x1F56, "\u03A5\u0313\u0342"},
	{0x1FB2, "\u1FBA\u0399"}, {0x1FB3, "\u0391\u0399"}, {0x1FB4, "\u0386\u0399"}, {0x1FB6, "\u0391\u0342"},
	{0x1FB7, "\u0391\u0342\u0399"}, {0x1FBC, "\u0391\u0399"}, {0x1FC2, "\u1FCA\u0399"}, {0x1FC3, "\u0397\u0399"},
	{0x1FC4, "\u0389\u0399"}, {0x1FC6, "\u0397\u0342"}, {0x1FC7, "\u0397\u0342\u0399"}, {0x1FCC, "\u0397\u0399"},
	{0x1FD2, "\u0399\u0308\u0300"}, {0x1FD3, "\u0399\u0308\u0301"}, {0x1FD6, "\u0399\u0342"},
	{0x1FD7, "\u0399\u0308\u0342"}, {0x1FE2, "\u03A5\u0308\u0300"}, {0x1FE3, "\u03A5\u0308\u0301"},
	{0x1FE4, "\u03A1\u0313"}, {0x1FE6, "\u03A5\u0342"}, {0x1FE7, "\u03A5\u0308\u0342"}, {0x1FF2, "\u1FFA\u0399"},
	{0x1FF3, "\u03A9\u0399"}, {0x1FF4, "\u038F\u0399"}, {0x1FF6, "\u03A9\u0342"}, {0x1FF7, "\u03A9\u0342\u0399"},
	{0x1FFC, "\u03A9\u0399"}, {0xFB00, "FF"}, {0xFB01, "FI"}, {0xFB02, "FL"}, {0xFB03, "FFI"}, {0xFB04, "FFL"},
	{0xFB05, "ST"}, {0xFB06, "ST"}, {0xFB13, "\u0544\u0546"}, {0xFB14, "\u0544\u0535"}, {0xFB15, "\u0544\u053B"},
	{0xFB16, "\u054E\u0546"}, {0xFB17, "\u0544\u053D"},
}

type specialUpper struct {
	r  rune
	up string
}

func upperSpecialOf(r rune) (string, bool) {
	i, ok := slices.BinarySearchFunc(upperSpecial, r, func(e specialUpper, r rune) int { return cmp.Compare(e.r, r) })
	if !ok {
		return "", false
	}
	return upperSpecial[i].up, true
}

func (rt *Runtime) strToUpper(s Value) Value {
	c := rt.flat(s)
	if c.flags&strASCII != 0 {
		i := 0
		for i < len(c.lat) && (c.lat[i] < 'a' || c.lat[i] > 'z') {
			i++
		}
		if i == len(c.lat) {
			return s
		}
		b := []byte(c.lat)
		for ; i < len(b); i++ {
			if b[i] >= 'a' && b[i] <= 'z' {
				b[i] -= 'a' - 'A'
			}
		}
		return rt.newLatin1(string(b), true)
	}
	var b strBuilder
	for i := 0; i < int(c.n); {
		r, w := strCodePointAt(c, i)
		i += w
		// The Greek iota subscript forms (U+1F80-U+1FAF) uppercase to
		// the capital with a separate IOTA.
		if r >= 0x1F80 && r <= 0x1FAF {
			b.codePoint([3]rune{0x1F08, 0x1F28, 0x1F68}[(r-0x1F80)/16] + r&7)
			b.unit(0x0399)
			continue
		}
		if sp, ok := upperSpecialOf(r); ok {
			for _, x := range sp {
				b.codePoint(x)
			}
			continue
		}
		b.codePoint(unicode.ToUpper(r))
	}
	return b.value(rt)
}

func (rt *Runtime) strToLower(s Value) Value {
	c := rt.flat(s)
	if c.flags&strASCII != 0 {
		i := 0
		for i < len(c.lat) && (c.lat[i] < 'A' || c.lat[i] > 'Z') {
			i++
		}
		if i == len(c.lat) {
			return s
		}
		b := []byte(c.lat)
		for ; i < len(b); i++ {
			if b[i] >= 'A' && b[i] <= 'Z' {
				b[i] += 'a' - 'A'
			}
		}
		return rt.newLatin1(string(b), true)
	}
	var b strBuilder
	for i := 0; i < int(c.n); {
		r, w := strCodePointAt(c, i)
		switch r {
		case 0x0130:
			b.ascii("i")
			b.unit(0x0307)
		case 0x03A3:
			if strFinalSigma(c, i) {
				b.unit(0x03C2)
			} else {
				b.unit(0x03C3)
			}
		default:
			b.codePoint(unicode.ToLower(r))
		}
		i += w
	}
	return b.value(rt)
}

// strFinalSigma is the Final_Sigma condition of Unicode §3.13: a cased
// letter before (skipping case-ignorables) and none after.
func strFinalSigma(c *String, i int) bool {
	before := false
	for j := i; j > 0; {
		r, w := strCodePointBefore(c, j)
		j -= w
		if strCaseIgnorable(r) {
			continue
		}
		before = strCased(r)
		break
	}
	if !before {
		return false
	}
	for j := i + 1; j < int(c.n); {
		r, w := strCodePointAt(c, j)
		j += w
		if strCaseIgnorable(r) {
			continue
		}
		return !strCased(r)
	}
	return true
}

func strCodePointBefore(c *String, i int) (rune, int) {
	d := unitAt(c, i-1)
	if d >= 0xDC00 && d <= 0xDFFF && i >= 2 {
		if h := unitAt(c, i-2); h >= 0xD800 && h <= 0xDBFF {
			return utf16.DecodeRune(rune(h), rune(d)), 2
		}
	}
	return rune(d), 1
}

func strCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func strCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0x00B7, 0x0387, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07,
		0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// ---------------------------------------------------------------------------
// Normalization (§22.1.3.15) and collation come from golang.org/x/text: its
// norm package carries the full Unicode decomposition and composition data,
// and its collate package CLDR's root collation and locale tailorings, which
// is what ICU gives node.

// strNormalize is String.prototype.normalize's step 6 in the given form.
// Lone surrogates have no decomposition and never combine, so they split
// the string into runs that normalize independently and are kept as they
// are.
func (rt *Runtime) strNormalize(s Value, form norm.Form) Value {
	c := rt.flat(s)
	if c.flags&strASCII != 0 {
		return s
	}
	var b strBuilder
	var run, out []byte
	flush := func() {
		out = form.Append(out[:0], run...)
		for _, r := range string(out) {
			b.codePoint(r)
		}
		run = run[:0]
	}
	for i := 0; i < int(c.n); {
		r, w := strCodePointAt(c, i)
		i += w
		if r >= 0xD800 && r <= 0xDFFF {
			flush()
			b.codePoint(r)
			continue
		}
		run = utf8.AppendRune(run, r)
	}
	flush()
	return b.value(rt)
}

// collatorKey identifies a collator configuration; collators are cached per
// key because building one reads the locale's tailoring tables.
type collatorKey struct {
	locale                     string
	sensitivity                string
	numeric, ignorePunctuation bool
	upperFirst                 bool // caseFirst "upper"
}

// collators holds a *sync.Pool of *collate.Collator per collatorKey: a
// Collator keeps scratch buffers, so one may serve one comparison at a
// time.
var collators sync.Map

// strCollate compares a and b as ECMA-402's Intl.Collator does with the
// given locale and options (§10.3.3.1 CompareStrings), the result being -1,
// 0 or 1.
func strCollate(a, b string, k collatorKey) int {
	if k.upperFirst && (k.sensitivity == "variant" || k.sensitivity == "case") {
		// x/text has no caseFirst: where the strings differ only in case,
		// the case order (lower first by default) is reversed.
		k.upperFirst = false
		caseless := k
		caseless.sensitivity = map[string]string{"variant": "accent", "case": "base"}[k.sensitivity]
		if c := strCollate(a, b, caseless); c != 0 {
			return c
		}
		return -strCollate(a, b, k)
	}
	if k.sensitivity == "case" {
		// ICU's case sensitivity is base letters plus a case level; x/text
		// has no case level, so the case comparison runs on the strings
		// with their marks removed.
		base := k
		base.sensitivity = "base"
		if c := strCollate(a, b, base); c != 0 {
			return c
		}
		k.sensitivity = "variant"
		a, b = stripMarks(a), stripMarks(b)
	}
	pool, ok := collators.Load(k)
	if !ok {
		pool, _ = collators.LoadOrStore(k, &sync.Pool{New: func() any { return newCollator(k) }})
	}
	c := pool.(*sync.Pool).Get().(*collate.Collator)
	defer pool.(*sync.Pool).Put(c)
	return c.CompareString(a, b)
}

// stripMarks drops the combining marks of s's canonical decomposition.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(s))
}

func newCollator(k collatorKey) *collate.Collator {
	tag, err := language.Parse(k.locale)
	if err != nil {
		tag = language.Make("en-US")
	}
	var opts []collate.Option
	switch k.sensitivity {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
	case "accent":
		opts = append(opts, collate.IgnoreCase)
	}
	if k.numeric {
		opts = append(opts, collate.Numeric)
	}
	if k.ignorePunctuation {
		if t, err := tag.SetTypeForKey("ka", "shifted"); err == nil {
			tag = t
		}
	}
	opts = append(opts, collate.OptionsFromTag(tag))
	return collate.New(tag, opts...)
}

// turkicCase reports whether the first of the requested locales is Turkish
// or Azeri, whose case mappings pair i with İ and ı with I.
func (rt *Runtime) turkicCase(locales Value) bool {
	list := rt.canonicalizeLocaleList(locales)
	if len(list) == 0 {
		return false
	}
	lang, _, _ := strings.Cut(list[0], "-")
	return lang == "tr" || lang == "az"
}

// turkicLower applies the Turkish lowercase rules the root mapping lacks:
// I becomes ı, and İ (or I followed by a combining dot above) becomes i.
func (rt *Runtime) turkicLower(s Value) Value {
	u := rt.units(s)
	out := make([]uint16, 0, len(u))
	for i := 0; i < len(u); i++ {
		switch u[i] {
		case 'I':
			if i+1 < len(u) && u[i+1] == 0x0307 {
				out = append(out, 'i')
				i++
				continue
			}
			out = append(out, 0x0131)
		case 0x0130:
			out = append(out, 'i')
		default:
			out = append(out, u[i])
		}
	}
	return rt.newUnits(out)
}

// turkicUpper maps i to İ before the root uppercase rules run.
func (rt *Runtime) turkicUpper(s Value) Value {
	u := rt.units(s)
	out := make([]uint16, len(u))
	for i, c := range u {
		if c == 'i' {
			c = 0x0130
		}
		out[i] = c
	}
	return rt.newUnits(out)
}
