// A decompressor gives out all that its input so far decodes: a stream
// flushed with Z_PARTIAL_FLUSH (the block's end code, then part of an empty
// fixed block), and input cut inside a block, through a handle's writeSync
// and through streams. Then zlib's verdicts on bad input.
const zlib = require('zlib');
const { INFLATE, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_NO_FLUSH } = zlib.constants;

const Handle = zlib.createInflate()._handle.constructor;
function handle(mode) {
  const state = new Uint32Array(2);
  const h = new Handle(mode);
  h.onerror = (message, errno, code) => console.log('  onerror:', message, errno, code);
  h.init(Z_DEFAULT_WINDOWBITS, Z_DEFAULT_COMPRESSION, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, state, () => {},
    undefined);
  return (chunk, flush) => {
    const out = Buffer.alloc(Z_DEFAULT_CHUNK);
    h.writeSync(flush, chunk, 0, chunk.length, out, 0, out.length);
    return out.subarray(0, out.length - state[0]).toString();
  };
}

const z = zlib.deflateSync('hello again');
for (let cut = 1; cut < z.length; cut += 3) {
  const write = handle(INFLATE);
  console.log('handle, cut at', cut, JSON.stringify(write(z.subarray(0, cut), Z_SYNC_FLUSH)),
    JSON.stringify(write(z.subarray(cut), Z_SYNC_FLUSH)));
}

// Packets compressed with Z_PARTIAL_FLUSH, each inflated before the next.
const packets = [];
const deflater = zlib.createDeflate();
const text = ['alpha ', 'beta beta beta ', 'gamma '.repeat(500), 'delta'];
let pending = Promise.resolve();
function packet(s) {
  return new Promise((resolve) => {
    deflater.write(s);
    deflater.flush(Z_PARTIAL_FLUSH, () => {
      const parts = [];
      let c;
      while ((c = deflater.read()) !== null) parts.push(c);
      resolve(Buffer.concat(parts));
    });
  });
}

(async () => {
  for (const s of text) packets.push(await packet(s));
  const write = handle(INFLATE);
  for (const p of packets) console.log('handle, partial flush packet:', write(p, Z_NO_FLUSH).length);

  const inflate = zlib.createInflate();
  for (const p of packets) {
    const got = await new Promise((resolve) => {
      inflate.once('data', (d) => resolve(d.length));
      inflate.write(p);
    });
    console.log('stream, partial flush packet:', got);
  }

  // A truncated stream: with finishFlush Z_SYNC_FLUSH it ends quietly with
  // what it decoded; with the default it fails.
  for (const opts of [{ finishFlush: Z_SYNC_FLUSH }, {}]) {
    await new Promise((resolve) => {
      const parts = [];
      const s = zlib.createGunzip(opts);
      s.on('data', (d) => parts.push(d));
      s.on('error', (e) => { console.log('stream, truncated:', e.message, e.code, e.errno); resolve(); });
      s.on('end', () => { console.log('stream, truncated, ended with', JSON.stringify(Buffer.concat(parts).toString())); resolve(); });
      s.end(zlib.gzipSync('a truncated gzip stream').subarray(0, 20));
    });
  }

  const g = zlib.gzipSync('hello');
  const d = zlib.deflateSync('hello hello hello');
  const flip = (b, i, x) => { b = Buffer.from(b); if (i < 0) i += b.length; b[i] ^= x; return b; };
  const cases = {
    'unknown method': () => zlib.inflateSync(Buffer.from([0x87, 31 - ((0x87 << 8) % 31), 1, 2, 3, 4])),
    'dictionary': () => zlib.inflateSync(Buffer.from([0x78, 0xbb, 0, 0, 0, 1, 3, 0])),
    'stored lengths': () => zlib.inflateRawSync(Buffer.from([0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5])),
    'gzip length': () => zlib.gunzipSync(flip(g, -1, 1)),
    'gzip flags': () => zlib.gunzipSync(flip(g, 3, 0x20)),
    'gzip method': () => zlib.gunzipSync(flip(g, 2, 1)),
    'gzip header crc': () => zlib.gunzipSync(Buffer.concat([flip(g.subarray(0, 10), 3, 2), Buffer.from([0, 0]), g.subarray(10)])),
    'gzip zero padding': () => zlib.gunzipSync(Buffer.concat([g, Buffer.from([0, 1, 2])])),
    'gzip members, padding': () => zlib.gunzipSync(Buffer.concat([g, g, Buffer.from([0]), g])),
    'unzip 1f 00': () => zlib.unzipSync(Buffer.from([0x1f, 0x00, 1, 2])),
    'fixed code 286': () => zlib.inflateRawSync(Buffer.from([0x1b, 0xff, 0xff, 0xff])),
    'adler': () => zlib.inflateSync(flip(d, -1, 1)),
    'distance too far back': () => zlib.inflateRawSync(Buffer.from('4b044200', 'hex')),
  };
  for (const [name, f] of Object.entries(cases)) {
    try {
      console.log(name, 'ok', JSON.stringify(f().toString('latin1')));
    } catch (e) {
      console.log(name, 'error', e.message, e.code, e.errno);
    }
  }
})();
