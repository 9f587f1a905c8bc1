package stdlib

import (
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"strings"
	"sync"

	"github.com/kilnjs/kiln/vm"
)

// The Go half of node's asymmetric keys (lib/internal/crypto_keys.js):
// parsing and writing keys, generating pairs, signatures, RSA encryption
// and key agreement, on crypto/rsa, ecdsa, ed25519, ecdh and x509.
//
// A KeyObject keeps its key in JavaScript as DER bytes, PKCS#8 for a
// private key and SPKI for a public one, as a Hash keeps its state: no Go
// object for the JavaScript heap to keep alive, and a KeyObject can be
// cloned or compared by its bytes. Parsing is not free (x509 validates an
// RSA key: 0.22 ms for 2048 bits, a fifth of a signature; 27 µs for a
// P-256 key, nearly an ECDSA signature), so parsed keys are kept in a small
// cache by their DER (keyCache).
//
// Failures that OpenSSL reports in node come back as OpenSSL's errors
// (osslError): programs test their codes (ERR_OSSL_UNSUPPORTED for a
// string that is no key at all).

// osslErr is one of OpenSSL's errors as node throws it: the message
// "error:<packed code>:<library>::<reason>", and node's code for it (the
// reason's words, after the library's short name for some libraries),
// with library and reason as properties.
type osslErr struct{ packed, library, reason, code string }

var (
	errDecoderUnsupported = osslErr{"1E08010C", "DECODER routines", "unsupported", "ERR_OSSL_UNSUPPORTED"}
	errBadDecrypt         = osslErr{"1C800064", "Provider routines", "bad decrypt", "ERR_OSSL_BAD_DECRYPT"}
	errInvalidDigest      = osslErr{"1C80007A", "Provider routines", "invalid digest", "ERR_OSSL_INVALID_DIGEST"}
	errBadPadding         = osslErr{"1C8000A5", "Provider routines", "illegal or unsupported padding mode", "ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE"}
	errNoPadding          = osslErr{"1C8000A8", "Provider routines", "invalid padding mode", "ERR_OSSL_INVALID_PADDING_MODE"}
	errSaltLength         = osslErr{"1C800070", "Provider routines", "invalid salt length", "ERR_OSSL_INVALID_SALT_LENGTH"}
	errNotForKeyType      = osslErr{"03000096", "digital envelope routines", "operation not supported for this keytype", "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE"}
	errInterrupted        = osslErr{"07880109", "common libcrypto routines", "interrupted or cancelled", "ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED"}
	errOAEPDecoding       = osslErr{"02000079", "rsa routines", "oaep decoding error", "ERR_OSSL_RSA_OAEP_DECODING_ERROR"}
	errBlockType          = osslErr{"0200006A", "rsa routines", "block type is not 01", "ERR_OSSL_RSA_BLOCK_TYPE_IS_NOT_01"}
	errDataTooLarge       = osslErr{"0200006E", "rsa routines", "data too large for key size", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE"}
	// node has no code for this one.
	errKeyTooSmall      = osslErr{"1C8000AB", "Provider routines", "key size too small", ""}
	errDomainParameters = osslErr{"1C8000CB", "Provider routines", "mismatching domain parameters", "ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS"}
)

// osslErrs are the errors JavaScript throws by name (binding.osslError).
var osslErrs = table[osslErr]{
	{"invalidDigest", errInvalidDigest},
	{"notForKeyType", errNotForKeyType},
	{"digestNotAllowed", osslErr{"1C8000AE", "Provider routines", "digest not allowed", "ERR_OSSL_DIGEST_NOT_ALLOWED"}},
}

func (e osslErr) Error() string { return "error:" + e.packed + ":" + e.library + "::" + e.reason }

func (n *Node) osslError(e osslErr) vm.Value {
	rt := n.VM
	v := rt.NewError(vm.ErrPlain, e.Error())
	rt.CreateDataProperty(v, "library", rt.NewString(e.library))
	rt.CreateDataProperty(v, "reason", rt.NewString(e.reason))
	if e.code != "" {
		rt.CreateDataProperty(v, "code", rt.NewString(e.code))
	}
	return v
}

// curve is a named curve as node and JWK call it: the curves crypto/x509
// parses. secp256k1, which node also has, is not in Go.
type curve struct {
	name, jwk string
	aliases   []string
	// ecdsa is a function, not the curve: a package variable holding
	// curves would be initialised at every start-up.
	ecdsa func() elliptic.Curve
}

var curves = []curve{
	{"prime256v1", "P-256", []string{"p-256", "secp256r1"}, elliptic.P256},
	{"secp384r1", "P-384", []string{"p-384"}, elliptic.P384},
	{"secp521r1", "P-521", []string{"p-521"}, elliptic.P521},
	{"secp224r1", "P-224", []string{"p-224"}, elliptic.P224},
}

func lookupCurve(name string) (curve, bool) {
	lower := strings.ToLower(name)
	for _, c := range curves {
		if c.name == lower || c.jwk == name {
			return c, true
		}
		for _, a := range c.aliases {
			if a == lower {
				return c, true
			}
		}
	}
	return curve{}, false
}

func curveOf(ec elliptic.Curve) curve {
	for _, c := range curves {
		if c.ecdsa() == ec {
			return c
		}
	}
	panic("crypto: key on a curve Kiln does not list: " + ec.Params().Name)
}

// parsePrivate reads the PKCS#8 DER a private KeyObject holds.
func parsePrivate(der []byte) (crypto.Signer, error) {
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, err
	}
	if s, ok := k.(crypto.Signer); ok {
		return s, nil
	}
	if k, ok := k.(*ecdh.PrivateKey); ok {
		return ecdhSigner{k}, nil
	}
	return nil, errDecoderUnsupported
}

