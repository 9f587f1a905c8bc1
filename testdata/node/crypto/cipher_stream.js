// Ciphers as Transform streams: pipe, pipeline, write with encodings,
// and a bad decrypt reported as an 'error' event.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const key = Buffer.alloc(32, 9), iv = Buffer.alloc(16, 8);

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

async function main() {
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  console.log('is a Transform', c instanceof Transform, typeof c.pipe);
  console.log('keys before use', Object.keys(c));

  const source = Readable.from([Buffer.from('first chunk, '), Buffer.from('second chunk, '), Buffer.from('the end')]);
  const encrypted = await collect(source.pipe(crypto.createCipheriv('aes-256-cbc', key, iv)));
  console.log('piped', encrypted.toString('hex'));
  const once = crypto.createCipheriv('aes-256-cbc', key, iv);
  console.log('same as update', Buffer.concat([once.update('first chunk, second chunk, the end'), once.final()]).equals(encrypted));

  const decrypted = await collect(Readable.from([encrypted.subarray(0, 7), encrypted.subarray(7)])
    .pipe(crypto.createDecipheriv('aes-256-cbc', key, iv)));
  console.log('piped back', decrypted.toString());

  await new Promise((resolve) => {
    const chunks = [];
    pipeline(Readable.from(['abc', 'def']), crypto.createCipheriv('aes-256-ctr', key, iv),
      crypto.createDecipheriv('aes-256-ctr', key, iv),
      new Transform({ transform(chunk, enc, cb) { chunks.push(chunk); cb(); } }),
      (err) => { console.log('pipeline', err, Buffer.concat(chunks).toString()); resolve(); });
  });

  // Written strings keep their encoding.
  const w = crypto.createCipheriv('aes-256-ctr', key, iv);
  const out = collect(w);
  w.write('68656c6c6f', 'hex');
  w.write('IHdvcmxk', 'base64');
  w.end(' !');
  const ct = await out;
  const d = crypto.createDecipheriv('aes-256-ctr', key, iv);
  console.log('written', Buffer.concat([d.update(ct), d.final()]).toString());

  // A wrong key fails at the end of the stream.
  const bad = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 1), iv);
  try {
    await collect(Readable.from([encrypted]).pipe(bad));
  } catch (e) {
    console.log('stream error', e.code, e.message, e.library, e.reason);
  }

  // GCM through a stream, with the tag read after 'end'.
  const g = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  g.setAAD(Buffer.from('hdr'));
  const gct = await collect(Readable.from([Buffer.from('streamed '), Buffer.from('gcm')]).pipe(g));
  console.log('gcm stream', gct.toString('hex'), g.getAuthTag().toString('hex'));
  const gd = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  gd.setAAD(Buffer.from('hdr'));
  gd.setAuthTag(g.getAuthTag());
  console.log('gcm stream back', (await collect(Readable.from([gct]).pipe(gd))).toString());
}

main();
