package stdlib

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"hash"
	"strings"
)

// Passphrase-protected private keys, as node writes them with a cipher
// and passphrase and reads them back: PKCS#8's EncryptedPrivateKeyInfo
// with PBES2 (RFC 8018: PBKDF2 with HMAC-SHA-256, then a CBC cipher) for
// "pkcs8", and OpenSSL's older PEM encryption (Proc-Type and DEK-Info
// headers) for "pkcs1" and "sec1", which crypto/x509 still implements.

var (
	oidPBES2         = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2        = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACWithSHA1  = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACWithSHA25 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
)

// pbesCipher is a CBC cipher PBES2 may name.
type pbesCipher struct {
	name    string
	oid     asn1.ObjectIdentifier
	keySize int
	block   func([]byte) (cipher.Block, error)
	legacy  x509.PEMCipher
}

var pbesCiphers = []pbesCipher{
	{"aes-128-cbc", asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}, 16, aes.NewCipher, x509.PEMCipherAES128},
	{"aes-192-cbc", asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}, 24, aes.NewCipher, x509.PEMCipherAES192},
	{"aes-256-cbc", asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}, 32, aes.NewCipher, x509.PEMCipherAES256},
	{"des-ede3-cbc", asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}, 24, des.NewTripleDESCipher, x509.PEMCipher3DES},
}

type encryptedPrivateKeyInfo struct {
	Algo pkix.AlgorithmIdentifier
	Data []byte
}

type pbes2Params struct {
	KDF    pkix.AlgorithmIdentifier
	Scheme pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt       []byte
	Iterations int
	KeyLength  int                      `asn1:"optional"`
	PRF        pkix.AlgorithmIdentifier `asn1:"optional"`
}

// pbesIterations is the PBKDF2 count OpenSSL 3 writes.
const pbesIterations = 2048

// encryptKey protects a private key's DER (with its PEM label) under
// passphrase: PBES2 for PKCS#8, the legacy PEM headers otherwise.
func encryptKey(der []byte, label, cipherName string, passphrase []byte) ([]byte, string, map[string]string, error) {
	var c *pbesCipher
	for i := range pbesCiphers {
		if pbesCiphers[i].name == cipherName {
			c = &pbesCiphers[i]
		}
	}
	if c == nil {
		return nil, "", nil, errUnknownCipher
	}
	if label != "PRIVATE KEY" {
		// Deprecated for its weak key derivation, but it is what node
		// writes for these types.
		block, err := x509.EncryptPEMBlock(rand.Reader, label, der, passphrase, c.legacy)
		if err != nil {
			return nil, "", nil, err
		}
		// OpenSSL writes the IV in upper case; it reads either.
		block.Headers["DEK-Info"] = strings.ToUpper(block.Headers["DEK-Info"])
		return block.Bytes, label, block.Headers, nil
	}
	salt := make([]byte, 16)
	rand.Read(salt)
	key, err := pbkdf2.Key(sha256.New, string(passphrase), salt, pbesIterations, c.keySize)
	if err != nil {
		return nil, "", nil, err
	}
	block, err := c.block(key)
	if err != nil {
		return nil, "", nil, err
	}
	iv := make([]byte, block.BlockSize())
	rand.Read(iv)
	pad := block.BlockSize() - len(der)%block.BlockSize()
	data := append(append([]byte(nil), der...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(data, data)
	kdf, _ := asn1.Marshal(pbkdf2Params{Salt: salt, Iterations: pbesIterations,
		PRF: pkix.AlgorithmIdentifier{Algorithm: oidHMACWithSHA25, Parameters: asn1.NullRawValue}})
	ivDER, _ := asn1.Marshal(iv)
	params, _ := asn1.Marshal(pbes2Params{
		KDF:    pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdf}},
		Scheme: pkix.AlgorithmIdentifier{Algorithm: c.oid, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	out, err := asn1.Marshal(encryptedPrivateKeyInfo{
		Algo: pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: params}},
		Data: data,
	})
	return out, "ENCRYPTED PRIVATE KEY", nil, err
}

// isEncryptedPKCS8 says whether DER is an EncryptedPrivateKeyInfo
// under PBES2.
func isEncryptedPKCS8(der []byte) bool {
	var info encryptedPrivateKeyInfo
	rest, err := asn1.Unmarshal(der, &info)
	return err == nil && len(rest) == 0 && info.Algo.Algorithm.Equal(oidPBES2)
}

// decryptPKCS8 opens a PBES2 EncryptedPrivateKeyInfo. A wrong passphrase
// shows as bad padding, as in OpenSSL.
func decryptPKCS8(passphrase, der []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	var params pbes2Params
	var kdf pbkdf2Params
	if rest, err := asn1.Unmarshal(der, &info); err != nil || len(rest) != 0 || !info.Algo.Algorithm.Equal(oidPBES2) {
		return nil, errDecoderUnsupported
	}
	if _, err := asn1.Unmarshal(info.Algo.Parameters.FullBytes, &params); err != nil || !params.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, errDecoderUnsupported
	}
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil {
		return nil, errDecoderUnsupported
	}
	var prf func() hash.Hash
	switch {
	case kdf.PRF.Algorithm == nil || kdf.PRF.Algorithm.Equal(oidHMACWithSHA1):
		prf = sha1.New
	case kdf.PRF.Algorithm.Equal(oidHMACWithSHA25):
		prf = sha256.New
	default:
		return nil, errDecoderUnsupported
	}
	var c *pbesCipher
	for i := range pbesCiphers {
		if pbesCiphers[i].oid.Equal(params.Scheme.Algorithm) {
			c = &pbesCiphers[i]
		}
	}
	var iv []byte
	if c == nil {
		return nil, errDecoderUnsupported
	}
	if _, err := asn1.Unmarshal(params.Scheme.Parameters.FullBytes, &iv); err != nil {
		return nil, errDecoderUnsupported
	}
	key, err := pbkdf2.Key(prf, string(passphrase), kdf.Salt, kdf.Iterations, c.keySize)
	if err != nil {
		return nil, errDecoderUnsupported
	}
	block, err := c.block(key)
	if err != nil || len(iv) != block.BlockSize() || len(info.Data) == 0 || len(info.Data)%block.BlockSize() != 0 {
		return nil, errDecoderUnsupported
	}
	data := append([]byte(nil), info.Data...)
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(data, data)
	pad := int(data[len(data)-1])
	if pad == 0 || pad > block.BlockSize() || !bytes.Equal(data[len(data)-pad:], bytes.Repeat([]byte{byte(pad)}, pad)) {
		return nil, errBadDecrypt
	}
	return data[:len(data)-pad], nil
}

// decryptLegacyPEM opens OpenSSL's older PEM encryption.
func decryptLegacyPEM(block *pem.Block, passphrase []byte) ([]byte, error) {
	der, err := x509.DecryptPEMBlock(block, passphrase)
	if err != nil {
		return nil, errBadDecrypt
	}
	return der, nil
}
