package fdlibm

import "math"

// Constants of fdlibm e_pow.c. bp, dpHi and dpLo centre the logarithm's
// argument at 1 or 1.5; L1..L6 approximate (3/2)·(log(x) - 2s - (2/3)s³);
// the P's are Exp's; the _h/_l pairs split a constant into a head short
// enough for exact products and a tail.
var (
	powBp   = [2]float64{1.0, 1.5}
	powDpHi = [2]float64{0.0, 5.84962487220764160156e-01} // 0x3FE2B803_40000000
	powDpLo = [2]float64{0.0, 1.35003920212974897128e-08} // 0x3E4CFDEB_43CFD006
)

const (
	powL1   = 5.99999999999994648725e-01  // 0x3FE33333_33333303
	powL2   = 4.28571428578550184252e-01  // 0x3FDB6DB6_DB6FABFF
	powL3   = 3.33333329818377432918e-01  // 0x3FD55555_518F264D
	powL4   = 2.72728123808534006489e-01  // 0x3FD17460_A91D4101
	powL5   = 2.30660745775561754067e-01  // 0x3FCD864A_93C9DB65
	powL6   = 2.06975017800338417784e-01  // 0x3FCA7E28_4A454EEF
	lg2Hi   = 6.93147182464599609375e-01  // 0x3FE62E43_00000000
	lg2Lo   = -1.90465429995776804525e-09 // 0xBE205C61_0CA86C39
	ovt     = 8.0085662595372944372e-17   // -(1024 - log2(MaxFloat64 + ulp/2))
	cp      = 9.61796693925975554329e-01  // 2/(3·ln2)
	cpHi    = 9.61796700954437255859e-01  // 0x3FEEC709_E0000000
	cpLo    = -7.02846165095275826516e-09 // 0xBE3E2FE0_145B01F5
	ivln2   = 1.44269504088896338700e+00  // 1/ln2
	ivln2H  = 1.44269502162933349609e+00  // 0x3FF71547_60000000, 24 bits of 1/ln2
	ivln2L  = 1.92596299112661746887e-08  // 0x3E54AE0B_F85DDF44
	powHuge = 1.0e300
	powTiny = 1.0e-300
)

