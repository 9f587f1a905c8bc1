package fdlibm

import "math"

const two54 = 1.80143985094819840000e+16 // 2^54, scales subnormals into range

// Coefficients of R(s) ≈ Lg1·s² + … + Lg7·s¹⁴ where
// log(1+f) = 2s + s·R and s = f/(2+f), on [0, 0.1716] (fdlibm e_log.c;
// error below 2^-58.45). log1p uses the same numbers.
const (
	lg1 = 6.666666666666735130e-01 // 0x3FE55555_55555593
	lg2 = 3.999999999940941908e-01 // 0x3FD99999_9997FA04
	lg3 = 2.857142874366239149e-01 // 0x3FD24924_94229359
	lg4 = 2.222219843214978396e-01 // 0x3FCC71C5_1D8E78AF
	lg5 = 1.818357216161805012e-01 // 0x3FC74664_96CB03DE
	lg6 = 1.531383769920937332e-01 // 0x3FC39A09_D078C69F
	lg7 = 1.479819860511658591e-01 // 0x3FC2F112_DF3E5244
)

// reduceLog splits a positive finite x into k and 1+f with x = 2^k·(1+f)
// and √2/2 < 1+f < √2, returning also the high word of f's significand
// (hx) that the callers use to pick a formula. Subnormals are scaled first.
func reduceLog(x float64) (k int32, f float64, hx int32) {
	hx = highWord(x)
	if hx < 0x00100000 {
		k = -54
		x *= two54
		hx = highWord(x)
	}
	k += hx>>20 - 1023
	hx &= 0x000FFFFF
	i := (hx + 0x95F64) & 0x100000 // set when the significand is above √2
	x = withHighWord(x, uint32(hx|(i^0x3FF00000)))
	k += i >> 20
	return k, x - 1.0, hx
}

// Log returns the natural logarithm of x: k·ln2 + log(1+f), with ln2 split
// so k·ln2Hi is exact.
func Log(x float64) float64 {
	switch {
	case x == 0:
		return math.Inf(-1)
	case x < 0 || x != x:
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	}
	k, f, hx := reduceLog(x)
	dk := float64(k)
	if (0x000FFFFF & (2 + hx)) < 3 { // -2^-20 ≤ f < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			return float64(dk*ln2Hi) + float64(dk*ln2Lo)
		}
		r := float64(float64(f*f) * (0.5 - float64(0.33333333333333333*f)))
		if k == 0 {
			return f - r
		}
		return float64(dk*ln2Hi) - ((r - float64(dk*ln2Lo)) - f)
	}
	s := f / (2.0 + f)
	z := float64(s * s)
	w := float64(z * z)
	t1 := float64(w * (lg2 + float64(w*(lg4+float64(w*lg6)))))
	t2 := float64(z * (lg1 + float64(w*(lg3+float64(w*(lg5+float64(w*lg7)))))))
	r := t2 + t1
	// Where f is large (1+f away from 1 by more than about 0.09 on either
	// side), subtract f²/2 separately for accuracy.
	if (hx-0x6147A)|(0x6B851-hx) > 0 {
		hfsq := float64(float64(0.5*f) * f)
		if k == 0 {
			return f - (hfsq - float64(s*(hfsq+r)))
		}
		return float64(dk*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + float64(dk*ln2Lo))) - f)
	}
	if k == 0 {
		return f - float64(s*(f-r))
	}
	return float64(dk*ln2Hi) - ((float64(s*(f-r)) - float64(dk*ln2Lo)) - f)
}

