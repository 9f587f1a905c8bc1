// pipeline(..., { end: false }) (stream/promises) and pipeline with the
// callback when the last stage must stay open: the pipeline settles once the
// source has ended, without waiting for the destination to finish, and the
// destination is not ended. Several sources merged into one PassThrough this
// way is what tinyexec (lint-staged's process runner) does.
const { Readable, PassThrough, Writable } = require('stream');
const sp = require('stream/promises');

async function merged() {
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (c) => chunks.push(String(c)));
  const a = Readable.from(['a1', 'a2']);
  const b = new Readable({ read() {} });
  b.push('b1');
  b.push(null);
  let left = 2;
  const results = [];
  await Promise.all([a, b].map((s, i) => sp.pipeline(s, out, { end: false }).then(() => {
    results.push('source ' + i + ' done');
    if (--left === 0) out.end();
  })));
  await new Promise((r) => out.on('end', r));
  console.log(results.sort(), chunks.sort(), out.writableEnded);
}

async function staysOpen() {
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  await sp.pipeline(Readable.from(['x']), dst, { end: false });
  console.log('dst ended', dst.writableEnded, 'finished', dst.writableFinished);
  dst.write('more');
  dst.end();
  await new Promise((r) => dst.on('finish', r));
  console.log('dst finished after own end', dst.writableFinished);
}

async function sourceError() {
  const dst = new PassThrough();
  const src = new Readable({ read() {} });
  const p = sp.pipeline(src, dst, { end: false });
  src.destroy(new Error('boom'));
  try {
    await p;
    console.log('no error');
  } catch (err) {
    console.log('rejected', err.message);
  }
}

function callbackForm() {
  return new Promise((resolve) => {
    const dst = new PassThrough();
    const { pipeline } = require('stream');
    const fn = require('util').promisify(pipeline);
    fn(Readable.from(['y']), dst, { end: false }).then(() => {
      console.log('promisified settled, dst ended', dst.writableEnded);
      resolve();
    });
  });
}

(async () => {
  await merged();
  await staysOpen();
  await sourceError();
  await callbackForm();
})();
