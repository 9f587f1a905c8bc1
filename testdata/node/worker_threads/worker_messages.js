// A Worker running this file: workerData, threadId and messages both ways as structured clones, the lifecycle
// events in order, and process.exit ending the worker only. The main thread prints everything, from messages.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  const shared = { s: 'shared' };
  const data = {
    n: -0, s: 'h\u00e9llo \ud83d\ude00', big: 12345678901234567890n, nul: null, u: undefined,
    arr: [1, , 3], date: new Date(86400000), re: /a+b/gi, map: new Map([[1, { x: 1 }], ['k', [2]]]),
    set: new Set(['a', 2]), bytes: new Uint16Array([1, 65535]), err: new RangeError('bad range'),
    boxed: [new Number(4), new String('str'), new Boolean(false)], one: shared, two: shared,
  };
  data.self = data;
  const w = new Worker(__filename, { workerData: data, argv: ['a', 2] });
  console.log('threadId', w.threadId);
  const events = [];
  w.on('online', () => events.push('online'));
  w.on('message', (m) => {
    if (m.kind === 'data') {
      const d = m.data;
      console.log('workerData', d.self === d, d.one === d.two, Object.is(d.n, -0), d.s, d.big, d.nul, d.u, 1 in d.arr);
      console.log(d.date.toISOString(), d.re, d.map, d.set, d.bytes, d.boxed);
      console.log(d.err instanceof RangeError, d.err.message);
      console.log('worker sees', m.threadId, m.isMainThread, m.argv);
      const buf = new ArrayBuffer(4);
      w.postMessage({ kind: 'buf', buf }, [buf]);
      console.log('transferred', buf.byteLength);
    } else if (m.kind === 'buf') {
      console.log('worker got buffer', m.length);
      w.postMessage({ kind: 'stop' });
    } else {
      console.log('message', m);
    }
  });
  w.on('exit', (code) => {
    events.push('exit ' + code);
    console.log(events.join(', '), w.threadId);
  });
  try {
    w.postMessage(() => {});
  } catch (e) {
    console.log(e.name, e.message);
  }
} else {
  parentPort.postMessage({ kind: 'data', data: workerData, threadId, isMainThread, argv: process.argv.slice(2) });
  parentPort.on('message', (m) => {
    if (m.kind === 'buf') {
      parentPort.postMessage({ kind: 'buf', length: m.buf.byteLength });
    } else {
      parentPort.postMessage('stopping');
      process.on('exit', (code) => parentPort.postMessage('worker exit ' + code));
      process.exit(7);
    }
  });
}
