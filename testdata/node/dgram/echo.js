'use strict';
// Echo between two sockets on 127.0.0.1 with ports chosen by the OS, and
// the order of 'listening', send callbacks, ticks and messages.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4' }, (msg, rinfo) => {
  console.log('client got', JSON.stringify(msg.toString()), Buffer.isBuffer(msg), Object.keys(rinfo),
    rinfo.address, rinfo.family, rinfo.size, rinfo.port === server.address().port);
  if (msg.toString() === 'bye') {
    client.close(() => console.log('client close callback'));
    server.close();
  }
});

const seen = [];
server.on('message', (msg, rinfo) => {
  seen.push(msg.length);
  console.log('server got', JSON.stringify(msg.toString()), rinfo.size, rinfo.port === client.address().port);
  server.send(msg, rinfo.port, rinfo.address, (err, n) => console.log('echo sent', err, n));
});
server.on('listening', () => {
  const a = server.address();
  console.log('listening', a.address, a.family, typeof a.port, a.port > 0);
});
server.on('close', () => console.log('server close', seen.join(',')));
client.on('close', () => console.log('client close event'));

server.bind(0, '127.0.0.1', () => {
  console.log('bind callback');
  const port = server.address().port;
  client.send('hello', port, '127.0.0.1', (err, n) => {
    console.log('send callback', err, n);
    const a = client.address();
    console.log('client bound', a.address, a.family, a.port > 0);
  });
  process.nextTick(() => console.log('tick'));
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('microtask'));
  client.send(Buffer.from('0123456789'), 2, 3, port, '127.0.0.1');
  client.send([Buffer.from('ab'), 'cd', new Uint8Array([101])], port, '127.0.0.1');
  client.send(new Uint8Array(0), port, '127.0.0.1', (err, n) => console.log('empty sent', err, n));
  client.send('bye', port, (err, n) => console.log('bye sent', err, n));
});
console.log('end of script');
