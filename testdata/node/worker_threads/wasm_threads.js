// WebAssembly threads across workers: the main thread sends a compiled
// WebAssembly.Module and a shared WebAssembly.Memory (by workerData and by
// postMessage); two workers instantiate the module over the memory and
// increment shared counters with atomic read-modify-writes of every width
// (no update lost), then report through memory.atomic.notify to the main
// thread, which waits in memory.atomic.wait. A third wait/notify pair goes
// the other way: a worker waits in wasm and the main thread wakes it with
// Atomics.notify on the memory's buffer.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const N = 5000;
const I32 = 0x7f, I64 = 0x7e;
const uleb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const vec = (items) => [...uleb(items.length), ...items.flat()];
const str = (s) => [...uleb(s.length), ...Buffer.from(s)];
// Exports: bump(n) adds 1 to the i32 at 0, the i64 at 8, the byte at 16
// and the 16-bit word at 18, n times each in a loop; wait(addr, expected)
// waits forever on an i32; notify(addr) wakes every waiter; add(addr, v)
// is i32.atomic.rmw.add.
function moduleBytes() {
  const types = [[0x60, ...vec([I32]), ...vec([])], [0x60, ...vec([I32, I32]), ...vec([I32])], [0x60, ...vec([I32]), ...vec([I32])]];
  const bump = [
    0x03, 0x40, // loop
    0x41, 0, 0x41, 1, 0xfe, 0x1e, 2, 0, 0x1a, // i32.atomic.rmw.add [0] += 1
    0x41, 8, 0x42, 1, 0xfe, 0x1f, 3, 0, 0x1a, // i64.atomic.rmw.add [8] += 1
    0x41, 16, 0x41, 1, 0xfe, 0x20, 0, 0, 0x1a, // i32.atomic.rmw8.add_u [16] += 1
    0x41, 18, 0x41, 1, 0xfe, 0x21, 1, 0, 0x1a, // i32.atomic.rmw16.add_u [18] += 1
    0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0, // br_if while --n
    0x0b,
  ];
  const wait = [0x20, 0, 0x20, 1, 0x42, 0x7f, 0xfe, 0x01, 2, 0];
  const notify = [0x20, 0, 0x41, 0x7f, 0xfe, 0x00, 2, 0];
  const add = [0x20, 0, 0x20, 1, 0xfe, 0x1e, 2, 0];
  const bodies = [bump, wait, notify, add].map((b) => {
    const code = [0x00, ...b, 0x0b];
    return [...uleb(code.length), ...code];
  });
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(2, vec([[...str('env'), ...str('mem'), 0x02, 0x03, 1, 1]])),
    ...section(3, vec([[0], [1], [2], [1]])),
    ...section(7, vec(['bump', 'wait', 'notify', 'add'].map((name, i) => [...str(name), 0x00, i]))),
    ...section(10, vec(bodies))]);
}
const DONE = 32, WAKE = 40;

if (isMainThread) {
  const module = new WebAssembly.Module(moduleBytes());
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  const x = new WebAssembly.Instance(module, { env: { mem: memory } }).exports;
  const exited = [];
  for (let k = 0; k < 2; k++) {
    const w = new Worker(__filename, { workerData: { module, memory, role: 'counter' } });
    w.on('exit', () => exited.push(k));
  }
  // Wait in wasm until both workers have counted.
  let done;
  while ((done = new Int32Array(memory.buffer)[DONE / 4]) < 2) x.wait(DONE, done);
  const view = new DataView(memory.buffer);
  console.log('i32', view.getInt32(0, true), 'i64', view.getBigInt64(8, true), 'u8', view.getUint8(16), 'u16', view.getUint16(18, true));

  // A worker waits in wasm; the main thread wakes it with Atomics.notify.
  const waiter = new Worker(__filename, { workerData: { role: 'waiter' } });
  waiter.postMessage({ module, memory });
  waiter.on('message', (m) => console.log('waiter says', m));
  const i32 = new Int32Array(memory.buffer);
  while (Atomics.notify(i32, WAKE / 4, 1) === 0) Atomics.wait(i32, 60, 0, 1);
  waiter.on('exit', () => console.log('waiter exited'));
} else if (workerData.role === 'counter') {
  const x = new WebAssembly.Instance(workerData.module, { env: { mem: workerData.memory } }).exports;
  x.bump(N);
  x.add(DONE, 1);
  x.notify(DONE);
} else {
  parentPort.once('message', ({ module, memory }) => {
    const x = new WebAssembly.Instance(module, { env: { mem: memory } }).exports;
    parentPort.postMessage(['ok', 'not-equal', 'timed-out'][x.wait(WAKE, 0)]);
  });
}
