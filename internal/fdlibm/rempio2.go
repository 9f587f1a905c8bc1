package fdlibm

import "math"

// Argument reduction for the trigonometric functions: x - n·π/2 returned as
// a head and a tail, y0+y1, so that the kernels see about 85 more bits than
// one double carries. Medium arguments (|x| < 2^19·π/2) subtract n·π/2 held
// as three 33-bit pieces, refining only when cancellation demands it; larger
// ones go through the Payne–Hanek style reduction in kernelRemPio2, which
// multiplies by as many bits of 2/π as the exponent requires.

// twoOverPi holds the bits of 2/π after the binary point, 24 per entry.
var twoOverPi = [...]int32{
	0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C,
	0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649,
	0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44,
	0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B,
	0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D,
	0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
	0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330,
	0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08,
	0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
	0x73A8C9, 0x60E27B, 0xC08C6B,
}

// npio2HighWords[i] is the high word of (i+1)·π/2. An input sharing it is
// close enough to a multiple of π/2 that the quick reduction may cancel.
var npio2HighWords = [32]int32{
	0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
	0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
	0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
	0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
	0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
	0x404858EB, 0x404921FB,
}

const (
	twoP24  = 1.67772160000000000000e+07 // 2^24
	twoM24  = 5.96046447753906250000e-08 // 2^-24
	invpio2 = 6.36619772367581382433e-01 // 53 bits of 2/π
	pio2_1  = 1.57079632673412561417e+00 // first 33 bits of π/2
	pio2_1t = 6.07710050650619224932e-11 // π/2 - pio2_1
	pio2_2  = 6.07710050630396597660e-11 // second 33 bits of π/2
	pio2_2t = 2.02226624879595063154e-21 // π/2 - (pio2_1+pio2_2)
	pio2_3  = 2.02226624871116645580e-21 // third 33 bits of π/2
	pio2_3t = 8.47842766036889956997e-32 // π/2 - (pio2_1+pio2_2+pio2_3)
)

// remPio2 returns n and y0+y1 = x - n·π/2 for finite x with |x| > π/4.
func remPio2(x float64) (n int32, y0, y1 float64) {
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix <= 0x3FE921FB { // |x| ≤ π/4: nothing to reduce
		return 0, x, 0
	}
	if ix < 0x4002D97C { // |x| < 3π/4: n is ±1
		// Right at π/2 the 33+53-bit value of π/2 is not enough.
		sign := 1.0
		if hx < 0 {
			sign = -1
		}
		z := x - float64(sign*pio2_1)
		tail := pio2_1t
		if ix == 0x3FF921FB {
			z -= float64(sign * pio2_2)
			tail = pio2_2t
		}
		y0 = z - float64(sign*tail)
		y1 = (z - y0) - float64(sign*tail)
		return int32(sign), y0, y1
	}
	if ix <= 0x413921FB { // |x| ≤ 2^19·π/2
		t := math.Abs(x)
		n = int32(float64(t*invpio2) + 0.5)
		fn := float64(n)
		r := t - float64(fn*pio2_1)
		w := float64(fn * pio2_1t) // first round, good to 85 bits
		if n < 32 && ix != npio2HighWords[n-1] {
			y0 = r - w
		} else {
			j := ix >> 20
			y0 = r - w
			if j-(highWord(y0)>>20)&0x7FF > 16 { // second round, good to 118 bits
				t = r
				w = float64(fn * pio2_2)
				r = t - w
				w = float64(fn*pio2_2t) - ((t - r) - w)
				y0 = r - w
				if j-(highWord(y0)>>20)&0x7FF > 49 { // third round, 151 bits
					t = r
					w = float64(fn * pio2_3)
					r = t - w
					w = float64(fn*pio2_3t) - ((t - r) - w)
					y0 = r - w
				}
			}
		}
		y1 = (r - y0) - w
		if hx < 0 {
			return -n, -y0, -y1
		}
		return n, y0, y1
	}
	// Split |x| into three 24-bit pieces scaled by 2^-e0.
	e0 := int(ix>>20) - 1046
	z := fromWords(uint32(ix-int32(e0<<20)), lowWord(x))
	var tx [3]float64
	for i := 0; i < 2; i++ {
		tx[i] = float64(int32(z))
		z = float64((z - tx[i]) * twoP24)
	}
	tx[2] = z
	nx := 3
	for tx[nx-1] == 0 {
		nx--
	}
	n, y0, y1 = kernelRemPio2(tx[:nx], e0)
	if hx < 0 {
		return -n, -y0, -y1
	}
	return n, y0, y1
}

// piO2Chunks is π/2 cut into 24-bit pieces.
var piO2Chunks = [8]float64{
	1.57079625129699707031e+00, // 0x3FF921FB_40000000
	7.54978941586159635335e-08, // 0x3E74442D_00000000
	5.39030252995776476554e-15, // 0x3CF84698_80000000
	3.28200341580791294123e-22, // 0x3B78CC51_60000000
	1.27065575308067607349e-29, // 0x39F01B83_80000000
	1.22933308981111328932e-36, // 0x387A2520_40000000
	2.73370053816464559624e-44, // 0x36E38222_80000000
	2.16741683877804819444e-51, // 0x3569F31D_00000000
}

