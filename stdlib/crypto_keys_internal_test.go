package stdlib

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readKeyPEM(t *testing.T, name string) *pem.Block {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "node", "crypto", "_keys", name))
	if err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode(data)
	if block == nil {
		t.Fatalf("%s holds no PEM", name)
	}
	return block
}

// RFC 8037 appendix A.1 and A.2: an Ed25519 JWK's private and public key.
func TestJWKEd25519MatchesRFC8037(t *testing.T) {
	jwk := map[string]string{"kty": "OKP", "crv": "Ed25519",
		"d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
	get := func(name string) (string, bool) { v, ok := jwk[name]; return v, ok }
	k, err := jwkKey(get, true)
	if err != nil {
		t.Fatal(err)
	}
	pub := k.(ed25519.PrivateKey).Public().(ed25519.PublicKey)
	if diff := cmp.Diff("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", hex.EncodeToString(pub)); diff != "" {
		t.Errorf("public key (-RFC +got):\n%s", diff)
	}
	fields := jwkFields(k)
	if diff := cmp.Diff([][2]string{{"crv", "Ed25519"}, {"d", jwk["d"]}, {"x", jwk["x"]}, {"kty", "OKP"}}, fields); diff != "" {
		t.Errorf("JWK written back (-want +got):\n%s", diff)
	}
}

func TestP1363ConversionRoundTrips(t *testing.T) {
	der, _ := hex.DecodeString("3006020101020102")
	p1363 := derToP1363(der, 32)
	want := make([]byte, 64)
	want[31], want[63] = 1, 2
	if !bytes.Equal(p1363, want) {
		t.Fatalf("derToP1363 = %x", p1363)
	}
	if back := p1363ToDER(p1363, 32); !bytes.Equal(back, der) {
		t.Errorf("p1363ToDER = %x, want %x", back, der)
	}
	if p1363ToDER(p1363[1:], 32) != nil {
		t.Error("a P1363 signature of the wrong length converted")
	}
}

// The encrypted key node wrote (OpenSSL's PBES2: PBKDF2-HMAC-SHA-256,
// AES-256-CBC) opens to the plain key beside it.
func TestDecryptPKCS8OpensNodeKey(t *testing.T) {
	plain := readKeyPEM(t, "rsa.pem").Bytes
	got, err := decryptPKCS8([]byte("kiln"), readKeyPEM(t, "rsa-enc.pem").Bytes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, plain) {
		t.Error("decrypted key differs from rsa.pem")
	}
	if _, err := decryptPKCS8([]byte("wrong"), readKeyPEM(t, "rsa-enc.pem").Bytes); err == nil {
		t.Error("a wrong passphrase opened the key")
	}
}

func TestEncryptKeyRoundTrips(t *testing.T) {
	der := readKeyPEM(t, "rsa.pem").Bytes
	for _, c := range pbesCiphers {
		t.Run(c.name+" opens with the passphrase", func(t *testing.T) {
			enc, label, _, err := encryptKey(der, "PRIVATE KEY", c.name, []byte("pw"))
			if err != nil || label != "ENCRYPTED PRIVATE KEY" || !isEncryptedPKCS8(enc) {
				t.Fatalf("encryptKey: %v, label %q", err, label)
			}
			got, err := decryptPKCS8([]byte("pw"), enc)
			if err != nil || !bytes.Equal(got, der) {
				t.Errorf("decryptPKCS8: %v, equal %v", err, bytes.Equal(got, der))
			}
		})
	}
	if _, _, _, err := encryptKey(der, "PRIVATE KEY", "rc4", []byte("pw")); !errors.Is(err, errUnknownCipher) {
		t.Errorf("unknown cipher: %v", err)
	}
}

func TestGenerateRSAWithOtherExponent(t *testing.T) {
	k, err := generateRSA(1024, 3)
	if err != nil {
		t.Fatal(err)
	}
	if k.E != 3 || k.N.BitLen() != 1024 {
		t.Errorf("E = %d, bits = %d", k.E, k.N.BitLen())
	}
	digest := make([]byte, 32)
	sig, err := rsa.SignPKCS1v15(nil, k, crypto.SHA256, digest)
	if err != nil || rsa.VerifyPKCS1v15(&k.PublicKey, crypto.SHA256, digest, sig) != nil {
		t.Errorf("the key does not sign: %v", err)
	}
}

func TestPrivateEncryptPublicDecrypt(t *testing.T) {
	k, err := x509.ParsePKCS8PrivateKey(readKeyPEM(t, "rsa.pem").Bytes)
	if err != nil {
		t.Fatal(err)
	}
	priv := k.(*rsa.PrivateKey)
	ct, err := rsaCrypt("privateEncrypt", priv, []byte("msg"), rsaPKCS1Padding, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	pt, err := rsaCrypt("publicDecrypt", &priv.PublicKey, ct, rsaPKCS1Padding, 0, nil)
	if err != nil || string(pt) != "msg" {
		t.Errorf("publicDecrypt = %q, %v", pt, err)
	}
	// Encrypt bad type-1 blocks with the private exponent and check each
	// fails with OpenSSL's reason for its fault.
	size := priv.Size()
	block := func(head []byte, pad byte, padLen int) []byte {
		em := append(append([]byte{}, head...), bytes.Repeat([]byte{pad}, padLen)...)
		em = append(em, make([]byte, size-len(em))...)
		out, err := rawRSA(em, priv.D, priv.N, size)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, c := range []struct {
		name   string
		in     []byte
		reason string
	}{
		{"block type 2", block([]byte{0, 2}, 0xff, 20), "block type is not 01"},
		{"short padding", block([]byte{0, 1}, 0xff, 4), "bad pad byte count"},
		{"padding ends in a non-zero byte", block([]byte{0, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 7}, 0xff, 1), "bad fixed header decrypt"},
	} {
		t.Run(c.name+" is refused", func(t *testing.T) {
			_, err := rsaCrypt("publicDecrypt", &priv.PublicKey, c.in, rsaPKCS1Padding, 0, nil)
			var o osslErr
			if !errors.As(err, &o) || o.reason != c.reason {
				t.Errorf("error %v, want reason %q", err, c.reason)
			}
		})
	}
}

func TestDeriveSharedRefusesMixedCurves(t *testing.T) {
	a, err := x509.ParseECPrivateKey(readKeyPEM(t, "p256.pem").Bytes)
	if err != nil {
		t.Fatal(err)
	}
	k, err := x509.ParsePKCS8PrivateKey(readKeyPEM(t, "p384.pem").Bytes)
	if err != nil {
		t.Fatal(err)
	}
	b := k.(*ecdsa.PrivateKey)
	if _, err := deriveShared(a, b.Public()); err != errDomainParameters {
		t.Errorf("P-256 with P-384: %v", err)
	}
	s1, err1 := deriveShared(a, a.Public())
	if err1 != nil || len(s1) != 32 || new(big.Int).SetBytes(s1).Sign() == 0 {
		t.Errorf("P-256 with itself: %x, %v", s1, err1)
	}
}

// An exponent without an inverse used to make generateRSA search forever;
// it must fail at once with OpenSSL's error, as must a tiny modulus.
func TestGenerateRSARefusesWhatOpenSSLRefuses(t *testing.T) {
	tests := []struct {
		name           string
		bits, exponent int
		want           string
	}{
		{"zero exponent", 1024, 0, "error:030C0100:digital envelope routines::malloc failure"},
		{"exponent one", 1024, 1, "error:020000B2:rsa routines::pub exponent out of range"},
		{"even exponent", 1024, 4, "error:020000B2:rsa routines::pub exponent out of range"},
		{"modulus below 512 bits", 100, 65537, "error:1C8000AB:Provider routines::key size too small"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := generateRSA(tt.bits, tt.exponent)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("generateRSA(%d, %d) = %v, want %s", tt.bits, tt.exponent, err, tt.want)
			}
		})
	}
}
