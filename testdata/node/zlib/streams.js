// zlib's Transform streams: piping files through, chunked node-made input,
// errors as 'error' events, flush, and stream.pipeline.
const zlib = require('zlib');
const fs = require('fs');
const os = require('os');
const path = require('path');
const stream = require('stream');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000) + 'end';
const nodeGzip = 'H4sIAAAAAAAAA+3KxwGAIBAEwFa2AqqhAZBDTJwSTNXbho+d99gkOPo0LPBFr4yoN+a+7RV6SkFLgtW9D4KOBpaZmZmZmZmZ+U9ZcvgA3pPOPM0IAAA=';
const small = 'The quick brown fox jumps over the lazy dog. '.repeat(50) + 'end';

function collect(s) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    s.on('data', (c) => chunks.push(c));
    s.on('end', () => resolve(Buffer.concat(chunks)));
    s.on('error', reject);
  });
}

// feed writes buf to s in pieces of size bytes, then ends it.
function feed(s, buf, size) {
  for (let i = 0; i < buf.length; i += size) s.write(buf.subarray(i, i + size));
  s.end();
  return s;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-zlib-'));
  const src = path.join(dir, 'in.txt');
  const gz = path.join(dir, 'in.txt.gz');
  fs.writeFileSync(src, text);

  await new Promise((resolve, reject) => {
    const out = fs.createWriteStream(gz);
    fs.createReadStream(src).pipe(zlib.createGzip()).pipe(out);
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const packed = fs.readFileSync(gz);
  console.log('pipe to file: smaller', packed.length < text.length, 'gunzips', zlib.gunzipSync(packed).toString() === text);

  await stream.promises.pipeline(fs.createReadStream(gz), zlib.createGunzip(), fs.createWriteStream(path.join(dir, 'out.txt')));
  console.log('pipeline back:', fs.readFileSync(path.join(dir, 'out.txt'), 'utf8') === text);

  for (const size of [1, 7, 1000]) {
    const out = await collect(feed(zlib.createGunzip(), Buffer.from(nodeGzip, 'base64'), size));
    console.log(`node gzip in ${size}-byte chunks:`, out.toString() === small);
  }

  const pairs = [['Deflate', 'Inflate'], ['DeflateRaw', 'InflateRaw'], ['Gzip', 'Gunzip'], ['Gzip', 'Unzip'], ['Deflate', 'Unzip']];
  for (const [c, d] of pairs) {
    const packedStream = await collect(feed(zlib[`create${c}`]({ level: 3 }), Buffer.from(text), 4096));
    const unpacked = await collect(feed(zlib[`create${d}`](), packedStream, 333));
    console.log(`${c} -> ${d}:`, unpacked.toString() === text);
  }

  for (const [name, make, data] of [
    ['inflate garbage', () => zlib.createInflate(), Buffer.from('not zlib data')],
    ['gunzip garbage', () => zlib.createGunzip(), Buffer.from('not gzip data')],
    ['truncated gzip', () => zlib.createGunzip(), Buffer.from(nodeGzip, 'base64').subarray(0, 20)],
  ]) {
    try {
      await collect(feed(make(), data, 5));
      console.log(name, 'no error');
    } catch (err) {
      console.log(name, err.code, err.errno, err.message);
    }
  }

  const d = zlib.createDeflate();
  const got = [];
  d.on('data', (c) => got.push(c));
  d.write('hello ');
  await new Promise((resolve) => d.flush(resolve));
  const flushed = Buffer.concat(got);
  console.log('flush makes output that inflates:', zlib.inflateSync(flushed, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  d.end('world');
  await new Promise((resolve) => d.on('end', resolve));
  console.log('after end:', zlib.inflateSync(Buffer.concat(got)).toString(), 'bytesWritten', d.bytesWritten);

  const g = zlib.createGzip();
  g.end(text);
  const viaIterator = [];
  for await (const chunk of g) viaIterator.push(chunk);
  console.log('async iterator:', zlib.gunzipSync(Buffer.concat(viaIterator)).length);

  fs.rmSync(dir, { recursive: true });
}

main().then(flushInflate).catch((err) => console.log('failed', err));

// A decompressor keeps going after flush().
async function flushInflate() {
  const packed = zlib.deflateSync('flush me, then keep going');
  const inf = zlib.createInflate();
  const done = collect(inf);
  inf.write(packed.subarray(0, 10));
  await new Promise((resolve) => inf.flush(resolve));
  inf.end(packed.subarray(10));
  console.log('inflate after flush:', (await done).toString());
}
