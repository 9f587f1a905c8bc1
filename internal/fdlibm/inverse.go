package fdlibm

import "math"

const (
	pi     = 3.14159265358979311600e+00 // 0x400921FB_54442D18
	pio2Hi = 1.57079632679489655800e+00 // 0x3FF921FB_54442D18
	pio2Lo = 6.12323399573676603587e-17 // 0x3C91A626_33145C07
	pio4Hi = 7.85398163397448278999e-01 // 0x3FE921FB_54442D18
	piLo   = 1.2246467991473531772e-16  // 0x3CA1A626_33145C07
)

// Coefficients of R(t) = p(t)/q(t) ≈ (asin(x) - x)/x³ with t = x² on
// [0, 0.5] (fdlibm e_asin.c; error below 2^-58.75).
const (
	pS0 = 1.66666666666666657415e-01  // 0x3FC55555_55555555
	pS1 = -3.25565818622400915405e-01 // 0xBFD4D612_03EB6F7D
	pS2 = 2.01212532134862925881e-01  // 0x3FC9C155_0E884455
	pS3 = -4.00555345006794114027e-02 // 0xBFA48228_B5688F3B
	pS4 = 7.91534994289814532176e-04  // 0x3F49EFE0_7501B288
	pS5 = 3.47933107596021167570e-05  // 0x3F023DE1_0DFDF709
	qS1 = -2.40339491173441421878e+00 // 0xC0033A27_1C8A2D4B
	qS2 = 2.02094576023350569471e+00  // 0x40002AE5_9C598AC8
	qS3 = -6.88283971605453293030e-01 // 0xBFE6066C_1B8D0159
	qS4 = 7.70381505559019352791e-02  // 0x3FB3B8C5_B12E9282
)

// asinR evaluates the rational approximation at t, keeping numerator and
// denominator apart because callers combine them differently.
func asinR(t float64) (p, q float64) {
	p = float64(t * (pS0 + float64(t*(pS1+float64(t*(pS2+float64(t*(pS3+float64(t*(pS4+float64(t*pS5)))))))))))
	q = 1 + float64(t*(qS1+float64(t*(qS2+float64(t*(qS3+float64(t*qS4)))))))
	return p, q
}

// Asin returns the arcsine of x. Above 0.5 it uses
// asin(x) = π/2 - 2·asin(√((1-x)/2)), splitting the square root into a
// 21-bit head and a correction below 0.975 to keep the result within an ulp.
func Asin(x float64) float64 {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x3FF00000 { // |x| ≥ 1
		if uint32(ix-0x3FF00000)|lowWord(x) == 0 {
			return float64(x*pio2Hi) + float64(x*pio2Lo)
		}
		return math.NaN()
	}
	if ix < 0x3FE00000 { // |x| < 0.5
		if ix < 0x3E400000 { // |x| < 2^-27
			return x
		}
		p, q := asinR(float64(x * x))
		return x + float64(x*(p/q))
	}
	t := float64((1 - math.Abs(x)) * 0.5)
	p, q := asinR(t)
	s := math.Sqrt(t)
	if ix >= 0x3FEF3333 { // |x| > 0.975
		t = pio2Hi - (float64(2.0*(s+float64(s*(p/q)))) - pio2Lo)
	} else {
		w := clearLow(s)
		c := (t - float64(w*w)) / (s + w)
		r := p / q
		p = float64(float64(2.0*s)*r) - (pio2Lo - float64(2.0*c))
		q = pio4Hi - float64(2.0*w)
		t = pio4Hi - (p - q)
	}
	if hx > 0 {
		return t
	}
	return -t
}

// Acos returns the arccosine of x, from the same rational approximation as
// Asin: acos(x) = π/2 - asin(x) near zero and 2·asin(√((1-x)/2)) beyond ±0.5.
func Acos(x float64) float64 {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x3FF00000 { // |x| ≥ 1
		if uint32(ix-0x3FF00000)|lowWord(x) == 0 {
			if hx > 0 {
				return 0
			}
			return pi + 2.0*pio2Lo
		}
		return math.NaN()
	}
	if ix < 0x3FE00000 { // |x| < 0.5
		if ix <= 0x3C600000 { // |x| ≤ 2^-57
			return pio2Hi + pio2Lo
		}
		p, q := asinR(float64(x * x))
		return pio2Hi - (x - (pio2Lo - float64(x*(p/q))))
	}
	if hx < 0 { // x < -0.5
		z := float64((1 + x) * 0.5)
		p, q := asinR(z)
		s := math.Sqrt(z)
		w := float64((p/q)*s) - pio2Lo
		return pi - float64(2.0*(s+w))
	}
	z := float64((1 - x) * 0.5)
	s := math.Sqrt(z)
	df := clearLow(s)
	c := (z - float64(df*df)) / (s + df)
	p, q := asinR(z)
	w := float64((p/q)*s) + c
	return float64(2.0 * (df + w))
}

