// The performance timeline: marks, measures, lookups, observers and the
// argument errors (times vary, so only their shape is printed).
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, constants } = require('perf_hooks');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(globalThis.performance === performance, String(performance));
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, performance.now() >= t0);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);

const a = performance.mark('a', { detail: { n: 1 } });
console.log(a instanceof PerformanceEntry, a instanceof PerformanceMark, String(a));
console.log(a.name, a.entryType, a.duration, a.detail, typeof a.startTime);
const b = performance.mark('b', { startTime: a.startTime + 5 });
console.log(b.startTime - a.startTime, b.detail);
const m = performance.measure('a to b', 'a', 'b');
console.log(m.name, m.entryType, m.duration, m.startTime === a.startTime, m.detail);
console.log(performance.measure('opts', { start: 1, end: 3 }).duration);
console.log(performance.measure('start+duration', { start: 1, duration: 3 }).duration);
console.log(performance.measure('with detail', { start: 'a', end: 'b', detail: [1] }).detail);
console.log(Object.keys(a.toJSON()), Object.keys(m.toJSON()));
console.log(performance.getEntries().map((e) => e.name));
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
console.log(PerformanceObserver.supportedEntryTypes);
console.log(constants.NODE_PERFORMANCE_GC_MAJOR, constants.NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE);

const cases = [
  ['measure unknown mark', () => performance.measure('x', 'nomark')],
  ['mark number name', () => performance.mark(5).name],
  ['mark no name', () => performance.mark()],
  ['mark negative time', () => performance.mark('a', { startTime: -1 })],
  ['mark bad options', () => performance.mark('a', 5)],
  ['new PerformanceEntry', () => new PerformanceEntry()],
  ['getEntriesByName no name', () => performance.getEntriesByName()],
  ['measure no name', () => performance.measure()],
  ['measure all options', () => performance.measure('m', { start: 1, end: 2, duration: 1 })],
  ['observer without callback', () => new PerformanceObserver()],
];
for (const [label, f] of cases) {
  try {
    console.log(`${label}:`, f());
  } catch (err) {
    console.log(`${label}: ${err.code} ${err.name}: ${err.message}`);
  }
}
performance.clearMarks();

const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType} ${e.name}`), observer === obs);
  console.log(list.getEntriesByType('mark').length, list.getEntriesByName('m1').length);
  observer.disconnect();
  performance.mark('after disconnect');
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1');
performance.mark('m2');
performance.measure('m1 to m2', 'm1', 'm2');
console.log('marks made');

const typed = new PerformanceObserver((list) => console.log('typed', list.getEntries().map((e) => e.name)));
typed.observe({ type: 'measure' });
performance.measure('only measure');
performance.mark('not seen');
setTimeout(() => {
  typed.disconnect();
  const taker = new PerformanceObserver((list) => console.log('delivered after takeRecords', list.getEntries().length));
  taker.observe({ type: 'mark' });
  performance.mark('taken');
  console.log('takeRecords', taker.takeRecords().map((e) => e.name));
  const dropped = new PerformanceObserver(() => console.log('not after disconnect'));
  dropped.observe({ type: 'mark' });
  performance.mark('dropped');
  dropped.disconnect();
}, 5);
