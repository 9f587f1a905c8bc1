// The concurrency option: subtests of a test or suite run up to that many
// at a time (any number with true); without it, one after another. The
// file's after hooks run once every test is done.
require('./_lib/tap');
const { test, describe, it, after, beforeEach } = require('node:test');

const order = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
after(() => order.push('root after'));
beforeEach((t) => order.push('start ' + t.name));
test('two at a time', { concurrency: 2 }, async (t) => {
  const a = t.test('slow', async () => { await sleep(20); order.push('slow end'); });
  const b = t.test('fast', async () => { order.push('fast end'); });
  const c = t.test('third', async () => { order.push('third end'); });
  await Promise.all([a, b, c]);
});
test('one at a time', async (t) => {
  const a = t.test('slow', async () => { await sleep(20); order.push('slow end'); });
  const b = t.test('fast', async () => { order.push('fast end'); });
  await Promise.all([a, b]);
});
describe('suite with concurrency', { concurrency: true }, () => {
  it('a', async () => { await sleep(20); order.push('a end'); });
  it('b', async () => { await sleep(1); order.push('b end'); });
});
process.on('exit', () => console.log(order.join('\n')));