// atan(x) for the breakpoints 0.5, 1, 1.5 and ∞, each as a head and tail.
var (
	atanHi = [4]float64{
		4.63647609000806093515e-01, // 0x3FDDAC67_0561BB4F
		7.85398163397448278999e-01, // 0x3FE921FB_54442D18
		9.82793723247329054082e-01, // 0x3FEF730B_D281F69B
		1.57079632679489655800e+00, // 0x3FF921FB_54442D18
	}
	atanLo = [4]float64{
		2.26987774529616870924e-17, // 0x3C7A2B7F_222F65E2
		3.06161699786838301793e-17, // 0x3C81A626_33145C07
		1.39033110312309984516e-17, // 0x3C700788_7AF0CBBD
		6.12323399573676603587e-17, // 0x3C91A626_33145C07
	}
	// Coefficients of atan(t) ≈ t - t³·(aT0 + aT1·t² + … + aT10·t²⁰) on
	// [0, 7/16] (fdlibm s_atan.c).
	aT = [11]float64{
		3.33333333333329318027e-01,  // 0x3FD55555_5555550D
		-1.99999999998764832476e-01, // 0xBFC99999_9998EBC4
		1.42857142725034663711e-01,  // 0x3FC24924_920083FF
		-1.11111104054623557880e-01, // 0xBFBC71C6_FE231671
		9.09088713343650656196e-02,  // 0x3FB745CD_C54C206E
		-7.69187620504482999495e-02, // 0xBFB3B0F2_AF749A6D
		6.66107313738753120669e-02,  // 0x3FB10D66_A0D03D51
		-5.83357013379057348645e-02, // 0xBFADDE2D_52DEFD9A
		4.97687799461593236017e-02,  // 0x3FA97B4B_24760DEB
		-3.65315727442169155270e-02, // 0xBFA2B444_2C6A6C2F
		1.62858201153657823623e-02,  // 0x3F90AD3A_E322DA11
	}
)

// Atan returns the arctangent of x. Beyond 7/16 the argument is moved next
// to the nearest breakpoint c in {0.5, 1, 1.5, ∞} by
// atan(x) = atan(c) + atan((x-c)/(1+x·c)), then the odd series applies.
func Atan(x float64) float64 {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x44100000 { // |x| ≥ 2^66, ∞ or NaN
		if x != x {
			return x
		}
		if hx > 0 {
			return atanHi[3] + atanLo[3]
		}
		return -atanHi[3] - atanLo[3]
	}
	id := -1
	if ix < 0x3FDC0000 { // |x| < 7/16
		if ix < 0x3E400000 { // |x| < 2^-27
			return x
		}
	} else {
		x = math.Abs(x)
		switch {
		case ix < 0x3FE60000: // 7/16 ≤ |x| < 11/16
			id = 0
			x = (float64(2.0*x) - 1) / (2.0 + x)
		case ix < 0x3FF30000: // 11/16 ≤ |x| < 19/16
			id = 1
			x = (x - 1) / (x + 1)
		case ix < 0x40038000: // 19/16 ≤ |x| < 39/16
			id = 2
			x = (x - 1.5) / (1 + float64(1.5*x))
		default: // 39/16 ≤ |x| < 2^66
			id = 3
			x = -1.0 / x
		}
	}
	z := float64(x * x)
	w := float64(z * z)
	// Odd and even halves of the series, as fdlibm splits them.
	s1 := float64(z * (aT[0] + float64(w*(aT[2]+float64(w*(aT[4]+float64(w*(aT[6]+float64(w*(aT[8]+float64(w*aT[10])))))))))))
	s2 := float64(w * (aT[1] + float64(w*(aT[3]+float64(w*(aT[5]+float64(w*(aT[7]+float64(w*aT[9])))))))))
	if id < 0 {
		return x - float64(x*(s1+s2))
	}
	z = atanHi[id] - ((float64(x*(s1+s2)) - atanLo[id]) - x)
	if hx < 0 {
		return -z
	}
	return z
}

// Atan2 returns the angle of the point (x, y), following fdlibm e_atan2.c:
// the quadrant is chosen from the signs, and atan(|y/x|) is corrected by π
// held as a head and tail.
func Atan2(y, x float64) float64 {
	if x != x || y != y {
		return math.NaN()
	}
	hx, hy := highWord(x), highWord(y)
	ix, iy := hx&0x7FFFFFFF, hy&0x7FFFFFFF
	lx, ly := lowWord(x), lowWord(y)
	if x == 1 {
		return Atan(y)
	}
	m := (hy>>31)&1 | (hx>>30)&2 // 2·sign(x) + sign(y)

	if uint32(iy)|ly == 0 { // y is ±0
		switch m {
		case 0, 1:
			return y
		case 2:
			return pi
		}
		return -pi
	}
	if uint32(ix)|lx == 0 { // x is ±0
		if hy < 0 {
			return -pio2Hi
		}
		return pio2Hi
	}
	if ix == 0x7FF00000 { // x is ±∞
		if iy == 0x7FF00000 {
			switch m {
			case 0:
				return pio4Hi
			case 1:
				return -pio4Hi
			case 2:
				return 3.0 * pio4Hi
			}
			return -3.0 * pio4Hi
		}
		switch m {
		case 0:
			return 0
		case 1:
			return math.Copysign(0, -1)
		case 2:
			return pi
		}
		return -pi
	}
	if iy == 0x7FF00000 { // y is ±∞
		if hy < 0 {
			return -pio2Hi
		}
		return pio2Hi
	}

	var z float64
	k := (iy - ix) >> 20
	switch {
	case k > 60: // |y/x| > 2^60
		z = pio2Hi + 0.5*piLo
		m &= 1
	case hx < 0 && k < -60: // |y/x| < 2^-60 with x < 0
		z = 0
	default:
		z = Atan(math.Abs(y / x))
	}
	switch m {
	case 0:
		return z
	case 1:
		return -z
	case 2:
		return pi - (z - piLo)
	}
	return (z - piLo) - pi
}
