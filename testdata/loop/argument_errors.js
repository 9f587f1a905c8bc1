// Node's ERR_INVALID_ARG_TYPE and friends, with their codes.
const fs = require('fs');
const cases = [
  () => setTimeout(),
  () => setTimeout('code'),
  () => setInterval({}),
  () => setImmediate(null),
  () => queueMicrotask(42),
  () => process.nextTick(Object.create(null)),
  () => process.nextTick(function named() {}.x),
  () => fs.readFile('x'),
  () => fs.readFile(undefined, () => {}),
  () => fs.readFile('x', 'nope', () => {}),
  () => fs.writeFile('x', 1, () => {}),
  () => fs.stat(Symbol('s'), () => {}),
  () => process.hrtime(1),
  () => process.hrtime([1, 2, 3]),
  () => { process.exitCode = 'abc'; },
  () => { process.exitCode = 1.5; },
  () => process.kill(process.pid, 'SIGNOPE'),
  () => process.kill('abc'),
  () => process.chdir(5),
  () => process.stdout.write(5),
  () => process.on('x', 5),
];
for (const f of cases) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message, String(e));
  }
}
