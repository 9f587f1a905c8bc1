package stdlib

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/subtle"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The Go half of createCipheriv and createDecipheriv
// (lib/internal/crypto_cipher.js): the cipher table and one cipher's
// running state. The block ciphers are Go's (crypto/aes, crypto/des);
// the modes are Go's CBC and CTR and small implementations here of ECB,
// OFB, CFB and CFB8 (OpenSSL's, which Go either lacks or has deprecated)
// and of the streaming AEADs in aead.go.
//
// A cipher's state lives in Go, behind the native methods of the object
// cipherInit returns, as a zlib stream's does: unlike a hash's, the state
// of a mode such as GCM has no marshalled form to keep in JavaScript.

// Cipher modes.
const (
	modeECB = iota
	modeCBC
	modeCTR
	modeOFB
	modeCFB
	modeCFB8
	modeGCM
	modeChaCha20
	modeChaCha20Poly1305
)

// cipherSpec is a cipher as createCipheriv names it.
type cipherSpec struct {
	mode   int
	keyLen int
	// ivLen is the IV length the cipher needs: 0 for none (ECB), -1 for
	// any length but 0 (GCM).
	ivLen    int
	newBlock func(key []byte) cipher.Block
}

func aesBlock(key []byte) cipher.Block {
	b, err := aes.NewCipher(key)
	if err != nil {
		panic("crypto: AES key of a checked length refused: " + err.Error())
	}
	return b
}

// tripleDESBlock is DES-EDE3 with a 24-byte key, or two-key DES-EDE with a
// 16-byte key (K1, K2, K1).
func tripleDESBlock(key []byte) cipher.Block {
	if len(key) == 16 {
		key = append(key[:16:16], key[:8]...)
	}
	b, err := des.NewTripleDESCipher(key)
	if err != nil {
		panic("crypto: DES key of a checked length refused: " + err.Error())
	}
	return b
}

// cipherNames is getCiphers(): node's list (sorted, OpenSSL's spelling)
// cut to the ciphers in cipherSpecs.
var cipherNames = []string{
	"aes-128-cbc", "aes-128-cfb", "aes-128-cfb8", "aes-128-ctr", "aes-128-ecb", "aes-128-gcm", "aes-128-ofb",
	"aes-192-cbc", "aes-192-cfb", "aes-192-cfb8", "aes-192-ctr", "aes-192-ecb", "aes-192-gcm", "aes-192-ofb",
	"aes-256-cbc", "aes-256-cfb", "aes-256-cfb8", "aes-256-ctr", "aes-256-ecb", "aes-256-gcm", "aes-256-ofb",
	"aes128", "aes192", "aes256", "chacha20", "chacha20-poly1305",
	"des-ede", "des-ede-cbc", "des-ede-cfb", "des-ede-ecb", "des-ede-ofb",
	"des-ede3", "des-ede3-cbc", "des-ede3-cfb", "des-ede3-cfb8", "des-ede3-ecb", "des-ede3-ofb", "des3",
	"id-aes128-GCM", "id-aes192-GCM", "id-aes256-GCM",
}

// cipherAliases are OpenSSL's other names for ciphers in cipherSpecs.
var cipherAliases = table[string]{
	{"aes128", "aes-128-cbc"}, {"aes192", "aes-192-cbc"}, {"aes256", "aes-256-cbc"},
	{"id-aes128-gcm", "aes-128-gcm"}, {"id-aes192-gcm", "aes-192-gcm"}, {"id-aes256-gcm", "aes-256-gcm"},
	{"des-ede", "des-ede-ecb"}, {"des-ede3", "des-ede3-ecb"}, {"des3", "des-ede3-cbc"},
}

// blockFamily is a block cipher with a key length, the part of a cipher
// name before the mode.
type blockFamily struct {
	keyLen, blockSize int
	newBlock          func(key []byte) cipher.Block
}

var blockFamilies = table[blockFamily]{
	{"aes-128", blockFamily{16, 16, aesBlock}},
	{"aes-192", blockFamily{24, 16, aesBlock}},
	{"aes-256", blockFamily{32, 16, aesBlock}},
	{"des-ede", blockFamily{16, 8, tripleDESBlock}},
	{"des-ede3", blockFamily{24, 8, tripleDESBlock}},
}