// ecdhSigner lets an X25519 private key travel as a crypto.Signer: it has
// a public key but signs nothing.
type ecdhSigner struct{ *ecdh.PrivateKey }

func (k ecdhSigner) Public() crypto.PublicKey { return k.PrivateKey.PublicKey() }
func (ecdhSigner) Sign(io.Reader, []byte, crypto.SignerOpts) ([]byte, error) {
	return nil, errNotForKeyType
}

func parsePublic(der []byte) (crypto.PublicKey, error) {
	return x509.ParsePKIXPublicKey(der)
}

// keyCache holds the keys of the DER KeyObjects hold, parsed. Parsed keys
// are immutable and safe to share, so one cache serves every runtime of
// the process. When full it is emptied rather than aged: a program uses
// a few keys over and over, or many keys once each.
var keyCache struct {
	sync.Mutex
	keys map[string]any
}

const keyCacheSize = 64

// cachedKey parses the DER of a KeyObject (made by this file, so it
// parses).
func cachedKey(private bool, der []byte) any {
	id := "public:" + string(der)
	if private {
		id = "private:" + string(der)
	}
	keyCache.Lock()
	k, ok := keyCache.keys[id]
	keyCache.Unlock()
	if ok {
		return k
	}
	var err error
	if private {
		k, err = parsePrivate(der)
	} else {
		k, err = parsePublic(der)
	}
	if err != nil {
		panic("crypto: DER of a KeyObject does not parse: " + err.Error())
	}
	keyCache.Lock()
	if len(keyCache.keys) >= keyCacheSize || keyCache.keys == nil {
		keyCache.keys = make(map[string]any, keyCacheSize)
	}
	keyCache.keys[id] = k
	keyCache.Unlock()
	return k
}

// keyType is node's asymmetricKeyType of a parsed key.
func keyType(k any) string {
	switch k := k.(type) {
	case *rsa.PrivateKey, *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PrivateKey, *ecdsa.PublicKey:
		return "ec"
	case ed25519.PrivateKey, ed25519.PublicKey:
		return "ed25519"
	case ecdhSigner:
		return keyType(k.PrivateKey)
	case *ecdh.PrivateKey:
		return keyType(k.PublicKey())
	case *ecdh.PublicKey:
		if k.Curve() == ecdh.X25519() {
			return "x25519"
		}
		return "ec"
	}
	return ""
}

// publicOf is the public half of a parsed key, or the key if it is public.
func publicOf(k any) crypto.PublicKey {
	if s, ok := k.(crypto.Signer); ok {
		return s.Public()
	}
	return k
}

// decodeKey reads key material as node's createPrivateKey and
// createPublicKey take it: PEM (format "pem") or DER of the given type.
// wantPrivate says which kind the caller needs; a public key is also
// found in a private key's PEM or DER, and (for createPublicKey) in an
// X.509 certificate.
func decodeKey(data []byte, format, typ, passphrase string, hasPass, wantPrivate bool) (any, error) {
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, errDecoderUnsupported
		}
		der := block.Bytes
		switch block.Type {
		case "ENCRYPTED PRIVATE KEY":
			return decodeKey(der, "der", "pkcs8", passphrase, hasPass, wantPrivate)
		case "PRIVATE KEY":
			return decodeDER(der, "pkcs8", wantPrivate)
		case "RSA PRIVATE KEY", "EC PRIVATE KEY":
			if block.Headers["Proc-Type"] == "4,ENCRYPTED" {
				if !hasPass {
					return nil, errMissingPassphrase
				}
				var err error
				if der, err = decryptLegacyPEM(block, []byte(passphrase)); err != nil {
					return nil, err
				}
			}
			return decodeDER(der, map[string]string{"RSA PRIVATE KEY": "pkcs1", "EC PRIVATE KEY": "sec1"}[block.Type], wantPrivate)
		case "PUBLIC KEY":
			if wantPrivate {
				return nil, errDecoderUnsupported
			}
			return decodeDER(der, "spki", false)
		case "RSA PUBLIC KEY":
			if wantPrivate {
				return nil, errDecoderUnsupported
			}
			return decodeDER(der, "pkcs1", false)
		case "CERTIFICATE":
			if wantPrivate {
				return nil, errDecoderUnsupported
			}
			cert, err := x509.ParseCertificate(der)
			if err != nil {
				return nil, errDecoderUnsupported
			}
			return cert.PublicKey, nil
		}
		return nil, errDecoderUnsupported
	}
	if typ == "pkcs8" && isEncryptedPKCS8(data) {
		if !hasPass {
			return nil, errMissingPassphrase
		}
		plain, err := decryptPKCS8([]byte(passphrase), data)
		if err != nil {
			return nil, err
		}
		if k, err := decodeDER(plain, "pkcs8", wantPrivate); err == nil {
			return k, nil
		}
		return nil, errBadDecrypt
	}
	return decodeDER(data, typ, wantPrivate)
}

// keyError is an error of this file that is not OpenSSL's; a string type
// so that the errors are constants, not package variables made at
// start-up.
type keyError string

func (e keyError) Error() string { return string(e) }

const (
	errMissingPassphrase keyError = "missing passphrase"
	errUnknownCipher     keyError = "Unknown cipher"
)

