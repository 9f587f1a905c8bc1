// The ciphers option chooses the TLS 1.2 suites a side offers or accepts:
// suite names exactly, family keywords as the defaults, exclusions; a list
// that matches nothing is ERR_SSL_NO_CIPHER_MATCH.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));
for (const c of ['NOPE', 5, ':', '::', ':TLS_AES_128_GCM_SHA256', 'AES128-SHA:!aNULL', 'HIGH:!aNULL:!MD5', 'TLS_AES_128_GCM_SHA256', 'ECDHE+AESGCM', '', 'DES-CBC3-SHA']) {
  try {
    tls.createSecureContext({ ciphers: c });
    console.log(JSON.stringify(c), 'ok');
  } catch (e) {
    console.log(JSON.stringify(c), e.code, e.message, e.library, e.reason);
  }
}

function negotiate(serverCiphers, clientCiphers) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem'), maxVersion: 'TLSv1.2',
      ciphers: serverCiphers }, (s) => s.end('hi'));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: pem('ca.pem'), servername: 'localhost',
        ciphers: clientCiphers }, () => {
        const { name, standardName, version } = c.getCipher();
        console.log(serverCiphers, '|', clientCiphers, '->', name, standardName, version);
        c.end();
      });
      c.on('close', () => server.close(resolve));
      c.resume();
    });
  });
}

(async () => {
  await negotiate('ECDHE-ECDSA-AES128-SHA', undefined);
  await negotiate('ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA');
  await negotiate('HIGH:!ECDHE-ECDSA-AES128-GCM-SHA256:!ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305');
  await negotiate(undefined, 'ECDHE-ECDSA-AES256-GCM-SHA384');
})();
