// process.stdout is a stream.Writable (written synchronously): pipeline()
// and finished() take it, its state is a Writable's, callbacks come on the
// next tick with null, cork() holds writes back until uncork().
const stream = require('stream');
const out = process.stdout;
console.log(out instanceof stream.Writable, out instanceof stream.Stream, typeof out._writableState,
  out.writableLength, out.writableHighWaterMark, out.destroyed, out.writableEnded, out.writableFinished,
  out.writableNeedDrain, out.writableObjectMode, out.writableCorked, typeof out.destroySoon, out.readable);
out.write('plain\n');
out.write('with callback\n', (...args) => console.log('callback', args));
out.write(Buffer.from('a buffer\n'));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write('6c6174696e310a', 'hex');
try { out.write(1); } catch (e) { console.log(e.code); }
try { out.write(null); } catch (e) { console.log(e.code); }
out.cork();
out.write('corked 1\n');
out.write('corked 2\n');
console.log('while corked', out.writableLength, out.writableCorked);
out.uncork();
stream.pipeline(stream.Readable.from(['piped 1\n', 'piped 2\n']), out, (err) => {
  console.log('pipeline done', err);
  console.log(out.writable, out.writableEnded, out.destroyed);
  out.write('still writable\n');
});
