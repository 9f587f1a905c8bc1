package stdlib

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func tlsFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "node", "tls", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// expiredCert makes a self-signed certificate that expired yesterday.
func expiredCert(t *testing.T) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(7),
		Subject:               pkix.Name{CommonName: "expired"},
		NotBefore:             time.Now().Add(-48 * time.Hour),
		NotAfter:              time.Now().Add(-24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

func TestTLSVerifyNamesFailuresAsOpenSSL(t *testing.T) {
	ca, server, self := tlsFixture(t, "ca.pem"), tlsFixture(t, "server.pem"), tlsFixture(t, "self.pem")
	expired := expiredCert(t)
	certs := func(pems ...[]byte) []*x509.Certificate {
		var out []*x509.Certificate
		for _, p := range pems {
			out = append(out, parsePEMCerts(p)...)
		}
		return out
	}
	for _, c := range []struct {
		name     string
		ca       [][]byte
		chain    []*x509.Certificate
		want     string
		verified int
	}{
		{"a leaf signed by a trusted CA is verified up to the CA", [][]byte{ca}, certs(server), "", 2},
		{"a leaf from an unknown CA cannot be verified", [][]byte{self}, certs(server), "UNABLE_TO_VERIFY_LEAF_SIGNATURE", 0},
		{"an untrusted self-signed leaf is depth zero", [][]byte{ca}, certs(self), "DEPTH_ZERO_SELF_SIGNED_CERT", 0},
		{"a trusted self-signed leaf is verified", [][]byte{self}, certs(self), "", 1},
		{"an untrusted root sent in the chain is named", [][]byte{self}, certs(server, ca), "SELF_SIGNED_CERT_IN_CHAIN", 0},
		{"an expired certificate has expired", [][]byte{expired}, certs(expired), "CERT_HAS_EXPIRED", 0},
		{"no certificate from a server cannot be verified", [][]byte{ca}, nil, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := &tlsOptions{ca: c.ca}
			chain, verr := o.verify(c.chain)
			got := ""
			if verr != nil {
				got = verr.code
			}
			if got != c.want || len(chain) != c.verified {
				t.Errorf("verify = %q with %d verified, want %q with %d", got, len(chain), c.want, c.verified)
			}
		})
	}
}

func TestTLSCertificateTextMatchesOpenSSL(t *testing.T) {
	server := parsePEMCerts(tlsFixture(t, "server.pem"))[0]
	if diff := cmp.Diff("DNS:localhost, IP Address:127.0.0.1", subjectAltName(server)); diff != "" {
		t.Errorf("subjectAltName (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("0:0:0:0:0:0:0:1", opensslIP(net.ParseIP("::1"))); diff != "" {
		t.Errorf("opensslIP (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("AB:0C:FF", colonHex([]byte{0xab, 0x0c, 0xff})); diff != "" {
		t.Errorf("colonHex (-want +got):\n%s", diff)
	}
}

func TestTLSErrorsGetNodeCodes(t *testing.T) {
	for _, c := range []struct {
		name       string
		err        error
		code, text string
	}{
		{"a received alert is named by OpenSSL's alert text",
			&net.OpError{Op: "remote error", Err: errors.New("tls: no application protocol")},
			"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol"},
		{"a TLS 1.3 alert keeps its tlsv13 prefix",
			&net.OpError{Op: "remote error", Err: errors.New("tls: certificate required")},
			"ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required"},
		{"plain HTTP to a server is an http request",
			tls.RecordHeaderError{Msg: "tls: first record does not look like a TLS handshake", RecordHeader: [5]byte{'G', 'E', 'T', ' ', '/'}},
			"ERR_SSL_HTTP_REQUEST", "http request"},
		{"plain HTTP from a server is a wrong version number",
			tls.RecordHeaderError{Msg: "tls: first record does not look like a TLS handshake", RecordHeader: [5]byte{'H', 'T', 'T', 'P', '/'}},
			"ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, text := tlsErrorOf(c.err)
			if diff := cmp.Diff([]string{c.code, c.text}, []string{code, text}); diff != "" {
				t.Errorf("tlsErrorOf (-want +got):\n%s", diff)
			}
		})
	}
}
