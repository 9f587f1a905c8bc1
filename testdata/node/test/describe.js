// describe/it suites, nested suites and the order hooks run in.
require('./_lib/tap');
const { describe, it, suite, test, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');

const order = [];
describe('outer', () => {
  before(() => order.push('outer before'));
  after(() => order.push('outer after'));
  beforeEach((t) => order.push('outer beforeEach ' + t.name));
  afterEach((t) => order.push('outer afterEach ' + t.name));
  it('first', () => order.push('first'));
  describe('inner', () => {
    beforeEach(() => order.push('inner beforeEach'));
    afterEach(() => order.push('inner afterEach'));
    it('deep', () => order.push('deep'));
    it('deep fail', () => {
      assert.deepStrictEqual({ a: 1 }, { a: 2 });
    });
  });
  it('last', () => order.push('last'));
  it.skip('skipped', () => order.push('skipped ran'));
  it.todo('todo');
});
suite('suite alias', () => {
  test('test inside a suite', (t) => {
    order.push(t.fullName);
  });
});
describe.skip('skipped suite', () => {
  it('never', () => {});
});
describe('async hooks', () => {
  before(async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    order.push('async before');
  });
  it('runs after the hook', () => order.push('after async before'));
});
order.push('top level done');
process.on('exit', (code) => {
  console.log(order.join('\n'));
  console.log('exit', code, process.exitCode);
});
