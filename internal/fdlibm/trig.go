package fdlibm

import "math"

// Sine, cosine and tangent reduce x to y0+y1 = x - n·π/2 with |y0+y1| ≤ π/4
// (remPio2), then evaluate a kernel polynomial on the reduced argument and
// pick the sign and function by n mod 4:
//
//	n mod 4   sin   cos   tan
//	   0       S     C     T
//	   1       C    -S   -1/T
//	   2      -S    -C     T
//	   3      -C     S   -1/T

// Sin returns the sine of x as V8's fdlibm port computes it.
func Sin(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	switch {
	case ix <= 0x3FE921FB:
		return kernelSin(x, 0, false)
	case ix >= 0x7FF00000:
		return math.NaN()
	}
	n, y0, y1 := remPio2(x)
	switch n & 3 {
	case 0:
		return kernelSin(y0, y1, true)
	case 1:
		return kernelCos(y0, y1)
	case 2:
		return -kernelSin(y0, y1, true)
	}
	return -kernelCos(y0, y1)
}

// Cos returns the cosine of x as V8's fdlibm port computes it.
func Cos(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	switch {
	case ix <= 0x3FE921FB:
		return kernelCos(x, 0)
	case ix >= 0x7FF00000:
		return math.NaN()
	}
	n, y0, y1 := remPio2(x)
	switch n & 3 {
	case 0:
		return kernelCos(y0, y1)
	case 1:
		return -kernelSin(y0, y1, true)
	case 2:
		return -kernelCos(y0, y1)
	}
	return kernelSin(y0, y1, true)
}

// Tan returns the tangent of x as V8's fdlibm port computes it.
func Tan(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	switch {
	case ix <= 0x3FE921FB:
		return kernelTan(x, 0, 1)
	case ix >= 0x7FF00000:
		return math.NaN()
	}
	n, y0, y1 := remPio2(x)
	return kernelTan(y0, y1, 1-(n&1)<<1)
}

// Coefficients of the minimax polynomials for sin and cos on [-π/4, π/4]
// (fdlibm k_sin.c and k_cos.c; error below 2^-58).
const (
	s1 = -1.66666666666666324348e-01 // 0xBFC55555_55555549
	s2 = 8.33333333332248946124e-03  // 0x3F811111_1110F8A6
	s3 = -1.98412698298579493134e-04 // 0xBF2A01A0_19C161D5
	s4 = 2.75573137070700676789e-06  // 0x3EC71DE3_57B1FE7D
	s5 = -2.50507602534068634195e-08 // 0xBE5AE5E6_8A2B9CEB
	s6 = 1.58969099521155010221e-10  // 0x3DE5D93A_5ACFD57C

	c1 = 4.16666666666666019037e-02  // 0x3FA55555_5555554C
	c2 = -1.38888888888741095749e-03 // 0xBF56C16C_16C15177
	c3 = 2.48015872894767294178e-05  // 0x3EFA01A0_19CB1590
	c4 = -2.75573143513906633035e-07 // 0xBE927E4F_809C52AD
	c5 = 2.08757232129817482790e-09  // 0x3E21EE9E_BDB4B1C4
	c6 = -1.13596475577881948265e-11 // 0xBDA8FAE9_BE8838D4
)

// kernelSin is sin(x+y) for |x| ≤ π/4, where y is the tail of a reduced
// argument (hasTail false means y is zero). The tail enters through
// sin(x+y) ≈ sin(x) + (1 - x²/2)·y.
func kernelSin(x, y float64, hasTail bool) float64 {
	if highWord(x)&0x7FFFFFFF < 0x3E400000 { // |x| < 2^-27: sin x rounds to x
		return x
	}
	z := float64(x * x)
	v := float64(z * x)
	r := s2 + float64(z*(s3+float64(z*(s4+float64(z*(s5+float64(z*s6)))))))
	if !hasTail {
		return x + float64(v*(s1+float64(z*r)))
	}
	return x - ((float64(z*(float64(0.5*y)-float64(v*r))) - y) - float64(v*s1))
}