// kernelRemPio2 reduces x = Σ x[i]·2^(e0-24i) (each x[i] a 24-bit integer)
// modulo π/2 and returns the last three bits of the quotient with the
// remainder as y0+y1. It multiplies x by 2/π 24 bits at a time, skipping
// the leading bits of 2/π whose product is a multiple of 8 (and so cannot
// change n mod 8 or the fraction), which makes the cost independent of the
// exponent. When the fraction comes out with too many leading zero chunks to
// hold 53 bits, more chunks of 2/π are brought in and the product redone.
// This is fdlibm's k_rem_pio2.c at its 53-bit ("extended", jk=4) setting,
// the only one V8 uses.
func kernelRemPio2(x []float64, e0 int) (int32, float64, float64) {
	const jk = 4 // jk+1 chunks of 2/π to begin with
	const jp = jk
	var (
		f, fq, q [20]float64
		iq       [20]int32
	)
	jx := len(x) - 1
	jv := (e0 - 3) / 24
	if jv < 0 {
		jv = 0
	}
	q0 := e0 - 24*(jv+1)

	// f[0..jx+jk] holds the chunks of 2/π that meet x.
	for i, j := 0, jv-jx; i <= jx+jk; i, j = i+1, j+1 {
		if j >= 0 {
			f[i] = float64(twoOverPi[j])
		}
	}
	for i := 0; i <= jk; i++ {
		fw := 0.0
		for j := 0; j <= jx; j++ {
			fw += float64(x[j] * f[jx+i-j])
		}
		q[i] = fw
	}

	jz := jk
	var (
		n  int32
		ih int32
		z  float64
	)
	for {
		// Distill q[] into 24-bit integers iq[], least significant last.
		i := 0
		z = q[jz]
		for j := jz; j > 0; i, j = i+1, j-1 {
			fw := float64(int32(float64(twoM24 * z)))
			iq[i] = int32(z - float64(twoP24*fw))
			z = q[j-1] + fw
		}

		// The integer part mod 8 is n; z keeps the fraction.
		z = math.Ldexp(z, q0)
		z -= float64(8.0 * math.Floor(float64(z*0.125)))
		n = int32(z)
		z -= float64(n)
		ih = 0
		switch {
		case q0 > 0: // the lowest bits of n sit in iq[jz-1]
			i := iq[jz-1] >> (24 - q0)
			n += i
			iq[jz-1] -= i << (24 - q0)
			ih = iq[jz-1] >> (23 - q0)
		case q0 == 0:
			ih = iq[jz-1] >> 23
		case z >= 0.5:
			ih = 2
		}

		if ih > 0 { // fraction ≥ 0.5: take 1 - fraction and round n up
			n++
			carry := false
			for i := 0; i < jz; i++ {
				j := iq[i]
				if !carry {
					if j != 0 {
						carry = true
						iq[i] = 0x1000000 - j
					}
				} else {
					iq[i] = 0xFFFFFF - j
				}
			}
			switch q0 {
			case 1:
				iq[jz-1] &= 0x7FFFFF
			case 2:
				iq[jz-1] &= 0x3FFFFF
			}
			if ih == 2 {
				z = 1 - z
				if carry {
					z -= math.Ldexp(1, q0)
				}
			}
		}

		if z != 0 {
			break
		}
		j := int32(0)
		for i := jz - 1; i >= jk; i-- {
			j |= iq[i]
		}
		if j != 0 {
			break
		}
		// Every chunk past the first jk is zero: fetch k more chunks.
		k := 1
		for k <= jk && iq[jk-k] == 0 {
			k++
		}
		for i := jz + 1; i <= jz+k; i++ {
			f[jx+i] = float64(twoOverPi[jv+i])
			fw := 0.0
			for j := 0; j <= jx; j++ {
				fw += float64(x[j] * f[jx+i-j])
			}
			q[i] = fw
		}
		jz += k
	}

	// Drop zero chunks, or split a fraction too wide for one chunk.
	if z == 0 {
		jz--
		q0 -= 24
		for iq[jz] == 0 {
			jz--
			q0 -= 24
		}
	} else {
		z = math.Ldexp(z, -q0)
		if z >= twoP24 {
			fw := float64(int32(float64(twoM24 * z)))
			iq[jz] = int32(z - float64(twoP24*fw))
			jz++
			q0 += 24
			iq[jz] = int32(fw)
		} else {
			iq[jz] = int32(z)
		}
	}

	fw := math.Ldexp(1, q0)
	for i := jz; i >= 0; i-- {
		q[i] = float64(fw * float64(iq[i]))
		fw *= twoM24
	}

	// fq[] = π/2 · q[], then fold into a head and a tail.
	for i := jz; i >= 0; i-- {
		fw := 0.0
		for k := 0; k <= jp && k <= jz-i; k++ {
			fw += float64(piO2Chunks[k] * q[i+k])
		}
		fq[jz-i] = fw
	}
	fw = 0
	for i := jz; i >= 0; i-- {
		fw += fq[i]
	}
	y0 := fw
	fw = fq[0] - fw
	for i := 1; i <= jz; i++ {
		fw += fq[i]
	}
	y1 := fw
	if ih != 0 {
		y0, y1 = -y0, -y1
	}
	return n & 7, y0, y1
}
