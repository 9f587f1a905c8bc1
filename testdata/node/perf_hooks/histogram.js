// createHistogram and monitorEventLoopDelay: HdrHistogram's rounding of
// min, max, mean, stddev and percentiles, and node's argument errors.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
};
const show = (h) => console.log(h.count, h.min, h.max, h.mean, h.stddev, h.exceeds, JSON.stringify([...h.percentiles]));

const h = createHistogram();
console.log(h.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(h)).constructor.name);
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds, h.minBigInt, h.maxBigInt, h.countBigInt, h.exceedsBigInt);
console.log(h.percentile(50), [...h.percentiles]);
for (const v of [1, 2, 3, 5, 100, 2047, 2048, 2049, 3000, 10000, 123456789]) h.record(v);
show(h);
console.log(h.percentile(50), h.percentile(99), h.percentile(100), h.percentile(0.0001), h.percentileBigInt(75));
console.log(JSON.stringify(h.toJSON()));
console.log(JSON.stringify([...h.percentilesBigInt].map(([k, v]) => [k, typeof v])));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(h)).join());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(h))).join());

t(() => h.record(0));
t(() => h.record(-1));
t(() => h.record(1.5));
t(() => h.record('1'));
t(() => h.record(2n));
t(() => h.record(2 ** 53));
t(() => h.record(2n ** 60n));
t(() => h.percentile(0));
t(() => h.percentile(101));
t(() => h.percentile('x'));
t(() => createHistogram({ lowest: 0 }));
t(() => createHistogram({ lowest: 10, highest: 15 }));
t(() => createHistogram({ figures: 6 }));
t(() => createHistogram({ figures: 1.5 }));
t(() => createHistogram(5));
t(() => h.add(5));
t(() => h.add({}));

const capped = createHistogram({ highest: 100 });
for (const v of [50, 100, 101, 2047, 5000]) capped.record(v);
show(capped);

const coarse = createHistogram({ lowest: 1000, highest: 1e6, figures: 1 });
for (const v of [1, 5, 999, 1000, 1234, 54321, 999999, 1e6, 2e6]) coarse.record(v);
show(coarse);

const single = createHistogram();
single.record(5);
show(single);

const a = createHistogram();
a.record(3);
const b = createHistogram({ highest: 1e9 });
b.record(1e9);
b.record(2);
b.record(2e9);
a.add(b);
show(a);
a.reset();
show(a);

const big = createHistogram();
for (let i = 1; i <= 1000; i++) big.record(i * 7919);
show(big);

const d = createHistogram();
d.recordDelta();
console.log(d.count);

const m = monitorEventLoopDelay({ resolution: 20 });
console.log(m.constructor.name, m.enable(), m.enable(), m.count);
t(() => monitorEventLoopDelay({ resolution: 0 }));
t(() => monitorEventLoopDelay(5));
t(() => monitorEventLoopDelay({ resolution: 'x' }));
setTimeout(() => {
  d.recordDelta();
  console.log(d.count, d.min >= 1e6);
  console.log(m.disable(), m.disable(), m.count > 0, m.min >= 15e6, m.max >= m.min);
}, 120);