// Pow returns x**y with ECMAScript's special cases (ECMA-262 §6.1.6.1.3
// Number::exponentiate): a NaN exponent gives NaN, and so does ±1 raised to
// ±∞, where IEEE 754 would give 1. Otherwise it is fdlibm's e_pow.c:
// log2(x) in extra precision as t1+t2, y·log2(x) = n + y' with |y'| ≤ 1/2
// in simulated double-double arithmetic, then 2^n·e^(y'·ln2), with V8's
// one change to the last step (see below).
func Pow(x, y float64) float64 {
	if y != y {
		return math.NaN()
	}
	if y == 0 {
		return 1
	}
	if x != x {
		return math.NaN()
	}
	hx, hy := highWord(x), highWord(y)
	lx, ly := lowWord(x), lowWord(y)
	ix, iy := hx&0x7FFFFFFF, hy&0x7FFFFFFF

	// For negative x, is y an odd integer (1), even integer (2), or not an
	// integer (0)?
	yisint := int32(0)
	if hx < 0 {
		switch {
		case iy >= 0x43400000: // |y| ≥ 2^53: even
			yisint = 2
		case iy >= 0x3FF00000:
			k := iy>>20 - 0x3FF
			if k > 20 {
				j := ly >> (52 - k)
				if j<<(52-k) == ly {
					yisint = 2 - int32(j&1)
				}
			} else if ly == 0 {
				j := iy >> (20 - k)
				if j<<(20-k) == iy {
					yisint = 2 - j&1
				}
			}
		}
	}

	if ly == 0 {
		switch {
		case iy == 0x7FF00000: // y is ±∞
			switch {
			case uint32(ix-0x3FF00000)|lx == 0:
				return math.NaN() // ±1 ** ±∞
			case ix >= 0x3FF00000: // |x| > 1
				if hy >= 0 {
					return y
				}
				return 0
			}
			if hy < 0 {
				return -y
			}
			return 0
		case iy == 0x3FF00000: // y is ±1
			if hy < 0 {
				return 1 / x
			}
			return x
		case hy == 0x40000000: // y is 2
			return float64(x * x)
		case hy == 0x3FE00000 && hx >= 0: // y is 0.5 and x ≥ +0
			return math.Sqrt(x)
		}
	}

	ax := math.Abs(x)
	if lx == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000) { // x is ±0, ±∞, ±1
		z := ax
		if hy < 0 {
			z = 1 / z
		}
		if hx < 0 {
			switch {
			case (ix-0x3FF00000)|yisint == 0: // -1 ** non-integer
				return math.NaN()
			case yisint == 1:
				z = -z
			}
		}
		return z
	}

	if hx < 0 && yisint == 0 { // negative ** non-integer
		return math.NaN()
	}
	s := 1.0 // the sign of the result
	if hx < 0 && yisint == 1 {
		s = -1
	}

	var t1, t2 float64
	if iy > 0x41E00000 { // |y| > 2^31
		if iy > 0x43F00000 { // |y| > 2^64: over- or underflows
			if ix <= 0x3FEFFFFF {
				if hy < 0 {
					return math.Inf(1)
				}
				return 0
			}
			if hy > 0 {
				return math.Inf(1)
			}
			return 0
		}
		// Over- or underflow unless x is within 2^-20 of 1.
		if ix < 0x3FEFFFFF {
			if hy < 0 {
				return float64(s * math.Inf(1))
			}
			return float64(s * 0)
		}
		if ix > 0x3FF00000 {
			if hy > 0 {
				return float64(s * math.Inf(1))
			}
			return float64(s * 0)
		}
		// log(x) by its series x - x²/2 + x³/3 - x⁴/4 about 1.
		t := ax - 1
		w := float64((float64(t * t)) * (0.5 - float64(t*(0.3333333333333333333333-float64(t*0.25)))))
		u := float64(ivln2H * t)
		v := float64(t*ivln2L) - float64(w*ivln2)
		t1 = clearLow(u + v)
		t2 = v - (t1 - u)
	} else {
		n := int32(0)
		if ix < 0x00100000 { // subnormal x
			ax *= 0x1p53
			n -= 53
			ix = highWord(ax)
		}
		n += ix>>20 - 0x3FF
		j := ix & 0x000FFFFF
		ix = j | 0x3FF00000
		var k int32
		switch {
		case j <= 0x3988E: // |x| < √(3/2)
			k = 0
		case j < 0xBB67A: // |x| < √3
			k = 1
		default:
			k = 0
			n++
			ix -= 0x00100000
		}
		ax = withHighWord(ax, uint32(ix))

		// ss = sHi+sLo = (x-1)/(x+1) or (x-1.5)/(x+1.5)
		u := ax - powBp[k]
		v := 1 / (ax + powBp[k])
		ss := float64(u * v)
		sHi := clearLow(ss)
		// tHi is ax+bp[k] cut to its high word.
		tHi := fromWords(uint32((ix>>1)|0x20000000)+0x00080000+uint32(k<<18), 0)
		tLo := ax - (tHi - powBp[k])
		sLo := float64(v * ((u - float64(sHi*tHi)) - float64(sHi*tLo)))
		// log(ax)
		s2 := float64(ss * ss)
		r := float64(float64(s2*s2) * (powL1 + float64(s2*(powL2+float64(s2*(powL3+float64(s2*(powL4+float64(s2*(powL5+float64(s2*powL6)))))))))))
		r += float64(sLo * (sHi + ss))
		s2 = float64(sHi * sHi)
		tHi = clearLow(3.0 + s2 + r)
		tLo = r - ((tHi - 3.0) - s2)
		// u+v = ss·(1+...)
		u = float64(sHi * tHi)
		v = float64(sLo*tHi) + float64(tLo*ss)
		// 2/(3·ln2)·(ss+...)
		pHi := clearLow(u + v)
		pLo := v - (pHi - u)
		zHi := float64(cpHi * pHi)
		zLo := float64(cpLo*pHi) + float64(pLo*cp) + powDpLo[k]
		// log2(ax) = (ss+...)·2/(3·ln2) = n + dp_h + z_h + z_l
		t := float64(n)
		t1 = clearLow(((zHi + zLo) + powDpHi[k]) + t)
		t2 = zLo - (((t1 - t) - powDpHi[k]) - zHi)
	}

	// (y1+y2)·(t1+t2) with y1 the high part of y.
	y1 := clearLow(y)
	pLo := float64((y-y1)*t1) + float64(y*t2)
	pHi := float64(y1 * t1)
	z := pLo + pHi
	j := highWord(z)
	i := lowWord(z)
	if j >= 0x40900000 { // z ≥ 1024
		if uint32(j-0x40900000)|i != 0 || pLo+ovt > z-pHi {
			return float64(s * math.Inf(1))
		}
	} else if j&0x7FFFFFFF >= 0x4090CC00 { // z ≤ -1075
		if uint32(j)-0xC090CC00|i != 0 || pLo <= z-pHi {
			return float64(s * 0)
		}
	}

	// 2^(pHi+pLo) = 2^n · e^(r·ln2) with |r| ≤ 1/2.
	ij := j & 0x7FFFFFFF
	k := ij>>20 - 0x3FF
	n := int32(0)
	if ij > 0x3FE00000 { // |z| > 0.5: n = [z+0.5]
		n = j + 0x00100000>>(k+1)
		k = (n&0x7FFFFFFF)>>20 - 0x3FF
		t := fromWords(uint32(n&^(0x000FFFFF>>k)), 0)
		n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k)
		if j < 0 {
			n = -n
		}
		pHi -= t
	}
	t := clearLow(pLo + pHi)
	u := float64(t * lg2Hi)
	v := float64((pLo-(t-pHi))*ln2) + float64(t*lg2Lo)
	z = u + v
	w := v - (z - u)
	t = float64(z * z)
	t1 = z - float64(t*(expP1+float64(t*(expP2+float64(t*(expP3+float64(t*(expP4+float64(t*expP5)))))))))
	// fdlibm has (z·t1)/(t1-2) - (w + z·w) here; V8 divides by the whole
	// difference instead, and Node's results follow V8.
	r := (float64(z * t1)) / ((t1 - 2) - (w + float64(z*w)))
	z = 1 - (r - z)
	j = highWord(z) + n<<20
	if j>>20 <= 0 {
		z = math.Ldexp(z, int(n))
	} else {
		z = withHighWord(z, uint32(j))
	}
	return float64(s * z)
}
