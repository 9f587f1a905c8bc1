// performance.timerify, markResourceTiming and the resource buffer, and
// toJSON with nodeTiming and eventLoopUtilization.
const { performance, PerformanceObserver, PerformanceResourceTiming, PerformanceEntry, createHistogram } = require('perf_hooks');
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
};
function add(a, b) { return a + b; }
const ta = performance.timerify(add);
const nd = Object.getOwnPropertyDescriptor(ta, 'name');
console.log(ta.name, ta.length, ta(1, 2), nd.writable, nd.enumerable, nd.configurable);
t(() => performance.timerify(5));
t(() => performance.timerify(add, 5));
t(() => performance.timerify(add, { histogram: 5 }));
class K { constructor(x) { this.x = x; } }
const tk = performance.timerify(K);
console.log(new tk(3).x, new tk(4) instanceof K);
const h = createHistogram();
const th = performance.timerify(function f() {}, { histogram: h });
th();
th();
console.log(h.count);

const info = {
  startTime: 1, endTime: 11, finalServiceWorkerStartTime: 2, redirectStartTime: 0, redirectEndTime: 0,
  postRedirectStartTime: 3,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 4, domainLookupEndTime: 5, connectionStartTime: 6, connectionEndTime: 7,
    secureConnectionStartTime: 6.5, ALPNNegotiatedProtocol: 'h2',
  },
  finalNetworkRequestStartTime: 8, finalNetworkResponseStartTime: 9, encodedBodySize: 100, decodedBodySize: 200,
};

const fnObs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    console.log('observed', e.entryType, e.name, e.constructor.name, typeof e.duration, e.detail, e[0], Object.keys(e));
  }
  fnObs.disconnect();
  const resObs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) console.log('observed', e.entryType, e.name, e instanceof PerformanceResourceTiming);
    resObs.disconnect();
    buffer();
  });
  resObs.observe({ type: 'resource' });
  resources();
});
fnObs.observe({ entryTypes: ['function'] });
ta(5, 6);

function resources() {
  const r = performance.markResourceTiming(info, 'https://example.com/x', 'fetch', globalThis, '', {});
  console.log(r.constructor.name, r instanceof PerformanceEntry, Object.prototype.toString.call(r));
  console.log(JSON.stringify(r.toJSON()));
  console.log(performance.getEntriesByType('resource').length, performance.getEntries().length);
  t(() => new PerformanceResourceTiming());
  t(() => performance.markResourceTiming(info, 'x', 'fetch', globalThis, 'bad', {}));
  performance.clearResourceTimings();
  console.log(performance.getEntriesByType('resource').length);
  const r2 = performance.markResourceTiming({ ...info, finalConnectionTimingInfo: null }, 'u2', 'other', globalThis, 'local', {});
  console.log(JSON.stringify(r2.toJSON()), r2.nextHopProtocol, r2.connectStart);
}

function buffer() {
  console.log(performance.onresourcetimingbufferfull);
  t(() => performance.setResourceTimingBufferSize());
  performance.setResourceTimingBufferSize(1);
  let full = 0;
  performance.onresourcetimingbufferfull = (ev) => {
    full++;
    console.log('full', ev.type, performance.getEntriesByType('resource').length);
  };
  console.log(typeof performance.onresourcetimingbufferfull);
  performance.markResourceTiming(info, 'a', 'x', globalThis, '', {});
  performance.markResourceTiming(info, 'b', 'x', globalThis, '', {});
  console.log(performance.getEntriesByType('resource').map((e) => e.name));
  setTimeout(() => {
    console.log(full, performance.getEntriesByType('resource').map((e) => e.name));
    performance.onresourcetimingbufferfull = null;
    console.log(performance.onresourcetimingbufferfull);
    const j = performance.toJSON();
    console.log(Object.keys(j), j.nodeTiming.name, Object.keys(j.eventLoopUtilization));
  }, 20);
}
