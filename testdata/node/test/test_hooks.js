// A todo suite still runs its tests; a failing after hook fails its suite
// or test; a test's own hooks (t.before, t.beforeEach, t.after) run
// around its subtests.
require('./_lib/tap');
const { test, describe, it, after } = require('node:test');

const order = [];
describe.todo('todo suite', () => {
  it('in a todo suite', () => {});
  it('fails in a todo suite', () => { throw new Error('x'); });
});
describe('after fails', () => {
  after(() => { throw new Error('after boom'); });
  it('a', () => {});
});
test('the test context hooks', async (t) => {
  t.before(() => order.push('t.before'));
  t.beforeEach((c) => order.push('t.beforeEach ' + c.name));
  t.afterEach((c) => order.push('t.afterEach ' + c.name));
  t.after(() => order.push('t.after'));
  await t.test('s1', () => order.push('s1'));
  await t.test('s2', () => order.push('s2'));
});
test('t.after fails', (t) => {
  t.after(() => { throw new Error('t.after boom'); });
});
process.on('exit', () => console.log(order.join('\n')));
