// The callback given to writable.end() receives exactly what node passes it:
// null once the stream finishes, undefined when end() comes after 'finish',
// and the error when the stream fails (log4js's shutdown hands this on).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');

const show = (label) => (...args) => console.log(label, args.length, args[0] === null ? 'null' : String(args[0]));

const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); } });
w.write('a', show('write cb'));
w.end('b', show('end cb'));
w.on('finish', () => {
  w.end(show('end after finish'));
});

const noFinal = new Writable({ write(c, e, cb) { cb(); } });
noFinal.end(show('end cb without final'));

const failing = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
failing.on('error', (err) => console.log('error event', err.message));
failing.end(show('end cb on failure'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-endcb-'));
const file = fs.createWriteStream(path.join(dir, 'out.txt'));
file.write('x');
file.end('', 'utf-8', (...args) => {
  show('fs end cb')(...args);
  console.log('contents', fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'));
  fs.rmSync(dir, { recursive: true });
});
