// A table of zlib's one-shot calls and their errors. Go's compressor is not
// zlib's, so compressed output is checked by round trip and by decompressing
// node-made data, never by its bytes.
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50) + 'end';
const fromNode = {
  gzip: 'H4sIAAAAAAAAA+3KxwGAIBAEwFa2AqqhAZBDTJwSTNXbho+d99gkOPo0LPBFr4yoN+a+7RV6SkFLgtW9D4KOBpaZmZmZmZmZ+U9ZcvgA3pPOPM0IAAA=',
  deflate9: 'eNrtyscBgCAQBMBWtgKqoQGQQ0ycEkzV24aPnffYJDj6NCzwRa+MqDfmvu0VekpBS4LVvQ+CjgaWmZmZmZmZmflPWXL4AJ9fKQM=',
  raw1: 'C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPBoao2ljNKeMFgWjBeNoNTFaaQ6mVkFqXgoA',
  unicode: 'H4sIAAAAAAAAA8s4vDInJ1+h/PC2opwUhUdzJgMAbpPJChEAAAA=',
};
const b64 = (s) => Buffer.from(s, 'base64');
const deflated = zlib.deflateSync('hello world hello world');
const corrupt = Buffer.from(deflated);
corrupt[corrupt.length - 1] ^= 1;
const gzipped = zlib.gzipSync('hello world');
const badCrc = Buffer.from(gzipped);
badCrc[badCrc.length - 5] ^= 1;

