package compiler

import (
	"math"
	"strconv"
	"strings"
)

// wtf8 encodes UTF-16 code units as WTF-8: UTF-8 in which a lone surrogate
// keeps its own 3-byte sequence, so no JavaScript string is lost.
func wtf8(u []uint16) string {
	var b strings.Builder
	b.Grow(len(u))
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= 0xD800 && r <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			r = 0x10000 + (r-0xD800)<<10 + rune(u[i+1]-0xDC00)
			i++
		}
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < 0x800:
			b.WriteByte(byte(0xC0 | r>>6))
			b.WriteByte(byte(0x80 | r&0x3F))
		case r < 0x10000:
			b.WriteByte(byte(0xE0 | r>>12))
			b.WriteByte(byte(0x80 | r>>6&0x3F))
			b.WriteByte(byte(0x80 | r&0x3F))
		default:
			b.WriteByte(byte(0xF0 | r>>18))
			b.WriteByte(byte(0x80 | r>>12&0x3F))
			b.WriteByte(byte(0x80 | r>>6&0x3F))
			b.WriteByte(byte(0x80 | r&0x3F))
		}
	}
	return b.String()
}

// wtf16 is wtf8 for a template chunk (nil for an invalid escape).
func wtf16(u []uint16) string { return wtf8(u) }

// numberToString is ECMA-262 §6.1.6.1.20 Number::toString with radix 10,
// used for numeric property keys.
func numberToString(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	case v == 0:
		return "0"
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	// Shortest round-trip digits and exponent: "d.ddde±x".
	s := strconv.FormatFloat(v, 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	digits := strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	k, n := len(digits), e+1
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	es := "+"
	if n-1 < 0 {
		es = "-"
	}
	ev := strconv.Itoa(int(math.Abs(float64(n - 1))))
	if k == 1 {
		return sign + digits + "e" + es + ev
	}
	return sign + digits[:1] + "." + digits[1:] + "e" + es + ev
}

// bigIntKey is the property key of a BigInt literal key (its decimal digits).
func bigIntKey(digits string) string {
	d := strings.TrimLeft(digits, "0")
	if d == "" {
		return "0"
	}
	return d
}
