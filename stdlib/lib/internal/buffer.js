// FastBuffer is the class of every Buffer: buffer.js makes Buffer.prototype
// its prototype. The library makes a Buffer with it directly, as node's
// internals do, where Buffer.from's checks cannot fail (a socket's reads).

class FastBuffer extends Uint8Array {}

module.exports = { FastBuffer };
