// The perf_hooks classes as globals: lazy accessors until first read.
const names = ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming'];
for (const k of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, d.enumerable, d.configurable, typeof d.get, typeof d.set);
}
const ph = require('perf_hooks');
for (const k of names) {
  console.log(k, globalThis[k] === ph[k], Object.getOwnPropertyDescriptor(globalThis, k).writable);
}
console.log(performance instanceof Performance, new PerformanceMark('m') instanceof PerformanceEntry);
globalThis.PerformanceMark = 5;
console.log(PerformanceMark);
