// minizlib (and through it tar and npm) drives a stream's engine with the
// internal _processChunk(chunk, flushFlag), synchronously, keeping the
// handle open across calls; it ends the input with an empty chunk and
// Z_FINISH. Compressed bytes differ between zlib and Go, so only what they
// decompress to is printed.
const zlib = require('zlib');
const { Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FINISH } = zlib.constants;
const text = 'hello world '.repeat(500);

function drive(engine, chunks) {
  const out = [];
  for (const [chunk, flag] of chunks) {
    const handle = engine._handle;
    const handleClose = handle.close;
    const close = engine.close;
    handle.close = () => {};
    engine.close = () => {};
    const r = engine._processChunk(chunk, flag);
    engine._handle = handle;
    handle.close = handleClose;
    engine.close = close;
    // node's first buffer is the engine's output buffer, reused by the next
    // call: it is copied, as minizlib does.
    const bufs = Array.isArray(r) ? r : [r];
    if (bufs.length > 0) out.push(Buffer.from(bufs[0]), ...bufs.slice(1));
  }
  return Buffer.concat(out);
}

const input = Buffer.from(text);
const gz = drive(new zlib.Gzip(), [[input.subarray(0, 1000), Z_NO_FLUSH], [input.subarray(1000), Z_SYNC_FLUSH], [Buffer.alloc(0), Z_FINISH]]);
console.log('gzip', zlib.gunzipSync(gz).toString() === text);
const back = drive(new zlib.Gunzip(), [[gz.subarray(0, 10), Z_NO_FLUSH], [gz.subarray(10), Z_NO_FLUSH], [Buffer.alloc(0), Z_FINISH]]);
console.log('gunzip', back.length, back.toString() === text);
const def = zlib.deflateRawSync(input);
const inf = drive(new zlib.InflateRaw(), [[def, Z_FINISH]]);
console.log('inflateRaw in one call', inf.toString() === text);
const once = new zlib.Deflate();
console.log('returns a Buffer', Buffer.isBuffer(once._processChunk(input, Z_FINISH)), once._handle);
const small = zlib.gzipSync(Buffer.from('hello world '.repeat(1000)));
const whole = drive(new zlib.Gunzip(), [[small, Z_NO_FLUSH], [Buffer.alloc(0), Z_FINISH]]);
console.log('gunzip, then an empty Z_FINISH', whole.length);
