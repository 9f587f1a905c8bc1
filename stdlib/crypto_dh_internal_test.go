package stdlib

import (
	"math/big"
	"testing"
)

// The MODP constants are long hex strings typed into crypto_dh.go: each
// must be a safe prime of its RFC's size, with all-ones top and bottom 64
// bits (RFC 3526 §1's construction), or a digit went wrong.
func TestDHGroupsAreSafePrimesOfTheirSize(t *testing.T) {
	sizes := []struct {
		name string
		bits int
	}{
		{"modp1", 768}, {"modp2", 1024}, {"modp5", 1536}, {"modp14", 2048},
		{"modp15", 3072}, {"modp16", 4096}, {"modp17", 6144}, {"modp18", 8192},
	}
	ones := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(1))
	for _, s := range sizes {
		hex, _, ok := dhGroup(s.name)
		if !ok {
			t.Fatalf("%s: not a group", s.name)
		}
		p, ok := new(big.Int).SetString(hex, 16)
		if !ok {
			t.Fatalf("%s: not hex", s.name)
		}
		if p.BitLen() != s.bits {
			t.Errorf("%s: %d bits, want %d", s.name, p.BitLen(), s.bits)
		}
		if new(big.Int).And(p, ones).Cmp(ones) != 0 || new(big.Int).Rsh(p, uint(s.bits-64)).Cmp(ones) != 0 {
			t.Errorf("%s: top or bottom 64 bits not all ones", s.name)
		}
		if got := dhCheck(p, big.NewInt(2)); got != 0 {
			t.Errorf("%s: DH_check flags %#x, want 0", s.name, got)
		}
	}
}

// dhCheck's flags for small moduli, as node v20 reports verifyError.
func TestDHCheckFlags(t *testing.T) {
	tests := []struct {
		p, g int64
		want int
	}{
		{23, 2, 0x80},  // safe prime, too small
		{24, 2, 0x81},  // not prime
		{29, 2, 0x82},  // prime, not safe (14 is not prime)
		{23, 22, 0x88}, // generator p-1
	}
	for _, tt := range tests {
		if got := dhCheck(big.NewInt(tt.p), big.NewInt(tt.g)); got != tt.want {
			t.Errorf("dhCheck(%d, %d) = %#x, want %#x", tt.p, tt.g, got, tt.want)
		}
	}
}

func TestGeneratePrimeHasExactlyItsBitsAndItsResidue(t *testing.T) {
	for _, bits := range []int{2, 3, 8, 17, 64, 128} {
		p := generatePrime(bits, false, nil, nil)
		if p.BitLen() != bits || !p.ProbablyPrime(20) || p.Bit(bits-2) != 1 {
			t.Errorf("generatePrime(%d) = %v", bits, p)
		}
	}
	p := generatePrime(64, true, nil, nil)
	if q := new(big.Int).Rsh(p, 1); !q.ProbablyPrime(20) {
		t.Errorf("safe prime %v: (p-1)/2 is not prime", p)
	}
	add, rem := big.NewInt(24), big.NewInt(23)
	p = generatePrime(48, false, add, rem)
	if new(big.Int).Mod(p, add).Cmp(rem) != 0 || p.BitLen() != 48 {
		t.Errorf("generatePrime(48, add 24, rem 23) = %v", p)
	}
	// The sieve steps by add; one wider than 64 bits must keep working.
	add, _ = new(big.Int).SetString("100000000000000000000000000000001e", 16)
	rem = big.NewInt(1)
	p = generatePrime(160, false, add, rem)
	if new(big.Int).Mod(p, add).Cmp(rem) != 0 || p.BitLen() != 160 || !p.ProbablyPrime(20) {
		t.Errorf("generatePrime(160, a 129-bit add, rem 1) = %v", p)
	}
	p = generatePrime(256, true, big.NewInt(24), big.NewInt(23))
	if q := new(big.Int).Rsh(p, 1); !q.ProbablyPrime(20) || !p.ProbablyPrime(20) || p.BitLen() != 256 {
		t.Errorf("safe generatePrime(256, add 24, rem 23) = %v", p)
	}
}