// decodeDER parses DER of a node key encoding type. For a public key,
// "pkcs1" and "pkcs8"/"sec1" DER may hold either a public or a private key,
// as OpenSSL's decoders try both.
func decodeDER(der []byte, typ string, wantPrivate bool) (any, error) {
	var k any
	var err error
	switch typ {
	case "pkcs8":
		k, err = x509.ParsePKCS8PrivateKey(der)
		if ek, ok := k.(*ecdh.PrivateKey); ok && err == nil && ek.Curve() != ecdh.X25519() {
			err = errDecoderUnsupported
		}
	case "sec1":
		k, err = x509.ParseECPrivateKey(der)
	case "pkcs1":
		k, err = x509.ParsePKCS1PrivateKey(der)
		if err != nil && !wantPrivate {
			k, err = x509.ParsePKCS1PublicKey(der)
		}
	case "spki":
		if wantPrivate {
			return nil, errDecoderUnsupported
		}
		k, err = x509.ParsePKIXPublicKey(der)
	default:
		return nil, errDecoderUnsupported
	}
	if err != nil {
		return nil, errDecoderUnsupported
	}
	if ek, ok := k.(*ecdh.PrivateKey); ok {
		k = ecdhSigner{ek}
	}
	if !wantPrivate {
		k = publicOf(k)
	}
	return k, nil
}

// marshalPKCS8 and marshalSPKI are the forms a KeyObject holds.
func marshalPKCS8(k any) []byte {
	if s, ok := k.(ecdhSigner); ok {
		k = s.PrivateKey
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		panic("crypto: parsed private key does not marshal: " + err.Error())
	}
	return der
}

func marshalSPKI(k any) []byte {
	der, err := x509.MarshalPKIXPublicKey(k)
	if err != nil {
		panic("crypto: parsed public key does not marshal: " + err.Error())
	}
	return der
}

// exportDER is a key in a node encoding type ("pkcs1", "spki", "pkcs8",
// "sec1") with its PEM label; JavaScript has checked the type fits the key.
func exportDER(k any, typ string) ([]byte, string) {
	switch typ {
	case "pkcs1":
		if pk, ok := k.(*rsa.PrivateKey); ok {
			return x509.MarshalPKCS1PrivateKey(pk), "RSA PRIVATE KEY"
		}
		return x509.MarshalPKCS1PublicKey(k.(*rsa.PublicKey)), "RSA PUBLIC KEY"
	case "sec1":
		der, err := x509.MarshalECPrivateKey(k.(*ecdsa.PrivateKey))
		if err != nil {
			panic("crypto: EC key does not marshal: " + err.Error())
		}
		return der, "EC PRIVATE KEY"
	case "pkcs8":
		return marshalPKCS8(k), "PRIVATE KEY"
	}
	return marshalSPKI(k), "PUBLIC KEY"
}

// b64url is JWK's unpadded base64url.
func b64url() *base64.Encoding { return base64.RawURLEncoding }

// bigB64 is a JWK integer.
func bigB64(x *big.Int) string { return b64url().EncodeToString(x.Bytes()) }

// padB64 writes a coordinate at the curve's full size, as JWK requires.
func padB64(x *big.Int, size int) string {
	b := make([]byte, size)
	x.FillBytes(b)
	return b64url().EncodeToString(b)
}

// jwkFields is a key as JWK members, in node's order of them.
func jwkFields(k any) [][2]string {
	switch k := k.(type) {
	case *rsa.PublicKey:
		return [][2]string{{"kty", "RSA"}, {"n", bigB64(k.N)}, {"e", bigB64(big.NewInt(int64(k.E)))}}
	case *rsa.PrivateKey:
		k.Precompute()
		f := jwkFields(&k.PublicKey)
		return append(f, [][2]string{{"d", bigB64(k.D)}, {"p", bigB64(k.Primes[0])}, {"q", bigB64(k.Primes[1])},
			{"dp", bigB64(k.Precomputed.Dp)}, {"dq", bigB64(k.Precomputed.Dq)}, {"qi", bigB64(k.Precomputed.Qinv)}}...)
	case *ecdsa.PublicKey:
		c := curveOf(k.Curve)
		size := (k.Curve.Params().BitSize + 7) / 8
		x, y := ecPoint(k)
		return [][2]string{{"kty", "EC"}, {"x", padB64(x, size)}, {"y", padB64(y, size)}, {"crv", c.jwk}}
	case *ecdsa.PrivateKey:
		d, err := k.Bytes()
		if err != nil {
			panic("crypto: EC key has no scalar: " + err.Error())
		}
		return append(jwkFields(&k.PublicKey), [2]string{"d", b64url().EncodeToString(d)})
	case ed25519.PublicKey:
		return [][2]string{{"crv", "Ed25519"}, {"x", b64url().EncodeToString(k)}, {"kty", "OKP"}}
	case ed25519.PrivateKey:
		return [][2]string{{"crv", "Ed25519"}, {"d", b64url().EncodeToString(k.Seed())},
			{"x", b64url().EncodeToString(k.Public().(ed25519.PublicKey))}, {"kty", "OKP"}}
	case *ecdh.PublicKey:
		return [][2]string{{"crv", "X25519"}, {"x", b64url().EncodeToString(k.Bytes())}, {"kty", "OKP"}}
	case ecdhSigner:
		return [][2]string{{"crv", "X25519"}, {"d", b64url().EncodeToString(k.Bytes())},
			{"x", b64url().EncodeToString(k.PrivateKey.PublicKey().Bytes())}, {"kty", "OKP"}}
	}
	return nil
}

// ecPoint is a public key's affine coordinates, read from its
// uncompressed encoding (the big.Int fields are deprecated).
func ecPoint(k *ecdsa.PublicKey) (x, y *big.Int) {
	b, err := k.Bytes()
	if err != nil {
		panic("crypto: EC public key does not encode: " + err.Error())
	}
	size := (len(b) - 1) / 2
	return new(big.Int).SetBytes(b[1 : 1+size]), new(big.Int).SetBytes(b[1+size:])
}

