// createReadStream and createWriteStream: their events in order, chunking
// at highWaterMark, encodings, start/end, pipe, and errors.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'kiln-fs-streams-'));
const p = (name) => path.join(tmp, name);
const big = p('big.bin');
fs.writeFileSync(big, Buffer.alloc(150 * 1024, 'ab'));

function writeStream(next) {
  const ws = fs.createWriteStream(p('w.txt'));
  const events = [];
  for (const e of ['open', 'ready', 'finish', 'close', 'error']) ws.on(e, () => events.push(e));
  console.log('pending', ws.pending, 'path', path.basename(ws.path), ws instanceof fs.WriteStream);
  ws.write('hello ', () => events.push('write cb'));
  ws.write(Buffer.from('world'));
  ws.end('!\n', () => events.push('end cb'));
  ws.on('close', () => {
    console.log('write events', events.join(' '), 'bytesWritten', ws.bytesWritten);
    console.log('written', JSON.stringify(fs.readFileSync(p('w.txt'), 'utf8')));
    next();
  });
}

function readStream(next) {
  const rs = fs.createReadStream(big);
  const sizes = [];
  const events = [];
  rs.on('open', (fd) => events.push('open ' + typeof fd));
  rs.on('ready', () => events.push('ready'));
  rs.on('data', (chunk) => sizes.push(chunk.length + (Buffer.isBuffer(chunk) ? 'B' : '?')));
  rs.on('end', () => events.push('end'));
  rs.on('close', () => {
    events.push('close');
    console.log('read events', events.join(' '), 'chunks', sizes.join(','), 'bytesRead', rs.bytesRead);
    next();
  });
}

function readRange(next) {
  fs.writeFileSync(p('r.txt'), '0123456789');
  const rs = fs.createReadStream(p('r.txt'), { start: 2, end: 5, encoding: 'utf8', highWaterMark: 3 });
  const chunks = [];
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => {
    console.log('range chunks', JSON.stringify(chunks));
    next();
  });
}

function readMissing(next) {
  const rs = fs.createReadStream(p('missing'));
  const events = [];
  rs.on('error', (e) => events.push(`error ${e.code} ${e.syscall}`));
  rs.on('close', () => {
    console.log('missing events', events.join(' '));
    next();
  });
}

function pipeToFile(next) {
  const rs = fs.createReadStream(big, { highWaterMark: 16 * 1024 });
  const ws = fs.createWriteStream(p('copy.bin'));
  const got = rs.pipe(ws);
  console.log('pipe returns dest', got === ws);
  ws.on('finish', () => {
    console.log('piped', fs.statSync(p('copy.bin')).size, fs.readFileSync(p('copy.bin')).equals(fs.readFileSync(big)));
    next();
  });
}

function pipeToStdout(next) {
  fs.writeFileSync(p('out.txt'), 'to stdout\n');
  const rs = fs.createReadStream(p('out.txt'));
  rs.pipe(process.stdout);
  rs.on('end', () => next());
}

async function iterate(next) {
  let total = 0;
  for await (const chunk of fs.createReadStream(big)) total += chunk.length;
  console.log('async iterated', total);
  next();
}

function argumentErrors(next) {
  for (const f of [
    () => fs.createReadStream(5),
    () => fs.createReadStream(big, { start: 5, end: 2 }),
    () => fs.createReadStream(big, { start: 'a' }),
    () => fs.createWriteStream(null),
  ]) {
    try {
      f();
      console.log('no error');
    } catch (e) {
      console.log('throws', e.code, e.message);
    }
  }
  next();
}

const steps = [writeStream, readStream, readRange, readMissing, pipeToFile, pipeToStdout, iterate, argumentErrors];
(function step(i) {
  if (i === steps.length) {
    fs.rmSync(tmp, { recursive: true });
    return;
  }
  steps[i](() => step(i + 1));
})(0);