const cases = [
  ['gunzip node data', () => zlib.gunzipSync(b64(fromNode.gzip)).toString() === text],
  ['inflate node level 9', () => zlib.inflateSync(b64(fromNode.deflate9)).toString() === text],
  ['inflateRaw node level 1', () => zlib.inflateRawSync(b64(fromNode.raw1)).toString() === text],
  ['unzip node gzip', () => zlib.unzipSync(b64(fromNode.unicode)).toString()],
  ['unzip node zlib', () => zlib.unzipSync(b64(fromNode.deflate9)).length],
  ['deflate round trip', () => zlib.inflateSync(zlib.deflateSync(text)).toString() === text],
  ['gzip round trip', () => zlib.gunzipSync(zlib.gzipSync(text)).toString() === text],
  ['gzip header', () => zlib.gzipSync('x').subarray(0, 4).toString('hex')],
  ['deflate header level 9', () => zlib.deflateSync('x', { level: 9 }).subarray(0, 2).toString('hex')],
  ['deflate header level 1', () => zlib.deflateSync('x', { level: 1 }).subarray(0, 2).toString('hex')],
  ['deflate header default', () => zlib.deflateSync('x').subarray(0, 2).toString('hex')],
  ['raw round trip', () => zlib.inflateRawSync(zlib.deflateRawSync(text, { level: 0 })).toString() === text],
  ['huffman only', () => zlib.inflateSync(zlib.deflateSync(text, { strategy: 2 })).length],
  ['every level', () => [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9].every(
    (level) => zlib.gunzipSync(zlib.gzipSync(text, { level })).toString() === text)],
  ['unzip round trip', () => zlib.unzipSync(zlib.deflateSync('abc')).toString() + zlib.unzipSync(zlib.gzipSync('def'))],
  ['Uint8Array input', () => zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))).toString('hex')],
  ['DataView input', () => zlib.inflateSync(zlib.deflateSync(new DataView(new ArrayBuffer(3)))).length],
  ['ArrayBuffer input', () => zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2]).buffer)).toString('hex')],
  ['empty input', () => zlib.inflateSync(zlib.deflateSync('')).length],
  ['Buffer result', () => Buffer.isBuffer(zlib.deflateSync('x'))],
  ['info', () => { const r = zlib.inflateSync(zlib.deflateSync('abc'), { info: true }); return [r.buffer.toString(), r.engine instanceof zlib.Inflate]; }],
  ['windowBits 0 inflate', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 0 }).toString()],
  ['windowBits 8 deflateRaw', () => zlib.inflateRawSync(zlib.deflateRawSync('xyz', { windowBits: 8 })).toString()],
  ['windowBits too small for data', () => zlib.inflateSync(b64(fromNode.deflate9), { windowBits: 8 })],
  ['sync flush on truncated', () => zlib.inflateSync(deflated.subarray(0, deflated.length - 3),
    { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()],
  ['not compressed', () => zlib.inflateSync(Buffer.from('hello'))],
  ['not gzip', () => zlib.gunzipSync(Buffer.from('hello'))],
  ['unzip garbage', () => zlib.unzipSync(Buffer.from('hello'))],
  ['bad block type', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff]))],
  ['truncated', () => zlib.inflateSync(deflated.subarray(0, deflated.length - 3))],
  ['empty inflate', () => zlib.inflateSync(Buffer.alloc(0))],
  ['one byte gunzip', () => zlib.gunzipSync(Buffer.from([0x1f]))],
  ['bad adler', () => zlib.inflateSync(corrupt)],
  ['bad crc', () => zlib.gunzipSync(badCrc)],
  ['maxOutputLength', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(16)), { maxOutputLength: 3 })],
  ['level 10', () => zlib.deflateSync('x', { level: 10 })],
  ['level string', () => zlib.deflateSync('x', { level: 'a' })],
  ['level null', () => zlib.deflateSync('x', { level: null })],
  ['level Infinity', () => zlib.deflateSync('x', { level: Infinity })],
  ['level NaN', () => zlib.inflateSync(zlib.deflateSync('x', { level: NaN })).toString()],
  ['windowBits 7', () => zlib.deflateSync('x', { windowBits: 7 })],
  ['windowBits 0 deflate', () => zlib.deflateSync('x', { windowBits: 0 })],
  ['windowBits 0 inflateRaw', () => zlib.inflateRawSync(Buffer.alloc(1), { windowBits: 0 })],
  ['gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 })],
  ['memLevel 10', () => zlib.deflateSync('x', { memLevel: 10 })],
  ['strategy 5', () => zlib.deflateSync('x', { strategy: 5 })],
  ['chunkSize 5', () => zlib.deflateSync('x', { chunkSize: 5 })],
  ['chunkSize string', () => zlib.deflateSync('x', { chunkSize: 'a' })],
  ['flush 7', () => zlib.deflateSync('x', { flush: 7 })],
  ['finishFlush 9', () => zlib.deflateSync('x', { finishFlush: 9 })],
  ['maxOutputLength 0', () => zlib.deflateSync('x', { maxOutputLength: 0 })],
  ['dictionary string', () => zlib.deflateSync('x', { dictionary: 'a' })],
  ['number input', () => zlib.deflateSync(5)],
  ['array input', () => zlib.deflateSync([1, 2])],
  ['callback missing', () => zlib.deflate('x')],
  ['callback number', () => zlib.deflate('x', {}, 5)],
  ['callback form number input', () => zlib.deflate(5, () => {})],
  ['crc32 string', () => zlib.crc32('hello')],
  ['crc32 continued', () => zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world')],
  ['crc32 Uint16Array', () => zlib.crc32(new Uint16Array([1, 2]))],
  ['crc32 unicode', () => zlib.crc32('✓ é')],
  ['crc32 number', () => zlib.crc32(5)],
  ['crc32 bad value', () => zlib.crc32('a', 'b')],
  ['crc32 negative value', () => zlib.crc32('a', -1)],
];

for (const [name, f] of cases) {
  try {
    console.log(name, '->', f());
  } catch (err) {
    console.log(name, '->', `${err.code} ${err.name}: ${err.message}`, 'errno' in err ? err.errno : '');
  }
}

console.log(Object.keys(zlib).join(' '));
console.log(zlib.Z_OK, zlib.Z_DATA_ERROR, zlib.Z_BEST_COMPRESSION, zlib.DEFLATE, 'Z_OK' in zlib, Object.keys(zlib).includes('Z_OK'));
console.log(zlib.constants.Z_MAX_CHUNK, zlib.constants.BROTLI_DEFAULT_WINDOW, Object.keys(zlib.constants).length);
console.log(zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], Object.keys(zlib.codes).length);
console.log(typeof zlib.Gzip, zlib.Gzip.name, zlib.Gzip() instanceof zlib.Gzip);
console.log(new zlib.Deflate() instanceof require('stream').Transform, zlib.createInflate().bytesWritten);
