package fdlibm

import "math"

// Cbrt returns the cube root of x (FreeBSD s_cbrt.c). An estimate good to
// 5 bits comes from dividing the exponent field by 3 as an integer; a
// polynomial in t³/x lifts it to 23 bits; after rounding away from zero to
// 23 bits, one Newton step brings it to within 0.667 ulp.
func Cbrt(x float64) float64 {
	const (
		b1 = 715094163 // (1023 - 1023/3 - 0.03306235651)·2^20
		b2 = 696219795 // (1023 - 1023/3 - 54/3 - 0.03306235651)·2^20

		// p(r) ≈ 1/∛r for |r-1| < 1/10, error below 2^-23.5.
		p0 = 1.87595182427177009643   // 0x3FFE03E6_0F61E692
		p1 = -1.88497979543377169875  // 0xBFFE28E0_92F02420
		p2 = 1.621429720105354466140  // 0x3FF9F160_4A49D6C2
		p3 = -0.758397934778766047437 // 0xBFE844CB_BEE751D9
		p4 = 0.145996192886612446982  // 0x3FC2B000_D4E4EDD7
	)
	hx := uint32(highWord(x))
	sign := hx & 0x80000000
	hx ^= sign
	if hx >= 0x7FF00000 || x == 0 { // NaN, ±∞ and ±0 are their own roots
		return x
	}
	var t float64
	if hx < 0x00100000 { // subnormal: scale by 2^54 first
		t = float64(x * 0x1p54)
		t = fromWords(sign|((uint32(highWord(t))&0x7FFFFFFF)/3+b2), 0)
	} else {
		t = fromWords(sign|(hx/3+b1), 0)
	}

	r := float64((float64(t * t)) * (t / x))
	t = float64(t * ((p0 + float64(r*(p1+float64(r*p2)))) + float64((float64((float64(r*r))*r))*(p3+float64(r*p4)))))

	t = math.Float64frombits((math.Float64bits(t) + 0x80000000) &^ 0x3FFFFFFF)

	s := float64(t * t)
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	return t + float64(t*r)
}
