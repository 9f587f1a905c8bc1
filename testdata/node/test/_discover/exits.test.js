// Its test passes but the process fails: the file is reported as a
// failed test with its exit code.
const test = require('node:test');

test('passes before a bad exit', () => {});
process.on('exit', () => {
  process.exitCode = 3;
});
