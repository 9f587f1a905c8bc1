// Async functions that await many times (one continuation serves all their
// awaits), with rejections caught and uncaught between them, awaits of
// thenables and of non-promises, async stack traces across awaits, and the
// resolve and reject functions promises hand out.
'use strict';
// Node's own processTicksAndRejections frame is left out: Kiln has none.
const frames = (e) => e.stack.split('\n').slice(1).map(l => l.trim().split(' (')[0]).filter(l => !l.startsWith('at process.')).join(' | ');
async function leaf(i) { await null; if (i === 3) throw new Error('leaf ' + i); return i; }
async function middle(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    try { s += await leaf(i); } catch (e) { s += 100; console.log('caught', e.message); }
    s += await { then(r) { r(1); } };
    s += await i;
  }
  await leaf(3);
  return s;
}
async function top() {
  try { await middle(5); } catch (e) { console.log(e.message, '/', frames(e)); }
  return 'done';
}
top().then(v => console.log(v));

new Promise((res, rej) => {
  console.log(typeof res, res.length, JSON.stringify(res.name), Object.getOwnPropertyNames(res).join(','), res === rej);
  console.log(Object.getPrototypeOf(res) === Function.prototype, 'prototype' in res);
  res(1); rej(2); res(3);
}).then(v => console.log('resolved', v));
let later;
const p = new Promise((_, rej) => { later = rej; });
p.catch(e => console.log('rejected', e));
later('r1'); later('r2');
(async () => { const xs = await Promise.all([1, 2, 3].map(async (x) => { await null; return x * await x; })); console.log(xs); })();
