'use strict';
// A connected socket sends without an address and hears only its peer.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.port === client.address().port);
  if (msg.toString() === 'last') {
    show('disconnect', () => client.disconnect());
    show('remoteAddress after disconnect', () => client.remoteAddress());
    show('disconnect again', () => client.disconnect());
    client.close();
    server.close(() => {
      console.log('server closed');
      badHost();
    });
  }
});

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.on('connect', () => console.log('connect event'));
  client.connect(port, 'localhost', (err) => {
    console.log('connect callback', err);
    const r = client.remoteAddress();
    console.log('remote', r.address, r.family, r.port === port);
    show('connect again', () => client.connect(port));
    show('send with port', () => client.send('x', port, '127.0.0.1'));
    client.send('one', (err, n) => console.log('one sent', err, n));
    client.send(Buffer.from('xtwox'), 1, 3, (err, n) => console.log('two sent', err, n));
    client.send('last');
  });
  console.log('connecting');
});

// An implicit bind happens on connect, and a bad host reaches the callback.
function badHost() {
  const other = dgram.createSocket('udp4');
  other.connect(9, 'no-such-host.invalid', (err) => {
    console.log('bad host', err.code, err.syscall, err.hostname);
    show('remoteAddress', () => other.remoteAddress());
    other.close();
  });
}