// lookupCipher finds a cipher by any of its names, ignoring case as
// OpenSSL does.
func lookupCipher(name string) (cipherSpec, bool) {
	name = strings.ToLower(name)
	if canon, ok := cipherAliases.get(name); ok {
		name = canon
	}
	switch name {
	case "chacha20":
		return cipherSpec{mode: modeChaCha20, keyLen: 32, ivLen: 16}, true
	case "chacha20-poly1305":
		return cipherSpec{mode: modeChaCha20Poly1305, keyLen: 32, ivLen: 12}, true
	}
	i := strings.LastIndexByte(name, '-')
	if i < 0 {
		return cipherSpec{}, false
	}
	family, ok := blockFamilies.get(name[:i])
	if !ok {
		return cipherSpec{}, false
	}
	spec := cipherSpec{keyLen: family.keyLen, ivLen: family.blockSize, newBlock: family.newBlock}
	switch name[i+1:] {
	case "ecb":
		spec.mode, spec.ivLen = modeECB, 0
	case "cbc":
		spec.mode = modeCBC
	case "ofb":
		spec.mode = modeOFB
	case "cfb":
		spec.mode = modeCFB
	case "cfb8":
		spec.mode = modeCFB8
	case "ctr":
		spec.mode = modeCTR
	case "gcm":
		spec.mode, spec.ivLen = modeGCM, -1
	default:
		return cipherSpec{}, false
	}
	// OpenSSL has CTR and GCM for 16-byte blocks only.
	if (spec.mode == modeCTR || spec.mode == modeGCM) && family.blockSize != 16 {
		return cipherSpec{}, false
	}
	return spec, true
}

// validTagLength says whether a mode takes an authentication tag of n
// bytes: OpenSSL's GCM takes 4, 8 and 12 to 16, ChaCha20-Poly1305 1 to
// 16.
func validTagLength(mode, n int) bool {
	if mode == modeChaCha20Poly1305 {
		return n >= 1 && n <= 16
	}
	return n == 4 || n == 8 || n >= 12 && n <= 16
}

// cipherState is one Cipheriv or Decipheriv.
type cipherState struct {
	mode      int
	decrypt   bool
	padding   bool
	block     cipher.Block
	blockMode cipher.BlockMode // ECB and CBC
	stream    cipher.Stream    // the other modes but the AEADs
	aead      *aeadStream
	// tagLen is the AEAD tag length authTagLength asked for, -1 for the
	// default (16 when encrypting, any valid length when decrypting).
	tagLen int
	// tag is the AEAD tag: computed at final when encrypting, given by
	// setAuthTag when decrypting.
	tag []byte
	// pending is ECB or CBC input short of a whole block; when decrypting
	// with padding, the last whole block is held back too, as it may be
	// the padding final takes off.
	pending []byte
	started bool // update was called: no more AAD
}

// Why a cipher cannot be made, or final failed; lib/internal/crypto_cipher.js
// turns these into node's errors.
const (
	cipherOK               = ""
	cipherUnknown          = "unknown"
	cipherBadKeyLength     = "keylen"
	cipherBadIV            = "iv"
	cipherBadTagLength     = "tag"
	cipherWrongFinalLength = "wrong final block length"
	cipherBadDecrypt       = "bad decrypt"
	cipherAuthFailed       = "auth"
)

