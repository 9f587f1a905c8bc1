// The TLSSocket and tls.Server methods around certificates and sessions:
// getX509Certificate/getPeerX509Certificate (and getCertificate),
// exportKeyingMaterial (both ends derive the same bytes), setSession's
// check, and the server's ticket keys and deprecated setOptions.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const read = (f) => fs.readFileSync(path.join(__dirname, f));
function tryIt(label, f) {
  try {
    console.log(label, '->', f());
  } catch (e) {
    console.log(label, '->', `${e.name} [${e.code}]: ${e.message.split('\n')[0]}`);
  }
}

const server = tls.createServer({
  key: read('server-key.pem'), cert: read('server.pem'), ca: read('ca.pem'), requestCert: true,
});
tryIt('getTicketKeys', () => [server.getTicketKeys().length, Buffer.isBuffer(server.getTicketKeys()),
  server.getTicketKeys().equals(server.getTicketKeys())]);
tryIt('setTicketKeys 48', () => { server.setTicketKeys(Buffer.alloc(48, 1)); return server.getTicketKeys().toString('hex'); });
tryIt('setTicketKeys 47', () => server.setTicketKeys(Buffer.alloc(47)));
tryIt('setTicketKeys string', () => server.setTicketKeys('x'.repeat(48)));
tryIt('_getServerData', () => server._getServerData().ticketKeys.slice(0, 8));
tryIt('_setServerData', () => { server._setServerData({ ticketKeys: '03'.repeat(48) }); return server.getTicketKeys()[0]; });
tryIt('ticketKeys option', () => tls.createServer({ ticketKeys: Buffer.alloc(48, 2) }).getTicketKeys().toString('hex'));
tryIt('ticketKeys option of 4', () => tls.createServer({ ticketKeys: Buffer.alloc(4, 2) }));
const other = tls.createServer({});
tryIt('setOptions', () => {
  const r = other.setOptions({ requestCert: true, rejectUnauthorized: false, honorCipherOrder: false,
    sessionIdContext: 'x', ALPNProtocols: ['h2'], ciphers: 'HIGH' });
  return [r, other.requestCert, other.rejectUnauthorized, other.honorCipherOrder, other.sessionIdContext,
    other.ALPNProtocols, other.ciphers];
});
console.log('server methods', Object.getOwnPropertyNames(tls.Server.prototype));

server.on('secureConnection', (c) => {
  const material = c.exportKeyingMaterial(32, 'EXPORTER-kiln', Buffer.from('ctx'));
  console.log('server own', c.getX509Certificate().subject.split('\n').pop(),
    'peer', c.getPeerX509Certificate().subject.split('\n').pop());
  c.end(material.toString('hex'));
  server.close();
});

server.listen(0, '127.0.0.1', () => {
  const s = tls.connect({
    port: server.address().port, host: '127.0.0.1', ca: read('ca.pem'), servername: 'localhost',
    cert: read('client.pem'), key: read('client-key.pem'),
  }, () => {
    const peer = s.getPeerX509Certificate();
    console.log('peer', peer.constructor.name, peer.subject.split('\n').pop(), peer.checkHost('localhost'),
      peer.issuerCertificate?.subject.split('\n').pop(), typeof peer.issuerCertificate?.issuerCertificate);
    const own = s.getX509Certificate();
    console.log('own', own.constructor.name, own.subject.split('\n').pop());
    console.log('getCertificate', s.getCertificate().subject, s.getCertificate().serialNumber);
    const mine = s.exportKeyingMaterial(32, 'EXPORTER-kiln', Buffer.from('ctx'));
    tryIt('length 16', () => s.exportKeyingMaterial(16, 'EXPORTER-kiln').length);
    tryIt('length -1', () => s.exportKeyingMaterial(-1, 'x'));
    tryIt('length 0', () => s.exportKeyingMaterial(0, 'x'));
    tryIt('length 1.5', () => s.exportKeyingMaterial(1.5, 'x'));
    tryIt('label 5', () => s.exportKeyingMaterial(1, 5));
    tryIt('context string', () => s.exportKeyingMaterial(1, 'x', 'ctx'));
    tryIt('setSession 5', () => s.setSession(5));
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      console.log('both ends agree', got === mine.toString('hex'), got.length);
      s.end();
    });
  });
  tryIt('exportKeyingMaterial before handshake', () => s.exportKeyingMaterial(16, 'x'));
  tryIt('getPeerX509Certificate before handshake', () => s.getPeerX509Certificate());
  tryIt('getX509Certificate before handshake', () => s.getX509Certificate().serialNumber);
});
