// console.Console: consoles on other streams, with options, bound methods,
// group indentation, inspect options, and node's errors for bad options.
const { Writable } = require('stream');
const { Console } = require('console');

function sink() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); },
  });
  return { stream, chunks };
}

console.log(typeof Console, Console.name, Console.length, require('console').Console === Console);
console.log(console instanceof Console, {} instanceof Console);
console.log(Object.keys(Console.prototype).join(','));
console.log(Console.prototype.info === Console.prototype.log, Console.prototype.error === Console.prototype.warn);

const out = sink();
const err = sink();
const c = new Console(out.stream, err.stream);
console.log(c instanceof Console, Object.prototype.toString.call(c));
console.log(c.log !== Console.prototype.log, c.log.name, c.info.name, c.groupCollapsed.name);
console.log(Object.keys(c).join(','));
console.log(c._stdout === out.stream, c._stderr === err.stream, c._ignoreErrors, typeof c._times.get);

c.log('hello %s, %d', 'world', 42);
c.info({ a: 1, b: [1, 2] });
c.debug('debug');
c.dirxml('dirxml', 1);
c.error('to err');
c.warn(new Map([[1, 2]]));
c.dir({ deep: { deeper: { deepest: { x: 1 } } } }, { depth: 0 });
c.group('group 1');
c.log('inside\ntwo lines');
c.groupCollapsed();
c.warn('nested');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('outside');
c.count();
c.count('x');
c.count();
c.countReset();
c.count();
c.assert(true, 'never');
c.assert(false, 'failed %s', 'here');
c.assert(false, { a: 1 });
c.assert(false);
c.table([{ a: 1, b: 'y' }, { a: 2 }]);
c.table([{ a: 1, b: 'y' }], ['b']);
c.table('not tabular');
const { log } = c;
log('detached log still writes');
c.clear();

console.log('--- stdout');
console.log(out.chunks.join(''));
console.log('--- stderr');
console.log(err.chunks.join(''));

// Without new, with stderr defaulting to stdout, and the options form.
const one = sink();
const c2 = Console(one.stream);
c2.error('err to the only stream');
c2.log('log to the only stream');
console.log(c2 instanceof Console, JSON.stringify(one.chunks));

const three = sink();
const c3 = new Console({ stdout: three.stream, groupIndentation: 4, inspectOptions: { breakLength: Infinity, compact: 3 } });
c3.group('g');
c3.log({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: [1, 2, 3] });
c3.groupEnd();
c3.log('%o', [1]);
console.log(JSON.stringify(three.chunks));

const four = sink();
const c4 = new Console({ stdout: four.stream, colorMode: true });
c4.log('%s', 'str', 5, [true]);
console.log(JSON.stringify(four.chunks));

// trace writes "Trace: message" and a stack to stderr.
const five = sink();
new Console(five.stream).trace('here %d', 1);
console.log(five.chunks.join('').split('\n')[0]);

class MyConsole extends Console {
  log(...args) { super.log('[my]', ...args); }
}
const six = sink();
const mc = new MyConsole(six.stream);
mc.log('sub');
console.log(mc instanceof Console, mc instanceof MyConsole, JSON.stringify(six.chunks));

function tryIt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
tryIt(() => new Console());
tryIt(() => new Console({}));
tryIt(() => new Console({ stdout: process.stdout, stderr: {} }));
tryIt(() => new Console({ stdout: process.stdout, colorMode: 'x' }));
tryIt(() => new Console({ stdout: process.stdout, groupIndentation: 2000 }));
tryIt(() => new Console({ stdout: process.stdout, groupIndentation: 1.5 }));
tryIt(() => new Console({ stdout: process.stdout, groupIndentation: '2' }));
tryIt(() => new Console({ stdout: process.stdout, inspectOptions: { colors: true }, colorMode: true }));
tryIt(() => new Console({ stdout: process.stdout, inspectOptions: 5 }));
tryIt(() => new Console({ stdout: process.stdout, inspectOptions: { colors: false } }));
tryIt(() => c.table([], 'a'));

// ignoreErrors: a stream that throws is ignored by default, not with false.
const bad = new Writable({ write(chunk, enc, cb) { cb(new Error('write failed')); } });
new Console(bad).log('lost');
const thrower = { write() { throw new Error('sync failure'); }, listenerCount() { return 1; }, once() {}, removeListener() {} };
tryIt(() => new Console(thrower).log('swallowed'));
tryIt(() => new Console(thrower, thrower, false).log('thrown'));
setImmediate(() => console.log('bad stream did not end the process'));

// require('console') is the console the global started as.
const original = globalThis.console;
globalThis.console = { log() {} };
const again = require('console');
original.log(again === original, again instanceof Console, again.Console === Console);
globalThis.console = original;
