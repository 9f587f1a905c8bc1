// Chaining: returned values and promises flow through, errors skip fulfilment handlers, and long chains.
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => Promise.resolve(v * 10))
  .then((v) => new Promise((r) => setTimeout(() => r(v + 5), 0)))
  .then((v) => { console.log('chain value', v); throw new TypeError('stop here'); })
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.name, e.message); return 'recovered'; })
  .then((v) => console.log('after recovery', v));

// A long chain built in a loop.
let chain = Promise.resolve(0);
for (let i = 1; i <= 100; i++) chain = chain.then((v) => v + i);
chain.then((v) => console.log('sum 1..100 =', v));

// Sequential vs parallel execution with reduce.
const steps = [3, 1, 2];
const seq = [];
steps.reduce((acc, n) => acc.then(() => new Promise((r) => setTimeout(() => { seq.push(n); r(); }, 0))), Promise.resolve())
  .then(() => console.log('sequential order', seq.join()));

// Errors thrown deep in a chain keep their identity.
const original = new Error('identity');
Promise.resolve().then(() => { throw original; }).then((x) => x).catch((e) => console.log('same error object', e === original));

// A handler returning the chain's own promise rejects with a TypeError.
const loop = Promise.resolve().then(() => loop);
loop.catch((e) => console.log('cycle:', e.constructor.name, e.message));

// Returning a rejected promise from then rejects the chain.
Promise.resolve().then(() => Promise.reject(new Error('returned rejection'))).catch((e) => console.log(e.message));

// then returns a new promise each time.
const base = Promise.resolve();
console.log(base.then() !== base.then(), base.then() instanceof Promise);
