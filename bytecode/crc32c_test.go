package bytecode

import (
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

func TestCRC32CMatchesTheStandardLibrary(t *testing.T) {
	tab := crc32.MakeTable(crc32.Castagnoli)
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 63, 64, 65, 1000, 4096, 100003, largeCRCInput - 1, largeCRCInput + 5} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		want := crc32.Checksum(b, tab)
		if got := crc32cSlicing(b); got != want {
			t.Errorf("%d bytes: the slicing-by-8 loop gives %#x, hash/crc32 says %#x", n, got, want)
		}
		if got := crc32c(b); got != want {
			t.Errorf("%d bytes: crc32c = %#x, hash/crc32 says %#x", n, got, want)
		}
	}
}

func BenchmarkCRC32C(b *testing.B) {
	buf := make([]byte, 64<<10)
	b.SetBytes(int64(len(buf)))
	for i := 0; i < b.N; i++ {
		crc32cSlicing(buf)
	}
}