// jwkKey is a JWK as a key; get reads a member (the empty string when
// absent or not a string). The error is the text node puts after
// "Invalid JWK ... key" (ERR_CRYPTO_INVALID_JWK).
func jwkKey(get func(string) (string, bool), wantPrivate bool) (any, error) {
	kty, _ := get("kty")
	b64 := func(name string) ([]byte, bool) {
		s, ok := get(name)
		if !ok {
			return nil, false
		}
		b, err := b64url().DecodeString(strings.TrimRight(s, "="))
		if err != nil {
			b, err = base64.StdEncoding.DecodeString(s)
		}
		return b, err == nil
	}
	private := wantPrivate
	switch kty {
	case "RSA":
		nb, ok1 := b64("n")
		eb, ok2 := b64("e")
		if !ok1 || !ok2 {
			return nil, errJWK("Invalid JWK RSA key")
		}
		pub := rsa.PublicKey{N: new(big.Int).SetBytes(nb), E: int(new(big.Int).SetBytes(eb).Int64())}
		if !private {
			return &pub, nil
		}
		var vals [6]*big.Int
		for i, name := range []string{"d", "p", "q", "dp", "dq", "qi"} {
			b, ok := b64(name)
			if !ok {
				return nil, errJWK("Invalid JWK RSA key")
			}
			vals[i] = new(big.Int).SetBytes(b)
		}
		k := &rsa.PrivateKey{PublicKey: pub, D: vals[0], Primes: []*big.Int{vals[1], vals[2]}}
		if err := k.Validate(); err != nil {
			return nil, errJWK("Invalid JWK RSA key")
		}
		k.Precompute()
		return publicIfWanted(k, wantPrivate), nil
	case "EC":
		crv, _ := get("crv")
		c, ok := lookupCurve(crv)
		if !ok || c.jwk != crv {
			return nil, errJWK("Invalid JWK EC key")
		}
		size := (c.ecdsa().Params().BitSize + 7) / 8
		xb, ok1 := b64("x")
		yb, ok2 := b64("y")
		if !ok1 || !ok2 || len(xb) != size || len(yb) != size {
			return nil, errJWK("Invalid JWK EC key")
		}
		point := append(append([]byte{4}, xb...), yb...)
		if !private {
			k, err := ecdsa.ParseUncompressedPublicKey(c.ecdsa(), point)
			if err != nil {
				return nil, errJWK("Invalid JWK EC key")
			}
			return k, nil
		}
		db, ok := b64("d")
		if !ok || len(db) != size {
			return nil, errJWK("Invalid JWK EC key")
		}
		k, err := ecdsa.ParseRawPrivateKey(c.ecdsa(), db)
		if err != nil {
			return nil, errJWK("Invalid JWK EC key")
		}
		return publicIfWanted(k, wantPrivate), nil
	case "OKP":
		crv, _ := get("crv")
		xb, ok := b64("x")
		if !ok {
			return nil, errJWK("Invalid JWK data")
		}
		switch crv {
		case "Ed25519":
			if !private {
				if len(xb) != ed25519.PublicKeySize {
					return nil, errJWK("Invalid JWK data")
				}
				return ed25519.PublicKey(xb), nil
			}
			db, ok := b64("d")
			if !ok || len(db) != ed25519.SeedSize {
				return nil, errJWK("Invalid JWK data")
			}
			return publicIfWanted(ed25519.NewKeyFromSeed(db), wantPrivate), nil
		case "X25519":
			if !private {
				k, err := ecdh.X25519().NewPublicKey(xb)
				if err != nil {
					return nil, errJWK("Invalid JWK data")
				}
				return k, nil
			}
			db, _ := b64("d")
			k, err := ecdh.X25519().NewPrivateKey(db)
			if err != nil {
				return nil, errJWK("Invalid JWK data")
			}
			return publicIfWanted(ecdhSigner{k}, wantPrivate), nil
		}
	}
	// JavaScript has checked kty and crv against the names node takes;
	// Ed448 and X448 are refused there.
	return nil, errJWK("Invalid JWK data")
}

// errJWK is ERR_CRYPTO_INVALID_JWK with its message.
type errJWK string

func (e errJWK) Error() string { return string(e) }

func publicIfWanted(k any, wantPrivate bool) any {
	if wantPrivate {
		return k
	}
	return publicOf(k)
}

// generateKey makes a key pair as generateKeyPair's type and options ask.
func generateKey(typ string, bits, exponent int, curveName string) (crypto.Signer, error) {
	switch typ {
	case "rsa":
		return generateRSA(bits, exponent)
	case "ec":
		c, _ := lookupCurve(curveName)
		return ecdsa.GenerateKey(c.ecdsa(), rand.Reader)
	case "ed25519":
		_, k, err := ed25519.GenerateKey(rand.Reader)
		return k, err
	case "x25519":
		k, err := ecdh.X25519().GenerateKey(rand.Reader)
		return ecdhSigner{k}, err
	}
	panic("crypto: generateKey of unchecked type " + typ)
}

