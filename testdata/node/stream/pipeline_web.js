// stream.pipeline and stream/promises' pipeline take web streams as
// stages: a ReadableStream source, TransformStreams in the middle and a
// WritableStream or TransformStream at the end, mixed with node streams
// and async generator functions.
const { pipeline, Readable, Writable, Transform } = require('stream');
const promises = require('stream/promises');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

function webSource(items) {
  return new ReadableStream({
    start(c) {
      for (const x of items) c.enqueue(x);
      c.close();
    },
  });
}
const upper = () => new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
function collector(out) {
  return new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } });
}
function webCollector(out) {
  return new WritableStream({ write(c) { out.push(String(c)); } });
}

(async () => {
  let out = [];
  await promises.pipeline(Readable.from(['ab', 'cd']), upper(), collector(out));
  console.log('node -> transform stream -> node', out);

  out = [];
  await promises.pipeline(webSource(['x', 'y']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }), webCollector(out));
  console.log('web -> node transform -> writable stream', out);

  out = [];
  await promises.pipeline(webSource(['p', 'q']), upper(), async function* (src) {
    for await (const c of src) yield c + '!';
  }, webCollector(out));
  console.log('web -> transform stream -> generator -> writable stream', out);

  // A writable stream as the last argument is a stage, not the options.
  out = [];
  await promises.pipeline(['i', 'j'], webCollector(out));
  console.log('iterable -> writable stream', out);

  out = [];
  const last = upper();
  const ret = pipeline(Readable.from(['m']), last, (err) => console.log('callback', err));
  console.log('returns the last stage', ret === last);
  for await (const c of last.readable) out.push(c);
  console.log('read from the returned transform stream', out);

  const failing = new TransformStream({ transform() { throw new Error('boom'); } });
  try {
    await promises.pipeline(webSource(['a']), failing, webCollector([]));
  } catch (err) {
    console.log('error', err.message);
  }

  try {
    await promises.pipeline(webSource(['a']), {}, webCollector([]));
  } catch (err) {
    console.log('bad stage', err.name, err.code);
  }
})();
