package stdlib

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// crypto.Certificate's Go half: SPKAC, the signed public key and challenge
// of HTML's old <keygen> (a Netscape format, base64 DER):
//
//	SignedPublicKeyAndChallenge ::= SEQUENCE {
//	    publicKeyAndChallenge SEQUENCE { spki SubjectPublicKeyInfo, challenge IA5String },
//	    signatureAlgorithm AlgorithmIdentifier,
//	    signature BIT STRING }
//
// A SPKAC that does not parse gives node's empty answers, not an error.

type spkac struct {
	PKAC      asn1.RawValue
	Algorithm pkix.AlgorithmIdentifier
	Signature asn1.BitString
}

type publicKeyAndChallenge struct {
	SPKI      asn1.RawValue
	Challenge string `asn1:"ia5"`
}

func parseSPKAC(text []byte) (*spkac, *publicKeyAndChallenge, bool) {
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, string(text))
	der, err := base64.StdEncoding.DecodeString(clean)
	if err != nil {
		return nil, nil, false
	}
	var outer spkac
	if rest, err := asn1.Unmarshal(der, &outer); err != nil || len(rest) > 0 {
		return nil, nil, false
	}
	var inner publicKeyAndChallenge
	if _, err := asn1.Unmarshal(outer.PKAC.FullBytes, &inner); err != nil {
		return nil, nil, false
	}
	return &outer, &inner, true
}

// spkacHash is the digest of an RSA or ECDSA signature algorithm's OID;
// MD5 is what `openssl spkac` signs with unless told otherwise.
func spkacHash(oid asn1.ObjectIdentifier) (crypto.Hash, bool) {
	switch oid.String() {
	case "1.2.840.113549.1.1.4":
		return crypto.MD5, true
	case "1.2.840.113549.1.1.5", "1.2.840.10045.4.1":
		return crypto.SHA1, true
	case "1.2.840.113549.1.1.14", "1.2.840.10045.4.3.1":
		return crypto.SHA224, true
	case "1.2.840.113549.1.1.11", "1.2.840.10045.4.3.2":
		return crypto.SHA256, true
	case "1.2.840.113549.1.1.12", "1.2.840.10045.4.3.3":
		return crypto.SHA384, true
	case "1.2.840.113549.1.1.13", "1.2.840.10045.4.3.4":
		return crypto.SHA512, true
	}
	return 0, false
}

func verifySPKAC(outer *spkac, inner *publicKeyAndChallenge) bool {
	pub, err := x509.ParsePKIXPublicKey(inner.SPKI.FullBytes)
	if err != nil {
		return false
	}
	signed, sig := outer.PKAC.FullBytes, outer.Signature.RightAlign()
	if k, ok := pub.(ed25519.PublicKey); ok {
		return outer.Algorithm.Algorithm.Equal(asn1.ObjectIdentifier{1, 3, 101, 112}) && ed25519.Verify(k, signed, sig)
	}
	h, ok := spkacHash(outer.Algorithm.Algorithm)
	if !ok {
		return false
	}
	d := h.New()
	d.Write(signed)
	digest := d.Sum(nil)
	switch k := pub.(type) {
	case *rsa.PublicKey:
		return rsa.VerifyPKCS1v15(k, h, digest, sig) == nil
	case *ecdsa.PublicKey:
		return ecdsa.VerifyASN1(k, digest, sig)
	}
	return false
}

func fillSPKAC(n *Node, b vm.Value) {
	rt := n.VM
	// spkac(bytes, what): the challenge's bytes, the public key as PEM,
	// or whether the signature holds ('challenge', 'publicKey', 'verify');
	// undefined for a SPKAC that does not parse.
	rt.DefineMethod(b, "spkac", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		text, _ := rt.BufferBytes(vm.Arg(args, 0))
		outer, inner, ok := parseSPKAC(text)
		what := rt.ToGoString(vm.Arg(args, 1))
		if !ok {
			if what == "verify" {
				return vm.Bool(false)
			}
			return vm.Undefined
		}
		switch what {
		case "challenge":
			return rt.NewUint8Array([]byte(inner.Challenge))
		case "publicKey":
			if _, err := x509.ParsePKIXPublicKey(inner.SPKI.FullBytes); err != nil {
				return vm.Undefined
			}
			return rt.NewUint8Array(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: inner.SPKI.FullBytes}))
		}
		return vm.Bool(verifySPKAC(outer, inner))
	})
}
