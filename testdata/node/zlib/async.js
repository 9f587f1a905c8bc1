// The callback forms run on the worker pool; util.promisify wraps them.
const zlib = require('zlib');
const util = require('util');

const text = 'abc '.repeat(1000);
// The pool finishes jobs in any order, so lines are printed sorted at exit.
const lines = [];
const log = (...args) => lines.push(args.join(' '));
process.on('exit', () => console.log(lines.sort().join('\n')));

zlib.deflate(text, (err, packed) => {
  log('deflate callback', err, Buffer.isBuffer(packed));
  zlib.inflate(packed, { finishFlush: zlib.constants.Z_FINISH }, (err, out) => {
    log('inflate callback', err, out.toString() === text);
  });
});
zlib.gunzip(Buffer.from('nope'), (err, out) => {
  log('gunzip error', err.code, err.errno, err.message, out);
});
zlib.inflate(zlib.deflateSync('x'.repeat(100)), { maxOutputLength: 10 }, (err) => {
  log('too large', err.code, err.message);
});
zlib.deflateRaw(new Uint8Array([1, 2, 3]), { info: true }, (err, res) => {
  log('info', err, Buffer.isBuffer(res.buffer), res.engine instanceof zlib.DeflateRaw);
});
console.log('callbacks are asynchronous', lines.length);

(async () => {
  const gzip = util.promisify(zlib.gzip);
  const unzip = util.promisify(zlib.unzip);
  const packed = await gzip(text);
  log('promisified round trip', (await unzip(packed)).toString() === text);
  try {
    await unzip(Buffer.from('garbage!'));
  } catch (err) {
    log('promisified error', err.code, err.message);
  }
})();
