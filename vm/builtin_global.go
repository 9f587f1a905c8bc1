package vm

import (
	"math"
	"unicode/utf8"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsnum"
)

// The value and function properties of the global object (§19.1, §19.2)
// other than eval, and Annex B's escape and unescape (§B.2.1).

func (r *Realm) initGlobalFuncs() {
	g := r.GlobalThis
	r.Const(g, "NaN", gc.NaN)
	r.Const(g, "Infinity", gc.Float(math.Inf(1)))
	r.Const(g, "undefined", Undefined)

	// ECMA-262 §19.2.5 parseInt ( string, radix ): Number.parseInt is the
	// same function object (§21.1.2.13), as is parseFloat (§21.1.2.12).
	parseInt := r.MethodFn(g, "parseInt", 2, func(rt *Runtime, _ Value, args []Value) Value {
		s := rt.ToGoString(Arg(args, 0))
		radix := jsnum.ToInt32(rt.ToNumber(Arg(args, 1)))
		return gc.Float(jsnum.ParseInt(s, int(radix)))
	})
	parseFloat := r.MethodFn(g, "parseFloat", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Float(jsnum.ParseFloat(rt.ToGoString(Arg(args, 0))))
	})
	if r.Number.IsObject() {
		r.Value(r.Number, "parseFloat", parseFloat)
		r.Value(r.Number, "parseInt", parseInt)
	}
	r.Method(g, "isNaN", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Bool(math.IsNaN(rt.ToNumber(Arg(args, 0))))
	})
	r.Method(g, "isFinite", 1, func(rt *Runtime, _ Value, args []Value) Value {
		f := rt.ToNumber(Arg(args, 0))
		return gc.Bool(!math.IsNaN(f) && !math.IsInf(f, 0))
	})

	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	const uriMark = "-_.!~*'()"
	const uriReserved = ";/?:@&=+$,"
	uriUnescaped := byteSet(alnum + uriMark)
	uriFull := byteSet(alnum + uriMark + uriReserved + "#")
	reservedHash := byteSet(uriReserved + "#")
	var none asciiSet

	r.Method(g, "encodeURI", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.uriEncode(rt.ToString(Arg(args, 0)), &uriFull)
	})
	r.Method(g, "encodeURIComponent", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.uriEncode(rt.ToString(Arg(args, 0)), &uriUnescaped)
	})
	r.Method(g, "decodeURI", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.uriDecode(rt.ToString(Arg(args, 0)), &reservedHash)
	})
	r.Method(g, "decodeURIComponent", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.uriDecode(rt.ToString(Arg(args, 0)), &none)
	})

	escapeSet := byteSet(alnum + "@*_+-./")
	// ECMA-262 §B.2.1.1 escape ( string )
	r.Method(g, "escape", 1, func(rt *Runtime, _ Value, args []Value) Value {
		s := rt.ToString(Arg(args, 0))
		u := rt.units(s)
		out := make([]byte, 0, len(u))
		for _, c := range u {
			switch {
			case c < 0x80 && escapeSet.has(byte(c)):
				out = append(out, byte(c))
			case c < 0x100:
				out = append(out, '%', upperHex[c>>4], upperHex[c&15])
			default:
				out = append(out, '%', 'u', upperHex[c>>12], upperHex[c>>8&15], upperHex[c>>4&15], upperHex[c&15])
			}
		}
		if len(out) == len(u) {
			return s
		}
		return rt.newLatin1(string(out), true)
	})
	// ECMA-262 §B.2.1.2 unescape ( string )
	r.Method(g, "unescape", 1, func(rt *Runtime, _ Value, args []Value) Value {
		s := rt.ToString(Arg(args, 0))
		u := rt.units(s)
		out := make([]uint16, 0, len(u))
		for k := 0; k < len(u); k++ {
			c := u[k]
			if c == '%' {
				if k+6 <= len(u) && u[k+1] == 'u' {
					if h, ok := hexUnits(u[k+2 : k+6]); ok {
						out = append(out, uint16(h))
						k += 5
						continue
					}
				}
				if k+3 <= len(u) {
					if h, ok := hexUnits(u[k+1 : k+3]); ok {
						out = append(out, uint16(h))
						k += 2
						continue
					}
				}
			}
			out = append(out, c)
		}
		if len(out) == len(u) {
			return s
		}
		return rt.newUnits(out)
	})
}

