// mock.fn and mock.method: calls recorded with their arguments, results,
// errors and this; implementations swapped, once or for good; methods
// restored; a test context's mocks restored when the test ends.
require('./_lib/tap');
const { mock, test } = require('node:test');

const add = mock.fn((a, b) => a + b);
add(1, 2);
add.call({ x: 1 }, 3, 4);
console.log(add.mock.callCount(), add.mock.calls.map((c) => [c.arguments, c.result, c.error, c.this, c.target]));
console.log(add.length, add.mock.calls[0].stack instanceof Error);

const empty = mock.fn();
console.log(empty(5), empty.mock.calls[0].arguments);

const obj = { v: 2, m(x) { return this.v * x; } };
const m = mock.method(obj, 'm');
console.log(obj.m(3), m.mock.calls[0].this === obj, m.mock.calls[0].result, typeof obj.m.mock);
m.mock.mockImplementation((x) => -x);
console.log(obj.m(3));
m.mock.mockImplementationOnce(() => 'once');
console.log(obj.m(3), obj.m(3));
m.mock.restore();
console.log(obj.m(3), obj.m.mock);

const throwing = mock.fn(() => { throw new Error('thrown'); });
try {
  throwing();
} catch {}
console.log(throwing.mock.calls[0].error.message, 'result' in throwing.mock.calls[0]);
add.mock.resetCalls();
console.log(add.mock.callCount());

const twice = mock.fn(() => 'original', () => 'mocked', { times: 2 });
console.log(twice(), twice(), twice());

class Point {
  constructor(x) { this.x = x; }
}
const P = mock.fn(Point);
const p = new P(1);
console.log(p.x, p instanceof Point, typeof P.mock.calls[0].target);

for (const f of [() => mock.method({}, 'nope'), () => mock.method({ a: 1 }, 'a'), () => mock.fn(1)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const counter = { n() { return 1; } };
test('context mocks', (t) => {
  t.mock.method(counter, 'n', () => 2);
  console.log('in test', counter.n());
});
test('restored after the test', () => {
  console.log('next test', counter.n());
});