// kernelCos is cos(x+y) for |x| ≤ π/4. For |x| ≥ 0.3 it subtracts a quarter
// of x²/2 (rounded so the subtraction is exact) from both 1 and x²/2, which
// keeps the final cancellation small.
func kernelCos(x, y float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	if ix < 0x3E400000 { // |x| < 2^-27
		return 1
	}
	z := float64(x * x)
	r := float64(z * (c1 + float64(z*(c2+float64(z*(c3+float64(z*(c4+float64(z*(c5+float64(z*c6)))))))))))
	if ix < 0x3FD33333 { // |x| < 0.3
		return 1 - (float64(0.5*z) - (float64(z*r) - float64(x*y)))
	}
	qx := 0.28125
	if ix <= 0x3FE90000 { // |x| ≤ 0.78125: qx = |x|/4 with the low word cleared
		qx = fromWords(uint32(ix-0x00200000), 0)
	}
	hz := float64(0.5*z) - qx
	a := 1 - qx
	return a - (hz - (float64(z*r) - float64(x*y)))
}

// Coefficients of tan(x) ≈ x + T0·x³ + … + T12·x²⁷ on [0, 0.67434]
// (fdlibm k_tan.c; error below 2^-59.2).
var tanT = [13]float64{
	3.33333333333334091986e-01,  // 0x3FD55555_55555563
	1.33333333333201242699e-01,  // 0x3FC11111_1110FE7A
	5.39682539762260521377e-02,  // 0x3FABA1BA_1BB341FE
	2.18694882948595424599e-02,  // 0x3F9664F4_8406D637
	8.86323982359930005737e-03,  // 0x3F8226E3_E96E8493
	3.59207910759131235356e-03,  // 0x3F6D6D22_C9560328
	1.45620945432529025516e-03,  // 0x3F57DBC8_FEE08315
	5.88041240820264096874e-04,  // 0x3F4344D8_F2F26501
	2.46463134818469906812e-04,  // 0x3F3026F7_1A8D1068
	7.81794442939557092300e-05,  // 0x3F147E88_A03792A6
	7.14072491382608190305e-05,  // 0x3F12B80F_32F0A7E9
	-1.85586374855275456654e-05, // 0xBEF375CB_DB605373
	2.59073051863633712884e-05,  // 0x3EFB2A70_74BF7AD4
}

const (
	pio4   = 7.85398163397448278999e-01 // 0x3FE921FB_54442D18
	pio4lo = 3.06161699786838301793e-17 // 0x3C81A626_33145C07
)

// kernelTan is tan(x+y) for |x| ≤ π/4 when k is 1, and -1/tan(x+y) when k
// is -1. Above 0.6744 it uses tan(π/4 - y) = (1 - tan y)/(1 + tan y). The
// reciprocal is computed in two pieces so that it stays within one ulp.
func kernelTan(x, y float64, k int32) float64 {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix < 0x3E300000 { // |x| < 2^-28
		switch {
		case uint32(ix)|lowWord(x) == 0 && k == -1:
			return 1 / math.Abs(x)
		case k == 1:
			return x
		}
		w := x + y
		z := clearLow(w)
		v := y - (z - x)
		a := -1 / w
		t := clearLow(a)
		s := 1 + float64(t*z)
		return t + float64(a*(s+float64(t*v)))
	}
	big := ix >= 0x3FE59428 // |x| ≥ 0.6744
	if big {
		if hx < 0 {
			x, y = -x, -y
		}
		x = (pio4 - x) + (pio4lo - y)
		y = 0
	}
	z := float64(x * x)
	w := float64(z * z)
	// Split the series into odd and even powers of w so both halves can be
	// evaluated in parallel, as fdlibm does; the split changes the rounding.
	T := &tanT
	r := T[1] + float64(w*(T[3]+float64(w*(T[5]+float64(w*(T[7]+float64(w*(T[9]+float64(w*T[11])))))))))
	v := float64(z * (T[2] + float64(w*(T[4]+float64(w*(T[6]+float64(w*(T[8]+float64(w*(T[10]+float64(w*T[12])))))))))))
	s := float64(z * x)
	r = y + float64(z*(float64(s*(r+v))+y))
	r += float64(T[0] * s)
	w = x + r
	if big {
		v = float64(k)
		return float64(float64(1-((hx>>30)&2)) * (v - float64(2.0*(x-(float64(w*w)/(w+v)-r)))))
	}
	if k == 1 {
		return w
	}
	z = clearLow(w)
	v = r - (z - x)
	a := -1.0 / w
	t := clearLow(a)
	s = 1.0 + float64(t*z)
	return t + float64(a*(s+float64(t*v)))
}
