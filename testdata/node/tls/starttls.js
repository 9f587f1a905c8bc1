// STARTTLS: a plain net.Server upgrades an accepted socket by hand with
// new tls.TLSSocket(socket, { isServer: true, server }) after a line of
// plain text, and the client upgrades its socket with tls.connect({ socket }).
// The server option names a net.Server (no ticket keys), as smtp-server's
// does. A socket upgraded by hand reports a bad handshake as its own
// '_tlsError' and 'error' (not the server's 'tlsClientError'), and a peer
// that leaves before the handshake just ends it.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));
const ctx = tls.createSecureContext({ key: pem('self-key.pem'), cert: pem('self.pem') });

function upgradeOnLine(srv, sock, onSecureSocket) {
  sock.write('220 ready\r\n');
  sock.once('data', (d) => {
    say('server', 'read', JSON.stringify(String(d)));
    sock.removeAllListeners();
    sock.write('220 go ahead\r\n');
    const t = new tls.TLSSocket(sock, { isServer: true, secureContext: ctx, server: srv,
      SNICallback: (name, cb) => { say('server', 'SNI', name); cb(null, ctx); } });
    onSecureSocket(t);
  });
}

// Each side's events are in a fixed order; how the two sides interleave
// is not, so each side's are printed apart when a case ends.
const lines = { client: [], server: [] };
const say = (who, ...words) => lines[who].push(words.join(' '));
function flush() {
  for (const who of ['client', 'server']) for (const l of lines[who].splice(0)) console.log(who, l);
}

function watch(t, who) {
  for (const ev of ['_tlsError', 'error']) t.on(ev, (e) => say(who, ev, e.code));
  t.on('end', () => say(who, 'end'));
  t.on('close', () => say(who, 'close'));
}

// finish ends a case once both sides have closed.
function finish(closeServer, done) {
  let open = 2;
  return () => {
    if (--open === 0) closeServer(() => { flush(); done(); });
  };
}

function good() {
  return new Promise((done) => {
    const closed = finish((f) => srv.close(f), done);
    const srv = net.createServer((sock) => upgradeOnLine(srv, sock, (t) => {
      watch(t, 'server');
      t.on('secure', () => say('server', 'secure', t.getProtocol(), t.servername));
      t.on('data', (d) => t.end('echo ' + d));
      t.on('close', closed);
    }));
    srv.on('tlsClientError', (e) => say('server', 'tlsClientError', e.code));
    srv.listen(0, '127.0.0.1', () => {
      const c = net.connect(srv.address().port, '127.0.0.1');
      c.once('data', () => {
        c.write('STARTTLS\r\n');
        c.once('data', (d) => {
          say('client', 'read', JSON.stringify(String(d)));
          const s = tls.connect({ socket: c, rejectUnauthorized: false, servername: 'localhost' }, () => {
            say('client', 'secure', s.authorized, s.authorizationError, s.getProtocol());
            s.write('hello');
          });
          s.setEncoding('utf8');
          s.on('data', (d) => say('client', 'data', d));
          watch(s, 'client');
          s.on('close', closed);
        });
      });
    });
  });
}

function bad(payload) {
  return new Promise((done) => {
    const closed = finish((f) => srv.close(f), done);
    const srv = net.createServer((sock) => upgradeOnLine(srv, sock, (t) => {
      watch(t, 'server');
      t.on('secure', () => say('server', 'secure'));
      t.on('close', closed);
    }));
    srv.on('tlsClientError', (e) => say('server', 'tlsClientError', e.code));
    srv.listen(0, '127.0.0.1', () => {
      const c = net.connect(srv.address().port, '127.0.0.1');
      c.once('data', () => {
        c.write('STARTTLS\r\n');
        c.once('data', () => c.end(payload));
      });
      c.resume();
      c.on('close', closed);
    });
  });
}

(async () => {
  console.log('-- upgrade');
  await good();
  console.log('-- not TLS after STARTTLS');
  await bad('GARBAGE, NOT A CLIENT HELLO\r\n\r\n');
  console.log('-- client leaves before the handshake');
  await bad(undefined);
})();
