// fork with serialization 'advanced': messages are v8.serialize's bytes,
// so Maps, Sets, BigInts, Dates, Buffers, typed arrays, errors and cycles
// cross the channel both ways.
const cp = require('child_process');
const path = require('path');
const util = require('util');

const child = cp.fork(path.join(__dirname, '_ipc', 'echo.js'), [], { serialization: 'advanced' });
const cyclic = { name: 'cyclic' };
cyclic.self = cyclic;
const error = new RangeError('bad range');
error.stack = 'RangeError: bad range\n    at nowhere';
const big = Buffer.alloc(200000, 'ab');
const messages = [
  'info', 42, -0, 'é€😀', [2n ** 70n], null, [1, , 3], new Map([[1, { k: 'v' }]]), new Set(['a', 1n]),
  new Date(0), /re/g, Buffer.from('buf'), new Uint16Array([1, 2, 3]), new DataView(new ArrayBuffer(2)),
  new ArrayBuffer(3), error, cyclic, { cmd: 'NOT_NODE', undef: undefined }, big,
];
try {
  child.send({ f() {} });
} catch (e) {
  console.log('send threw', e.constructor.name, e.message);
}
let i = 0;
function next() {
  if (i === messages.length) {
    child.send('exit');
    return;
  }
  child.send(messages[i++]);
}
child.on('message', m => {
  const v = m.echo;
  if (Buffer.isBuffer(v) && v.length === big.length) console.log('big', v.equals(big));
  // A view's buffer is the frame it came in.
  else if (v instanceof DataView) console.log('DataView', v.byteLength, v.getUint16(0));
  else if (v === cyclic.self || (v && v.self === v)) console.log('cycle kept', v.name);
  else console.log('parent got', util.inspect(m, { depth: 4, breakLength: Infinity }));
  next();
});
child.on('exit', code => console.log('exit', code));
next();
