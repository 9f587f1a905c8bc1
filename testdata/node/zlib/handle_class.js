// A stream's _handle is an instance of node's binding class Zlib, which
// packages construct and drive by hand: ssh2 makes its compression engines
// with new (createInflate()._handle.constructor)(mode), init() and
// writeSync() with Z_PARTIAL_FLUSH, and reads errors through onerror.
// Compressed bytes differ between engines, so only what decompresses is printed.
const zlib = require('zlib');
const { DEFLATE, INFLATE, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH } = zlib.constants;

const ZlibHandle = zlib.createInflate()._handle.constructor;
console.log('class:', ZlibHandle.name, typeof ZlibHandle.prototype.init, typeof ZlibHandle.prototype.writeSync,
  typeof ZlibHandle.prototype.close, typeof ZlibHandle.prototype.reset);
console.log('stream handles share it:', zlib.createGzip()._handle instanceof ZlibHandle);

class Engine {
  constructor(mode, chunkSize) {
    this.err = undefined;
    this.state = new Uint32Array(2);
    this.chunkSize = chunkSize;
    this.handle = new ZlibHandle(mode);
    this.handle.onerror = (message, errno, code) => { this.err = { message, errno, code }; };
    this.handle.init(Z_DEFAULT_WINDOWBITS, Z_DEFAULT_COMPRESSION, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY,
      this.state, () => { throw new Error('no async writes here'); }, undefined);
  }
  // ssh2's loop: write until the engine leaves output room, so all that is
  // ready has come out.
  write(chunk, flush) {
    const parts = [];
    let inOff = 0;
    let inLen = chunk.length;
    for (;;) {
      const out = Buffer.alloc(this.chunkSize);
      this.handle.writeSync(flush, chunk, inOff, inLen, out, 0, out.length);
      if (this.err) return null;
      const [outLeft, inLeft] = this.state;
      parts.push(out.subarray(0, out.length - outLeft));
      inOff += inLen - inLeft;
      inLen = inLeft;
      if (outLeft !== 0) break;
    }
    return Buffer.concat(parts);
  }
}

const deflater = new Engine(DEFLATE, Z_DEFAULT_CHUNK);
const inflater = new Engine(INFLATE, 16);
const messages = ['first packet', 'second packet, '.repeat(20), 'x'.repeat(3000), 'last'];
for (const m of messages) {
  const packet = deflater.write(Buffer.from(m), Z_PARTIAL_FLUSH);
  const back = inflater.write(packet, Z_SYNC_FLUSH);
  console.log('round trip', m.length, back.length, back.toString() === m);
}
deflater.handle.close();
inflater.handle.close();

const broken = new Engine(INFLATE, 64);
console.log('bad data:', broken.write(Buffer.from('not zlib data'), Z_SYNC_FLUSH), broken.err);

// reset() starts the engine over on the settings init gave it: a second
// whole stream inflates after the first ended.
const again = new Engine(INFLATE, 64);
console.log('first stream:', again.write(zlib.deflateSync('hello'), Z_SYNC_FLUSH).toString());
again.handle.reset();
console.log('after reset:', again.write(zlib.deflateSync('hello again'), Z_SYNC_FLUSH).toString());