// generateRSA is rsa.GenerateKey, which fixes the exponent at 65537, for
// other exponents too: node lets a program choose it (3 is not rare in
// tests).
//
// An even exponent or one below 3 has no inverse, so the search below
// would never end: OpenSSL refuses them first, and so does this, with its
// errors. So too a modulus below OpenSSL's 512 bits.
func generateRSA(bits, exponent int) (*rsa.PrivateKey, error) {
	switch {
	case exponent == 0:
		return nil, osslErr{"030C0100", "digital envelope routines", "malloc failure", ""}
	case exponent < 3 || exponent%2 == 0:
		return nil, osslErr{"020000B2", "rsa routines", "pub exponent out of range", ""}
	case bits < 512:
		return nil, errKeyTooSmall
	}
	if exponent == 65537 {
		return rsa.GenerateKey(rand.Reader, bits)
	}
	e := big.NewInt(int64(exponent))
	one := big.NewInt(1)
	for {
		p, err := rand.Prime(rand.Reader, (bits+1)/2)
		if err != nil {
			return nil, err
		}
		q, err := rand.Prime(rand.Reader, bits/2)
		if err != nil {
			return nil, err
		}
		if p.Cmp(q) == 0 {
			continue
		}
		n := new(big.Int).Mul(p, q)
		if n.BitLen() != bits {
			continue
		}
		pm, qm := new(big.Int).Sub(p, one), new(big.Int).Sub(q, one)
		// d is e's inverse modulo λ(n) = lcm(p-1, q-1), as OpenSSL makes it.
		g := new(big.Int).GCD(nil, nil, pm, qm)
		lambda := new(big.Int).Div(new(big.Int).Mul(pm, qm), g)
		d := new(big.Int).ModInverse(e, lambda)
		if d == nil {
			continue
		}
		k := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: exponent}, D: d, Primes: []*big.Int{p, q}}
		k.Precompute()
		if err := k.Validate(); err != nil {
			return nil, err
		}
		return k, nil
	}
}

// ecdsaSig is an ECDSA signature's DER form.
type ecdsaSig struct{ R, S *big.Int }

// derToP1363 and p1363ToDER convert between ECDSA's two signature
// encodings (dsaEncoding 'der' and 'ieee-p1363'); size is the curve's
// scalar length.
func derToP1363(der []byte, size int) []byte {
	var sig ecdsaSig
	if _, err := asn1.Unmarshal(der, &sig); err != nil {
		panic("crypto: ECDSA signature Go made does not parse: " + err.Error())
	}
	out := make([]byte, 2*size)
	sig.R.FillBytes(out[:size])
	sig.S.FillBytes(out[size:])
	return out
}

func p1363ToDER(sig []byte, size int) []byte {
	if len(sig) != 2*size {
		return nil
	}
	der, err := asn1.Marshal(ecdsaSig{new(big.Int).SetBytes(sig[:size]), new(big.Int).SetBytes(sig[size:])})
	if err != nil {
		return nil
	}
	return der
}

// signOpts are sign's and verify's options past the key: the digest (nil
// for none, as Ed25519 takes the message itself), RSA padding and PSS salt
// length, and whether ECDSA signatures are IEEE P1363 rather than DER.
type signOpts struct {
	hash     crypto.Hash
	padding  int
	salt     int
	p1363    bool
	hashName string
}

const (
	rsaPKCS1Padding = 1
	rsaPSSPadding   = 6
	// rsaPSSSaltLenDigest and rsaPSSSaltLenMax are RSA_PSS_SALTLEN_DIGEST
	// and RSA_PSS_SALTLEN_MAX_SIGN (also _AUTO when verifying).
	rsaPSSSaltLenDigest = -1
	rsaPSSSaltLenMax    = -2
	// rsaPSSSaltLenAutoDigestMax is OpenSSL 3.1's: the digest's length,
	// or less if the key is too short for it.
	rsaPSSSaltLenAutoDigestMax = -3
	rsaNoPadding               = 3
)

func (o signOpts) pss(k *rsa.PublicKey) *rsa.PSSOptions {
	salt := o.salt
	switch salt {
	case rsaPSSSaltLenDigest:
		salt = rsa.PSSSaltLengthEqualsHash
	case rsaPSSSaltLenMax:
		salt = rsa.PSSSaltLengthAuto
	case rsaPSSSaltLenAutoDigestMax:
		salt = min(o.hash.Size(), (k.N.BitLen()-1+7)/8-o.hash.Size()-2)
	}
	return &rsa.PSSOptions{SaltLength: salt, Hash: o.hash}
}

// sign signs digest (the message itself for Ed25519) with k.
func sign(k crypto.Signer, digest []byte, o signOpts) ([]byte, error) {
	switch k := k.(type) {
	case *rsa.PrivateKey:
		switch o.padding {
		case rsaPKCS1Padding:
			sig, err := rsa.SignPKCS1v15(rand.Reader, k, o.hash, digest)
			if err != nil {
				return nil, errKeyTooSmall
			}
			return sig, nil
		case rsaPSSPadding:
			if o.salt < rsaPSSSaltLenAutoDigestMax {
				return nil, errSaltLength
			}
			sig, err := rsa.SignPSS(rand.Reader, k, o.hash, digest, o.pss(&k.PublicKey))
			if err != nil {
				return nil, errDataTooLarge
			}
			return sig, nil
		case rsaNoPadding:
			return nil, errNoPadding
		}
		return nil, errBadPadding
	case *ecdsa.PrivateKey:
		sig, err := ecdsa.SignASN1(rand.Reader, k, digest)
		if err == nil && o.p1363 {
			sig = derToP1363(sig, (k.Curve.Params().BitSize+7)/8)
		}
		return sig, err
	case ed25519.PrivateKey:
		if o.hashName != "" {
			return nil, errInvalidDigest
		}
		return ed25519.Sign(k, digest), nil
	}
	return nil, errNotForKeyType
}

// verify checks sig over digest (the message for Ed25519) with k.
func verify(k crypto.PublicKey, digest, sig []byte, o signOpts) (bool, error) {
	switch k := k.(type) {
	case *rsa.PublicKey:
		switch o.padding {
		case rsaPKCS1Padding:
			return rsa.VerifyPKCS1v15(k, o.hash, digest, sig) == nil, nil
		case rsaPSSPadding:
			if o.salt < rsaPSSSaltLenAutoDigestMax {
				return false, errSaltLength
			}
			// Verifying, OpenSSL reads RSA_PSS_SALTLEN_MAX as "any length".
			return rsa.VerifyPSS(k, o.hash, digest, sig, o.pss(k)) == nil, nil
		case rsaNoPadding:
			return false, errNoPadding
		}
		return false, errBadPadding
	case *ecdsa.PublicKey:
		if o.p1363 {
			if sig = p1363ToDER(sig, (k.Curve.Params().BitSize+7)/8); sig == nil {
				return false, nil
			}
		}
		return ecdsa.VerifyASN1(k, digest, sig), nil
	case ed25519.PublicKey:
		if o.hashName != "" {
			return false, errInvalidDigest
		}
		return ed25519.Verify(k, digest, sig), nil
	}
	return false, errNotForKeyType
}

