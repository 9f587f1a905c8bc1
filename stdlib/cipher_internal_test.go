package stdlib

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func fromHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// cryptPieces runs src through crypt in uneven pieces.
func cryptPieces(crypt func(dst, src []byte), src []byte) []byte {
	out := make([]byte, len(src))
	for at, step := 0, 1; at < len(src); at, step = at+step, step*2+1 {
		end := min(at+step, len(src))
		crypt(out[at:end], src[at:end])
	}
	return out
}

// TestChaCha20Poly1305MatchesRFC8439 is the AEAD test vector of RFC 8439
// §2.8.2, sealed and opened.
func TestChaCha20Poly1305MatchesRFC8439(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = 0x80 + byte(i)
	}
	nonce := fromHex(t, "070000004041424344454647")
	aad := fromHex(t, "50515253c0c1c2c3c4c5c6c7")
	plain := []byte("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, " +
		"sunscreen would be it.")
	wantCT := fromHex(t, "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b"+
		"1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9d"+
		"e576d26586cec64b6116")
	wantTag := fromHex(t, "1ae10b594f09e26a7e902ecbd0600691")

	seal := newChaCha20Poly1305(key, nonce, false)
	seal.aad(aad)
	ct := cryptPieces(seal.crypt, plain)
	if diff := cmp.Diff(wantCT, ct); diff != "" {
		t.Errorf("ciphertext (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantTag, seal.tag()); diff != "" {
		t.Errorf("tag (-want +got):\n%s", diff)
	}
	open := newChaCha20Poly1305(key, nonce, true)
	open.aad(aad[:5])
	open.aad(aad[5:])
	if got := cryptPieces(open.crypt, ct); !bytes.Equal(got, plain) {
		t.Errorf("opened %q", got)
	}
	if diff := cmp.Diff(wantTag, open.tag()); diff != "" {
		t.Errorf("tag when opening (-want +got):\n%s", diff)
	}
}

// TestGCMMatchesCryptoCipher checks the streaming GCM against Go's
// one-shot GCM for several nonce, AAD and text lengths.
func TestGCMMatchesCryptoCipher(t *testing.T) {
	block, _ := aes.NewCipher(bytes.Repeat([]byte{7}, 32))
	for _, nonceLen := range []int{1, 8, 12, 16, 60} {
		for _, aadLen := range []int{0, 5, 16, 33} {
			for _, textLen := range []int{0, 1, 15, 16, 17, 100} {
				t.Run(fmt.Sprintf("nonce %d aad %d text %d agree", nonceLen, aadLen, textLen), func(t *testing.T) {
					nonce := bytes.Repeat([]byte{byte(nonceLen)}, nonceLen)
					aad := bytes.Repeat([]byte{0xaa}, aadLen)
					plain := make([]byte, textLen)
					for i := range plain {
						plain[i] = byte(i * 13)
					}
					ref, err := cipher.NewGCMWithNonceSize(block, nonceLen)
					if err != nil {
						t.Fatal(err)
					}
					want := ref.Seal(nil, nonce, plain, aad)

					seal := newGCM(block, nonce, false)
					seal.aad(aad)
					got := append(cryptPieces(seal.crypt, plain), seal.tag()...)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("sealed (-want +got):\n%s", diff)
					}
					open := newGCM(block, nonce, true)
					open.aad(aad)
					if back := cryptPieces(open.crypt, want[:textLen]); !bytes.Equal(back, plain) {
						t.Errorf("opened %x", back)
					}
					if !bytes.Equal(open.tag(), want[textLen:]) {
						t.Error("tag when opening differs")
					}
				})
			}
		}
	}
}

// TestGCMCounterWrapsIn32Bits checks inc32: a hashed J0 whose last word is
// all ones wraps to zero without carrying into the nonce, so the second
// keystream block is E(J0 with last word 0) — unlike cipher.NewCTR.
func TestGCMCounterWrapsIn32Bits(t *testing.T) {
	block, _ := aes.NewCipher(make([]byte, 16))
	var start [16]byte
	copy(start[:], bytes.Repeat([]byte{0xff}, 16))
	c := &gcmCounter{block: block, ctr: start, pos: 16}
	ks := make([]byte, 32)
	c.XORKeyStream(ks, ks)
	var wrapped, want [16]byte
	copy(wrapped[:12], start[:12])
	block.Encrypt(want[:], wrapped[:])
	if !bytes.Equal(ks[16:], want[:]) {
		t.Errorf("second block %x, want %x", ks[16:], want)
	}
}

func TestLookupCipher(t *testing.T) {
	for _, c := range []struct {
		name          string
		ok            bool
		mode, key, iv int
	}{
		{"aes-128-cbc", true, modeCBC, 16, 16},
		{"AES256", true, modeCBC, 32, 16},
		{"id-aes192-GCM", true, modeGCM, 24, -1},
		{"aes-256-ecb", true, modeECB, 32, 0},
		{"des3", true, modeCBC, 24, 8},
		{"des-ede", true, modeECB, 16, 0},
		{"des-ede3-cfb8", true, modeCFB8, 24, 8},
		{"chacha20-poly1305", true, modeChaCha20Poly1305, 32, 12},
		{"des-ede3-gcm", false, 0, 0, 0},
		{"aes-128-xts", false, 0, 0, 0},
		{"aes", false, 0, 0, 0},
		{"", false, 0, 0, 0},
	} {
		t.Run(c.name+" resolves", func(t *testing.T) {
			spec, ok := lookupCipher(c.name)
			if ok != c.ok || ok && (spec.mode != c.mode || spec.keyLen != c.key || spec.ivLen != c.iv) {
				t.Errorf("lookupCipher(%q) = %+v, %v", c.name, spec, ok)
			}
		})
	}
}

// TestGetCiphersAllResolve keeps getCiphers() and the table in step.
func TestGetCiphersAllResolve(t *testing.T) {
	for _, name := range cipherNames {
		if _, ok := lookupCipher(name); !ok {
			t.Errorf("getCiphers() lists %q, which lookupCipher does not know", name)
		}
	}
}
