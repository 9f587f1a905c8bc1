// crypto.X509Certificate on checked-in certificates (_x509/gen.sh makes
// the RSA leaf with a busy subject and every extension shown here; the EC
// CA, server and self-signed ones are testdata/node/tls's): the string
// forms node prints, toLegacyObject, the check* methods with their options,
// verify, publicKey and the argument errors.
const { X509Certificate, createPrivateKey } = require('crypto');
const fs = require('fs');
const path = require('path');

const read = (...p) => fs.readFileSync(path.join(__dirname, ...p));
const leaf = new X509Certificate(read('_x509', 'leaf.pem'));
const ca = new X509Certificate(read('..', 'tls', 'ca.pem').toString());
const server = new X509Certificate(read('..', 'tls', 'server.pem'));
const self = new X509Certificate(read('..', 'tls', 'self.pem'));

function tryIt(label, f) {
  try {
    console.log(label, '->', f());
  } catch (e) {
    console.log(label, '->', `${e.name} [${e.code}]: ${e.message.split('\n')[0].replace(/ Received .*/, '')}`);
  }
}

for (const c of [leaf, ca, server]) {
  for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'ca', 'keyUsage', 'serialNumber', 'validFrom',
    'validTo', 'fingerprint', 'fingerprint256', 'fingerprint512', 'issuerCertificate']) {
    console.log(k, JSON.stringify(c[k]));
  }
  console.log('publicKey', c.publicKey.type, c.publicKey.asymmetricKeyType, c.raw.length, c.toString() === c.toJSON(),
    c.toString().split('\n').length);
  console.log(c.toLegacyObject());
}
console.log(leaf);
tryIt('bad', () => new X509Certificate('hello'));
tryIt('bad buf', () => new X509Certificate(Buffer.from([1, 2, 3])));
tryIt('num', () => new X509Certificate(5));
tryIt('der', () => new X509Certificate(leaf.raw).subject === leaf.subject);
tryIt('no new', () => X509Certificate(leaf.raw));
for (const h of ['.example.com', '.www.example.com', 'a.www.example.com', 'WWW.EXAMPLE.COM', 'a.example.com', 'a.b.example.com', 'example.com', 'foo.example.org', 'fa.example.org', 'bar.example.org', 'localhost', 'other.com', 'www.example.com.', '']) {
  tryIt('checkHost ' + h, () => [leaf.checkHost(h), leaf.checkHost(h, { wildcards: false }), leaf.checkHost(h, { partialWildcards: false }), leaf.checkHost(h, { subject: 'always' }), server.checkHost(h)]);
}
tryIt('single label subdomains', () => [leaf.checkHost('.example.com', { singleLabelSubdomains: true }),
  server.checkHost('.localhost')]);
tryIt('checkHost CN default', () => [ca.checkHost('Kiln Test CA'), self.checkHost('localhost', { subject: 'never' })]);
tryIt('checkHost 1', () => leaf.checkHost(1));
tryIt('checkHost opts', () => leaf.checkHost('x', 1));
tryIt('checkHost subject bad', () => leaf.checkHost('x', { subject: 'x' }));
tryIt('checkHost wildcards bad', () => leaf.checkHost('x', { wildcards: 1 }));
for (const e of ['admin@example.com', 'ADMIN@example.com', 'admin@EXAMPLE.com', 'other@example.com', 'x'])
  tryIt('checkEmail ' + e, () => [leaf.checkEmail(e), leaf.checkEmail(e, { subject: 'never' }), leaf.checkEmail(e, { subject: 'always' })]);
for (const ip of ['192.0.2.7', '2001:db8::7', '2001:DB8:0::7', '127.0.0.1', '::ffff:192.0.2.7'])
  tryIt('checkIP ' + ip, () => [leaf.checkIP(ip), server.checkIP(ip)]);
tryIt('checkIP bad', () => leaf.checkIP('x'));
tryIt('checkIP num', () => leaf.checkIP(1));
tryIt('checkIP opts', () => leaf.checkIP('1.2.3.4', {}));
tryIt('checkIssued', () => [leaf.checkIssued(ca), server.checkIssued(ca), ca.checkIssued(ca), ca.checkIssued(leaf), self.checkIssued(self), self.checkIssued(ca)]);
tryIt('checkIssued bad', () => leaf.checkIssued({}));
tryIt('verify', () => [leaf.verify(ca.publicKey), leaf.verify(server.publicKey), ca.verify(ca.publicKey), self.verify(self.publicKey)]);
tryIt('verify bad', () => leaf.verify({}));
tryIt('verify private', () => leaf.verify(createPrivateKey(read('..', 'tls', 'ca-key.pem'))));
tryIt('checkPrivateKey', () => [leaf.checkPrivateKey(createPrivateKey(read('_x509', 'leaf-key.pem'))), server.checkPrivateKey(createPrivateKey(read('..', 'tls', 'server-key.pem'))), server.checkPrivateKey(createPrivateKey(read('..', 'tls', 'ca-key.pem')))]);
tryIt('checkPrivateKey public', () => leaf.checkPrivateKey(ca.publicKey));
tryIt('checkPrivateKey bad', () => leaf.checkPrivateKey('x'));
tryIt('publicKey', () => [ca.publicKey.export({ type: 'spki', format: 'pem' }), leaf.publicKey.asymmetricKeyDetails]);
tryIt('proto', () => Object.getOwnPropertyNames(X509Certificate.prototype));
tryIt('desc', () => Object.getOwnPropertyDescriptor(X509Certificate.prototype, 'subject'));
tryIt('raw is buffer', () => [Buffer.isBuffer(leaf.raw), leaf.raw === leaf.raw, leaf.publicKey === leaf.publicKey]);
tryIt('json', () => JSON.stringify({ c: ca }).slice(0, 60));
tryIt('lengths', () => [X509Certificate.length, leaf.checkHost.length, leaf.checkEmail.length, leaf.checkIP.length, leaf.verify.length]);
