package fdlibm

import "math"

// The hyperbolic functions are built on Exp, Expm1, Log and Log1p. Sinh and
// Cosh follow V8's own variants of fdlibm's, which differ in their range
// tests; the others are fdlibm's.

const (
	hypOverflow = 710.4758600739439 // largest |x| whose sinh and cosh are finite
	logMaxD     = 709.7822265625    // 0x40862E42_00000000
)

// Sinh returns the hyperbolic sine of x: sign·(E + E/(E+1))/2 with
// E = expm1(|x|) up to 22, e^|x|/2 beyond, and e^(|x|/2)/2·e^(|x|/2) where
// e^|x| alone would overflow.
func Sinh(x float64) float64 {
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	if ax < 22 {
		if ax < 0x1p-28 {
			return x
		}
		t := Expm1(ax)
		if ax < 1 {
			return float64(h * (float64(2*t) - float64(t*t)/(t+1)))
		}
		return float64(h * (t + t/(t+1)))
	}
	if ax < logMaxD {
		return float64(h * Exp(ax))
	}
	if ax <= hypOverflow {
		w := Exp(float64(0.5 * ax))
		t := float64(h * w)
		return float64(t * w)
	}
	return float64(x * 1.0e307) // ±∞, or NaN
}

// Cosh returns the hyperbolic cosine of x: 1 + expm1(|x|)²/(2·e^|x|) up to
// ln2/2, (e^|x| + e^-|x|)/2 up to 22, e^|x|/2 beyond, and the split form
// near overflow.
func Cosh(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	ax := math.Abs(x)
	if ix < 0x3FD62E43 { // |x| < ln2/2
		t := Expm1(ax)
		w := 1 + t
		if ix < 0x3C800000 { // |x| < 2^-55
			return w
		}
		return 1 + (float64(t*t))/(w+w)
	}
	if ix < 0x40360000 { // |x| < 22
		t := Exp(ax)
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862E42 { // |x| < log(MaxFloat64)
		return float64(0.5 * Exp(ax))
	}
	if ax <= hypOverflow {
		w := Exp(float64(0.5 * ax))
		t := float64(0.5 * w)
		return float64(t * w)
	}
	if ix >= 0x7FF00000 { // ±∞ or NaN
		return float64(x * x)
	}
	return math.Inf(1)
}

// Tanh returns the hyperbolic tangent of x: -t/(t+2) with t = expm1(-2|x|)
// below 1, 1 - 2/(t+2) with t = expm1(2|x|) up to 22, and ±1 beyond.
func Tanh(x float64) float64 {
	jx := highWord(x)
	ix := jx & 0x7FFFFFFF
	if ix >= 0x7FF00000 { // ±∞ or NaN
		if jx >= 0 {
			return 1/x + 1
		}
		return 1/x - 1
	}
	var z float64
	switch {
	case ix < 0x3E300000: // |x| < 2^-28
		return x
	case ix >= 0x40360000: // |x| ≥ 22
		z = 1
	case ix >= 0x3FF00000: // |x| ≥ 1
		t := Expm1(float64(2 * math.Abs(x)))
		z = 1 - 2/(t+2)
	default:
		t := Expm1(float64(-2 * math.Abs(x)))
		z = -t / (t + 2)
	}
	if jx >= 0 {
		return z
	}
	return -z
}

const ln2 = 6.93147180559945286227e-01 // 0x3FE62E42_FEFA39EF

// Asinh returns the inverse hyperbolic sine of x,
// sign·log(|x| + √(x²+1)), with the form chosen by magnitude to avoid
// cancellation and overflow.
func Asinh(x float64) float64 {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x7FF00000 || ix < 0x3E300000 { // ±∞, NaN, or |x| < 2^-28
		return x
	}
	var w float64
	switch {
	case ix > 0x41B00000: // |x| > 2^28
		w = Log(math.Abs(x)) + ln2
	case ix > 0x40000000: // 2 < |x| ≤ 2^28
		t := math.Abs(x)
		w = Log(float64(2.0*t) + 1/(math.Sqrt(float64(x*x)+1)+t))
	default:
		t := float64(x * x)
		w = Log1p(math.Abs(x) + t/(1+math.Sqrt(1+t)))
	}
	if hx > 0 {
		return w
	}
	return -w
}

// Acosh returns the inverse hyperbolic cosine of x, log(x + √(x²-1)).
func Acosh(x float64) float64 {
	hx := highWord(x)
	switch {
	case x != x || hx < 0x3FF00000: // NaN or x < 1
		return math.NaN()
	case hx >= 0x41B00000: // x ≥ 2^28, or +∞
		if hx >= 0x7FF00000 {
			return x
		}
		return Log(x) + ln2
	case x == 1:
		return 0
	case hx > 0x40000000: // 2 < x < 2^28
		t := float64(x * x)
		return Log(float64(2.0*x) - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return Log1p(t + math.Sqrt(float64(2.0*t)+float64(t*t)))
}

// Atanh returns the inverse hyperbolic tangent of x,
// sign·log1p(2|x|/(1-|x|))/2, rearranged below 0.5 to keep precision.
func Atanh(x float64) float64 {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	ax := math.Abs(x)
	switch {
	case x != x || ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ix < 0x3E300000: // |x| < 2^-28
		return x
	}
	var t float64
	if ix < 0x3FE00000 { // |x| < 0.5
		t = ax + ax
		t = float64(0.5 * Log1p(t+float64(t*ax)/(1-ax)))
	} else {
		t = float64(0.5 * Log1p((ax+ax)/(1-ax)))
	}
	if hx >= 0 {
		return t
	}
	return -t
}
