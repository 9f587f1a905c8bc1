// --abort-on-uncaught-exception: a thrown exception nothing catches is
// printed V8's way (Uncaught ..., FROM and the frames it was thrown from)
// and the process dies by a signal, listeners or not; a capture callback
// takes it instead; an unhandled rejection is printed as usual and aborts.
// Frames inside the runtime's own code, and what node prints from C++ after
// the error (its native stack trace), are left out of what is compared.
const { spawnSync } = require('child_process');

const cases = [
  'throw new Error("boom")',
  'function inner() { throw new TypeError("deep") }\nfunction outer() { inner() }\nouter()',
  'throw {a: 1}',
  'throw "text"',
  'throw null',
  'throw [1, 2]',
  'throw Symbol("s")',
  'throw function named() {}',
  'throw Object.create(null)',
  'class MyError extends Error {}\nthrow new MyError("sub")',
  'setTimeout(function tick() { throw 5 })',
  'process.on("uncaughtException", (e) => console.log("listener", e.message))\nprocess.on("exit", () => console.log("exit"))\nthrow new Error("still aborts")',
  'process.setUncaughtExceptionCaptureCallback((e) => console.log("captured", e.message))\nthrow new Error("taken")',
  'try { throw new Error("caught") } catch (e) { console.log("ok", e.message) }',
  'process.on("exit", () => console.log("exit"))\nPromise.reject(new Error("rejected"))',
];

for (const code of cases) {
  const r = spawnSync(process.execPath, ['--abort-on-uncaught-exception', '-e', code], { encoding: 'utf8' });
  let stderr = r.stderr;
  const end = stderr.indexOf('\nNode.js v');
  if (end >= 0) stderr = stderr.slice(0, end);
  const lines = stderr.split('\n').filter((l) => !/node:internal|\[eval\]-wrapper|^\[eval\]:\d+$|^\s*\^|^Promise\.reject|^process\.on/.test(l));
  console.log(JSON.stringify(code));
  console.log({ status: r.status, signal: r.signal, stdout: r.stdout });
  console.log(lines.join('\n'));
  console.log('---');
}
