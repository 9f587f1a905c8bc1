package fdlibm

import "math"

// fdlibm reasons about a double as two 32-bit words: the high word holds the
// sign, the exponent and the top 20 bits of the significand, and most range
// tests compare it against constants. These helpers give that view in Go.
// The high word is signed because several tests rely on negative inputs
// comparing below every positive threshold.

func highWord(x float64) int32 { return int32(math.Float64bits(x) >> 32) }

func lowWord(x float64) uint32 { return uint32(math.Float64bits(x)) }

func fromWords(hi, lo uint32) float64 { return math.Float64frombits(uint64(hi)<<32 | uint64(lo)) }

func withHighWord(x float64, hi uint32) float64 { return fromWords(hi, lowWord(x)) }

// clearLow zeroes the low word, leaving a value with at most 21 significant
// bits whose products with similar values are exact.
func clearLow(x float64) float64 { return math.Float64frombits(math.Float64bits(x) &^ 0xFFFFFFFF) }
