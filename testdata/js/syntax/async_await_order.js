// Ordering of async functions, await, and promise jobs.
const log = [];
const p = (s) => log.push(s);

async function a1() {
  p('a1 start');
  await a2();
  p('a1 after await');
}
async function a2() {
  p('a2');
}

p('script start');
setTimeout(() => {
  p('timeout');
  console.log(log.join('\n'));
  second();
}, 0);
a1();
new Promise((resolve) => {
  p('promise executor');
  resolve();
}).then(() => p('then 1')).then(() => p('then 2')).then(() => p('then 3'));
queueMicrotask(() => p('microtask'));
p('script end');

// Awaiting a non-promise still takes one tick; awaiting a thenable takes two.
async function second() {
  const order = [];
  const thenable = { then(r) { order.push('thenable.then called'); r('T'); } };
  const t1 = (async () => { order.push('await plain'); await 1; order.push('after plain'); })();
  const t2 = (async () => { order.push('await thenable'); const v = await thenable; order.push('after thenable ' + v); })();
  const t3 = (async () => { order.push('await resolved promise'); await Promise.resolve(); order.push('after resolved promise'); })();
  Promise.resolve().then(() => order.push('tick 1')).then(() => order.push('tick 2')).then(() => order.push('tick 3'));
  await Promise.all([t1, t2, t3]);
  console.log('---');
  console.log(order.join('\n'));
  third();
}

// Returning a promise from an async function costs extra ticks compared to returning a value.
async function third() {
  const order = [];
  async function returnsValue() { return 'v'; }
  async function returnsPromise() { return Promise.resolve('p'); }
  async function awaitsPromise() { return await Promise.resolve('a'); }
  returnsPromise().then(() => order.push('returnsPromise'));
  awaitsPromise().then(() => order.push('awaitsPromise'));
  returnsValue().then(() => order.push('returnsValue'));
  await null; await null; await null; await null; await null;
  console.log('---');
  console.log(order.join('\n'));
  fourth();
}

// Errors: rejected await throws at the await; try/catch/finally around await.
async function fourth() {
  console.log('---');
  async function fails() { throw new Error('async failure'); }
  try {
    await fails();
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally after await');
  }
  const results = await Promise.allSettled([fails(), Promise.resolve(1)]);
  console.log(results.map(r => r.status).join(','));
  console.log(Object.prototype.toString.call(fails), fails.constructor.name);
  const af = async () => 'arrow';
  console.log(await af());
  class K { async m() { return this instanceof K; } }
  console.log(await new K().m());
  const r = fails();
  console.log(r instanceof Promise);
  r.catch(() => console.log('rejection handled later'));
}
