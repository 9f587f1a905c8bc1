// Four workers each apply 10000 Atomics operations to the same shared
// words, of every integer width: no update is lost, so the totals are exact.
// The 8- and 16-bit counters share 32-bit words with each other.
const { Worker, isMainThread, workerData } = require('worker_threads');
const WORKERS = 4, N = 10000;
function views(sab) {
  return {
    i32: new Int32Array(sab, 0, 2),
    u8: new Uint8Array(sab, 8, 4),
    i16: new Int16Array(sab, 12, 2),
    big: new BigInt64Array(sab, 16, 1),
    u32: new Uint32Array(sab, 24, 1),
  };
}
if (isMainThread) {
  const sab = new SharedArrayBuffer(32);
  const v = views(sab);
  let done = 0;
  for (let k = 0; k < WORKERS; k++) {
    new Worker(__filename, { workerData: sab }).on('exit', () => {
      if (++done < WORKERS) return;
      console.log('i32', Array.from(v.i32));
      console.log('u8', Array.from(v.u8));
      console.log('i16', Array.from(v.i16));
      console.log('big', v.big[0]);
      console.log('u32', v.u32[0].toString(16));
    });
  }
} else {
  const v = views(workerData);
  for (let n = 0; n < N; n++) {
    Atomics.add(v.i32, 0, 1);
    Atomics.sub(v.i32, 1, 3);
    Atomics.add(v.u8, 0, 1);
    Atomics.sub(v.u8, 3, 1);
    Atomics.add(v.i16, 0, 2);
    Atomics.sub(v.i16, 1, 1);
    Atomics.add(v.big, 0, 1000000000000n);
    Atomics.xor(v.u32, 0, 1 << (n % 32));
    // A compare-and-swap loop, as a lock-free data structure would write it.
    for (;;) {
      const old = Atomics.load(v.u8, 1);
      if (Atomics.compareExchange(v.u8, 1, old, (old + 3) & 0xff) === old) break;
    }
  }
}
