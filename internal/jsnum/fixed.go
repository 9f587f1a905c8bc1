package jsnum

import (
	"math"
	"math/big"
	"strings"
)

// The toFixed / toExponential / toPrecision algorithms choose an integer n
// whose scaled value is as close as possible to x, taking the larger n on a
// tie. A tie can only happen when x's exact binary value lies exactly halfway,
// so ties are decided on the exact value: (1.005).toFixed(2) is "1.00" because
// the double 1.005 is slightly below 1.005, while (1.25).toFixed(1) is "1.3".
// math/big gives that exact arithmetic without hand-written bignums, and these
// methods are not hot enough for the cost to matter.

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// roundHalfUp returns the integer nearest to x × 10^scale, the larger one on a
// tie, for finite x >= 0.
func roundHalfUp(x float64, scale int) *big.Int {
	r := new(big.Rat).SetFloat64(x)
	r.Mul(r, ratPow10(scale))
	r.Add(r, big.NewRat(1, 2))
	return new(big.Int).Quo(r.Num(), r.Denom()) // floor, as both are positive
}

// precisionDigits returns the p digits of n and the exponent e such that
// 10^(p-1) <= n < 10^p and n × 10^(e-p+1) is closest to x (the larger on a
// tie), for finite x > 0 — the n and e of ECMA-262 §21.1.3.3 step 10.b and
// §21.1.3.5 step 10.a.
func precisionDigits(x float64, p int) (string, int) {
	// Find e with 10^e <= x < 10^(e+1) exactly. The shortest digits give it
	// or one too many, when they round up to a power of ten; n×10^(e-p+1)
	// must then still be built from the lower e, which is closer to x.
	_, n := shortest(x)
	e := n - 1
	r := new(big.Rat).SetFloat64(x)
	if r.Cmp(ratPow10(e)) < 0 {
		e--
	}
	m := roundHalfUp(x, p-1-e)
	if m.Cmp(pow10(p)) >= 0 {
		// x rounded up to 10^(e+1): that is n = 10^(p-1) one decade higher.
		return pow10(p - 1).String(), e + 1
	}
	return m.String(), e
}

// ratPow10 is 10^e as an exact rational, for any integer e.
func ratPow10(e int) *big.Rat {
	if e >= 0 {
		return new(big.Rat).SetInt(pow10(e))
	}
	return new(big.Rat).SetFrac(big.NewInt(1), pow10(-e))
}

// ToFixed is Number.prototype.toFixed, ECMA-262 §21.1.3.3, for digits in
// 0..100 (the caller throws the RangeError; other values are clamped).
func ToFixed(x float64, digits int) string {
	f := min(max(digits, 0), 100)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FormatNumber(x)
	}
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	if x >= 1e21 {
		return sign + FormatNumber(x)
	}
	m := roundHalfUp(x, f).String()
	if f == 0 {
		return sign + m
	}
	if k := len(m); k <= f {
		m = strings.Repeat("0", f+1-k) + m
	}
	k := len(m)
	return sign + m[:k-f] + "." + m[k-f:]
}

// ToExponential is Number.prototype.toExponential, ECMA-262 §21.1.3.2. auto
// means fractionDigits was undefined: as many digits as needed to round-trip.
// Otherwise digits is 0..100 (the caller throws the RangeError; other values
// are clamped).
func ToExponential(x float64, digits int, auto bool) string {
	f := min(max(digits, 0), 100)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FormatNumber(x)
	}
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	var m string
	var e int
	switch {
	case x == 0 && auto:
		m = "0"
	case x == 0:
		m = strings.Repeat("0", f+1)
	case auto:
		var n int
		m, n = shortest(x)
		e = n - 1
	default:
		m, e = precisionDigits(x, f+1)
	}
	return sign + exponential(m, e)
}

// ToPrecision is Number.prototype.toPrecision, ECMA-262 §21.1.3.5, for
// precision in 1..100 (the caller handles undefined and throws the
// RangeError; other values are clamped).
func ToPrecision(x float64, precision int) string {
	p := min(max(precision, 1), 100)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FormatNumber(x)
	}
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	var m string
	var e int
	if x == 0 {
		m = strings.Repeat("0", p)
	} else {
		m, e = precisionDigits(x, p)
	}
	switch {
	case e < -6 || e >= p:
		return sign + exponential(m, e)
	case e == p-1:
		return sign + m
	case e >= 0:
		return sign + m[:e+1] + "." + m[e+1:]
	}
	return sign + "0." + strings.Repeat("0", -(e+1)) + m
}
