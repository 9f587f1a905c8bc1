package stdlib

import (
	"crypto/hkdf"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The crypto module's Go half: hashing, HMAC, PBKDF2, HKDF and random
// bytes on Go's crypto packages, and scrypt (scrypt.go). lib/crypto.js holds the classes and the argument
// checking.
//
// A Hash or Hmac object keeps its running state in JavaScript, as the
// bytes of the Go hash's MarshalBinary: every update unmarshals, writes
// and marshals again. That costs a copy of a few hundred bytes per update
// but leaves no Go object for the JavaScript heap to keep alive or free,
// and makes copy() a copy of the bytes.

// digest is a hash function as crypto.createHash names it.
type digest struct {
	name string
	new  func() hash.Hash
	// xof is the default output length of an extendable-output function
	// (SHAKE), 0 for fixed-length hashes.
	xof int
	// shake makes the extendable-output function's state.
	shake func() *sha3.SHAKE
}

var digests = []digest{
	{name: "md5", new: md5.New},
	{name: "sha1", new: sha1.New},
	{name: "sha224", new: sha256.New224},
	{name: "sha256", new: sha256.New},
	{name: "sha384", new: sha512.New384},
	{name: "sha512", new: sha512.New},
	{name: "sha512-224", new: sha512.New512_224},
	{name: "sha512-256", new: sha512.New512_256},
	{name: "sha3-224", new: func() hash.Hash { return sha3.New224() }},
	{name: "sha3-256", new: func() hash.Hash { return sha3.New256() }},
	{name: "sha3-384", new: func() hash.Hash { return sha3.New384() }},
	{name: "sha3-512", new: func() hash.Hash { return sha3.New512() }},
	{name: "shake128", xof: 16, shake: sha3.NewSHAKE128},
	{name: "shake256", xof: 32, shake: sha3.NewSHAKE256},
}

// digestAliases are OpenSSL's other names for the digests above, as
// node's getHashes() lists them.
var digestAliases = table[string]{
	{"rsa-md5", "md5"}, {"md5withrsaencryption", "md5"}, {"ssl3-md5", "md5"},
	{"rsa-sha1", "sha1"}, {"rsa-sha1-2", "sha1"}, {"sha1withrsaencryption", "sha1"}, {"ssl3-sha1", "sha1"},
	{"rsa-sha224", "sha224"}, {"sha224withrsaencryption", "sha224"},
	{"rsa-sha256", "sha256"}, {"sha256withrsaencryption", "sha256"},
	{"rsa-sha384", "sha384"}, {"sha384withrsaencryption", "sha384"},
	{"rsa-sha512", "sha512"}, {"sha512withrsaencryption", "sha512"},
	{"rsa-sha512/224", "sha512-224"}, {"sha512-224withrsaencryption", "sha512-224"}, {"sha512/224", "sha512-224"},
	{"rsa-sha512/256", "sha512-256"}, {"sha512-256withrsaencryption", "sha512-256"}, {"sha512/256", "sha512-256"},
	{"rsa-sha3-224", "sha3-224"}, {"id-rsassa-pkcs1-v1_5-with-sha3-224", "sha3-224"},
	{"rsa-sha3-256", "sha3-256"}, {"id-rsassa-pkcs1-v1_5-with-sha3-256", "sha3-256"},
	{"rsa-sha3-384", "sha3-384"}, {"id-rsassa-pkcs1-v1_5-with-sha3-384", "sha3-384"},
	{"rsa-sha3-512", "sha3-512"}, {"id-rsassa-pkcs1-v1_5-with-sha3-512", "sha3-512"},
}

// hashNames is getHashes(): node's list (sorted, OpenSSL's spelling) less
// the digests Go does not have (RIPEMD-160, BLAKE2, SM3, MD5-SHA1).
var hashNames = []string{
	"RSA-MD5", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256",
	"RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5", "md5WithRSAEncryption",
	"sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption",
	"sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384", "sha384WithRSAEncryption", "sha512", "sha512-224",
	"sha512-224WithRSAEncryption", "sha512-256", "sha512-256WithRSAEncryption", "sha512WithRSAEncryption",
	"shake128", "shake256", "ssl3-md5", "ssl3-sha1",
}

// lookupDigest finds a digest by any of its names, ignoring case as
// OpenSSL does.
func lookupDigest(name string) (digest, bool) {
	name = strings.ToLower(name)
	if canon, ok := digestAliases.get(name); ok {
		name = canon
	}
	for _, d := range digests {
		if d.name == name {
			return d, true
		}
	}
	return digest{}, false
}

// hashState is a digest's running state with the marshalling that keeps
// it in JavaScript.
type hashState interface {
	io.Writer
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

func (d digest) fresh() hashState {
	if d.shake != nil {
		return d.shake()
	}
	return d.new().(hashState)
}

func (d digest) restore(state []byte) hashState {
	h := d.fresh()
	if err := h.UnmarshalBinary(state); err != nil {
		panic("crypto: hash state of " + d.name + " does not unmarshal: " + err.Error())
	}
	return h
}

func marshal(h hashState) []byte {
	b, err := h.MarshalBinary()
	if err != nil {
		panic("crypto: hash state does not marshal: " + err.Error())
	}
	return b
}

// sum finishes h: outLen bytes of a SHAKE, the fixed digest otherwise.
func (d digest) sum(h hashState, outLen int) []byte {
	if s, ok := h.(*sha3.SHAKE); ok {
		out := make([]byte, outLen)
		s.Read(out)
		return out
	}
	return h.(hash.Hash).Sum(nil)
}

// hmacKeys are HMAC's inner and outer padded keys (RFC 2104): a key
// longer than the block is hashed first.
func (d digest) hmacKeys(key []byte) (ipad, opad []byte) {
	h := d.new()
	if len(key) > h.BlockSize() {
		h.Write(key)
		key = h.Sum(nil)
	}
	ipad = make([]byte, h.BlockSize())
	opad = make([]byte, h.BlockSize())
	copy(ipad, key)
	copy(opad, key)
	for i := range ipad {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	return ipad, opad
}

func fillCrypto(n *Node, b vm.Value) {
	rt := n.VM
	fillSPKAC(n, b)
	// data is the bytes of an update: a string as UTF-8 (lone surrogates
	// become U+FFFD, as node encodes them) or a buffer view's bytes.
	data := func(v vm.Value) []byte {
		if v.IsString() {
			return wtf8ToUTF8(rt.GoString(v))
		}
		bytes, _ := rt.BufferBytes(v)
		return bytes
	}
	digestArg := func(v vm.Value) digest {
		d, _ := lookupDigest(rt.ToGoString(v))
		return d
	}
	rt.DefineMethod(b, "digestName", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d, ok := lookupDigest(rt.ToGoString(vm.Arg(args, 0)))
		if !ok {
			return vm.Undefined
		}
		return rt.NewString(d.name)
	})
	// digestSize is a fixed digest's length, or the default output length
	// of an extendable-output function (negated, so JavaScript can tell).
	rt.DefineMethod(b, "digestSize", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := digestArg(vm.Arg(args, 0))
		if d.xof != 0 {
			return vm.Int(-d.xof)
		}
		return vm.Int(d.new().Size())
	})
	rt.DefineMethod(b, "getHashes", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		names := make([]vm.Value, len(hashNames))
		for i, s := range hashNames {
			names[i] = rt.NewString(s)
		}
		return rt.NewArray(names)
	})
	rt.DefineMethod(b, "hashInit", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewUint8Array(marshal(digestArg(vm.Arg(args, 0)).fresh()))
	})
	// hashUpdate(digest, state, data) returns the new state.
	rt.DefineMethod(b, "hashUpdate", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := digestArg(vm.Arg(args, 0))
		h := d.restore(data(vm.Arg(args, 1)))
		h.Write(data(vm.Arg(args, 2)))
		return rt.NewUint8Array(marshal(h))
	})
	rt.DefineMethod(b, "hashDigest", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := digestArg(vm.Arg(args, 0))
		return rt.NewUint8Array(d.sum(d.restore(data(vm.Arg(args, 1))), int(rt.ToNumber(vm.Arg(args, 2)))))
	})
	// hmacInit(digest, key) is the inner hash's state after the padded key.
	rt.DefineMethod(b, "hmacInit", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := digestArg(vm.Arg(args, 0))
		ipad, _ := d.hmacKeys(data(vm.Arg(args, 1)))
		h := d.fresh()
		h.Write(ipad)
		return rt.NewUint8Array(marshal(h))
	})
	rt.DefineMethod(b, "hmacDigest", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := digestArg(vm.Arg(args, 0))
		inner := d.sum(d.restore(data(vm.Arg(args, 1))), 0)
		_, opad := d.hmacKeys(data(vm.Arg(args, 2)))
		outer := d.new()
		outer.Write(opad)
		outer.Write(inner)
		return rt.NewUint8Array(outer.Sum(nil))
	})
	rt.DefineMethod(b, "timingSafeEqual", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(subtle.ConstantTimeCompare(data(vm.Arg(args, 0)), data(vm.Arg(args, 1))) == 1)
	})
	// randomFill(view, offset, size) fills part of a buffer view in place.
	rt.DefineMethod(b, "randomFill", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		bytes := data(vm.Arg(args, 0))
		off := int(rt.ToNumber(vm.Arg(args, 1)))
		rand.Read(bytes[off : off+int(rt.ToNumber(vm.Arg(args, 2)))])
		return vm.Undefined
	})
	// randomBelow(range) is a uniform integer in [0, range), range <= 2**48.
	rt.DefineMethod(b, "randomBelow", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Float(float64(randomBelow(uint64(rt.ToNumber(vm.Arg(args, 0))))))
	})
	rt.DefineMethod(b, "randomUUID", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return rt.NewString(randomUUID())
	})
	// pbkdf2(password, salt, iterations, keylen, digest, callback): the
	// callback, if any, gets (null, bytes) from the worker pool;
	// otherwise the bytes are returned.
	rt.DefineMethod(b, "pbkdf2", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		password := string(data(vm.Arg(args, 0)))
		salt := append([]byte(nil), data(vm.Arg(args, 1))...)
		iter, keyLen := int(rt.ToNumber(vm.Arg(args, 2))), int(rt.ToNumber(vm.Arg(args, 3)))
		d := digestArg(vm.Arg(args, 4))
		key := []byte{}
		work := func() {
			if keyLen == 0 {
				return
			}
			var err error
			if key, err = pbkdf2.Key(d.new, password, salt, iter, keyLen); err != nil {
				panic("crypto: pbkdf2 of checked arguments failed: " + err.Error())
			}
		}
		return n.deriveKey(vm.Arg(args, 5), work, &key)
	})
	// scryptCheck(N, r, p, maxmem) is why OpenSSL would refuse scrypt's
	// parameters, "" when it would not (see scryptCheck).
	rt.DefineMethod(b, "scryptCheck", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		u := func(i int) uint64 { return uint64(rt.ToNumber(vm.Arg(args, i))) }
		return rt.NewString(scryptCheck(u(0), u(1), u(2), u(3)))
	})
	// scrypt(password, salt, N, r, p, keylen, callback), for checked
	// parameters, runs as pbkdf2 does.
	rt.DefineMethod(b, "scrypt", 7, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		password := append([]byte(nil), data(vm.Arg(args, 0))...)
		salt := append([]byte(nil), data(vm.Arg(args, 1))...)
		num := func(i int) int { return int(rt.ToNumber(vm.Arg(args, i))) }
		nCost, r, p, keyLen := num(2), num(3), num(4), num(5)
		var key []byte
		work := func() { key = scryptKey(password, salt, nCost, r, p, keyLen) }
		return n.deriveKey(vm.Arg(args, 6), work, &key)
	})
	// hkdf(digest, ikm, salt, info, keylen, callback), for a checked
	// digest and length, runs as pbkdf2 does.
	rt.DefineMethod(b, "hkdf", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := digestArg(vm.Arg(args, 0))
		ikm := append([]byte(nil), data(vm.Arg(args, 1))...)
		salt := append([]byte(nil), data(vm.Arg(args, 2))...)
		info := string(data(vm.Arg(args, 3)))
		keyLen := int(rt.ToNumber(vm.Arg(args, 4)))
		key := []byte{}
		work := func() {
			if keyLen == 0 {
				return
			}
			var err error
			if key, err = hkdf.Key(d.new, ikm, salt, info, keyLen); err != nil {
				panic("crypto: hkdf of checked arguments failed: " + err.Error())
			}
		}
		return n.deriveKey(vm.Arg(args, 5), work, &key)
	})
	// randomJob(size, callback) calls back with (null, bytes) from the
	// worker pool, as node's randomBytes does.
	rt.DefineMethod(b, "randomJob", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		bytes := make([]byte, int(rt.ToNumber(vm.Arg(args, 0))))
		n.cryptoJob(vm.Arg(args, 1), func() { rand.Read(bytes) }, func() []vm.Value {
			return []vm.Value{vm.Null, rt.NewUint8Array(bytes)}
		})
		return vm.Undefined
	})
}

