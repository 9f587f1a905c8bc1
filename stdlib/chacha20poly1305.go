package stdlib

import (
	"crypto/subtle"
	"encoding/binary"
	"math/bits"
)

// ChaCha20 and Poly1305 (RFC 8439), which Go's standard library keeps
// internal to crypto/tls. Both are streaming here because a node cipher
// hands out ciphertext on every update and the tag only at final.

// chacha20 is the ChaCha20 keystream as a cipher.Stream: the state's
// sixteen words (RFC 8439 §2.3) with the block counter in word 12.
type chacha20 struct {
	state [16]uint32
	ks    [64]byte
	pos   int // next unused keystream byte; 64 when a block is due
}

// newChaCha20 starts the keystream of a 32-byte key at a block counter
// and a 12-byte nonce.
func newChaCha20(key []byte, counter uint32, nonce []byte) *chacha20 {
	c := &chacha20{pos: 64}
	c.state[0], c.state[1], c.state[2], c.state[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
	for i := range 8 {
		c.state[4+i] = binary.LittleEndian.Uint32(key[4*i:])
	}
	c.state[12] = counter
	for i := range 3 {
		c.state[13+i] = binary.LittleEndian.Uint32(nonce[4*i:])
	}
	return c
}

func quarterRound(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d = bits.RotateLeft32(d^a, 16)
	c += d
	b = bits.RotateLeft32(b^c, 12)
	a += b
	d = bits.RotateLeft32(d^a, 8)
	c += d
	b = bits.RotateLeft32(b^c, 7)
	return a, b, c, d
}

// block computes the keystream block of the current counter (§2.3) and
// moves the counter on.
func (c *chacha20) block() {
	x := c.state
	for range 10 {
		x[0], x[4], x[8], x[12] = quarterRound(x[0], x[4], x[8], x[12])
		x[1], x[5], x[9], x[13] = quarterRound(x[1], x[5], x[9], x[13])
		x[2], x[6], x[10], x[14] = quarterRound(x[2], x[6], x[10], x[14])
		x[3], x[7], x[11], x[15] = quarterRound(x[3], x[7], x[11], x[15])
		x[0], x[5], x[10], x[15] = quarterRound(x[0], x[5], x[10], x[15])
		x[1], x[6], x[11], x[12] = quarterRound(x[1], x[6], x[11], x[12])
		x[2], x[7], x[8], x[13] = quarterRound(x[2], x[7], x[8], x[13])
		x[3], x[4], x[9], x[14] = quarterRound(x[3], x[4], x[9], x[14])
	}
	for i := range 16 {
		binary.LittleEndian.PutUint32(c.ks[4*i:], x[i]+c.state[i])
	}
	c.state[12]++
	c.pos = 0
}

func (c *chacha20) XORKeyStream(dst, src []byte) {
	for len(src) > 0 {
		if c.pos == 64 {
			c.block()
		}
		n := subtle.XORBytes(dst, src, c.ks[c.pos:])
		c.pos += n
		dst, src = dst[n:], src[n:]
	}
}

// poly1305 is the one-time authenticator of §2.5 over whole 16-byte
// blocks, which is all the AEAD construction feeds it (it pads). The
// accumulator h is h0 + h1·2⁶⁴ + h2·2¹²⁸, kept below a small multiple of
// p = 2¹³⁰ - 5, so h2 stays a few bits and its products fit 64 bits.
type poly1305 struct {
	r0, r1     uint64
	s0, s1     uint64
	h0, h1, h2 uint64
}

func newPoly1305(key []byte) *poly1305 {
	return &poly1305{
		// The clamp of §2.5.1: r's top four bits of every 32-bit word and
		// the bottom two of the upper three are cleared.
		r0: binary.LittleEndian.Uint64(key[0:]) & 0x0ffffffc0fffffff,
		r1: binary.LittleEndian.Uint64(key[8:]) & 0x0ffffffc0ffffffc,
		s0: binary.LittleEndian.Uint64(key[16:]),
		s1: binary.LittleEndian.Uint64(key[24:]),
	}
}

// block adds a full 16-byte block with its 2¹²⁸ bit and multiplies by r
// modulo p.
func (p *poly1305) block(m []byte) {
	var c uint64
	h0, c := bits.Add64(p.h0, binary.LittleEndian.Uint64(m[0:]), 0)
	h1, c := bits.Add64(p.h1, binary.LittleEndian.Uint64(m[8:]), c)
	h2 := p.h2 + c + 1

	// t = h·r as four 64-bit words; r0 and r1 are below 2⁶⁰ after the
	// clamp and h2 below 8, so h2·r0 and h2·r1 do not overflow.
	hi00, lo00 := bits.Mul64(h0, p.r0)
	hi01, lo01 := bits.Mul64(h0, p.r1)
	hi10, lo10 := bits.Mul64(h1, p.r0)
	hi11, lo11 := bits.Mul64(h1, p.r1)
	t0 := lo00
	t1, c1 := bits.Add64(hi00, lo01, 0)
	t1, c2 := bits.Add64(t1, lo10, 0)
	t2, c3 := bits.Add64(hi01, hi10, c1)
	t2, c4 := bits.Add64(t2, lo11, c2)
	t2, c5 := bits.Add64(t2, h2*p.r0, 0)
	t3 := hi11 + h2*p.r1 + c3 + c4 + c5

	// 2¹³⁰ ≡ 5 (mod p): the bits from 130 up, k, come back as 4k + k.
	h0, h1, h2 = t0, t1, t2&3
	k0, k1 := t2&^3, t3
	h0, c = bits.Add64(h0, k0, 0)
	h1, c = bits.Add64(h1, k1, c)
	h2 += c
	k0, k1 = k0>>2|k1<<62, k1>>2
	h0, c = bits.Add64(h0, k0, 0)
	h1, c = bits.Add64(h1, k1, c)
	h2 += c
	p.h0, p.h1, p.h2 = h0, h1, h2
}

// sum reduces h fully and adds s (§2.5.1's last step), in constant time.
func (p *poly1305) sum() []byte {
	g0, c := bits.Add64(p.h0, 5, 0)
	g1, c := bits.Add64(p.h1, 0, c)
	g2 := p.h2 + c
	// h + 5 reaching 2¹³⁰ means h >= p: take h - p, whose low 128 bits
	// are g's.
	mask := -(g2 >> 2)
	h0 := p.h0&^mask | g0&mask
	h1 := p.h1&^mask | g1&mask
	h0, c = bits.Add64(h0, p.s0, 0)
	h1, _ = bits.Add64(h1, p.s1, c)
	out := make([]byte, 16)
	binary.LittleEndian.PutUint64(out[0:], h0)
	binary.LittleEndian.PutUint64(out[8:], h1)
	return out
}
