// finished() and stream/promises' finished() take web streams too, as node's
// eos does (undici's fetch waits on its body with it): they call back when
// the stream closes, with its error when it errors, and on an abort signal.
const { finished } = require('stream');
const { finished: finishedP } = require('stream/promises');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  finished(rs, (err) => console.log('readable closed', err));
  const reader = rs.getReader();
  ctl.enqueue('a');
  console.log('read', await reader.read());
  ctl.close();
  await new Promise((r) => setTimeout(r, 5));

  const bad = new ReadableStream({ start(c) { c.error(new Error('source failed')); } });
  finished(bad, (err) => console.log('readable errored', err.message));
  await new Promise((r) => setTimeout(r, 5));

  const got = [];
  const ws = new WritableStream({ write(chunk) { got.push(chunk); } });
  const done = finishedP(ws).then(() => console.log('writable finished', got));
  const w = ws.getWriter();
  await w.write('x');
  await w.close();
  await done;

  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  const wf = failing.getWriter();
  wf.write('y').catch(() => {});
  await finishedP(failing).catch((e) => console.log('writable errored', e.message));

  const { readable } = new TransformStream();
  const ac = new AbortController();
  finished(readable, { signal: ac.signal }, (err) => console.log('aborted', err.name, err.code));
  ac.abort();
  await new Promise((r) => setTimeout(r, 5));

  const closedEarly = new ReadableStream({ start(c) { c.close(); } });
  finished(closedEarly, (err) => console.log('already closed', err));
  await new Promise((r) => setTimeout(r, 5));
  try {
    finished({}, () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
