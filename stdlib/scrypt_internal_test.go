package stdlib

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestScryptMatchesRFC7914 checks the test vectors of RFC 7914 §12 (the
// fourth, N = 2²⁰, needs a gigabyte and is left out).
func TestScryptMatchesRFC7914(t *testing.T) {
	for _, c := range []struct {
		password, salt string
		n, r, p        int
		want           string
	}{
		{"", "", 16, 1, 1, "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442" +
			"fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"},
		{"password", "NaCl", 1024, 8, 16, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162" +
			"2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"},
		{"pleaseletmein", "SodiumChloride", 16384, 8, 1, "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2" +
			"d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"},
	} {
		t.Run(c.password+" with N "+strconv.Itoa(c.n)+" derives the RFC's key", func(t *testing.T) {
			got := scryptKey([]byte(c.password), []byte(c.salt), c.n, c.r, c.p, 64)
			if diff := cmp.Diff(fromHex(t, c.want), got); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestScryptCheck(t *testing.T) {
	const mem32 = 32 << 20
	for _, c := range []struct {
		name          string
		n, r, p, mmax uint64
		want          string
	}{
		{"the defaults pass", 16384, 8, 1, mem32, scryptOK},
		{"N of 2 passes", 2, 1, 1, mem32, scryptOK},
		{"N of 1 is invalid", 1, 8, 1, mem32, scryptInvalid},
		{"N not a power of two is invalid", 3, 8, 1, mem32, scryptInvalid},
		{"V just over maxmem is refused", 16384, 16, 1, mem32, scryptMemoryLimit},
		{"N of 2^(16r) is refused", 1 << 16, 1, 1, 1 << 40, scryptMemoryLimit},
		{"N just below 2^(16r) passes", 1 << 15, 1, 1, 1 << 40, scryptOK},
		{"p·r of 2^30 is refused", 16, 1, 1 << 30, 1 << 62, scryptMemoryLimit},
		{"B over 2 GB is refused", 16, 1 << 20, 1 << 5, 1 << 62, scryptMemoryLimit},
		{"V overflowing 64 bits is refused", 1 << 31, 1 << 30, 1, 1<<64 - 1, scryptMemoryLimit},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scryptCheck(c.n, c.r, c.p, c.mmax); got != c.want {
				t.Errorf("scryptCheck(%d, %d, %d, %d) = %q, want %q", c.n, c.r, c.p, c.mmax, got, c.want)
			}
		})
	}
}
