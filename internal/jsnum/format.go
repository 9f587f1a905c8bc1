package jsnum

import (
	"math"
	"strconv"
	"strings"
)

// shortest returns the shortest decimal digits s (no leading or trailing
// zeros) and the exponent n such that x = 0.s × 10^n round-trips, for finite
// x > 0. strconv's shortest formatting picks, among the shortest digit strings,
// the one closest to x, which is what ECMA-262 §6.1.6.1.20 step 5 asks for.
func shortest(x float64) (digits string, n int) {
	b := strconv.AppendFloat(make([]byte, 0, 32), x, 'e', -1, 64)
	mant, exp, _ := strings.Cut(string(b), "e")
	e, _ := strconv.Atoi(exp)
	digits = strings.Replace(mant, ".", "", 1)
	return digits, e + 1
}

// FormatNumber is Number::toString(x) with radix 10, ECMA-262 §6.1.6.1.20.
func FormatNumber(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case x == 0:
		return "0"
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	case x < 0:
		return "-" + FormatNumber(-x)
	case x < 1<<53 && x == math.Trunc(x):
		// Every integer below 2^53 is a double, so its shortest
		// round-trip digits are its own: no need for the float formatter
		// (a tenth of a template literal with a number in it).
		return strconv.FormatInt(int64(x), 10)
	}
	s, n := shortest(x)
	k := len(s)
	switch {
	case k <= n && n <= 21:
		return s + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return s[:n] + "." + s[n:]
	case -6 < n && n <= 0:
		return "0." + strings.Repeat("0", -n) + s
	}
	return exponential(s, n-1)
}

// exponential writes digits d as d[0].d[1:] followed by the exponent e in the
// "e+7" / "e-7" form shared by toString, toExponential and toPrecision.
func exponential(d string, e int) string {
	var b strings.Builder
	b.WriteByte(d[0])
	if len(d) > 1 {
		b.WriteByte('.')
		b.WriteString(d[1:])
	}
	b.WriteByte('e')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

const radixDigits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatRadix is Number.prototype.toString(radix). The specification leaves
// the digits for radices other than 10 to the implementation; this follows
// V8's algorithm so the output matches Node digit for digit:
//
//   - Fraction digits are produced until the remaining fraction is smaller
//     than half the gap to the next double (scaled along with the digits), so
//     only digits the double can actually distinguish are printed. The last
//     digit is rounded half to even, carrying into earlier digits and into
//     the integer part when needed.
//   - Integer digits come from repeated division, except that while the
//     quotient is still at or above 2^53 the low digit is written as 0: such
//     digits are below the double's precision.
//
// Radix 10 gives FormatNumber, as in V8. A radix outside 2..36 is clamped.
func FormatRadix(x float64, radix int) string {
	radix = min(max(radix, 2), 36)
	if radix == 10 || math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return FormatNumber(x)
	}
	negative := x < 0
	if negative {
		x = -x
	}
	r := float64(radix)
	integer := math.Floor(x)
	fraction := x - integer
	delta := max(0.5*(math.Nextafter(x, math.Inf(1))-x), math.SmallestNonzeroFloat64)

	var frac []byte
	if fraction >= delta {
		for {
			fraction *= r
			delta *= r
			digit := int(fraction)
			frac = append(frac, radixDigits[digit])
			fraction -= float64(digit)
			if fraction > 0.5 || (fraction == 0.5 && digit&1 == 1) {
				if fraction+delta > 1 {
					frac, integer = roundUpRadix(frac, integer, radix)
					break
				}
			}
			if fraction < delta {
				break
			}
		}
	}

	var rev []byte // integer digits, least significant first
	for atLeast2p53(integer / r) {
		integer /= r
		rev = append(rev, '0')
	}
	for {
		rem := math.Mod(integer, r)
		rev = append(rev, radixDigits[int(rem)])
		integer = (integer - rem) / r
		if integer <= 0 {
			break
		}
	}

	var b strings.Builder
	if negative {
		b.WriteByte('-')
	}
	for i := len(rev) - 1; i >= 0; i-- {
		b.WriteByte(rev[i])
	}
	if len(frac) > 0 {
		b.WriteByte('.')
		b.Write(frac)
	}
	return b.String()
}

// roundUpRadix adds one unit in the last place of the fraction digits frac,
// dropping digits that overflow to zero (they would be trailing zeros) and
// carrying into integer when every fraction digit overflows.
func roundUpRadix(frac []byte, integer float64, radix int) ([]byte, float64) {
	for len(frac) > 0 {
		last := len(frac) - 1
		d := strings.IndexByte(radixDigits, frac[last])
		if d+1 < radix {
			frac[last] = radixDigits[d+1]
			return frac, integer
		}
		frac = frac[:last]
	}
	return frac, integer + 1
}

// atLeast2p53 reports whether v >= 2^53, where a double stops holding every
// integer, read off the binary exponent so no rounding can blur the edge.
func atLeast2p53(v float64) bool {
	_, exp := math.Frexp(v)
	return exp > 53
}