// cryptoHash is the crypto.Hash of a digest name lookupDigest knows.
func cryptoHash(name string) crypto.Hash {
	switch name {
	case "md5":
		return crypto.MD5
	case "sha1":
		return crypto.SHA1
	case "sha224":
		return crypto.SHA224
	case "sha256":
		return crypto.SHA256
	case "sha384":
		return crypto.SHA384
	case "sha512":
		return crypto.SHA512
	case "sha512-224":
		return crypto.SHA512_224
	case "sha512-256":
		return crypto.SHA512_256
	case "sha3-224":
		return crypto.SHA3_224
	case "sha3-256":
		return crypto.SHA3_256
	case "sha3-384":
		return crypto.SHA3_384
	case "sha3-512":
		return crypto.SHA3_512
	}
	return 0
}

// keyError is a Go error of this file as node throws it.
func (n *Node) keyError(err error) vm.Value {
	var o osslErr
	var jwk errJWK
	switch {
	case errors.As(err, &o):
		return n.osslError(o)
	case errors.As(err, &jwk):
		return n.newCodedError(vm.ErrType, "ERR_CRYPTO_INVALID_JWK", jwk.Error())
	case err == errMissingPassphrase:
		// OpenSSL asks for the passphrase on the terminal, which node
		// cancels.
		return n.osslError(errInterrupted)
	case err == errUnknownCipher:
		return n.newCodedError(vm.ErrPlain, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher")
	case err == rsa.ErrMessageTooLong:
		return n.osslError(errDataTooLarge)
	}
	return n.newCodedError(vm.ErrPlain, "ERR_CRYPTO_OPERATION_FAILED", err.Error())
}

func fillCryptoKeys(n *Node, b vm.Value) {
	rt := n.VM
	fillCryptoECDH(n, b)
	bytesOf := func(v vm.Value) []byte {
		if v.IsString() {
			return wtf8ToUTF8(rt.GoString(v))
		}
		bytes, _ := rt.BufferBytes(v)
		return bytes
	}
	// result is a parsed key as JavaScript keeps it: [kind, DER, type].
	result := func(k any) vm.Value {
		if _, ok := k.(crypto.Signer); ok {
			return rt.NewArray([]vm.Value{rt.NewString("private"), rt.NewUint8Array(marshalPKCS8(k)), rt.NewString(keyType(k))})
		}
		return rt.NewArray([]vm.Value{rt.NewString("public"), rt.NewUint8Array(marshalSPKI(k)), rt.NewString(keyType(k))})
	}
	parse := func(kind, der vm.Value) any {
		return cachedKey(rt.ToGoString(kind) == "private", bytesOf(der))
	}
	rt.DefineMethod(b, "digestName", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d, ok := lookupDigest(rt.ToGoString(vm.Arg(args, 0)))
		if !ok {
			return vm.Undefined
		}
		return rt.NewString(d.name)
	})
	// rsaDigest says whether RSA signatures can name the digest (not the
	// extendable-output SHAKEs).
	rt.DefineMethod(b, "rsaDigest", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(cryptoHash(rt.ToGoString(vm.Arg(args, 0))) != 0)
	})
	rt.DefineMethod(b, "curveName", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c, ok := lookupCurve(rt.ToGoString(vm.Arg(args, 0)))
		if !ok {
			return vm.Undefined
		}
		return rt.NewString(c.name)
	})
	rt.DefineMethod(b, "osslError", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e, ok := osslErrs.get(rt.ToGoString(vm.Arg(args, 0)))
		if !ok {
			panic("crypto: no OpenSSL error named " + rt.ToGoString(vm.Arg(args, 0)))
		}
		return n.osslError(e)
	})
	// later(fn) calls fn after a round trip through the worker pool, where
	// node runs the callback forms of sign and verify.
	rt.DefineMethod(b, "later", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.cryptoJob(vm.Arg(args, 0), func() {}, func() []vm.Value { return nil })
		return vm.Undefined
	})
	// keyImport(data, format, type, passphrase, wantPrivate) parses PEM or
	// DER key material; passphrase is undefined when not given.
	rt.DefineMethod(b, "keyImport", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		pass := vm.Arg(args, 3)
		k, err := decodeKey(bytesOf(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1)), rt.ToGoString(vm.Arg(args, 2)),
			string(bytesOf(pass)), pass != vm.Undefined && pass != vm.Null, rt.ToBoolean(vm.Arg(args, 4)))
		if err != nil {
			rt.Throw(n.keyError(err))
		}
		return result(k)
	})
	// keyImportJWK(jwk, wantPrivate): JavaScript has checked the members'
	// types and names.
	rt.DefineMethod(b, "keyImportJWK", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		jwk := vm.Arg(args, 0)
		get := func(name string) (string, bool) {
			v := rt.GetS(jwk, name)
			if !v.IsString() {
				return "", false
			}
			return rt.GoString(v), true
		}
		k, err := jwkKey(get, rt.ToBoolean(vm.Arg(args, 1)))
		if err != nil {
			rt.Throw(n.keyError(err))
		}
		return result(k)
	})
	// keyPublic(der) is a private key's public half as SPKI.
	rt.DefineMethod(b, "keyPublic", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewUint8Array(marshalSPKI(publicOf(parse(rt.NewString("private"), vm.Arg(args, 0)))))
	})
	// keyDetails(kind, der) is asymmetricKeyDetails.
	rt.DefineMethod(b, "keyDetails", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		o := rt.NewObject()
		switch k := publicOf(parse(vm.Arg(args, 0), vm.Arg(args, 1))).(type) {
		case *rsa.PublicKey:
			rt.CreateDataProperty(o, "modulusLength", vm.Int(k.N.BitLen()))
			rt.CreateDataProperty(o, "publicExponent", rt.NewBigInt(big.NewInt(int64(k.E))))
		case *ecdsa.PublicKey:
			rt.CreateDataProperty(o, "namedCurve", rt.NewString(curveOf(k.Curve).name))
		}
		return o
	})
	// keyExport(kind, der, type, pem, cipher, passphrase) writes a key in
	// a node encoding; cipher is undefined for no encryption.
	rt.DefineMethod(b, "keyExport", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		der, label := exportDER(parse(vm.Arg(args, 0), vm.Arg(args, 1)), rt.ToGoString(vm.Arg(args, 2)))
		var headers map[string]string
		if cipher := vm.Arg(args, 4); cipher != vm.Undefined {
			var err error
			der, label, headers, err = encryptKey(der, label, rt.ToGoString(cipher), bytesOf(vm.Arg(args, 5)))
			if err != nil {
				rt.Throw(n.keyError(err))
			}
		}
		if !rt.ToBoolean(vm.Arg(args, 3)) {
			return rt.NewUint8Array(der)
		}
		return rt.NewString(string(pem.EncodeToMemory(&pem.Block{Type: label, Headers: headers, Bytes: der})))
	})
	rt.DefineMethod(b, "keyExportJWK", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		o := rt.NewObject()
		for _, f := range jwkFields(parse(vm.Arg(args, 0), vm.Arg(args, 1))) {
			rt.CreateDataProperty(o, f[0], rt.NewString(f[1]))
		}
		return o
	})
	// keyGenerate(type, modulusLength, publicExponent, namedCurve, cb)
	// returns [spki, pkcs8], or calls cb(err, spki, pkcs8) from the worker
	// pool.
	rt.DefineMethod(b, "keyGenerate", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		typ, curveName := rt.ToGoString(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 3))
		bits, exp := int(rt.ToNumber(vm.Arg(args, 1))), int(rt.ToNumber(vm.Arg(args, 2)))
		var pub, priv []byte
		var err error
		work := func() {
			var k crypto.Signer
			if k, err = generateKey(typ, bits, exp, curveName); err == nil {
				pub, priv = marshalSPKI(k.Public()), marshalPKCS8(k)
			}
		}
		cb := vm.Arg(args, 4)
		if !rt.IsCallable(cb) {
			work()
			if err != nil {
				rt.Throw(n.keyError(err))
			}
			return rt.NewArray([]vm.Value{rt.NewUint8Array(pub), rt.NewUint8Array(priv)})
		}
		n.cryptoJob(cb, work, func() []vm.Value {
			if err != nil {
				return []vm.Value{n.keyError(err)}
			}
			return []vm.Value{vm.Null, rt.NewUint8Array(pub), rt.NewUint8Array(priv)}
		})
		return vm.Undefined
	})
	opts := func(args []vm.Value) signOpts {
		o := signOpts{padding: int(rt.ToNumber(args[0])), salt: int(rt.ToNumber(args[1])), p1363: rt.ToBoolean(args[2])}
		if h := args[3]; h != vm.Undefined {
			o.hashName = rt.ToGoString(h)
			o.hash = cryptoHash(o.hashName)
		}
		return o
	}
	// sign(der, input, padding, saltLength, p1363, digest): input is the
	// digest of the message, or the message itself when digest is
	// undefined.
	rt.DefineMethod(b, "sign", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		k := parse(rt.NewString("private"), vm.Arg(args, 0)).(crypto.Signer)
		o := opts([]vm.Value{vm.Arg(args, 2), vm.Arg(args, 3), vm.Arg(args, 4), vm.Arg(args, 5)})
		sig, err := sign(k, bytesOf(vm.Arg(args, 1)), o)
		if err != nil {
			rt.Throw(n.keyError(err))
		}
		return rt.NewUint8Array(sig)
	})
	// rsaCrypt(op, kind, der, input, padding, oaepHash, oaepLabel): the
	// four RSA encryption functions; oaepHash names a digest.
	rt.DefineMethod(b, "rsaCrypt", 7, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		k := parse(vm.Arg(args, 1), vm.Arg(args, 2))
		hash := cryptoHash(rt.ToGoString(vm.Arg(args, 5)))
		if hash == 0 {
			rt.Throw(n.newCodedError(vm.ErrPlain, "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used"))
		}
		var label []byte
		if l := vm.Arg(args, 6); l != vm.Undefined {
			label = bytesOf(l)
		}
		out, err := rsaCrypt(rt.ToGoString(vm.Arg(args, 0)), k, bytesOf(vm.Arg(args, 3)), int(rt.ToNumber(vm.Arg(args, 4))), hash, label)
		if err != nil {
			rt.Throw(n.keyError(err))
		}
		return rt.NewUint8Array(out)
	})
	// diffieHellman(privateDer, publicKind, publicDer)
	rt.DefineMethod(b, "diffieHellman", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		secret, err := deriveShared(parse(rt.NewString("private"), vm.Arg(args, 0)), parse(vm.Arg(args, 1), vm.Arg(args, 2)))
		if err != nil {
			rt.Throw(n.keyError(err))
		}
		return rt.NewUint8Array(secret)
	})
	// verify(der, input, signature, padding, saltLength, p1363, digest)
	rt.DefineMethod(b, "verify", 7, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		k := parse(rt.NewString("public"), vm.Arg(args, 0))
		o := opts([]vm.Value{vm.Arg(args, 3), vm.Arg(args, 4), vm.Arg(args, 5), vm.Arg(args, 6)})
		ok, err := verify(k, bytesOf(vm.Arg(args, 1)), bytesOf(vm.Arg(args, 2)), o)
		if err != nil {
			rt.Throw(n.keyError(err))
		}
		return vm.Bool(ok)
	})
}

