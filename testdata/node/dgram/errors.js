'use strict';
const dgram = require('dgram');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('no type', () => dgram.createSocket());
show('bad type', () => dgram.createSocket('udp5'));
show('bad options type', () => dgram.createSocket({ type: 'tcp' }));
show('number', () => dgram.createSocket(4));
show('recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }));

const s = dgram.createSocket('udp4');
show('send no port', () => s.send('x'));
show('send bad port', () => s.send('x', 0, '127.0.0.1'));
show('send bad msg', () => s.send(42, 1234, '127.0.0.1'));
show('send bad address', () => s.send('x', 1234, 42));
show('send bad offset', () => s.send(Buffer.from('abc'), 5, 1, 1234, '127.0.0.1'));
show('send bad array', () => s.send([1, 2], 1234, '127.0.0.1'));
show('address not running', () => s.address());
show('remoteAddress', () => s.remoteAddress());
show('setTTL not running', () => s.setTTL(5));
show('setBroadcast not running', () => s.setBroadcast(true));
show('recv buf not running', () => s.getRecvBufferSize());
show('disconnect not connected', () => s.disconnect());
show('connect bad port', () => s.connect(0));
show('connect no port', () => s.connect());

s.bind(0, '127.0.0.1', () => {
  show('bind again', () => s.bind(0));
  show('setTTL bad', () => s.setTTL('x'));
  show('setTTL range', () => s.setTTL(0));
  show('setTTL ok', () => s.setTTL(64));
  show('setMulticastTTL ok', () => s.setMulticastTTL(2));
  show('setMulticastLoopback', () => console.log(s.setMulticastLoopback(true)));
  show('setBroadcast', () => s.setBroadcast(true));
  show('remoteAddress bound', () => s.remoteAddress());
  show('addMembership no group', () => s.addMembership());
  show('addMembership bad group', () => s.addMembership('1.2.3.4'));
  show('dropMembership not member', () => s.dropMembership('224.0.0.114'));
  show('setRecvBufferSize bad', () => s.setRecvBufferSize(-1));
  show('setRecvBufferSize', () => s.setRecvBufferSize(65536));
  show('getRecvBufferSize', () => console.log(s.getRecvBufferSize() >= 65536));
  show('setSendBufferSize', () => s.setSendBufferSize(65536));
  show('getSendBufferSize', () => console.log(s.getSendBufferSize() >= 65536));
  const port = s.address().port;
  const t = dgram.createSocket('udp4');
  t.on('error', (e) => {
    console.log('error event', e.name, e.code, e.errno === -98 || e.errno, e.syscall, e.address, e.port === port, e.message === `bind EADDRINUSE 127.0.0.1:${port}`);
    t.close();
    s.close(() => {
      console.log('closed');
      show('send after close', () => s.send('x', 1234, '127.0.0.1'));
      show('close again', () => s.close());
      show('address after close', () => s.address());
    });
  });
  t.bind(port, '127.0.0.1');
});