// newCipherState checks a cipher's name, key, IV and tag length in node's
// order and starts it.
func newCipherState(name string, key, iv []byte, decrypt bool, tagLen int) (*cipherState, string) {
	spec, ok := lookupCipher(name)
	if !ok {
		return nil, cipherUnknown
	}
	switch {
	case spec.ivLen == -1 && len(iv) == 0, spec.ivLen >= 0 && len(iv) != spec.ivLen:
		return nil, cipherBadIV
	case (spec.mode == modeGCM || spec.mode == modeChaCha20Poly1305) && tagLen != -1 && !validTagLength(spec.mode, tagLen):
		return nil, cipherBadTagLength
	case len(key) != spec.keyLen:
		return nil, cipherBadKeyLength
	}
	s := &cipherState{mode: spec.mode, decrypt: decrypt, padding: true, tagLen: tagLen}
	if spec.newBlock != nil {
		s.block = spec.newBlock(key)
	}
	iv = append([]byte(nil), iv...)
	switch spec.mode {
	case modeECB:
		s.blockMode = ecb{s.block, decrypt}
	case modeCBC:
		if decrypt {
			s.blockMode = cipher.NewCBCDecrypter(s.block, iv)
		} else {
			s.blockMode = cipher.NewCBCEncrypter(s.block, iv)
		}
	case modeCTR:
		s.stream = cipher.NewCTR(s.block, iv)
	case modeOFB, modeCFB, modeCFB8:
		s.stream = &feedback{block: s.block, mode: spec.mode, decrypt: decrypt, reg: iv, ks: make([]byte, len(iv)), pos: len(iv)}
	case modeChaCha20:
		// OpenSSL's 16-byte IV is the 32-bit block counter, little-endian,
		// then the 12-byte nonce.
		s.stream = newChaCha20(key, uint32(iv[0])|uint32(iv[1])<<8|uint32(iv[2])<<16|uint32(iv[3])<<24, iv[4:])
	case modeGCM:
		s.aead = newGCM(s.block, iv, decrypt)
	case modeChaCha20Poly1305:
		s.aead = newChaCha20Poly1305(key, iv, decrypt)
	}
	return s, cipherOK
}

func (s *cipherState) update(data []byte) []byte {
	s.started = true
	if s.blockMode == nil {
		out := make([]byte, len(data))
		if s.aead != nil {
			s.aead.crypt(out, data)
		} else {
			s.stream.XORKeyStream(out, data)
		}
		return out
	}
	bs := s.block.BlockSize()
	s.pending = append(s.pending, data...)
	n := len(s.pending) / bs * bs
	if s.decrypt && s.padding && n == len(s.pending) && n > 0 {
		n -= bs
	}
	out := make([]byte, n)
	s.blockMode.CryptBlocks(out, s.pending[:n])
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return out
}

// final ends the cipher: the last blocks of ECB or CBC with PKCS#7
// padding added or checked and removed, an AEAD's tag computed or checked.
func (s *cipherState) final() ([]byte, string) {
	switch {
	case s.aead != nil && s.decrypt:
		// Checked the whole length of the tag given, which setAuthTag
		// made sure is a valid one.
		want := s.aead.tag()
		if s.tag == nil || subtle.ConstantTimeCompare(want[:len(s.tag)], s.tag) != 1 {
			return nil, cipherAuthFailed
		}
		return []byte{}, cipherOK
	case s.aead != nil:
		s.tag = s.aead.tag()
		if s.tagLen != -1 {
			s.tag = s.tag[:s.tagLen]
		}
		return []byte{}, cipherOK
	case s.blockMode == nil:
		return []byte{}, cipherOK
	}
	bs := s.block.BlockSize()
	if !s.padding {
		if len(s.pending) != 0 {
			return nil, cipherWrongFinalLength
		}
		return []byte{}, cipherOK
	}
	if !s.decrypt {
		pad := bs - len(s.pending)
		for range pad {
			s.pending = append(s.pending, byte(pad))
		}
		out := make([]byte, bs)
		s.blockMode.CryptBlocks(out, s.pending)
		return out, cipherOK
	}
	if len(s.pending) != bs {
		return nil, cipherWrongFinalLength
	}
	out := make([]byte, bs)
	s.blockMode.CryptBlocks(out, s.pending)
	pad := int(out[bs-1])
	if pad == 0 || pad > bs {
		return nil, cipherBadDecrypt
	}
	for _, b := range out[bs-pad:] {
		if int(b) != pad {
			return nil, cipherBadDecrypt
		}
	}
	return out[:bs-pad], cipherOK
}

// ecb encrypts or decrypts each block on its own.
type ecb struct {
	b       cipher.Block
	decrypt bool
}

func (e ecb) BlockSize() int { return e.b.BlockSize() }

func (e ecb) CryptBlocks(dst, src []byte) {
	bs := e.b.BlockSize()
	for i := 0; i < len(src); i += bs {
		if e.decrypt {
			e.b.Decrypt(dst[i:i+bs], src[i:i+bs])
		} else {
			e.b.Encrypt(dst[i:i+bs], src[i:i+bs])
		}
	}
}

// feedback is OFB, CFB (full-block feedback) and CFB8 (one-byte feedback)
// as OpenSSL runs them (SP 800-38A §6.3, §6.4): reg is the register the
// block cipher encrypts, ks its encryption, pos the next unused byte.
type feedback struct {
	block   cipher.Block
	mode    int
	decrypt bool
	reg, ks []byte
	pos     int
}

