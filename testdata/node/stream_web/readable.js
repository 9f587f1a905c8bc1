// Default readable streams: reading, queueing and backpressure, async
// iteration, ReadableStream.from, tee, cancel and errors.
const { ReadableStream: RS } = require('stream/web');

async function main() {
  console.log(RS === ReadableStream, typeof ReadableStream.from);
  const log = [];
  let controller;
  const rs = new ReadableStream({
    start(c) {
      controller = c;
      log.push('start ' + c.desiredSize);
      c.enqueue('a');
      c.enqueue('b');
      log.push('after enqueue ' + c.desiredSize);
    },
    pull(c) {
      log.push('pull ' + c.desiredSize);
    },
    cancel(reason) {
      log.push('cancel ' + reason);
    },
  }, { highWaterMark: 3 });
  console.log(rs.locked, Object.prototype.toString.call(rs), String(rs));
  const reader = rs.getReader();
  console.log(rs.locked);
  console.log(await reader.read());
  console.log(await reader.read());
  const pending = reader.read();
  controller.enqueue('c');
  console.log(await pending);
  controller.close();
  console.log(await reader.read(), controller.desiredSize);
  await reader.closed;
  reader.releaseLock();
  console.log(rs.locked, log);

  // Strategy sizes.
  const sized = new ReadableStream({
    start(c) {
      c.enqueue('hello');
      console.log('desired', c.desiredSize);
      c.enqueue('hi');
      console.log('desired', c.desiredSize);
    },
  }, { highWaterMark: 10, size: (chunk) => chunk.length });
  const chunks = [];
  for await (const chunk of sized.values({ preventCancel: true })) {
    chunks.push(chunk);
    if (chunks.length === 2) break;
  }
  console.log(chunks, sized.locked);

  // Async iteration to the end, and break cancels.
  let n = 0;
  const counting = new ReadableStream({
    pull(c) {
      n++;
      if (n > 3) c.close();
      else c.enqueue(n);
    },
  });
  for await (const v of counting) console.log('iter', v);
  const cancelled = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); },
    cancel(reason) { console.log('cancelled with', reason); },
  });
  for await (const v of cancelled) {
    console.log('first', v);
    break;
  }

  // ReadableStream.from.
  async function* gen() {
    yield 'x';
    yield 'y';
  }
  const out = [];
  for await (const v of ReadableStream.from(gen())) out.push(v);
  for await (const v of ReadableStream.from(['p', Promise.resolve('q')])) out.push(v);
  console.log(out);

  // tee.
  const [b1, b2] = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.close(); },
  }).tee();
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  console.log(await r1.read(), await r2.read(), await r2.read(), await r1.read(), await r1.read());

  // cancel and errors.
  const erroring = new ReadableStream({
    start(c) { c.error(new Error('boom')); },
  });
  const er = erroring.getReader();
  await er.read().catch((e) => console.log('read rejected', e.message));
  await er.closed.catch((e) => console.log('closed rejected', e.message));
  console.log(await new ReadableStream({ cancel: (r) => 'ignored ' + r }).cancel('why'));
  await new ReadableStream({ pull() { throw new TypeError('pull failed'); } }).getReader().read()
    .catch((e) => console.log(e.name, e.message));
  await new ReadableStream({ start() { return Promise.reject(new RangeError('start failed')); } }).getReader().read()
    .catch((e) => console.log(e.name, e.message));
  const locked = new ReadableStream();
  const lr = locked.getReader();
  await locked.cancel().catch((e) => console.log(e.code, e.message));
  const waiting = lr.read();
  lr.releaseLock();
  await waiting.catch((e) => console.log(e.code, e.message));
  await lr.closed.catch((e) => console.log(e.code, e.message));
  await lr.read().catch((e) => console.log(e.code, e.message));
  console.log(locked.locked);
}

main();
