'use strict';
// Corners: reuseAddr, host names, failed binds and sends, closed sockets,
// AbortSignal, sendto, and an ICMP error on a connected socket.
const dgram = require('dgram');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const steps = [
  (next) => {
    // bind with an options object, and two sockets sharing a port with reuseAddr.
    const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    a.bind({ port: 0, address: '127.0.0.1', exclusive: false }, () => {
      const port = a.address().port;
      const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
      b.bind(port, '127.0.0.1', () => {
        console.log('shared port', b.address().port === port);
        a.close();
        b.close(next);
      });
    });
  },
  (next) => {
    // bind to a host name goes through dns.lookup.
    const a = dgram.createSocket('udp4');
    a.bind(0, 'localhost', () => {
      console.log('localhost bound', a.address().address);
      a.close(next);
    });
  },
  (next) => {
    // an address this machine does not have.
    const a = dgram.createSocket('udp4');
    a.on('error', (e) => {
      console.log('bind error', e.code, e.syscall, e.address, e.port, e.message);
      show('address after failed bind', () => a.address());
      a.close(next);
    });
    a.bind(4000, '192.0.2.1');
  },
  (next) => {
    // a send to a host that does not resolve, without a callback: 'error'.
    const a = dgram.createSocket('udp4');
    a.on('error', (e) => {
      console.log('send error event', e.code, e.syscall, e.hostname);
      a.close(next);
    });
    a.send('x', 9, 'no-such-host.invalid');
  },
  (next) => {
    // a datagram larger than UDP allows fails in the callback.
    const a = dgram.createSocket('udp4');
    a.send(Buffer.alloc(70000), 9, '127.0.0.1', (err, n) => {
      console.log('too big', err.code, err.errno, err.syscall, err.address, err.port, err.message, n);
      console.log('queue', a.getSendQueueSize(), a.getSendQueueCount());
      a.close(next);
    });
  },
  (next) => {
    // a closed socket's setters reach for a handle that is gone.
    const a = dgram.createSocket('udp4');
    a.close(() => {
      show('setBroadcast after close', () => a.setBroadcast(true));
      show('setTTL after close', () => a.setTTL(3));
      show('ref after close', () => a.ref() === a);
      next();
    });
  },
  (next) => {
    // an AbortSignal closes the socket.
    const ac = new AbortController();
    const a = dgram.createSocket({ type: 'udp4', signal: ac.signal });
    a.on('close', () => {
      console.log('aborted and closed');
      next();
    });
    a.bind(0, '127.0.0.1', () => ac.abort());
  },
  (next) => {
    // sendto checks its arguments, then sends.
    const a = dgram.createSocket('udp4');
    a.on('message', (m) => {
      console.log('sendto got', m.toString());
      a.close(next);
    });
    a.bind(0, '127.0.0.1', () => {
      show('sendto bad', () => a.sendto('x', 0, 1, 'p', '127.0.0.1'));
      a.sendto('xyz', 1, 1, a.address().port, '127.0.0.1');
    });
  },
  (next) => {
    // a socket connected to a port nobody listens on learns of it from ICMP.
    const a = dgram.createSocket('udp4');
    a.on('error', (e) => {
      console.log('recv error', e.code, e.syscall, e.message);
      a.close(next);
    });
    const free = dgram.createSocket('udp4');
    free.bind(0, '127.0.0.1', () => {
      const port = free.address().port;
      free.close(() => {
        a.connect(port, '127.0.0.1', () => a.send('anyone?'));
      });
    });
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
  else console.log('done');
})(0);
