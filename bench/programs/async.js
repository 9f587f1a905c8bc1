// Promise and async/await chains: long sequential await chains, fan-out with
// Promise.all, thenable adoption, rejections caught by try/catch, and an
// async queue where producers and consumers hand values through promises.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

async function step(x) { return x + 1; }
async function chain(n) { let x = 0; for (let i = 0; i < n; i++) x = await step(x); return x; }
async function fanout(width) { const xs = await Promise.all(Array.from({ length: width }, (_, i) => step(i))); return xs.reduce((a, b) => a + b, 0); }
async function failing(i) { if (i % 4 === 0) throw new Error('odd ' + i); return i; }
async function recover(n) { let caught = 0, sum = 0; for (let i = 0; i < n; i++) { try { sum += await failing(i); } catch (e) { caught++; } } return caught * 100000 + sum; }
function thenChain(n) { let p = Promise.resolve(0); for (let i = 0; i < n; i++) p = p.then(v => ({ then(res) { res(v + 2); } })); return p; }

class Channel {
  constructor() { this.values = []; this.waiters = []; }
  send(v) { const w = this.waiters.shift(); if (w) w(v); else this.values.push(v); }
  recv() { return this.values.length ? Promise.resolve(this.values.shift()) : new Promise(r => this.waiters.push(r)); }
}
async function pipeline(n) {
  const ch = new Channel();
  const producer = (async () => { for (let i = 0; i < n; i++) { ch.send(i); if (i % 16 === 0) await null; } ch.send(-1); })();
  let sum = 0;
  for (;;) { const v = await ch.recv(); if (v < 0) break; sum += v; }
  await producer;
  return sum;
}

async function main() {
  const k = SHORT ? 1 : 25;
  let acc = 0;
  for (let r = 0; r < k; r++) {
    acc += await chain(SHORT ? 2000 : 20000) + await fanout(2000) + await recover(SHORT ? 1000 : 4000) + await thenChain(3000) + await pipeline(SHORT ? 2000 : 10000);
    acc %= 1000000007;
  }
  const got = String(acc);
  const want = SHORT ? '29383000' : '950549979';
  if (got !== want) throw new Error(`async: got ${got}, want ${want}`);
}
main().catch(e => { process.exitCode = 1; throw e; });