const rsaOAEPPadding = 4

// rsaCrypt is publicEncrypt, privateDecrypt, privateEncrypt and
// publicDecrypt: op names which, k is the parsed key (private for the
// private ones), hash and label are OAEP's.
func rsaCrypt(op string, k any, in []byte, padding int, hash crypto.Hash, label []byte) ([]byte, error) {
	var pub *rsa.PublicKey
	priv, _ := k.(*rsa.PrivateKey)
	switch k := k.(type) {
	case *rsa.PrivateKey:
		pub = &k.PublicKey
	case *rsa.PublicKey:
		pub = k
	default:
		return nil, errNotForKeyType
	}
	size := pub.Size()
	if padding == rsaNoPadding {
		if len(in) > size {
			return nil, errDataTooLarge
		}
		if len(in) < size {
			return nil, osslErr{"0200007A", "rsa routines", "data too small for key size", "ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE"}
		}
		if op == "publicEncrypt" || op == "publicDecrypt" {
			return rawRSA(in, big.NewInt(int64(pub.E)), pub.N, size)
		}
		return rawRSA(in, priv.D, pub.N, size)
	}
	switch op {
	case "publicEncrypt":
		switch padding {
		case rsaOAEPPadding:
			out, err := rsa.EncryptOAEP(hash.New(), rand.Reader, pub, in, label)
			if err != nil {
				return nil, errDataTooLarge
			}
			return out, nil
		case rsaPKCS1Padding:
			out, err := rsa.EncryptPKCS1v15(rand.Reader, pub, in)
			if err != nil {
				return nil, errDataTooLarge
			}
			return out, nil
		}
	case "privateDecrypt":
		if padding == rsaOAEPPadding {
			out, err := rsa.DecryptOAEP(hash.New(), nil, priv, in, label)
			if err != nil {
				return nil, errOAEPDecoding
			}
			return out, nil
		}
	case "privateEncrypt":
		if padding == rsaPKCS1Padding {
			// A zero hash signs the input as it is: PKCS#1 type 1
			// padding around it, which is privateEncrypt.
			out, err := rsa.SignPKCS1v15(nil, priv, 0, in)
			if err != nil {
				return nil, errDataTooLarge
			}
			return out, nil
		}
	case "publicDecrypt":
		if padding == rsaPKCS1Padding {
			em, err := rawRSA(in, big.NewInt(int64(pub.E)), pub.N, size)
			if err != nil {
				return nil, err
			}
			// EM = 0x00 0x01 PS (at least 8 0xff) 0x00 M, checked in
			// OpenSSL's order so the error names the same fault.
			if em[0] != 0 {
				return nil, osslErr{"0200008A", "rsa routines", "invalid padding", "ERR_OSSL_RSA_INVALID_PADDING"}
			}
			if em[1] != 1 {
				return nil, errBlockType
			}
			i := 2
			for i < len(em) && em[i] == 0xff {
				i++
			}
			switch {
			case i == len(em):
				return nil, osslErr{"02000071", "rsa routines", "null before block missing", "ERR_OSSL_RSA_NULL_BEFORE_BLOCK_MISSING"}
			case em[i] != 0:
				return nil, osslErr{"02000066", "rsa routines", "bad fixed header decrypt", "ERR_OSSL_RSA_BAD_FIXED_HEADER_DECRYPT"}
			case i < 10:
				return nil, osslErr{"02000067", "rsa routines", "bad pad byte count", "ERR_OSSL_RSA_BAD_PAD_BYTE_COUNT"}
			}
			return em[i+1:], nil
		}
	}
	return nil, errBadPadding
}

