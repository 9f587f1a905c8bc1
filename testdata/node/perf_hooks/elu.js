// performance.eventLoopUtilization: all zero while the main script runs
// (the loop has not started), then idle and active times whose shares add
// up, deltas from an earlier reading, and the difference of two readings.
const { performance } = require('perf_hooks');

console.log(performance.eventLoopUtilization());
console.log(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), 'eventLoopUtilization').enumerable,
  performance.eventLoopUtilization.length);

setTimeout(() => {
  const a = performance.eventLoopUtilization();
  console.log(Object.keys(a), a.idle > 0, a.active > 0, a.utilization > 0 && a.utilization < 1,
    Math.abs(a.utilization - a.active / (a.idle + a.active)) < 1e-12);
  const start = Date.now();
  while (Date.now() - start < 30);
  const b = performance.eventLoopUtilization(a);
  console.log(Object.keys(b), b.active >= 25, b.idle >= 0);
  const c = performance.eventLoopUtilization(b, a);
  console.log(c.idle === b.idle - a.idle, c.active === b.active - a.active);
}, 50);
