// A table of stream/web calls, error cases included: each prints its
// result or the error's code, name and message.
const web = require('node:stream/web');

console.log(Object.keys(web));
for (const name of Object.keys(web)) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, web[name] === globalThis[name], typeof d.get, d.enumerable, d.configurable);
}
console.log(Object.getOwnPropertyNames(ReadableStream.prototype), ReadableStream.length,
  ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
console.log(Object.getOwnPropertyNames(WritableStream.prototype), Object.getOwnPropertyNames(TransformStream.prototype));

const show = (v) => (v instanceof Promise ? 'Promise' : v);
let ctl;
let byteCtl;
new ReadableStream({ start(c) { ctl = c; } });
new ReadableStream({ type: 'bytes', start(c) { byteCtl = c; } });
const calls = [
  () => new ReadableStream(),
  () => new ReadableStream(null),
  () => new ReadableStream(1),
  () => new ReadableStream({ type: 'foo' }),
  () => new ReadableStream({ pull: 'x' }),
  () => new ReadableStream({}, 1),
  () => new ReadableStream({}, { highWaterMark: -1 }),
  () => new ReadableStream({}, { highWaterMark: NaN }),
  () => new ReadableStream({}, { size: 1 }),
  () => new ReadableStream({ type: 'bytes' }, { size: () => 1 }),
  () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
  () => { const r = new ReadableStream(); r.getReader(); r.getReader(); },
  () => new ReadableStream().getReader({ mode: 'byob' }),
  () => new ReadableStream().getReader({ mode: 'x' }),
  () => new ReadableStream().getReader(1),
  () => ReadableStream.prototype.getReader.call({}),
  () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call(1),
  () => new ReadableStreamDefaultReader(1),
  () => new ReadableStreamBYOBReader(new ReadableStream()),
  () => new ReadableStreamDefaultController(),
  () => new ReadableByteStreamController(),
  () => new ReadableStreamBYOBRequest(),
  () => new WritableStreamDefaultController(),
  () => new TransformStreamDefaultController(),
  () => new ReadableStream().tee.call(1),
  () => new ReadableStream().pipeThrough({}),
  () => new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: 1 }),
  () => ReadableStream.from(1),
  () => ReadableStream.from({}),
  () => ctl.desiredSize,
  () => ctl.enqueue(1),
  () => ctl.desiredSize,
  () => ctl.close(),
  () => ctl.close(),
  () => ctl.enqueue(2),
  () => ctl.desiredSize,
  () => byteCtl.enqueue(1),
  () => byteCtl.enqueue(new Uint8Array(0)),
  () => byteCtl.enqueue(new Uint8Array(2)),
  () => byteCtl.desiredSize,
  () => byteCtl.close(),
  () => byteCtl.close(),
  () => { let c; new ReadableStream({ start(x) { c = x; } }, { size() { return -1; } }); c.enqueue(1); },
  () => { let c; new ReadableStream({ start(x) { c = x; } }, { size() { return 'a'; } }); c.enqueue(1); },
  () => { let c; new ReadableStream({ start(x) { c = x; } }, { size() { throw new Error('size'); } }); c.enqueue(1); },
  () => new WritableStream(1),
  () => new WritableStream({ type: 'bytes' }),
  () => new WritableStream({ write: 1 }),
  () => { const w = new WritableStream(); w.getWriter(); w.getWriter(); },
  () => new WritableStreamDefaultWriter({}),
  () => WritableStream.prototype.getWriter.call(new ReadableStream()),
  () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.desiredSize; },
  () => new TransformStream(1),
  () => new TransformStream({ readableType: 'bytes' }),
  () => new TransformStream({ writableType: 'bytes' }),
  () => new TransformStream({ flush: 2 }),
  () => new TransformStream({}, { highWaterMark: -2 }),
  () => new CountQueuingStrategy(),
  () => new CountQueuingStrategy({}),
  () => new CountQueuingStrategy({ highWaterMark: '4' }).highWaterMark,
  () => new ByteLengthQueuingStrategy({ highWaterMark: 16 }).size(new Uint8Array(5)),
  () => new CountQueuingStrategy({ highWaterMark: 1 }).size === new CountQueuingStrategy({ highWaterMark: 2 }).size,
  () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({}),
  () => new TextDecoderStream('foo'),
  () => new TextDecoderStream('latin1').encoding,
  () => new TextEncoderStream().encoding,
  () => new CompressionStream('foo'),
  () => new CompressionStream(),
  () => new DecompressionStream('br'),
  () => typeof new CompressionStream('gzip').readable.getReader,
];
for (const [i, f] of calls.entries()) {
  try {
    console.log(i, show(f()));
  } catch (err) {
    console.log(i, err.code + ' ' + err.name + ': ' + err.message);
  }
}

const asyncCalls = [
  () => new ReadableStream().cancel.call(1),
  () => { const r = new ReadableStream(); r.getReader(); return r.cancel(); },
  () => new ReadableStream({ cancel() { throw new Error('cancel threw'); } }).cancel(),
  () => new WritableStream().abort.call(1),
  () => { const w = new WritableStream(); w.getWriter(); return w.close(); },
  () => { const w = new WritableStream(); w.getWriter(); return w.abort(); },
  () => { const w = new WritableStream().getWriter(); w.close(); return w.close(); },
  () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.write(1); },
  () => new WritableStream({ close() { throw new Error('close threw'); } }).close(),
  () => new WritableStream({ abort() { throw new Error('abort threw'); } }).abort(),
  () => ReadableStreamDefaultReader.prototype.read.call({}),
  () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(new ArrayBuffer(0))),
  () => ReadableStream.from([1, 2]).getReader().read(),
  () => ReadableStream.from({ [Symbol.asyncIterator]() { return { next: () => 1 }; } }).getReader().read(),
];
(async () => {
  for (const [i, f] of asyncCalls.entries()) {
    try {
      console.log('async', i, await f());
    } catch (err) {
      console.log('async', i, err.code + ' ' + err.name + ': ' + err.message);
    }
  }
})();
