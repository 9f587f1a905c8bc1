// StringDecoder over split chunks in every encoding, errors included.
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const steps = [
  ['utf8', [[0xe2], [0x82], [0xac, 0x41]]], ['utf8', [[0xf0, 0x9f], [0x98, 0x80]]], ['utf8', [[0xe2, 0x82]], true], ['utf8', [[0xff, 0x41]]],
  ['utf8', [[0xe2, 0x41]]], ['utf8', [[0xf0], [0x41]]], ['utf8', [[0xc3], [0xa9, 0xe2, 0x82], [0xac]]], ['utf8', [[0xf0, 0x9f, 0x98]], true],
  ['utf16le', [[0x61], [0x00, 0x62]]], ['utf16le', [[0x3d, 0xd8], [0x00, 0xde]]], ['utf16le', [[0x3d, 0xd8]], true], ['utf16le', [[0x3d]], true],
  ['base64', [[0x61], [0x62, 0x63, 0x64]]], ['base64', [[0x61, 0x62]], true], ['base64', [[0x61, 0x62, 0x63, 0x64, 0x65]], true],
  ['hex', [[0x01, 0xff], [0xab]]], ['latin1', [[0xe9, 0x41]]], ['ascii', [[0xe9, 0x41]]], ['ucs2', [[0x61, 0x00]]], ['base64url', [[0xfb, 0xff]], true],
];
for (const [enc, chunks, end] of steps) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => show(d.write(Buffer.from(c))));
  if (end) out.push('end:' + show(d.end()));
  else out.push('end:' + show(d.end()));
  console.log(enc, d.encoding, out.join(' '));
}
const d = new StringDecoder();
console.log(d.encoding, show(d.write('str')), show(d.end(Buffer.from([0xe2]))), show(d.end()), show(d.write(Buffer.alloc(0))));
console.log(show(new StringDecoder('utf8').end(Buffer.from('hi'))));
console.log(show(new StringDecoder('utf8').write(new Uint8Array([0x68, 0x69]))));
for (const f of [() => new StringDecoder('bogus'), () => new StringDecoder('utf8').write(5), () => new StringDecoder('utf8').write(null), () => new StringDecoder(null).encoding, () => new StringDecoder('UTF-16LE').encoding, () => new StringDecoder('binary').encoding, () => Object.keys(new StringDecoder('utf8'))]) {
  try { console.log(show(f())); } catch (e) { console.log(e.code + ' ' + e.name + ': ' + e.message); }
}
const d2 = new StringDecoder('utf8'); d2.write(Buffer.from([0xe2, 0x82]));
console.log(d2.lastNeed, d2.lastTotal, d2.lastChar, require('string_decoder').StringDecoder.name);
// Every way to cut the bytes in three decodes to the same text.
for (const enc of ['utf8', 'utf16le', 'base64', 'hex']) {
  const bytes = Buffer.from('aé€😀b', enc === 'utf8' ? 'utf8' : 'utf16le');
  const results = new Set();
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new StringDecoder(enc);
      results.add(d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) + d.end(bytes.subarray(j)));
    }
  }
  console.log(enc, [...results]);
}
