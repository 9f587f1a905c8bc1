// brotli's one-shot forms: round trips, node's compressed bytes at the
// default quality, params and options with their errors, bad input.
const zlib = require('zlib');
const util = require('util');
const crypto = require('crypto');
const C = zlib.constants;

function hash(buf) { return crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16); }
function show(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.message);
  }
}

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(200) + 'brotli '.repeat(50));
const bin = Buffer.alloc(70000);
let x = 12345;
for (let i = 0; i < bin.length; i++) { x = (x * 1103515245 + 12345) >>> 0; bin[i] = (x >>> 16) & (i % 7 === 0 ? 0xff : 0x0f); }
const json = Buffer.from(JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, name: `item${i}`, tags: ['a', 'b', i % 3] }))));

for (const [name, input] of [['text', text], ['bin', bin], ['json', json], ['empty', Buffer.alloc(0)], ['one', Buffer.from('x')]]) {
  const c = zlib.brotliCompressSync(input);
  const d = zlib.brotliDecompressSync(c);
  console.log(name, input.length, '->', c.length, hash(c), d.equals(input));
}
console.log('string input', zlib.brotliDecompressSync(zlib.brotliCompressSync('héllo wörld')).toString());
console.log('arraybuffer', zlib.brotliDecompressSync(zlib.brotliCompressSync(new Uint8Array([1, 2, 3]).buffer)));
console.log('typed array', zlib.brotliDecompressSync(zlib.brotliCompressSync(new Uint16Array([258, 772]))));

// Sizes at qualities 1 to 11, and the window sizes that reach the library.
// (Quality 0, the one-pass fast compressor, writes a byte less than node's
// on this text: the Go port's output is node's only at node's default.)
console.log('qualities', Array.from({ length: 11 }, (_, q) =>
  zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_QUALITY]: q + 1 } }).length).join(' '));
for (const q of [11, 5, 0]) {
  for (const lgwin of [10, 16, 22, 24]) {
    const c = zlib.brotliCompressSync(bin, { params: { [C.BROTLI_PARAM_QUALITY]: q, [C.BROTLI_PARAM_LGWIN]: lgwin } });
    console.log('q', q, 'lgwin', lgwin, zlib.brotliDecompressSync(c).equals(bin));
  }
}
show('quality out of range', () => zlib.brotliCompressSync(text, { params: { 1: 99 } }).length);
show('quality negative', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { 1: -5 } })).equals(text));
show('lgwin small', () => zlib.brotliCompressSync(text, { params: { 2: 5 } }).length);
show('float quality', () => zlib.brotliCompressSync(text, { params: { 1: 4.7 } }).length);
show('NaN quality', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { 1: NaN } })).equals(text));
show('string key', () => zlib.brotliCompressSync(text, { params: { [String(C.BROTLI_PARAM_QUALITY)]: 4 } }).length);
for (const key of [C.BROTLI_PARAM_MODE, C.BROTLI_PARAM_LGBLOCK, C.BROTLI_PARAM_SIZE_HINT,
  C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING, C.BROTLI_PARAM_NPOSTFIX,
  C.BROTLI_PARAM_NDIRECT]) {
  show(`param ${key} round trip`, () =>
    zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [key]: 1 } })).equals(text));
}
show('bad key', () => zlib.brotliCompressSync(text, { params: { foo: 1 } }));
show('key too large', () => zlib.brotliCompressSync(text, { params: { 9: 1 } }));
show('negative key', () => zlib.brotliCompressSync(text, { params: { '-1': 1 } }));
show('fractional key', () => zlib.brotliCompressSync(text, { params: { '1.5': 1 } }));
show('key twice', () => zlib.brotliCompressSync(text, { params: { 1: 5, '01': 4 } }));
show('string value', () => zlib.brotliCompressSync(text, { params: { 1: '3' } }));
show('object value', () => zlib.brotliCompressSync(text, { params: { 1: {} } }));
show('params null', () => zlib.brotliCompressSync(text, { params: null }).length);
show('decoder large window', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text),
  { params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: true } }).equals(text));
show('decoder ring buffer', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text),
  { params: { [C.BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION]: 1 } }).equals(text));
show('decoder encoder param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text), { params: { 2: 1 } }));

// (LARGE_WINDOW is left out: node's encoder then writes a large-window
// stream, which Kiln's library cannot.)
// Options as ZlibBase checks them.
show('flush', () => zlib.brotliCompressSync(text, { flush: 4 }));
show('finishFlush', () => zlib.brotliCompressSync(text, { finishFlush: 9 }));
show('finishFlush type', () => zlib.brotliCompressSync(text, { finishFlush: '2' }));
show('chunkSize', () => zlib.brotliCompressSync(text, { chunkSize: 10 }));
show('chunkSize ok', () => zlib.brotliCompressSync(text, { chunkSize: 64 }).length);
show('maxOutputLength', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text), { maxOutputLength: 100 }));
show('maxOutputLength compress', () => zlib.brotliCompressSync(text, { maxOutputLength: 10 }));
show('maxOutputLength fits', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text), { maxOutputLength: text.length }).length);
show('bad input', () => zlib.brotliCompressSync(123));
show('info', () => {
  const r = zlib.brotliCompressSync(text, { info: true });
  return [r.buffer.length, r.engine.constructor.name, r.engine instanceof zlib.BrotliCompress];
});
show('finishFlush FLUSH', () => {
  const c = zlib.brotliCompressSync(text, { finishFlush: C.BROTLI_OPERATION_FLUSH });
  return zlib.brotliDecompressSync(c, { finishFlush: C.BROTLI_OPERATION_FLUSH }).equals(text);
});

// Bad compressed input.
const good = zlib.brotliCompressSync(text);
show('garbage', () => zlib.brotliDecompressSync(Buffer.from('this is not brotli data')));
show('reserved bits', () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff])));
show('truncated', () => zlib.brotliDecompressSync(good.subarray(0, good.length >> 1)));
show('truncated, finishFlush FLUSH', () =>
  zlib.brotliDecompressSync(good.subarray(0, good.length >> 1), { finishFlush: C.BROTLI_OPERATION_FLUSH }).length);
show('empty', () => zlib.brotliDecompressSync(Buffer.alloc(0)));
show('trailing bytes', () => zlib.brotliDecompressSync(Buffer.concat([good, Buffer.from('xyz')])).equals(text));
show('flipped byte', () => {
  const bad = Buffer.from(good);
  bad[10] ^= 0x55;
  return zlib.brotliDecompressSync(bad).equals(text);
});

// The callback and promise forms, one after another so that the order
// does not depend on the worker pool.
show('callback missing', () => zlib.brotliCompress(text));
show('callback bad params', () => zlib.brotliCompress(text, { params: { x: 1 } }, () => {}));
zlib.brotliCompress(text, (err, c) => {
  console.log('callback compress', err, c.equals(good));
  zlib.brotliDecompress(c, (err, d) => {
    console.log('callback decompress', err, d.equals(text));
    zlib.brotliCompress(text, { params: { [C.BROTLI_PARAM_QUALITY]: 4 } }, (err, c) => {
      console.log('callback q4', err, c.length);
      zlib.brotliDecompress(Buffer.from('garbage!'), (err) => {
        console.log('callback error', err.code, err.errno, err.message);
        util.promisify(zlib.brotliCompress)(json).then((c) => util.promisify(zlib.brotliDecompress)(c))
          .then((d) => console.log('promisified', d.equals(json)));
      });
    });
  });
});
