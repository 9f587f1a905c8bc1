// WritableStream and TransformStream: writers, backpressure, close and
// abort, pipeTo and pipeThrough with their options, the encoding and
// compression streams.
async function main() {
  const log = [];
  const ws = new WritableStream({
    start(c) { log.push('start ' + typeof c.signal); },
    write(chunk, c) {
      log.push('write ' + chunk);
      return new Promise((resolve) => setTimeout(resolve, 1));
    },
    close() { log.push('close'); },
    abort(reason) { log.push('abort ' + reason); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  console.log(ws, ws.locked);
  const w = ws.getWriter();
  console.log(ws.locked, w.desiredSize);
  await w.ready;
  w.write('a');
  w.write('b');
  console.log('desired', w.desiredSize);
  w.write('c');
  console.log('desired', w.desiredSize);
  await w.ready;
  console.log('ready again', w.desiredSize);
  await w.close();
  await w.closed;
  console.log(log, ws);
  w.releaseLock();
  await w.closed.catch((e) => console.log(e.code, e.message));

  const aborted = new WritableStream({
    write() { return new Promise(() => {}); },
    abort(reason) { console.log('sink abort', reason); },
  });
  const aw = aborted.getWriter();
  aw.write('stuck').catch((e) => console.log('write rejected', e));
  aw.write('queued').catch((e) => console.log('queued rejected', e));
  const ap = aw.abort('stop');
  console.log(aborted);
  await aw.closed.catch((e) => console.log('closed rejected', e));
  const sinkErr = new WritableStream({ write() { throw new Error('sink write'); } });
  const sw = sinkErr.getWriter();
  await sw.write(1).catch((e) => console.log(e.message));
  await sw.ready.catch((e) => console.log('ready', e.message));
  console.log(sinkErr);
  await new WritableStream().close();
  await new WritableStream().abort('x');

  // TransformStream.
  const upper = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk.toUpperCase());
      c.enqueue('!');
    },
    flush(c) { c.enqueue('<end>'); },
  });
  console.log(upper);
  const source = ReadableStream.from(['ab', 'cd']);
  const piped = source.pipeThrough(upper);
  const got = [];
  for await (const v of piped) got.push(v);
  console.log(got);
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log(source.locked);
  const identity = new TransformStream();
  const iw = identity.writable.getWriter();
  iw.write(1);
  iw.close();
  for await (const v of identity.readable) console.log('identity', v);
  const terminated = new TransformStream({ start(c) { c.terminate(); } });
  console.log(await terminated.readable.getReader().read());
  await terminated.writable.getWriter().write(1).catch((e) => console.log(e.code, e.message));
  const failing = new TransformStream({ transform() { throw new Error('transform failed'); } });
  const fw = failing.writable.getWriter();
  const failedRead = failing.readable.getReader().read().catch((e) => console.log('readable', e.message));
  await fw.write(1).catch((e) => console.log(e.message));
  await failedRead;

  // pipeTo.
  const sink = [];
  await ReadableStream.from([1, 2, 3]).pipeTo(new WritableStream({ write(c) { sink.push(c); } }));
  console.log(sink);
  const keepOpen = new WritableStream();
  await ReadableStream.from([1]).pipeTo(keepOpen, { preventClose: true });
  console.log(keepOpen.locked, keepOpen);
  const srcErr = new ReadableStream({ start(c) { c.error(new Error('source error')); } });
  const destA = new WritableStream({ abort(r) { console.log('dest aborted', r.message); } });
  await srcErr.pipeTo(destA).catch((e) => console.log('pipe rejected', e.message));
  const destErr = new WritableStream({ write() { throw new Error('dest error'); } });
  const srcC = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { console.log('source cancelled', r.message); } });
  await srcC.pipeTo(destErr).catch((e) => console.log('pipe rejected', e.message));
  const ac = new AbortController();
  const never = new ReadableStream({ cancel(r) { console.log('cancel by signal', r.name); } });
  const p = never.pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort();
  await p.catch((e) => console.log('pipe rejected', e.name, e.message));
  await ReadableStream.from([1]).pipeTo(new WritableStream(), { signal: AbortSignal.abort('early') })
    .catch((e) => console.log('pipe rejected', e));
  await new ReadableStream().pipeTo({}).catch((e) => console.log(e.code, e.message));
  await new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }).catch((e) => console.log(e.code, e.message));

  // TextEncoderStream and TextDecoderStream.
  const te = new TextEncoderStream();
  const tew = te.writable.getWriter();
  tew.write('h\u00e9');
  tew.write('\ud83d');
  tew.write('\ude00x');
  tew.write('\ud83d');
  tew.close();
  for await (const c of te.readable) console.log(c);
  const td = new TextDecoderStream('utf-8', { fatal: false });
  console.log(td.encoding, td.fatal, td.ignoreBOM);
  const tdw = td.writable.getWriter();
  tdw.write(new Uint8Array([0xf0, 0x9f]));
  tdw.write(new Uint8Array([0x98, 0x80, 0x41, 0xe2]));
  tdw.close();
  for await (const c of td.readable) console.log(JSON.stringify(c));
  let text = '';
  const decoder = new TextDecoder();
  for await (const b of ReadableStream.from(['one ', 'two']).pipeThrough(new TextEncoderStream())) {
    text += decoder.decode(b, { stream: true });
  }
  console.log(text);

  // Compression round trips.
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const input = 'hello hello hello '.repeat(20);
    const compressed = ReadableStream.from([input.slice(0, 50), input.slice(50)])
      .pipeThrough(new TextEncoderStream())
      .pipeThrough(new CompressionStream(format));
    const round = compressed.pipeThrough(new DecompressionStream(format)).pipeThrough(new TextDecoderStream());
    let result = '';
    for await (const s of round) result += s;
    console.log(format, result === input, result.length);
  }
  const bad = new DecompressionStream('gzip');
  const bw = bad.writable.getWriter();
  bw.write(new Uint8Array([1, 2, 3])).catch(() => {});
  bw.close().catch((e) => console.log('close', e.code));
  await bad.readable.getReader().read().catch((e) => console.log('read', e.code, e.name, e.message));
}

main();
