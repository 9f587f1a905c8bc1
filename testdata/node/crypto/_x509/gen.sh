#!/bin/sh
# Regenerates the X509Certificate fixtures' certificates (run once; the PEM
# files are checked in so that outputs stay fixed): an RSA leaf with a
# busy subject (several OUs, a multi-valued RDN, characters RFC 2253 must
# escape, UTF-8) and every extension X509Certificate reports, issued by
# testdata/node/tls's CA, valid 100 years from a fixed date.
set -e
cd "$(dirname "$0")"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out leaf-key.pem
openssl req -new -key leaf-key.pem -utf8 \
  -subj '/C=US/ST=California/L=San Francisco/O=Kiln, Test\+Co/OU=Unit A/OU=Unit B/CN=www.example.com+UID=leaf/emailAddress=admin@example.com/title=Ünïcödé' \
  -multivalue-rdn -out leaf.csr
cat > leaf.ext <<'X'
subjectAltName=DNS:www.example.com,DNS:*.example.com,DNS:f*.example.org,email:admin@example.com,IP:192.0.2.7,IP:2001:db8::7,URI:https://example.com/id
authorityInfoAccess=OCSP;URI:http://ocsp.example.com/,caIssuers;URI:http://ca.example.com/ca.pem
extendedKeyUsage=serverAuth,clientAuth,codeSigning
keyUsage=critical,digitalSignature,keyEncipherment
basicConstraints=critical,CA:FALSE
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
X
openssl x509 -req -in leaf.csr -CA ../../tls/ca.pem -CAkey ../../tls/ca-key.pem -set_serial 0x0a1b2c3d4e5f -sha256 \
  -days 36500 -extfile leaf.ext -out leaf.pem
rm -f leaf.csr leaf.ext
# SPKACs for crypto.Certificate: RSA signed with SHA-256 and with MD5
# (openssl's default), and EC P-256.
openssl spkac -key leaf-key.pem -challenge 'kiln challenge' -digest sha256 | sed 's/^SPKAC=//' > spkac-rsa.txt
openssl spkac -key leaf-key.pem -challenge 'md5' -digest md5 | sed 's/^SPKAC=//' > spkac-md5.txt
openssl spkac -key ../../tls/ca-key.pem -challenge 'ec' -digest sha256 | sed 's/^SPKAC=//' > spkac-ec.txt
