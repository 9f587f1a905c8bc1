package jsnum

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// isStrWhiteSpace reports whether r is a StrWhiteSpaceChar (ECMA-262
// §7.1.4.1): WhiteSpace (TAB, VT, FF, ZWNBSP and every Zs space) or a
// LineTerminator.
func isStrWhiteSpace(r rune) bool {
	switch r {
	case '\t', '\v', '\f', '\uFEFF', '\n', '\r', '\u2028', '\u2029':
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

func trimLeft(s string) string  { return strings.TrimLeftFunc(s, isStrWhiteSpace) }
func trimSpace(s string) string { return strings.TrimFunc(s, isStrWhiteSpace) }

// scanDecimal returns the length of the longest prefix of s that is a
// StrUnsignedDecimalLiteral without "Infinity": digits with an optional
// fraction (either side of the point may be empty, not both) and an optional
// exponent that is only taken when it has digits. 0 means no literal.
func scanDecimal(s string) int {
	i := 0
	digits := func() int {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - start
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return 0
	}
	end := i
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() > 0 {
			end = i
		}
	}
	return end
}

// digitValue is the value of the ASCII digit or letter c in radices up to
// 36, or 36 when c is neither.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 36
}

// scanDigits returns the length of the longest prefix of s made of digits
// valid in radix.
func scanDigits(s string, radix int) int {
	i := 0
	for i < len(s) && digitValue(s[i]) < radix {
		i++
	}
	return i
}

// exactInteger converts digits (all valid in radix) to the nearest double,
// ties to even: the exact mathematical value rounded once.
func exactInteger(digits string, radix int) float64 {
	n, _ := new(big.Int).SetString(digits, radix)
	f, _ := new(big.Float).SetInt(n).Float64()
	return f
}

// StringToNumber is ToNumber applied to a String, ECMA-262 §7.1.4.1.1
// (StringToNumber) with the StringNumericLiteral grammar of §7.1.4.1:
// surrounding StrWhiteSpaceChar are ignored, the empty string is 0, 0x/0o/0b
// integers take no sign, and numeric separators are not allowed. Anything
// else is NaN.
func StringToNumber(s string) float64 {
	t := trimSpace(s)
	if t == "" {
		return 0
	}
	if len(t) > 2 && t[0] == '0' {
		radix := 0
		switch t[1] {
		case 'x', 'X':
			radix = 16
		case 'o', 'O':
			radix = 8
		case 'b', 'B':
			radix = 2
		}
		if radix != 0 {
			if scanDigits(t[2:], radix) != len(t)-2 {
				return math.NaN()
			}
			return exactInteger(t[2:], radix)
		}
	}
	unsigned := t
	if t[0] == '+' || t[0] == '-' {
		unsigned = t[1:]
	}
	if unsigned == "Infinity" {
		if t[0] == '-' {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	if n := scanDecimal(unsigned); n == 0 || n != len(unsigned) {
		return math.NaN()
	}
	return parseDecimal(t)
}

// parseDecimal converts an already validated StrDecimalLiteral without
// "Infinity". strconv rounds correctly at any length, and on overflow or
// underflow it reports ErrRange alongside the ±Inf or ±0 JavaScript wants.
func parseDecimal(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// ParseFloat is the global parseFloat, ECMA-262 §19.2.4: the longest prefix
// of s (after leading white space) that is a StrDecimalLiteral, or NaN.
func ParseFloat(s string) float64 {
	t := trimLeft(s)
	unsigned := t
	if t != "" && (t[0] == '+' || t[0] == '-') {
		unsigned = t[1:]
	}
	if strings.HasPrefix(unsigned, "Infinity") {
		if t[0] == '-' {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	n := scanDecimal(unsigned)
	if n == 0 {
		return math.NaN()
	}
	return parseDecimal(t[:len(t)-len(unsigned)+n])
}

// ParseInt is the global parseInt, ECMA-262 §19.2.5, with radix already
// converted by ToInt32: 0 means 10, or 16 when s has a 0x prefix; other
// values outside 2..36 give NaN.
//
// For radix 10 and the powers of two the result is the exact integer rounded
// once, as V8 does. For the other radices the specification allows an
// approximation, and V8's is reproduced so results match Node digit for digit:
// leading zeros are skipped, the digits are taken in chunks as long as radix^chunk stays at most
// (2^32-1)/36, each chunk is accumulated exactly as an integer, and the
// running result is result×radix^chunk + chunk in double arithmetic, so
// rounding errors accumulate past 2^53.
func ParseInt(s string, radix int) float64 {
	t := trimLeft(s)
	sign := 1.0
	if t != "" && (t[0] == '+' || t[0] == '-') {
		if t[0] == '-' {
			sign = -1
		}
		t = t[1:]
	}
	stripPrefix := true
	switch {
	case radix == 0:
		radix = 10
	case radix < 2 || radix > 36:
		return math.NaN()
	case radix != 16:
		stripPrefix = false
	}
	if stripPrefix && len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
		radix = 16
	}
	digits := t[:scanDigits(t, radix)]
	if digits == "" {
		return math.NaN()
	}
	var v float64
	switch radix {
	case 2, 4, 8, 10, 16, 32:
		v = exactInteger(digits, radix)
	default:
		v = chunkedInteger(digits, radix)
	}
	return sign * v
}

// chunkedInteger is V8's approximation for parseInt in radices that are not
// powers of two or ten; see ParseInt.
func chunkedInteger(digits string, radix int) float64 {
	const maxMultiplier = math.MaxUint32 / 36
	digits = strings.TrimLeft(digits, "0")
	result := 0.0
	for digits != "" {
		part, multiplier := uint32(0), uint32(1)
		i := 0
		for ; i < len(digits); i++ {
			m := multiplier * uint32(radix)
			if m > maxMultiplier {
				break
			}
			part = part*uint32(radix) + uint32(digitValue(digits[i]))
			multiplier = m
		}
		digits = digits[i:]
		// The explicit conversion keeps the multiply and add rounded
		// separately, as V8 computes them, even where Go could fuse them.
		result = float64(result*float64(multiplier)) + float64(part)
	}
	return result
}
