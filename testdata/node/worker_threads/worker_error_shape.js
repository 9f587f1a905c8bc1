// An error a worker does not catch reaches the parent's 'error' listener in
// the shape node's error_serdes gives it: the nearest built-in constructor's
// prototype, own name/message/stack and the error's own properties, and a
// Symbol.toStringTag of 'Error' that util.inspect shows.
// The workers run from files, then one from code (eval), whose stack carries
// the source line and caret as well.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker } = require('worker_threads');
const util = require('util');

const cases = [
  ['TypeError from the engine', 'null.x'],
  ['subclass with own properties',
    "class MyErr extends RangeError { constructor(m) { super(m); this.code = 'E_X'; this.extra = { a: 1 }; } } throw new MyErr('boom');"],
  ['own name property', "const e = new Error('named'); e.name = 'Custom'; throw e;"],
  ['error with a cause', "throw new Error('outer', { cause: new SyntaxError('inner') });"],
  ['a string', "throw 'just text';"],
  ['a plain object', 'throw { plain: true };'],
];

function describe(e) {
  if (e === null || typeof e !== 'object') return JSON.stringify(e);
  const keys = Reflect.ownKeys(e).map((k) => {
    const d = Object.getOwnPropertyDescriptor(e, k);
    const v = typeof d.value === 'string' ? d.value.split('\n')[0] : typeof d.value;
    return `${String(k)}=${v}:${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`;
  });
  const shown = util.inspect(e).split('\n').filter((l) => !/^\s+at |lines matching cause stack trace/.test(l)).join(' | ');
  return `${Object.getPrototypeOf(e)?.constructor?.name} ${Object.prototype.toString.call(e)}\n  keys: ${keys.join(' ')}\n  inspect: ${shown}`;
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-error-shape-'));
  for (const [i, [name, code]] of cases.entries()) {
    const file = path.join(dir, `case${i}.js`);
    fs.writeFileSync(file, code);
    const w = new Worker(file);
    const [err, exitCode] = await new Promise((resolve) => {
      let seen;
      w.on('error', (e) => { seen = e; });
      w.on('exit', (c) => resolve([seen, c]));
    });
    console.log(`${name} (exit ${exitCode}): ${describe(err)}`);
    if (err && err.cause) console.log(`  cause: ${describe(err.cause)}`);
  }
  fs.rmSync(dir, { recursive: true });
  // An eval worker's code runs as a vm script with displayErrors: the error
  // leaving it has the line it was thrown at in front of its stack.
  const w = new Worker('null.x', { eval: true });
  const err = await new Promise((resolve) => w.on('error', resolve));
  console.log(`eval worker: ${describe(err)}`);
})();
