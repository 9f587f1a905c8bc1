// An event's timeStamp comes from perf_hooks' clock, as node's internal one, not from whatever
// a program puts at globalThis.performance.
const e1 = new Event('a');
globalThis.performance = { now() { return -1; } };
const e2 = new Event('b');
console.log(typeof e1.timeStamp, e1.timeStamp >= 0, e2.timeStamp >= 0, e2.timeStamp >= e1.timeStamp);
const ac = new AbortController(); ac.signal.addEventListener('abort', (e) => console.log('abort', e.timeStamp >= 0)); ac.abort();
