// tls without a network: exports, checkServerIdentity's table of hosts and
// certificates, and argument errors in node's form.
const tls = require('tls');
const net = require('net');

console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT);
console.log(tls.DEFAULT_CIPHERS.split(':').length, Array.isArray(tls.rootCertificates), Object.isFrozen(tls.rootCertificates));
console.log(new tls.TLSSocket() instanceof net.Socket, tls.Server.prototype instanceof net.Server);
console.log(typeof tls.createSecureContext({}).context);
const o = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], o);
console.log(o.ALPNProtocols);

const identity = [
  ['a.com', { subjectaltname: 'DNS:a.com' }],
  ['A.COM', { subjectaltname: 'DNS:a.com' }],
  ['b.com', { subjectaltname: 'DNS:a.com, DNS:c.com' }],
  ['x.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['x.y.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['foo.a.com', { subjectaltname: 'DNS:f*.a.com' }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['127.0.0.2', { subjectaltname: 'IP Address:127.0.0.1, DNS:a.com' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['127.0.0.1', { subject: { CN: '127.0.0.1' } }],
  ['a.com', { subject: { CN: 'a.com' } }],
  ['b.com', { subject: { CN: 'a.com' } }],
  ['b.com', { subject: { CN: ['a.com', 'b.com'] } }],
  ['a.com', { subject: {} }],
  ['a.com', {}],
  ['a.com.', { subjectaltname: 'DNS:a.com' }],
  ['a.com', { subjectaltname: 'DNS:a.com.' }],
  ['a.com', { subjectaltname: 'URI:http://a.com/' }],
  ['xn--x.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['x.com', { subjectaltname: 'DNS:*.com' }],
  ['a.com', { subjectaltname: 'DNS:a.com', subject: { CN: 'b.com' } }],
];
for (const [host, cert] of identity) {
  const e = tls.checkServerIdentity(host, cert);
  console.log(host, JSON.stringify(cert), '->', e ? `${e.code} ${e.name}: ${e.message} | ${e.host}` : e);
}

const calls = [
  ['connect without port', () => tls.connect()],
  ['bad minVersion', () => tls.connect({ port: 1, minVersion: 'TLSv9' })],
  ['bad maxVersion', () => tls.createSecureContext({ maxVersion: 'SSLv3' })],
  ['bad key', () => tls.createSecureContext({ key: 'junk', cert: 'junk' })],
  ['SNICallback type', () => tls.createServer({ SNICallback: 5 })],
  ['server options type', () => tls.createServer(5)],
];
for (const [label, f] of calls) {
  try {
    f();
    console.log(label, '-> ok');
  } catch (e) {
    console.log(label, '->', `${e.code} ${e.name}: ${e.message}`);
  }
}
