// Flags: --expose-gc
// Promises of async functions nothing refers to are garbage when a timer's callback (a call from the event loop,
// outside any native) makes them: Kiln kept every one alive (about 70 bytes a call, 2.8 MB here), for good.
async function sync(i) { return i; }
async function awaits(i) { await null; return i; }
const heap = () => { gc(); return process.memoryUsage().heapUsed; };

let ticks = 0;
let base = 0;
const t = setInterval(() => {
  for (let i = 0; i < 2e3; i++) (ticks % 2 ? sync : awaits)(i);
  if (++ticks === 4) base = heap();
  if (ticks === 24) {
    clearInterval(t);
    const grown = heap() - base;
    console.log('timer loop:', grown < (1 << 20) ? 'flat' : `grew by ${grown} bytes`);
  }
}, 0);
