'use strict';
// udp6 on the IPv6 loopback, and a udp6 socket bound to the wildcard
// address (dual-stack) hearing an IPv4 sender, unless ipv6Only.
const dgram = require('dgram');

const a = dgram.createSocket('udp6');
const b = dgram.createSocket({ type: 'udp6', ipv6Only: true });

a.on('message', (msg, rinfo) => {
  console.log('a got', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
  if (msg.toString() === 'v4') {
    a.close();
    b.close(() => console.log('closed'));
  }
});

a.bind(0, () => {
  const addr = a.address();
  console.log('a bound', addr.address, addr.family);
  b.bind(0, '::1', () => {
    const bb = b.address();
    console.log('b bound', bb.address, bb.family);
    b.send('v6', addr.port, '::1', (err) => {
      console.log('v6 sent', err);
      const c = dgram.createSocket('udp4');
      c.send('v4', addr.port, '127.0.0.1', () => c.close());
    });
  });
});
