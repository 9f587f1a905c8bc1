// The global console writes through process.stdout.write and
// process.stderr.write as they are when it writes: a program that patches
// them (pm2's workers, output capture in test tools) sees every line, with
// its group indentation, and the error handler node passes.
const seen = [];
const origOut = process.stdout.write;
const origErr = process.stderr.write;
process.stdout.write = function (chunk, encoding, cb) {
  seen.push(['out', this === process.stdout, chunk, typeof encoding, cb]);
  return true;
};
process.stderr.write = function (chunk) {
  seen.push(['err', chunk]);
  return true;
};
console.log('hello %s', 'world', { a: 1 });
console.info('info');
console.group('group');
console.warn('warned\nin two lines');
console.count();
console.groupEnd();
console.error(new Error('boom').message);
console.dir({ deep: { er: [1, 2] } }, { depth: 0 });
console.table([{ a: 1 }]);
process.stdout.write = origOut;
process.stderr.write = origErr;
console.log(seen.map(([stream, ...rest]) => [stream, ...rest.filter((x) => typeof x !== 'function')]));

// A write patched on the stream's prototype, and a replaced process.stdout.
const proto = Object.getPrototypeOf(process.stdout);
const protoWrite = proto.write;
const viaProto = [];
proto.write = function (chunk, ...rest) {
  viaProto.push(chunk);
  return protoWrite.call(this, chunk, ...rest);
};
console.log('through the prototype');
proto.write = protoWrite;
console.log(viaProto);

const { Writable } = require('stream');
const captured = [];
const desc = Object.getOwnPropertyDescriptor(process, 'stdout');
Object.defineProperty(process, 'stdout', {
  value: new Writable({ write(chunk, enc, cb) { captured.push(String(chunk)); cb(); } }),
  configurable: true,
});
console.log('to another stream');
Object.defineProperty(process, 'stdout', desc);
console.log(captured);

// A write that throws is swallowed, as node's console ignores its
// stream's errors.
process.stdout.write = () => { throw new Error('full'); };
console.log('lost');
delete process.stdout.write;
console.log('back to the fd');

// console._stdout set by the program is where the console writes.
const mine = [];
const saved = console._stdout;
console._stdout = { write: (chunk) => mine.push(chunk), listenerCount: () => 1, removeListener() {} };
console.log('to _stdout');
console._stdout = saved;
console.log(mine, console._stdout === process.stdout);

