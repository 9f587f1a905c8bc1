package fdlibm

import "math"

const (
	ln2Hi  = 6.93147180369123816490e-01 // 0x3FE62E42_FEE00000: k·ln2Hi is exact for |k| < 2000
	ln2Lo  = 1.90821492927058770002e-10 // 0x3DEA39EF_35793C76
	invln2 = 1.44269504088896338700e+00 // 0x3FF71547_652B82FE

	expOverflow  = 7.09782712893383973096e+02  // 0x40862E42_FEFA39EF
	expUnderflow = -7.45133219101941108420e+02 // 0xC0874910_D52D3051
	twoM1000     = 9.33263618503218878990e-302 // 2^-1000
	two1023      = 8.988465674311579539e307    // 2^1023
)

// Coefficients of R(r²) ≈ r·(e^r+1)/(e^r-1) = 2 + P1·r² + … + P5·r¹⁰ on
// [0, 0.34658] (fdlibm e_exp.c; error below 2^-59).
const (
	expP1 = 1.66666666666666019037e-01  // 0x3FC55555_5555553E
	expP2 = -2.77777777770155933842e-03 // 0xBF66C16C_16BEBD93
	expP3 = 6.61375632143793436117e-05  // 0x3F11566A_AF25DE2C
	expP4 = -1.65339022054652515390e-06 // 0xBEBBBD41_C5D26BF1
	expP5 = 4.13813679705723846039e-08  // 0x3E663769_72BEA4D0
)

// Exp returns e^x. It writes x = k·ln2 + r with |r| ≤ ln2/2, r held as
// hi-lo, evaluates e^r = 1 + r + r·c/(2-c) from the rational approximation,
// and scales by 2^k.
func Exp(x float64) float64 {
	hx := uint32(highWord(x))
	negative := hx>>31 != 0
	hx &= 0x7FFFFFFF
	if hx >= 0x40862E42 { // |x| ≥ 709.78, or not finite
		switch {
		case x != x:
			return x
		case math.IsInf(x, 1):
			return x
		case math.IsInf(x, -1):
			return 0
		case x > expOverflow:
			return math.Inf(1)
		case x < expUnderflow:
			return 0
		}
	}

	var hi, lo float64
	k := 0
	switch {
	case hx > 0x3FD62E42: // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // and |x| < 1.5·ln2: k is ±1
			// V8 special-cases e^1 so that Math.exp(1) === Math.E; the
			// general path is one ulp off there.
			if x == 1 {
				return math.E
			}
			if negative {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if negative {
				k = int(float64(invln2*x) - 0.5)
			} else {
				k = int(float64(invln2*x) + 0.5)
			}
			t := float64(k)
			hi = x - float64(t*ln2Hi)
			lo = float64(t * ln2Lo)
		}
		x = hi - lo
	case hx < 0x3E300000: // |x| < 2^-28
		return 1 + x
	}

	t := float64(x * x)
	var twopk float64
	if k >= -1021 {
		twopk = fromWords(uint32(0x3FF00000+k<<20), 0)
	} else {
		twopk = fromWords(uint32(0x3FF00000+(k+1000)<<20), 0)
	}
	c := x - float64(t*(expP1+float64(t*(expP2+float64(t*(expP3+float64(t*(expP4+float64(t*expP5)))))))))
	if k == 0 {
		return 1 - ((float64(x*c))/(c-2.0) - x)
	}
	y := 1 - ((lo - (float64(x*c))/(2.0-c)) - hi)
	switch {
	case k == 1024:
		return float64(float64(y*2.0) * two1023)
	case k >= -1021:
		return float64(y * twopk)
	}
	return float64(float64(y*twopk) * twoM1000)
}

// Coefficients of R1(z) ≈ 1 + Q1·z + … + Q5·z⁵, scaled by 2^i so that z
// can be x²/2 (fdlibm s_expm1.c; error below 2^-61).
const (
	expm1Q1 = -3.33333333333331316428e-02 // 0xBFA11111_111110F4
	expm1Q2 = 1.58730158725481460165e-03  // 0x3F5A01A0_19FE5585
	expm1Q3 = -7.93650757867487942473e-05 // 0xBF14CE19_9EAADBB7
	expm1Q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA_86E65239
	expm1Q5 = -2.01099218183624371326e-07 // 0xBE8AFDB7_6E09C32D
)

// Expm1 returns e^x - 1, accurate also near zero. The reduction is Exp's,
// with a correction c for the rounding of r; the scaling back by 2^k is
// arranged per range of k so the subtraction of 1 loses nothing.
func Expm1(x float64) float64 {
	hx := uint32(highWord(x))
	negative := hx>>31 != 0
	hx &= 0x7FFFFFFF

	if hx >= 0x4043687A { // |x| ≥ 56·ln2, or not finite
		if hx >= 0x40862E42 { // |x| ≥ 709.78
			switch {
			case x != x:
				return x
			case math.IsInf(x, 1):
				return x
			case math.IsInf(x, -1):
				return -1
			case x > expOverflow:
				return math.Inf(1)
			}
		}
		if negative { // e^x is below half an ulp of 1
			return -1
		}
	}

	var hi, lo, c float64
	k := 0
	switch {
	case hx > 0x3FD62E42: // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // and |x| < 1.5·ln2
			if negative {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if negative {
				k = int(float64(invln2*x) - 0.5)
			} else {
				k = int(float64(invln2*x) + 0.5)
			}
			t := float64(k)
			hi = x - float64(t*ln2Hi)
			lo = float64(t * ln2Lo)
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3C900000: // |x| < 2^-54
		return x
	}

	hfx := float64(0.5 * x)
	hxs := float64(x * hfx)
	r1 := 1 + float64(hxs*(expm1Q1+float64(hxs*(expm1Q2+float64(hxs*(expm1Q3+float64(hxs*(expm1Q4+float64(hxs*expm1Q5)))))))))
	t := 3.0 - float64(r1*hfx)
	e := float64(hxs * ((r1 - t) / (6.0 - float64(x*t))))
	if k == 0 {
		return x - (float64(x*e) - hxs)
	}
	twopk := fromWords(uint32(0x3FF00000+k<<20), 0)
	e = float64(x*(e-c)) - c
	e -= hxs
	switch {
	case k == -1:
		return float64(0.5*(x-e)) - 0.5
	case k == 1:
		if x < -0.25 {
			return float64(-2.0 * (e - (x + 0.5)))
		}
		return 1 + float64(2.0*(x-e))
	case k <= -2 || k > 56: // 2^k·(1+r) - 1 is already accurate enough
		y := 1 - (e - x)
		if k == 1024 {
			y = float64(float64(y*2.0) * 8.98846567431158e+307)
		} else {
			y = float64(y * twopk)
		}
		return y - 1
	case k < 20:
		t := fromWords(uint32(0x3FF00000-(0x200000>>k)), 0) // 1 - 2^-k
		y := t - (e - x)
		return float64(y * twopk)
	}
	t = fromWords(uint32((0x3FF-k)<<20), 0) // 2^-k
	y := x - (e + t)
	y++
	return float64(y * twopk)
}
