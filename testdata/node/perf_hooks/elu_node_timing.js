// performance.nodeTiming and eventLoopUtilization: zero before the event
// loop runs, then idle and active time that add up.
const { performance, PerformanceEntry } = require('perf_hooks');
const nt = performance.nodeTiming;
console.log(nt === performance.nodeTiming, nt instanceof PerformanceEntry, nt.name, nt.entryType, nt.startTime);
console.log(Object.keys(nt).join());
console.log(nt.uvMetricsInfo);
console.log(Object.keys(nt.toJSON()).join());
console.log(nt.loopStart, nt.loopExit, nt.idleTime, nt.duration > 0, nt.bootstrapComplete >= nt.nodeStart);
const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), 'nodeTiming');
console.log(desc.enumerable, desc.writable, typeof Object.getOwnPropertyDescriptor(nt, 'loopStart').get);
console.log(performance.eventLoopUtilization());
const e0 = performance.eventLoopUtilization();
setTimeout(() => {
  console.log(nt.loopStart > 0, nt.idleTime > 0, nt.uvMetricsInfo.loopCount > 0);
  const e1 = performance.eventLoopUtilization();
  console.log(Object.keys(e1).join(), e1.idle > 0, e1.active > 0, e1.utilization > 0 && e1.utilization <= 1);
  const busyUntil = performance.now() + 30;
  while (performance.now() < busyUntil);
  const e2 = performance.eventLoopUtilization(e1);
  console.log(e2.active >= 29, e2.utilization > 0.5);
  const d = performance.eventLoopUtilization(e2, e1);
  console.log(d.idle === e2.idle - e1.idle, d.active === e2.active - e1.active);
  console.log(JSON.stringify(performance.eventLoopUtilization(e0, e0)));
}, 50);