const upperHex = "0123456789ABCDEF"

// asciiSet is a set of ASCII bytes.
type asciiSet [2]uint64

func byteSet(chars string) asciiSet {
	var s asciiSet
	for i := 0; i < len(chars); i++ {
		s[chars[i]>>6] |= 1 << (chars[i] & 63)
	}
	return s
}

func (s *asciiSet) has(c byte) bool { return c < 0x80 && s[c>>6]&(1<<(c&63)) != 0 }

// hexUnits parses code units as hexadecimal digits.
func hexUnits(u []uint16) (int, bool) {
	n := 0
	for _, c := range u {
		d := hexDigit(c)
		if d < 0 {
			return 0, false
		}
		n = n<<4 | d
	}
	return n, true
}

func hexDigit(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// uriEncode is ECMA-262 §19.2.6.5 Encode: code units outside unescaped are
// written as the %XX escapes of their UTF-8 form.
func (rt *Runtime) uriEncode(s Value, unescaped *asciiSet) Value {
	u := rt.units(s)
	out := make([]byte, 0, len(u))
	for k := 0; k < len(u); k++ {
		c := u[k]
		if c < 0x80 && unescaped.has(byte(c)) {
			out = append(out, byte(c))
			continue
		}
		cp := rune(c)
		if c >= 0xDC00 && c <= 0xDFFF {
			rt.throwKind(ErrURI, "URI malformed")
		}
		if c >= 0xD800 && c <= 0xDBFF {
			if k+1 >= len(u) || u[k+1] < 0xDC00 || u[k+1] > 0xDFFF {
				rt.throwKind(ErrURI, "URI malformed")
			}
			cp = (cp-0xD800)<<10 + rune(u[k+1]-0xDC00) + 0x10000
			k++
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], cp)
		for _, b := range buf[:n] {
			out = append(out, '%', upperHex[b>>4], upperHex[b&15])
		}
	}
	return rt.newLatin1(string(out), true)
}

// uriDecode is ECMA-262 §19.2.6.6 Decode: %XX escapes of UTF-8 sequences
// become the characters they encode, except single-byte ones in reserved,
// which stay escaped.
func (rt *Runtime) uriDecode(s Value, reserved *asciiSet) Value {
	u := rt.units(s)
	out := make([]uint16, 0, len(u))
	malformed := func() { rt.throwKind(ErrURI, "URI malformed") }
	byteAt := func(k int) byte {
		if k+3 > len(u) || u[k] != '%' {
			malformed()
		}
		h, ok := hexUnits(u[k+1 : k+3])
		if !ok {
			malformed()
		}
		return byte(h)
	}
	for k := 0; k < len(u); k++ {
		if u[k] != '%' {
			out = append(out, u[k])
			continue
		}
		start := k
		b := byteAt(k)
		k += 2
		if b < 0x80 {
			if reserved.has(b) {
				out = append(out, u[start:k+1]...)
			} else {
				out = append(out, uint16(b))
			}
			continue
		}
		n := 0
		for b<<n&0x80 != 0 {
			n++
		}
		if n == 1 || n > 4 {
			malformed()
		}
		buf := []byte{b}
		for j := 1; j < n; j++ {
			k++
			c := byteAt(k)
			if c&0xC0 != 0x80 {
				malformed()
			}
			buf = append(buf, c)
			k += 2
		}
		cp, size := utf8.DecodeRune(buf)
		if cp == utf8.RuneError && size <= 1 {
			malformed()
		}
		if cp >= 0x10000 {
			cp -= 0x10000
			out = append(out, uint16(0xD800+cp>>10), uint16(0xDC00+cp&0x3FF))
		} else {
			out = append(out, uint16(cp))
		}
	}
	return rt.newUnits(out)
}
