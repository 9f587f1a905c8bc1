// Error options.cause and AggregateError: when cause is installed, and the errors array.
const root = new Error('root');
const e = new Error('wrapper', { cause: root });
console.log(e.cause === root, Object.hasOwn(e, 'cause'), Object.getOwnPropertyDescriptor(e, 'cause').enumerable);
console.log(Object.hasOwn(new Error('x', {}), 'cause'), Object.hasOwn(new Error('x', { cause: undefined }), 'cause'));
console.log(new Error('x', { cause: 0 }).cause, new TypeError('t', { cause: 'str' }).cause, new Error('x', 'not an object').cause);
const inheritedCause = Object.create({ cause: 'from prototype' });
console.log(new Error('x', inheritedCause).cause);
let getterCalls = 0;
new Error('x', { get cause() { getterCalls++; return 1; } });
console.log('cause getter called', getterCalls);

// Chained causes.
function level(n) {
  if (n === 0) throw new Error('bottom');
  try {
    level(n - 1);
  } catch (err) {
    throw new Error('level ' + n, { cause: err });
  }
}
try {
  level(3);
} catch (err) {
  const chain = [];
  for (let cur = err; cur; cur = cur.cause) chain.push(cur.message);
  console.log(chain.join(' <- '));
}

// AggregateError.
const agg = new AggregateError([new Error('a'), 'b', 3], 'several failed', { cause: 'agg cause' });
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1], agg.cause, agg instanceof Error, Array.isArray(agg.errors));
console.log(Object.getOwnPropertyNames(agg).sort().join(), Object.getOwnPropertyDescriptor(agg, 'errors').enumerable);
const fromIterable = new AggregateError(new Set([1, 2]));
console.log(fromIterable.errors.join(), JSON.stringify(fromIterable.message), String(fromIterable));
try {
  new AggregateError(5);
} catch (err) {
  console.log(err.constructor.name, err.message);
}
console.log(AggregateError.length, Object.getPrototypeOf(AggregateError) === Error, AggregateError('called').constructor === AggregateError);
const errs = [1];
const copy = new AggregateError(errs);
errs.push(2);
console.log(copy.errors.length, copy.errors !== errs);

// Promise.any produces an AggregateError.
Promise.any([Promise.reject(new Error('r1')), Promise.reject('r2')]).catch((err) => {
  console.log(err.constructor.name, err.message, err.errors.map(String).join(' | '));
});