// Log1p returns log(1+x), accurate also near zero. When 1+x rounds, the
// lost part c = (1+x) - u is carried as the correction c/u.
func Log1p(x float64) float64 {
	hx := highWord(x)
	ax := hx & 0x7FFFFFFF

	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3FDA827A { // 1+x < √2
		if ax >= 0x3FF00000 { // x ≤ -1
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		}
		if ax < 0x3E200000 { // |x| < 2^-29
			if ax < 0x3C900000 { // |x| < 2^-54
				return x
			}
			return x - float64(float64(x*x)*0.5)
		}
		if hx > 0 || hx <= int32(-0x402D413C) { // √2/2 ≤ 1+x < √2: f is x itself
			k = 0
			f = x
			hu = 1
		}
	}
	if hx >= 0x7FF00000 || x != x {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 { // x < 2^53
			u = 1.0 + x
			hu = highWord(u)
			k = hu>>20 - 1023
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = highWord(u)
			k = hu>>20 - 1023
			c = 0
		}
		hu &= 0x000FFFFF
		// These bounds must be tighter than the ones above so that k is
		// never 0 here, where the correction is committed to.
		if hu < 0x6A09E { // u < √2
			u = withHighWord(u, uint32(hu|0x3FF00000))
		} else {
			k++
			u = withHighWord(u, uint32(hu|0x3FE00000))
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1.0
	}
	hfsq := float64(float64(0.5*f) * f)
	dk := float64(k)
	if hu == 0 { // |f| < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(dk * ln2Lo)
			return float64(dk*ln2Hi) + c
		}
		r := float64(hfsq * (1.0 - float64(0.66666666666666666*f)))
		if k == 0 {
			return f - r
		}
		return float64(dk*ln2Hi) - ((r - (float64(dk*ln2Lo) + c)) - f)
	}
	s := f / (2.0 + f)
	z := float64(s * s)
	r := float64(z * (lg1 + float64(z*(lg2+float64(z*(lg3+float64(z*(lg4+float64(z*(lg5+float64(z*(lg6+float64(z*lg7)))))))))))))
	if k == 0 {
		return f - (hfsq - float64(s*(hfsq+r)))
	}
	return float64(dk*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + (float64(dk*ln2Lo) + c))) - f)
}

// kLog1p returns log(1+f) - f + f²/2 for 1+f in [√2/2, √2] (FreeBSD
// k_log.h), leaving the final additions to callers that work in other bases.
func kLog1p(f float64) float64 {
	s := f / (2.0 + f)
	z := float64(s * s)
	w := float64(z * z)
	t1 := float64(w * (lg2 + float64(w*(lg4+float64(w*lg6)))))
	t2 := float64(z * (lg1 + float64(w*(lg3+float64(w*(lg5+float64(w*lg7)))))))
	r := t2 + t1
	hfsq := float64(float64(0.5*f) * f)
	return float64(s * (hfsq + r))
}

const (
	ivln2Hi = 1.44269504072144627571e+00 // 0x3FF71547_65200000
	ivln2Lo = 1.67517131648865118353e-10 // 0x3DE705FC_2EEFA200
)

// Log2 returns the base-2 logarithm of x (FreeBSD e_log2.c):
// (f - f²/2 + kLog1p(f))/ln2 + k, with f - f²/2 and the final addition of k
// carried in extra precision, so exact powers of two give exact results.
func Log2(x float64) float64 {
	switch {
	case x == 0:
		return math.Inf(-1)
	case x < 0 || x != x:
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	k, f, _ := reduceLog(x)
	y := float64(k)
	hfsq := float64(float64(0.5*f) * f)
	r := kLog1p(f)
	hi := clearLow(f - hfsq)
	lo := (f - hi) - hfsq + r
	valHi := float64(hi * ivln2Hi)
	valLo := float64((lo+hi)*ivln2Lo) + float64(lo*ivln2Hi)
	w := y + valHi
	valLo += (y - w) + valHi
	valHi = w
	return valLo + valHi
}

const (
	ivln10   = 4.34294481903251816668e-01
	log102Hi = 3.01029995663611771306e-01 // 0x3FD34413_509F6000
	log102Lo = 3.69423907715893078616e-13 // 0x3D59FEF3_11F12B36
)

// Log10 returns the base-10 logarithm of x as V8 computes it:
// n·log10(2) + log(x/2^n)/ln10, with n chosen so that x/2^n lies in [1, 2)
// for x ≥ 1 and in [0.5, 1) below, and log10(2) split so n·log102Hi is exact.
func Log10(x float64) float64 {
	switch {
	case x == 0:
		return math.Inf(-1)
	case x < 0 || x != x:
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	hx := highWord(x)
	k := int32(0)
	if hx < 0x00100000 {
		k = -54
		x *= two54
		hx = highWord(x)
	}
	k += hx>>20 - 1023
	i := int32(uint32(k) >> 31)
	hx = hx&0x000FFFFF | (0x3FF-i)<<20
	y := float64(k + i)
	x = withHighWord(x, uint32(hx))
	z := float64(y*log102Lo) + float64(ivln10*Log(x))
	return z + float64(y*log102Hi)
}