// cryptoJob runs work on the loop's worker pool and then calls the pinned
// callback with what done returns, on the loop goroutine (as fs does).
func (n *Node) cryptoJob(cb vm.Value, work func(), done func() []vm.Value) {
	n.fsRequest(cb, work, done)
}

// deriveKey runs work, which derives *key (pbkdf2, scrypt, hkdf): now,
// returning the key, when cb is not a function; else on the worker pool,
// calling back with (null, key).
func (n *Node) deriveKey(cb vm.Value, work func(), key *[]byte) vm.Value {
	rt := n.VM
	if !rt.IsCallable(cb) {
		work()
		return rt.NewUint8Array(*key)
	}
	n.cryptoJob(cb, work, func() []vm.Value { return []vm.Value{vm.Null, rt.NewUint8Array(*key)} })
	return vm.Undefined
}

// randomBelow draws uniformly from [0, max) by rejection: values from the
// top partial copy of the range are drawn again, so none is favoured.
func randomBelow(max uint64) uint64 {
	limit := (1 << 48) - (1<<48)%max
	var b [8]byte
	for {
		rand.Read(b[2:])
		if v := binary.BigEndian.Uint64(b[:]); v < limit {
			return v % max
		}
	}
}

// randomUUID is an RFC 4122 version 4 UUID.
func randomUUID() string {
	var u [16]byte
	rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	s := hex.EncodeToString(u[:])
	return s[:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:]
}
