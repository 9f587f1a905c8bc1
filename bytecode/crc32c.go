package bytecode

import (
	"encoding/binary"
	"hash/crc32"
	"sync"
)

// CRC-32C (Castagnoli), the per-section checksum of a snapshot, computed
// slicing-by-8 in plain Go for sections under half a megabyte. hash/crc32 is
// five times faster (it uses the SSE4.2 instruction), but the first
// Castagnoli table it makes costs 150–300 µs of precomputation, a tenth of
// Kiln's whole start-up, to check sections of a few kilobytes. The slicing
// tables are data the linker lays out (crc32c_table.go, written by
// crc32c_gen.go): made at run time they were 8 KB of fresh memory, two page
// faults and some microseconds of every snapshot's start-up. Larger sections,
// where hash/crc32's precomputation pays for itself, go to it.

//go:generate go run crc32c_gen.go

// largeCRCInput is where hash/crc32's speed repays its table's set-up.
const largeCRCInput = 512 << 10

// The table is made on first use, by sync.Once rather than sync.OnceValue: a
// package-level OnceValue is a call, which allocates during package
// initialisation in every process.
var (
	castagnoliOnce sync.Once
	castagnoli     *crc32.Table
)

func castagnoliTable() *crc32.Table {
	castagnoliOnce.Do(func() { castagnoli = crc32.MakeTable(crc32.Castagnoli) })
	return castagnoli
}

// CRC32C returns the CRC-32C of b as snapshots checksum their sections:
// from static tables for small inputs (no table built at start-up),
// through hash/crc32 (hardware where there is some) for large ones.
// Single executables' asset sections use it too.
func CRC32C(b []byte) uint32 { return crc32c(b) }

// crc32c returns the CRC-32C of b, equal to
// crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)).
func crc32c(b []byte) uint32 {
	if len(b) >= largeCRCInput {
		return crc32.Checksum(b, castagnoliTable())
	}
	return crc32cSlicing(b)
}

// crc32cSlicing is crc32c computed with the slicing-by-8 tables.
func crc32cSlicing(b []byte) uint32 {
	t := &crc32cTab
	c := ^uint32(0)
	for len(b) >= 8 {
		c ^= binary.LittleEndian.Uint32(b)
		hi := binary.LittleEndian.Uint32(b[4:])
		c = t[7][c&0xFF] ^ t[6][c>>8&0xFF] ^ t[5][c>>16&0xFF] ^ t[4][c>>24] ^
			t[3][hi&0xFF] ^ t[2][hi>>8&0xFF] ^ t[1][hi>>16&0xFF] ^ t[0][hi>>24]
		b = b[8:]
	}
	for _, x := range b {
		c = t[0][byte(c)^x] ^ c>>8
	}
	return ^c
}
