// Top-level hooks, and subtests their parent did not await: those still
// running or waiting when the parent's function is done are cancelled.
require('./_lib/tap');
const { test, before, after, beforeEach } = require('node:test');

const order = [];
before(() => order.push('root before'));
after(() => order.push('root after'));
let each = 0;
beforeEach(() => { each++; });
test('not awaited', (t) => {
  t.test('u1', () => order.push('u1 body'));
  t.test('u2', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    order.push('u2 end');
  });
  order.push('parent end');
});
test('awaited later', async (t) => {
  const p = t.test('s', () => {});
  await p;
});
test('after the function', async (t) => {
  await t.test('inner', () => {});
  t.test('late', () => order.push('late body'));
});
process.on('exit', () => console.log(order.join('\n'), each));
