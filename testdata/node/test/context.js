// What a test belongs to follows the code that made it, through awaits:
// a describe body that awaits, test() called inside a running test. A
// describe body that throws fails its suite. Bad options.
require('./_lib/tap');
const { test, describe, it } = require('node:test');

describe('body throws', () => {
  it('a', () => {});
  throw new Error('in body');
});
describe('async body', async () => {
  await null;
  it('declared after an await', () => {});
});
test('test() inside a test', async () => {
  await test('inner via test()', () => {});
});
test('bad arguments', () => {
  const calls = [
    () => test('x', { timeout: -1 }, () => {}),
    () => test('x', { timeout: '1' }, () => {}),
    () => test('x', { concurrency: 'a' }, () => {}),
    () => describe('x', { timeout: 2 ** 31 }, () => {}),
  ];
  for (const f of calls) {
    try {
      f();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
});
