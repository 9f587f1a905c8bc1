// brotli streams: flush() with BROTLI_OPERATION_FLUSH packets, pipes,
// byte-at-a-time decompression, params, finishFlush and errors.
const zlib = require('zlib');
const { pipeline, Readable } = require('stream');
const crypto = require('crypto');
const C = zlib.constants;

function hash(buf) { return crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16); }
const text = Buffer.from('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(400));

const steps = [];
function step(f) { steps.push(f); }
function next() { const f = steps.shift(); if (f) f(); }

step(() => {
  console.log('classes', zlib.createBrotliCompress() instanceof zlib.BrotliCompress,
    zlib.BrotliDecompress().constructor.name, typeof zlib.BrotliCompress.prototype.flush,
    'createBrotliCompress' in zlib);
  const s = zlib.createBrotliCompress();
  console.log('flags', s._defaultFlushFlag, s._finishFlushFlag, s._defaultFullFlushFlag, s._closed);
  next();
});

// Each flush() makes what was written so far decodable: a decompressor fed
// the packets one at a time gives back each message whole.
step(() => {
  const c = zlib.createBrotliCompress();
  const d = zlib.createBrotliDecompress();
  const packets = [];
  c.on('data', (chunk) => packets.push(chunk));
  const messages = ['first message ', 'second, longer message '.repeat(20), 'third'];
  let i = 0;
  const send = () => {
    if (i === messages.length) {
      c.end();
      return;
    }
    c.write(messages[i++]);
    c.flush(() => {
      const packet = Buffer.concat(packets.splice(0));
      d.write(packet, () => {
        const got = d.read();
        console.log('packet', packet.length, hash(packet), got === null ? null : got.toString().length);
        send();
      });
    });
  };
  c.on('end', () => {
    const tail = Buffer.concat(packets);
    console.log('tail', tail.toString('hex'));
    d.end(tail);
    d.on('finish', () => { console.log('decoder finished'); next(); });
    d.resume();
  });
  send();
});

// flush() with an explicit kind.
step(() => {
  const c = zlib.createBrotliCompress();
  const out = [];
  c.on('data', (chunk) => out.push(chunk));
  c.write('abc');
  c.flush(C.BROTLI_OPERATION_FLUSH, () => {
    console.log('explicit flush', Buffer.concat(out).length > 0);
    c.on('end', () => {
      console.log('after end', zlib.brotliDecompressSync(Buffer.concat(out)).toString());
      next();
    });
    c.end();
  });
});

// A pipeline round trip in small chunks, with the compressed bytes node's.
step(() => {
  const chunks = [];
  for (let i = 0; i < text.length; i += 1000) chunks.push(text.subarray(i, i + 1000));
  const compressed = [];
  pipeline(Readable.from(chunks), zlib.createBrotliCompress(), async function* (source) {
    for await (const chunk of source) compressed.push(chunk);
  }, (err) => {
    const all = Buffer.concat(compressed);
    console.log('pipeline compress', err, all.length, hash(all), all.equals(zlib.brotliCompressSync(text)));
    // Decompress one byte at a time.
    const d = zlib.createBrotliDecompress({ chunkSize: 64 });
    const out = [];
    d.on('data', (chunk) => out.push(chunk));
    d.on('end', () => {
      console.log('byte at a time', Buffer.concat(out).equals(text), d.bytesWritten);
      next();
    });
    for (const b of all) d.write(Buffer.from([b]));
    d.end();
  });
});

// params on a stream, and the promise in stream/promises.
step(() => {
  const c = zlib.createBrotliCompress({ params: { [C.BROTLI_PARAM_QUALITY]: 5, [C.BROTLI_PARAM_SIZE_HINT]: text.length } });
  const out = [];
  c.on('data', (chunk) => out.push(chunk));
  c.on('end', () => {
    const all = Buffer.concat(out);
    console.log('quality 5 stream', all.length, zlib.brotliDecompressSync(all).equals(text));
    next();
  });
  c.end(text);
});

// Errors: bad data, truncated input under both finishFlushes, bad options.
step(() => {
  const d = zlib.createBrotliDecompress();
  d.on('error', (err) => {
    console.log('stream error', err.code, err.errno, err.message, d.destroyed);
    next();
  });
  d.on('data', () => {});
  d.write(Buffer.from('definitely not brotli'));
});
step(() => {
  const good = zlib.brotliCompressSync(text);
  const d = zlib.createBrotliDecompress();
  d.on('error', (err) => {
    console.log('truncated stream', err.code, err.errno, err.message);
    next();
  });
  d.on('data', () => {});
  d.end(good.subarray(0, good.length - 4));
});
step(() => {
  const good = zlib.brotliCompressSync(text);
  const d = zlib.createBrotliDecompress({ finishFlush: C.BROTLI_OPERATION_FLUSH });
  const out = [];
  d.on('data', (chunk) => out.push(chunk));
  d.on('error', (err) => console.log('unexpected', err));
  d.on('end', () => {
    const got = Buffer.concat(out);
    console.log('truncated, finishFlush FLUSH', got.length > 0, text.subarray(0, got.length).equals(got));
    next();
  });
  d.end(good.subarray(0, good.length - 4));
});
step(() => {
  for (const opts of [{ params: { 20: 1 } }, { params: { 1: 'x' } }, { flush: 7 }, { chunkSize: 1 },
    { params: { [C.BROTLI_PARAM_LGWIN]: 1 } }]) {
    try {
      zlib.createBrotliDecompress(opts);
      console.log('created', JSON.stringify(opts));
    } catch (e) {
      console.log(JSON.stringify(opts), e.name, e.code, e.message);
    }
  }
  next();
});
next();
