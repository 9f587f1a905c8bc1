package deflate

import "github.com/kilnjs/kiln/internal/lazy"

// Sizes of the three alphabets of RFC 1951 §3.2.5–3.2.7.
const (
	literals  = 256
	endBlock  = 256
	lCodes    = literals + 1 + 29 // literal/length codes
	dCodes    = 30                // distance codes
	blCodes   = 19                // code-length codes
	heapSize  = 2*lCodes + 1      // leaves and inner nodes of the largest tree
	maxBits   = 15                // longest literal/length or distance code
	maxBLBits = 7                 // longest code-length code
	minMatch  = 3
	maxMatch  = 258
	// minLookahead is the lookahead kept before a match is searched, so a
	// match of maxMatch and the next string's hash fit behind strstart.
	minLookahead = maxMatch + minMatch + 1
	// tooFar is the distance beyond which a match of length 3 is not worth
	// its code (it would cost more bits than three literals).
	tooFar = 4096
	// The code-length code's repeat symbols.
	rep3to6     = 16
	repZ3to10   = 17
	repZ11to138 = 18
)

var (
	extraLBits  = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	extraDBits  = [dCodes]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	extraBLBits = [blCodes]uint8{16: 2, 17: 3, 18: 7}
	// blOrder is the order in which code-length code lengths are sent.
	blOrder = [blCodes]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

// codeTables are the derived tables: the fixed codes of RFC 1951 §3.2.6
// and the maps from match lengths and distances to their codes.
type codeTables struct {
	staticL    [lCodes + 2]code // 288 fixed literal/length codes
	staticD    [dCodes]code
	lengthCode [maxMatch - minMatch + 1]uint8 // length-3 → length code - 257
	baseLength [29]int
	distCode   [512]uint8 // dist-1 → code, for dist-1 < 256 and (dist-1)>>7 above
	baseDist   [dCodes]int
}

// code is a Huffman code: its bits (already reversed for LSB-first output)
// and length.
type code struct {
	bits uint16
	len  uint8
}

var tables = &lazy.Value[*codeTables]{New: buildTables}

func buildTables() *codeTables {
	t := &codeTables{}
	length := 0
	for c := 0; c < 28; c++ {
		t.baseLength[c] = length
		for n := 0; n < 1<<extraLBits[c]; n++ {
			t.lengthCode[length] = uint8(c)
			length++
		}
	}
	// Length 258 has code 285 of its own, though 284 could also say it.
	t.lengthCode[length-1] = 28
	t.baseLength[28] = maxMatch - minMatch
	dist := 0
	for c := 0; c < 16; c++ {
		t.baseDist[c] = dist
		for n := 0; n < 1<<extraDBits[c]; n++ {
			t.distCode[dist] = uint8(c)
			dist++
		}
	}
	dist >>= 7
	for c := 16; c < dCodes; c++ {
		t.baseDist[c] = dist << 7
		for n := 0; n < 1<<(extraDBits[c]-7); n++ {
			t.distCode[256+dist] = uint8(c)
			dist++
		}
	}
	lens := fixedLitLengths()
	var count [maxBits + 1]int
	for _, l := range lens {
		count[l]++
	}
	assignCodes(t.staticL[:], lens[:], count[:])
	for n := range t.staticD {
		t.staticD[n] = code{bits: reverse(uint16(n), 5), len: 5}
	}
	return t
}

// dCode is the distance code of a distance minus one.
func (t *codeTables) dCode(dist int) int {
	if dist < 256 {
		return int(t.distCode[dist])
	}
	return int(t.distCode[256+dist>>7])
}

// assignCodes gives each symbol with a nonzero length its canonical code
// (RFC 1951 §3.2.2), bit-reversed. count[l] is how many symbols have
// length l.
func assignCodes(codes []code, lens []uint8, count []int) {
	var next [maxBits + 1]int
	c := 0
	for bits := 1; bits <= maxBits; bits++ {
		c = (c + count[bits-1]) << 1
		next[bits] = c
	}
	for n, l := range lens {
		if l == 0 {
			continue
		}
		codes[n] = code{bits: reverse(uint16(next[l]), int(l)), len: l}
		next[l]++
	}
}

func reverse(v uint16, n int) uint16 {
	var r uint16
	for ; n > 0; n-- {
		r = r<<1 | v&1
		v >>= 1
	}
	return r
}

// fixedLitLengths are the code lengths of the fixed literal/length code
// (RFC 1951, 3.2.6), with the two codes that never occur.
func fixedLitLengths() (lens [lCodes + 2]uint8) {
	for n := range lens {
		switch {
		case n < 144:
			lens[n] = 8
		case n < 256:
			lens[n] = 9
		case n < 280:
			lens[n] = 7
		default:
			lens[n] = 8
		}
	}
	return lens
}
