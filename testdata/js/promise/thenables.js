// Thenables: assimilation, extra ticks, `then` read exactly once, throwing thenables, and self-resolution.
const log = [];
const thenable = { then(res) { log.push('thenable.then called'); res('thenable value'); } };
Promise.resolve(thenable).then((v) => log.push('resolved: ' + v));
Promise.resolve().then(() => log.push('tick 1')).then(() => log.push('tick 2')).then(() => log.push('tick 3'));

// The then getter is read once per resolution.
let reads = 0;
const counted = { get then() { reads++; return (r) => r('counted'); } };
Promise.resolve(counted).then(() => log.push('then getter reads: ' + reads));

// A thenable that throws after resolving: the throw is ignored.
const throwsAfter = { then(res) { res('ok before throw'); throw new Error('ignored'); } };
Promise.resolve(throwsAfter).then((v) => log.push(v));

// A thenable that throws before resolving rejects.
const throwsBefore = { then() { throw new Error('thenable threw'); } };
Promise.resolve(throwsBefore).catch((e) => log.push('rejected: ' + e.message));

// A throwing then getter rejects.
const badGetter = { get then() { throw new Error('getter threw'); } };
Promise.resolve(badGetter).catch((e) => log.push('getter: ' + e.message));

// Non-function then is treated as a plain value.
Promise.resolve({ then: 42 }).then((v) => log.push('plain object with then=' + v.then));

// Resolving a promise with itself is a TypeError.
let selfResolve;
const self = new Promise((r) => { selfResolve = r; });
selfResolve(self);
self.catch((e) => log.push(e.constructor.name + ': ' + e.message));

// Multiple resolve calls: only the first counts.
new Promise((res, rej) => { res('first'); res('second'); rej(new Error('third')); }).then((v) => log.push('only ' + v));

// Nested thenables are unwrapped recursively.
const nested = { then(r) { r({ then(r2) { r2('deeply nested'); } }); } };
Promise.resolve(nested).then((v) => log.push(v));

// Functions can be thenables too.
const fnThenable = Object.assign(() => {}, { then(r) { r('function thenable'); } });
Promise.resolve(fnThenable).then((v) => log.push(v));

// await uses the same assimilation.
(async () => {
  log.push('await: ' + (await { then(r) { r('awaited thenable'); } }));
})();

setTimeout(() => console.log(log.join('\n')), 0);
