// buffer.transcode between the encodings Node's ICU build converts.
const { transcode } = require('buffer');
const cases = [
  [[0xe2, 0x82, 0xac, 0x75], 'utf8', 'ascii'], [[0xe2, 0x82, 0xac, 0x75], 'utf8', 'latin1'], [[0x68, 0xc3, 0xa9], 'utf8', 'ucs2'], [[0x68, 0, 0xe9, 0], 'ucs2', 'utf8'],
  [[0xe9], 'latin1', 'utf8'], [[0xf0, 0x9f, 0x98, 0x80], 'utf8', 'latin1'], [[0xff], 'utf8', 'ucs2'], [[0x61], 'binary', 'utf-8'], [[0xff, 0x41], 'utf8', 'latin1'],
  [[0xff, 0x41], 'utf8', 'ascii'], [[0xff, 0x41], 'utf8', 'utf8'], [[0xe2, 0x82], 'utf8', 'latin1'], [[0x3d, 0xd8, 0x41, 0], 'ucs2', 'utf8'], [[0x3d, 0xd8, 0x41, 0], 'ucs2', 'latin1'],
  [[0x41, 0, 0x42], 'ucs2', 'utf8'], [[0xe9, 0x80], 'ascii', 'utf8'], [[0xe9], 'ascii', 'latin1'], [[0xe9], 'latin1', 'ascii'], [[0xe9], 'latin1', 'ucs2'], [[0xc3, 0xa9], 'UTF8', 'UCS-2'],
  [[0x80], 'latin1', 'latin1'], [[0x61], 'utf8', 'hex'], [[0x61], 'base64', 'utf8'], [[], 'utf8', 'nope'],
];
for (const [bytes, from, to] of cases) {
  try { console.log(from, to, transcode(Buffer.from(bytes), from, to)); } catch (e) { console.log(from, to, e.code, e.errno, e.name, e.message); }
}
try { transcode('a', 'utf8', 'ascii'); } catch (e) { console.log(e.code, e.name, e.message); }
