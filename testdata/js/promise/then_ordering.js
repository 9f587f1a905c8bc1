// Ordering of promise reactions: FIFO per tick, interleaving of independent chains, and registration time.
const log = [];
const p = (s) => log.push(s);
const a = Promise.resolve('a');
const b = Promise.resolve('b');
a.then(() => p('a1')).then(() => p('a2')).then(() => p('a3'));
b.then(() => p('b1')).then(() => p('b2')).then(() => p('b3'));
a.then(() => p('a1-second-handler'));
p('sync');

// A reaction registered on an already-resolved promise is queued immediately.
Promise.resolve().then(() => {
  p('outer');
  Promise.resolve().then(() => p('nested inside outer'));
});
Promise.resolve().then(() => p('sibling of outer'));

// Resolving with a promise adds two extra ticks.
const viaPromise = new Promise((resolve) => resolve(Promise.resolve('inner')));
viaPromise.then((v) => p('resolved with promise: ' + v));
Promise.resolve().then(() => p('t1')).then(() => p('t2')).then(() => p('t3')).then(() => p('t4'));

// then() on a pending promise: reactions run in registration order when it settles.
let resolveLater;
const pending = new Promise((r) => { resolveLater = r; });
pending.then(() => p('pending first'));
pending.then(() => p('pending second'));
resolveLater();

setTimeout(() => {
  console.log(log.join('\n'));
}, 0);
