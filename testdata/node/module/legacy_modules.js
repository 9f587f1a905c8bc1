// Node's legacy module names (_tls_wrap, _tls_common, _stream_wrap) and
// trace_events as node has it in a worker, where tracing is unavailable
// (Kiln has no tracing agent anywhere).
const { Worker } = require('worker_threads');
process.on('warning', (w) => console.log('warning', w.code, w.message));
for (const m of ['_tls_wrap', '_tls_common', '_stream_wrap']) {
  const x = require(m);
  console.log(m, typeof x, Object.keys(x));
}
const { translatePeerCertificate: translate } = require('_tls_common');
const cert = {
  subject: 'x',
  infoAccess: 'OCSP - URI:http://ocsp.example\nCA Issuers - URI:http://ca.example/x.crt\nOCSP - URI:"http://b"\n',
};
cert.issuerCertificate = { infoAccess: 'a:b' };
cert.issuerCertificate.issuerCertificate = cert.issuerCertificate;
console.log(translate(cert), translate(null));
console.log(require('module').builtinModules.filter((m) => /^_tls|^_stream_wrap|^trace/.test(m)));
new Worker(`
  try { require('trace_events'); } catch (e) { console.log(e.code, e.message, e.name); }
`, { eval: true });
