'use strict';
// A bound socket keeps the process alive until closed; unref lets it exit.
const dgram = require('dgram');

const kept = dgram.createSocket('udp4');
kept.bind(0, '127.0.0.1', () => {
  console.log('kept listening');
  setTimeout(() => {
    console.log('closing kept');
    kept.close();
  }, 5);
});
kept.on('close', () => console.log('kept closed'));

const loose = dgram.createSocket('udp4');
loose.unref();
loose.bind(0, '127.0.0.1', () => console.log('loose listening'));
loose.on('close', () => console.log('loose closed (never)'));

const later = dgram.createSocket('udp4');
later.bind(0, '127.0.0.1', () => {
  console.log('later listening');
  later.unref();
  console.log('unref returns the socket', later.unref() === later, later.ref() === later);
  later.unref();
});

// close while the bind is still resolving: the close waits for it.
const early = dgram.createSocket('udp4');
early.on('listening', () => console.log('early listening'));
early.send('x', 9, '127.0.0.1', (err) => console.log('early send callback', err));
early.close(() => console.log('early closed'));

process.on('exit', () => console.log('exit'));
