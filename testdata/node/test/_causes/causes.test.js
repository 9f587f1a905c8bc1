// Failures of every kind of cause, for run_causes.js.
const test = require('node:test');
const assert = require('node:assert');

test('passes', () => {});
test('string thrown', () => { throw 'plain string'; });
test('object thrown', () => { throw { code: 42, list: [1n, 2] }; });
test('type error', () => { null.x; });
test('custom error', () => {
  class MyErr extends RangeError {
    constructor() {
      super('mine');
      this.name = 'MyErr';
      this.extra = { deep: [1, 2] };
      this.fn = () => {};
    }
  }
  throw new MyErr();
});
test('deep equal', () => { assert.deepStrictEqual({ a: new Map([[1, 2]]) }, { a: new Map([[1, 3]]) }); });