// rawRSA is RSA without padding, in^exp mod n at the modulus's size: the
// RSA_NO_PADDING mode and publicDecrypt's first step, which crypto/rsa
// keeps internal.
func rawRSA(in []byte, exp, n *big.Int, size int) ([]byte, error) {
	x := new(big.Int).SetBytes(in)
	if x.Cmp(n) >= 0 {
		return nil, osslErr{"02000084", "rsa routines", "data too large for modulus", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_MODULUS"}
	}
	return x.Exp(x, exp, n).FillBytes(make([]byte, size)), nil
}

// deriveShared is diffieHellman's secret of a private and a public key on
// the same curve.
func deriveShared(priv, pub any) ([]byte, error) {
	var a *ecdh.PrivateKey
	var b *ecdh.PublicKey
	var err error
	switch k := priv.(type) {
	case ecdhSigner:
		a = k.PrivateKey
	case *ecdsa.PrivateKey:
		if a, err = k.ECDH(); err != nil {
			return nil, errNotForKeyType
		}
	default:
		return nil, errNotForKeyType
	}
	switch k := publicOf(pub).(type) {
	case *ecdh.PublicKey:
		b = k
	case *ecdsa.PublicKey:
		if b, err = k.ECDH(); err != nil {
			return nil, errNotForKeyType
		}
	default:
		return nil, errNotForKeyType
	}
	if a.Curve() != b.Curve() {
		return nil, errDomainParameters
	}
	secret, err := a.ECDH(b)
	if err != nil {
		return nil, osslErr{"1C800066", "Provider routines", "failed during derivation", "ERR_OSSL_FAILED_DURING_DERIVATION"}
	}
	return secret, nil
}
