// Failing hooks and timeouts: a failing before cancels its suite's tests,
// a failing beforeEach fails the test, a timeout cancels the test.
require('./_lib/tap');
const { describe, it, test, before, beforeEach, afterEach } = require('node:test');

describe('before fails', () => {
  before(() => { throw new Error('before boom'); });
  it('x', () => {});
  it('y', () => {});
});
describe('beforeEach fails', () => {
  beforeEach(() => { throw new Error('beforeEach boom'); });
  it('x', () => {});
});
describe('afterEach fails', () => {
  afterEach(() => { throw new Error('afterEach boom'); });
  it('x', () => {});
});
test('timeout', { timeout: 5 }, () => new Promise((resolve) => setTimeout(resolve, 200)));
test('within its timeout', { timeout: 1000 }, async () => {});
test('only without --test-only', { only: true }, () => {});
