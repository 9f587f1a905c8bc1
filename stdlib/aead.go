package stdlib

import (
	"crypto/cipher"
	"encoding/binary"
)

// Streaming AEADs: AES-GCM (NIST SP 800-38D) and ChaCha20-Poly1305
// (RFC 8439 §2.8). Go's cipher.AEAD seals and opens whole messages, but a
// node cipher returns ciphertext (or unverified plaintext) from every
// update and computes or checks the tag at final, so both are built here
// from a keystream and a MAC over 16-byte blocks. They share the layout
// of the authenticated data: the AAD zero-padded to a block, the
// ciphertext zero-padded to a block, then a block of the two lengths.

// blockMAC is GHASH or Poly1305 fed whole blocks.
type blockMAC interface {
	block(b []byte)
	sum() []byte
}

// aeadStream encrypts or decrypts with a keystream and authenticates the
// AAD and the ciphertext.
type aeadStream struct {
	stream  cipher.Stream
	mac     blockMAC
	decrypt bool
	// lengths writes the final length block from the byte counts.
	lengths func(b []byte, aadLen, ctLen uint64)
	// finish turns the MAC's sum into the full tag (GCM encrypts it).
	finish func(sum []byte) []byte

	buf           [16]byte
	n             int
	aadLen, ctLen uint64
	inText        bool
}

// feed authenticates p, a block at a time.
func (a *aeadStream) feed(p []byte) {
	for len(p) > 0 {
		k := copy(a.buf[a.n:], p)
		a.n += k
		p = p[k:]
		if a.n == 16 {
			a.mac.block(a.buf[:])
			a.n = 0
		}
	}
}

// pad ends the AAD or the ciphertext with zeros to a block boundary.
func (a *aeadStream) pad() {
	if a.n > 0 {
		clear(a.buf[a.n:])
		a.mac.block(a.buf[:])
		a.n = 0
	}
}

func (a *aeadStream) aad(p []byte) {
	a.feed(p)
	a.aadLen += uint64(len(p))
}

func (a *aeadStream) crypt(dst, src []byte) {
	if !a.inText {
		a.pad()
		a.inText = true
	}
	if a.decrypt {
		a.feed(src)
		a.stream.XORKeyStream(dst, src)
	} else {
		a.stream.XORKeyStream(dst, src)
		a.feed(dst)
	}
	a.ctLen += uint64(len(src))
}

// tag is the full-length tag of everything fed so far; it ends the MAC.
func (a *aeadStream) tag() []byte {
	a.pad()
	var b [16]byte
	a.lengths(b[:], a.aadLen, a.ctLen)
	a.mac.block(b[:])
	return a.finish(a.mac.sum())
}

// newChaCha20Poly1305 is §2.8's construction: the one-time Poly1305 key
// is the first half of keystream block 0, the text uses blocks 1 on.
func newChaCha20Poly1305(key, nonce []byte, decrypt bool) *aeadStream {
	var polyKey [32]byte
	newChaCha20(key, 0, nonce).XORKeyStream(polyKey[:], polyKey[:])
	return &aeadStream{
		stream:  newChaCha20(key, 1, nonce),
		mac:     newPoly1305(polyKey[:]),
		decrypt: decrypt,
		lengths: func(b []byte, aadLen, ctLen uint64) {
			binary.LittleEndian.PutUint64(b[0:], aadLen)
			binary.LittleEndian.PutUint64(b[8:], ctLen)
		},
		finish: func(sum []byte) []byte { return sum },
	}
}

// ghash is GHASH's running value Y, multiplied by H in GF(2¹²⁸) after
// each block (SP 800-38D §6.4), with the field's bit-reflected order: the
// first byte's top bit is the coefficient of x⁰.
type ghash struct {
	hHi, hLo uint64
	yHi, yLo uint64
}

func newGHASH(h []byte) *ghash {
	return &ghash{hHi: binary.BigEndian.Uint64(h[0:]), hLo: binary.BigEndian.Uint64(h[8:])}
}

// block sets Y = (Y ⊕ X)·H by SP 800-38D Algorithm 1, with masks instead
// of branches so its time does not depend on the data.
func (g *ghash) block(x []byte) {
	xHi := g.yHi ^ binary.BigEndian.Uint64(x[0:])
	xLo := g.yLo ^ binary.BigEndian.Uint64(x[8:])
	var zHi, zLo uint64
	vHi, vLo := g.hHi, g.hLo
	for i := range 128 {
		var bit uint64
		if i < 64 {
			bit = xHi >> (63 - i) & 1
		} else {
			bit = xLo >> (127 - i) & 1
		}
		m := -bit
		zHi ^= vHi & m
		zLo ^= vLo & m
		// V·x: shift right, folding the bit that falls off back in
		// with R = 11100001 || 0¹²⁰.
		r := -(vLo & 1)
		vLo = vLo>>1 | vHi<<63
		vHi = vHi>>1 ^ 0xe100000000000000&r
	}
	g.yHi, g.yLo = zHi, zLo
}

func (g *ghash) sum() []byte {
	out := make([]byte, 16)
	binary.BigEndian.PutUint64(out[0:], g.yHi)
	binary.BigEndian.PutUint64(out[8:], g.yLo)
	return out
}

// gcmCounter is GCM's CTR mode: only the last 32 bits of the counter
// block count, wrapping (inc32), where cipher.NewCTR would carry into
// the nonce.
type gcmCounter struct {
	block cipher.Block
	ctr   [16]byte
	ks    [16]byte
	pos   int
}

func (c *gcmCounter) XORKeyStream(dst, src []byte) {
	for i := range src {
		if c.pos == 16 {
			c.block.Encrypt(c.ks[:], c.ctr[:])
			binary.BigEndian.PutUint32(c.ctr[12:], binary.BigEndian.Uint32(c.ctr[12:])+1)
			c.pos = 0
		}
		dst[i] = src[i] ^ c.ks[c.pos]
		c.pos++
	}
}

// newGCM starts GCM with a nonce of any non-zero length: 12 bytes are
// the pre-counter block J0 with a count of 1, other lengths are hashed
// into J0 (§7.1 step 2).
func newGCM(block cipher.Block, iv []byte, decrypt bool) *aeadStream {
	var h [16]byte
	block.Encrypt(h[:], h[:])
	var j0 [16]byte
	if len(iv) == 12 {
		copy(j0[:], iv)
		j0[15] = 1
	} else {
		g := newGHASH(h[:])
		a := &aeadStream{mac: g}
		a.feed(iv)
		a.pad()
		var b [16]byte
		binary.BigEndian.PutUint64(b[8:], uint64(len(iv))*8)
		g.block(b[:])
		copy(j0[:], g.sum())
	}
	ctr := &gcmCounter{block: block, ctr: j0, pos: 16}
	binary.BigEndian.PutUint32(ctr.ctr[12:], binary.BigEndian.Uint32(j0[12:])+1)
	return &aeadStream{
		stream:  ctr,
		mac:     newGHASH(h[:]),
		decrypt: decrypt,
		lengths: func(b []byte, aadLen, ctLen uint64) {
			binary.BigEndian.PutUint64(b[0:], aadLen*8)
			binary.BigEndian.PutUint64(b[8:], ctLen*8)
		},
		finish: func(sum []byte) []byte {
			var ej0 [16]byte
			block.Encrypt(ej0[:], j0[:])
			for i := range sum {
				sum[i] ^= ej0[i]
			}
			return sum
		},
	}
}