func (f *feedback) XORKeyStream(dst, src []byte) {
	for i, in := range src {
		if f.mode == modeCFB8 {
			f.block.Encrypt(f.ks, f.reg)
			out := in ^ f.ks[0]
			ct := out
			if f.decrypt {
				ct = in
			}
			copy(f.reg, f.reg[1:])
			f.reg[len(f.reg)-1] = ct
			dst[i] = out
			continue
		}
		if f.pos == len(f.ks) {
			f.block.Encrypt(f.ks, f.reg)
			f.pos = 0
			if f.mode == modeOFB {
				copy(f.reg, f.ks)
			}
		}
		out := in ^ f.ks[f.pos]
		if f.mode == modeCFB {
			// The next register is this block's ciphertext.
			if f.decrypt {
				f.reg[f.pos] = in
			} else {
				f.reg[f.pos] = out
			}
		}
		dst[i] = out
		f.pos++
	}
}

// fillCryptoCipher is the binding of lib/internal/crypto_cipher.js.
func fillCryptoCipher(n *Node, b vm.Value) {
	rt := n.VM
	bytesOf := func(v vm.Value) []byte {
		bytes, _ := rt.BufferBytes(v)
		return bytes
	}
	rt.DefineMethod(b, "getCiphers", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		names := make([]vm.Value, len(cipherNames))
		for i, s := range cipherNames {
			names[i] = rt.NewString(s)
		}
		return rt.NewArray(names)
	})
	// cipherInit(name, key, iv, decrypt, authTagLength) returns the
	// cipher's handle, or why it cannot be made (see cipherUnknown). The
	// key and IV are buffer views (the IV may be null); authTagLength is
	// -1 when not given.
	rt.DefineMethod(b, "cipherInit", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s, why := newCipherState(rt.ToGoString(vm.Arg(args, 0)), bytesOf(vm.Arg(args, 1)), bytesOf(vm.Arg(args, 2)),
			rt.ToBoolean(vm.Arg(args, 3)), int(rt.ToNumber(vm.Arg(args, 4))))
		if s == nil {
			return rt.NewString(why)
		}
		return cipherHandle(rt, s)
	})
}

// cipherHandle is the object whose methods run one cipher. Each returns
// what node's CipherBase does: a state error is false (or undefined), for
// JavaScript to throw.
func cipherHandle(rt *vm.Runtime, s *cipherState) vm.Value {
	h := rt.NewObject()
	finished := false
	rt.DefineMethod(h, "update", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		return rt.NewUint8Array(s.update(data))
	})
	// final returns the last bytes, or a string saying why it failed.
	rt.DefineMethod(h, "final", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		finished = true
		out, why := s.final()
		if why != cipherOK {
			return rt.NewString(why)
		}
		return rt.NewUint8Array(out)
	})
	rt.DefineMethod(h, "setAutoPadding", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if finished {
			return vm.False
		}
		s.padding = rt.ToBoolean(vm.Arg(args, 0))
		return vm.True
	})
	rt.DefineMethod(h, "setAAD", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if s.aead == nil || s.started || finished {
			return vm.False
		}
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		s.aead.aad(data)
		return vm.True
	})
	rt.DefineMethod(h, "getAuthTag", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if s.aead == nil || s.decrypt || !finished || s.tag == nil {
			return vm.Undefined
		}
		return rt.NewUint8Array(append([]byte(nil), s.tag...))
	})
	// setAuthTag returns "" when the tag is taken, "state" or "tag" (a bad
	// length) when not.
	rt.DefineMethod(h, "setAuthTag", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		tag, _ := rt.BufferBytes(vm.Arg(args, 0))
		switch {
		case s.aead == nil || !s.decrypt || finished || s.tag != nil:
			return rt.NewString("state")
		case s.tagLen != -1 && len(tag) != s.tagLen,
			s.tagLen == -1 && s.mode == modeChaCha20Poly1305 && len(tag) != 16,
			!validTagLength(s.mode, len(tag)):
			return rt.NewString("tag")
		}
		s.tag = append([]byte(nil), tag...)
		return rt.NewString("")
	})
	return h
}
