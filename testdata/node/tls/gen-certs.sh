#!/bin/sh
# Regenerates the fixtures' certificates (run once; the PEM files are
# checked in so that outputs stay fixed): a CA, a server certificate for
# localhost and 127.0.0.1 signed by it, a client certificate signed by it,
# and a self-signed server certificate. EC P-256 keys, valid 100 years.
set -e
cd "$(dirname "$0")"
ec() { openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$1"; }
ec ca-key.pem
openssl req -x509 -new -key ca-key.pem -sha256 -days 36500 -subj '/C=US/O=Kiln Test/CN=Kiln Test CA' \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' -out ca.pem
ec server-key.pem
openssl req -new -key server-key.pem -subj '/C=US/O=Kiln Test/CN=localhost' -out server.csr
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -set_serial 0x1001 -days 36500 -sha256 \
  -extfile server.ext -out server.pem
ec client-key.pem
openssl req -new -key client-key.pem -subj '/C=US/O=Kiln Test/CN=client' -out client.csr
printf 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n' > client.ext
openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -set_serial 0x1002 -days 36500 -sha256 \
  -extfile client.ext -out client.pem
ec self-key.pem
openssl req -x509 -new -key self-key.pem -sha256 -days 36500 -subj '/C=US/O=Kiln Test/CN=localhost' \
  -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1' -out self.pem
rm -f server.csr server.ext client.csr client.ext
