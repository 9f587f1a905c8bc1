// The common path: passing and failing tests, sync, async, promises and
// done callbacks, skip and todo, subtests and diagnostics. A failure
// makes the exit code 1.
require('./_lib/tap');
const test = require('node:test');
const assert = require('node:assert');

test('sync pass', () => {
  assert.strictEqual(1, 1);
});
test('sync fail', () => {
  assert.strictEqual(1, 2);
});
test('async pass', async () => {
  await null;
});
test('async reject', async () => {
  throw new Error('boom');
});
test('returns a rejected promise', () => Promise.reject(new Error('rejected')));
test('returns a promise', () => new Promise((resolve) => setTimeout(resolve, 1)));
test('skip option', { skip: true }, () => {
  throw new Error('never runs');
});
test('skip with a message', { skip: 'not now' }, () => {});
test('todo option', { todo: true }, () => {});
test('todo that fails', { todo: 'later' }, () => {
  throw new Error('not done');
});
test('no function');
test('done callback', (t, done) => {
  setTimeout(done, 1);
});
test('done with an error', (t, done) => {
  setTimeout(() => done(new Error('callback failed')), 1);
});
test('skip and todo from the context', async (t) => {
  await t.test('skipped', (t) => { t.skip('because'); });
  await t.test('todo', (t) => { t.todo(); });
});
test('subtests', async (t) => {
  await t.test('child 1', () => {});
  await t.test('child 2', () => {
    throw new TypeError('bad');
  });
  await t.test('nested', async (t) => {
    await t.test('grandchild', () => {});
  });
  t.diagnostic('a diagnostic');
});
test('a test with a#hash and a \\ backslash', () => {});
test(function namedFunction() {});
test.skip('test.skip', () => {});
test.todo('test.todo');
