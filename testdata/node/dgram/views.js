'use strict';
// Every kind of ArrayBufferView is a message, alone or in a list.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (m) => { console.log(m.toString('hex')); if (m.length === 2) s.close(); });
s.bind(0, '127.0.0.1', () => {
  const p = s.address().port;
  const ab = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer;
  s.send(new DataView(ab, 1, 3), p, '127.0.0.1');
  s.send(new Uint16Array([0x0102, 0x0304]), p, '127.0.0.1');
  s.send([new DataView(ab, 4), 'z'], p, '127.0.0.1');
  s.send(new Float32Array(ab, 0, 1), 1, 2, p, '127.0.0.1');
});
