package deflate

import "github.com/kilnjs/kiln/internal/lazy"

// A decodeTable turns the next bits of a stream into a symbol of a
// canonical Huffman code (RFC 1951 §3.2.2). Codes arrive least significant
// bit first, so the table is indexed by the next root bits as they sit in
// the bit buffer: every index whose low bits are a code of length ≤ root
// holds that code's symbol. A longer code's first root bits index a link to
// a sub-table, sized for the longest code under that prefix, which the next
// bits index in turn. This is zlib's two-level scheme (inftrees.c), and for
// the same reason: a one-level table of 2^15 entries would cost more to
// fill for each dynamic block than decoding the block.
//
// An entry is a uint32: the symbol (or a sub-table's offset) in the high
// 16 bits, the code length (or a sub-table's index bits) in the low 4, and
// the flags below. Entries no code reaches (an incomplete code, or a code
// with no symbols) are invalid, with the length of the table's longest
// code: a decoder that has fewer bits than that cannot yet tell whether
// the input is wrong or only cut short.
type decodeTable struct {
	t      []uint32
	root   uint // index bits of the root table
	sorted []uint16
}

const (
	entryLink    = 1 << 4
	entryInvalid = 1 << 5
)

// The ways a set of code lengths can fail to be a usable code.
type tableStatus int

const (
	tableOK         tableStatus = iota
	tableOversubbed             // more codes than the lengths leave room for
	tableIncomplete             // room for codes left over, where zlib refuses that
)

// build makes the table for the code with lengths lens. allowIncomplete is
// zlib's rule for literal/length and distance codes: a code may leave room
// unused only when it is a single code of one bit; the code-length code
// must be complete. A code with no symbols at all is accepted (a block of
// literals needs no distance code): all its entries are invalid, with
// length 1.
func (d *decodeTable) build(lens []uint8, rootBits uint, allowIncomplete bool) tableStatus {
	var count [maxBits + 1]int
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	maxLen := uint(maxBits)
	for maxLen > 0 && count[maxLen] == 0 {
		maxLen--
	}
	if maxLen == 0 {
		d.root = 1
		d.t = append(d.t[:0], entryInvalid|1, entryInvalid|1)
		return tableOK
	}
	left := 1
	for l := 1; l <= maxBits; l++ {
		left = left<<1 - count[l]
		if left < 0 {
			return tableOversubbed
		}
	}
	if left > 0 && (!allowIncomplete || maxLen != 1) {
		return tableIncomplete
	}

	// The symbols in canonical order: by length, then by value.
	var offs [maxBits + 2]int
	for l := 1; l <= maxBits; l++ {
		offs[l+1] = offs[l] + count[l]
	}
	n := offs[maxBits+1]
	if cap(d.sorted) < n {
		d.sorted = make([]uint16, n, lCodes+2)
	}
	sorted := d.sorted[:n]
	for sym, l := range lens {
		if l != 0 {
			sorted[offs[l]] = uint16(sym)
			offs[l]++
		}
	}

	root := min(rootBits, maxLen)
	d.root = root
	rootSize := 1 << root
	invalid := entryInvalid | uint32(maxLen)
	t := d.t[:0]
	for range rootSize {
		t = append(t, invalid)
	}
	code := 0 // the canonical code, most significant bit first
	prevLen := uint(0)
	subPrefix := -1
	subOff, subBits := 0, uint(0)
	for _, sym := range sorted {
		l := uint(lens[sym])
		code <<= l - prevLen
		prevLen = l
		rev := int(reverse(uint16(code), int(l)))
		entry := uint32(sym)<<16 | uint32(l)
		if l <= root {
			for i := rev; i < rootSize; i += 1 << l {
				t[i] = entry
			}
		} else {
			prefix := rev & (rootSize - 1)
			if prefix != subPrefix {
				// A new sub-table, as deep as the codes under this prefix
				// need: grow it while the codes still to place would not
				// fill it (inftrees.c's sizing).
				subPrefix = prefix
				subBits = l - root
				room := 1 << subBits
				for subBits+root < maxLen {
					room -= count[subBits+root]
					if room <= 0 {
						break
					}
					subBits++
					room <<= 1
				}
				subOff = len(t)
				for range 1 << subBits {
					t = append(t, invalid)
				}
				t[prefix] = uint32(subOff)<<16 | entryLink | uint32(subBits)
			}
			for i := rev >> root; i < 1<<subBits; i += 1 << (l - root) {
				t[subOff+i] = entry
			}
		}
		count[l]--
		code++
	}
	d.t = t
	return tableOK
}

// fixedDecode holds the tables of the fixed codes (RFC 1951 §3.2.6), all
// 288 literal/length codes and 32 distance codes: the symbols no block may
// use (286, 287, 30, 31) decode, and the decoder refuses them, as zlib
// does.
type fixedDecode struct {
	lit, dist decodeTable
}

var fixedTables = &lazy.Value[*fixedDecode]{New: func() *fixedDecode {
	f := &fixedDecode{}
	lens := fixedLitLengths()
	f.lit.build(lens[:], 9, false)
	var dlens [32]uint8
	for n := range dlens {
		dlens[n] = 5
	}
	f.dist.build(dlens[:], 5, false)
	return f
}}
