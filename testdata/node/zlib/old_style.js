// The stream classes can be subclassed old-style (Inflate.call(this, opts)
// under util.inherits), and such a subclass can drive the engine by hand
// through _handle.writeSync into its own output window, reading what is
// left from _writeState, as pngjs's inflateSync does: output that does not
// fit waits for the next call.
const zlib = require('zlib');
const util = require('util');

function MyInflate(opts) {
  zlib.Inflate.call(this, opts);
}
util.inherits(MyInflate, zlib.Inflate);

const m = new MyInflate({ chunkSize: 64 });
console.log(m instanceof zlib.Inflate, m instanceof MyInflate, m._chunkSize, m._outOffset, m._outBuffer.length,
  m._writeState.length, m._finishFlushFlag === zlib.constants.Z_FINISH);
console.log(zlib.Inflate({ chunkSize: 128 })._chunkSize, new zlib.Gzip() instanceof zlib.Gzip);

// inflateSync the way pngjs writes it, with a small window.
function inflateByHand(engine, chunk) {
  let inOff = 0;
  let availIn = chunk.length;
  let buffer = engine._outBuffer;
  let offset = engine._outOffset;
  let availOutBefore = engine._chunkSize - offset;
  const buffers = [];
  const calls = [];
  for (;;) {
    engine._handle.writeSync(zlib.constants.Z_FINISH, chunk, inOff, availIn, buffer, offset, availOutBefore);
    const [availOutAfter, availInAfter] = engine._writeState;
    calls.push(`${availOutAfter}/${availInAfter}`);
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      buffers.push(Buffer.from(buffer.subarray(offset, offset + have)));
      offset += have;
    }
    if (availOutAfter === 0 || offset >= engine._chunkSize) {
      availOutBefore = engine._chunkSize;
      offset = 0;
      buffer = Buffer.alloc(engine._chunkSize);
    }
    if (availOutAfter !== 0) break;
    inOff += availIn - availInAfter;
    availIn = availInAfter;
  }
  engine._handle.close();
  engine._handle = null;
  return { out: Buffer.concat(buffers), calls };
}

const text = 'abcdefghij'.repeat(25);
const { out, calls } = inflateByHand(new MyInflate({ chunkSize: 64 }), zlib.deflateSync(text));
console.log(out.length, out.toString() === text, calls.length, calls[calls.length - 1]);

const whole = inflateByHand(new MyInflate(), zlib.deflateSync(text));
console.log(whole.out.toString() === text, whole.calls);
