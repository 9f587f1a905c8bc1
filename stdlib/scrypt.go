package stdlib

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// scrypt (RFC 7914), which Go's standard library lacks. The blocks are
// worked on as little-endian 32-bit words, as Salsa20 reads them.

// Why scrypt parameters are refused, as node reports it: OpenSSL raises
// "memory limit exceeded" for every limit, and nothing for an N that is
// not a power of two above 1.
const (
	scryptOK          = ""
	scryptInvalid     = "invalid"
	scryptMemoryLimit = "memory"
)

// scryptCheck applies OpenSSL's limits to N, r, p and maxmem (r and p are
// at least 1 here): p·r below 2³⁰, N below 2^(16r), the 128·r·p bytes of
// B within an int, and B plus the 128·r·(N+2) bytes of V within maxmem.
func scryptCheck(n, r, p, maxmem uint64) string {
	const prMax = 1<<30 - 1
	switch {
	case n < 2 || n&(n-1) != 0:
		return scryptInvalid
	case p > prMax/r:
		return scryptMemoryLimit
	case 16*r < 64 && n >= 1<<(16*r):
		return scryptMemoryLimit
	}
	bLen := 128 * r * p
	if bLen > 1<<31-1 {
		return scryptMemoryLimit
	}
	hi, vLen := bits.Mul64(128*r, n+2)
	if hi != 0 || bLen+vLen < vLen || bLen+vLen > maxmem {
		return scryptMemoryLimit
	}
	return scryptOK
}

// scryptKey is scrypt(password, salt, N, r, p, dkLen) of RFC 7914 §6, for
// parameters scryptCheck accepted.
func scryptKey(password, salt []byte, n, r, p, keyLen int) []byte {
	if keyLen == 0 {
		return []byte{}
	}
	blockLen := 128 * r
	b, err := pbkdf2.Key(sha256.New, string(password), salt, 1, p*blockLen)
	if err != nil {
		panic("crypto: scrypt's first PBKDF2 failed: " + err.Error())
	}
	x := make([]uint32, 32*r)
	y := make([]uint32, 32*r)
	v := make([]uint32, 32*r*n)
	for i := range p {
		block := b[i*blockLen : (i+1)*blockLen]
		for j := range x {
			x[j] = binary.LittleEndian.Uint32(block[4*j:])
		}
		roMix(x, y, v, n)
		for j, w := range x {
			binary.LittleEndian.PutUint32(block[4*j:], w)
		}
	}
	dk, err := pbkdf2.Key(sha256.New, string(password), b, 1, keyLen)
	if err != nil {
		panic("crypto: scrypt's last PBKDF2 failed: " + err.Error())
	}
	return dk
}

// roMix is scryptROMix (§5) on x in place, with y as scratch space and v
// holding the N blocks.
func roMix(x, y, v []uint32, n int) {
	size := len(x)
	for i := range n {
		copy(v[i*size:], x)
		blockMix(x, y)
	}
	for range n {
		// Integerify: the first word of the last 64-byte block; N is a
		// power of two below 2³², so its low bits are enough.
		j := int(x[size-16]) & (n - 1)
		vj := v[j*size : (j+1)*size]
		for k := range x {
			x[k] ^= vj[k]
		}
		blockMix(x, y)
	}
}

// blockMix is scryptBlockMix (§4) on b in place: the 2r 64-byte blocks
// are chained through Salsa20/8, and the even results come out before
// the odd ones. y is scratch space as long as b.
func blockMix(b, y []uint32) {
	r2 := len(b) / 16
	var t [16]uint32
	copy(t[:], b[len(b)-16:])
	for i := range r2 {
		for k := range t {
			t[k] ^= b[i*16+k]
		}
		salsa208(&t)
		// Y_i goes to the first half when i is even, the second when odd.
		dst := (i/2 + (i%2)*(r2/2)) * 16
		copy(y[dst:dst+16], t[:])
	}
	copy(b, y)
}

// salsa208 is the Salsa20/8 core (§3): four double rounds, then the input
// added back.
func salsa208(b *[16]uint32) {
	x := *b
	for range 4 {
		// Column round.
		x[4] ^= bits.RotateLeft32(x[0]+x[12], 7)
		x[8] ^= bits.RotateLeft32(x[4]+x[0], 9)
		x[12] ^= bits.RotateLeft32(x[8]+x[4], 13)
		x[0] ^= bits.RotateLeft32(x[12]+x[8], 18)
		x[9] ^= bits.RotateLeft32(x[5]+x[1], 7)
		x[13] ^= bits.RotateLeft32(x[9]+x[5], 9)
		x[1] ^= bits.RotateLeft32(x[13]+x[9], 13)
		x[5] ^= bits.RotateLeft32(x[1]+x[13], 18)
		x[14] ^= bits.RotateLeft32(x[10]+x[6], 7)
		x[2] ^= bits.RotateLeft32(x[14]+x[10], 9)
		x[6] ^= bits.RotateLeft32(x[2]+x[14], 13)
		x[10] ^= bits.RotateLeft32(x[6]+x[2], 18)
		x[3] ^= bits.RotateLeft32(x[15]+x[11], 7)
		x[7] ^= bits.RotateLeft32(x[3]+x[15], 9)
		x[11] ^= bits.RotateLeft32(x[7]+x[3], 13)
		x[15] ^= bits.RotateLeft32(x[11]+x[7], 18)
		// Row round.
		x[1] ^= bits.RotateLeft32(x[0]+x[3], 7)
		x[2] ^= bits.RotateLeft32(x[1]+x[0], 9)
		x[3] ^= bits.RotateLeft32(x[2]+x[1], 13)
		x[0] ^= bits.RotateLeft32(x[3]+x[2], 18)
		x[6] ^= bits.RotateLeft32(x[5]+x[4], 7)
		x[7] ^= bits.RotateLeft32(x[6]+x[5], 9)
		x[4] ^= bits.RotateLeft32(x[7]+x[6], 13)
		x[5] ^= bits.RotateLeft32(x[4]+x[7], 18)
		x[11] ^= bits.RotateLeft32(x[10]+x[9], 7)
		x[8] ^= bits.RotateLeft32(x[11]+x[10], 9)
		x[9] ^= bits.RotateLeft32(x[8]+x[11], 13)
		x[10] ^= bits.RotateLeft32(x[9]+x[8], 18)
		x[12] ^= bits.RotateLeft32(x[15]+x[14], 7)
		x[13] ^= bits.RotateLeft32(x[12]+x[15], 9)
		x[14] ^= bits.RotateLeft32(x[13]+x[12], 13)
		x[15] ^= bits.RotateLeft32(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}
