package jsnum

import (
	"math"
	"strconv"
)

// ToIntegerOrInfinity is ECMA-262 §7.1.5 for an argument already converted to
// a Number: NaN and ±0 become +0, infinities stay, everything else truncates
// toward zero.
func ToIntegerOrInfinity(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return 0
	}
	t := math.Trunc(x)
	if t == 0 {
		return 0 // -0.5 truncates to -0, which the spec normalises to +0
	}
	return t
}

// modulo2p32 is the integer part of x modulo 2^32 in 0..2^32-1, the shared
// core of ToInt32 and ToUint32 (ECMA-262 §7.1.6 steps 2-4, §7.1.7 steps 2-4):
// non-finite values give 0.
//
// Values in int64's range (nearly every call: typed-array stores
// and bitwise operators see small integers) take the conversion: int64(x)
// truncates toward zero and the low 32 bits of a two's complement integer
// are that integer modulo 2^32, with none of math.Mod's cost.
func modulo2p32(x float64) uint32 {
	if x >= -1<<63 && x < 1<<63 {
		return uint32(int64(x))
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	m := math.Mod(math.Trunc(x), 1<<32) // exact, and in (-2^32, 2^32)
	if m < 0 {
		m += 1 << 32
	}
	return uint32(m)
}

// ToInt32 is ECMA-262 §7.1.6 for an argument already converted to a Number.
func ToInt32(x float64) int32 { return int32(modulo2p32(x)) }

// ToUint32 is ECMA-262 §7.1.7 for an argument already converted to a Number.
func ToUint32(x float64) uint32 { return modulo2p32(x) }

// ToUint16 is ECMA-262 §7.1.9 for an argument already converted to a Number;
// 2^32 is a multiple of 2^16, so the low 16 bits of ToUint32 are the answer.
func ToUint16(x float64) uint16 { return uint16(modulo2p32(x)) }

// CanonicalIndex reports whether s is an array index in canonical form: the
// decimal form of an integer 0..2^32-2 as ToString would print it (no sign,
// no leading zeros, so neither "-0" nor "01"), and returns its value. This is
// the test of ECMA-262 §6.1.7 ("array index") combined with
// CanonicalNumericIndexString §7.1.21.
func CanonicalIndex(s string) (uint32, bool) {
	if s == "" || len(s) > 10 || (s[0] == '0' && len(s) > 1) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n > math.MaxUint32-1 {
		return 0, false
	}
	return uint32(n), true
}
