// StringDecoder over many random cuts of valid and invalid byte strings: what each write and end returns, and the
// waiting character's lastNeed, lastTotal and lastChar after each write. Node holds a UTF-8 lead byte until as many
// bytes as it announces have come (or a byte that is no continuation), then decodes them together; the Encoding
// Standard's streaming decoder would give its replacements earlier. The generator is seeded, so the cases are fixed.
const { StringDecoder } = require('string_decoder');

let seed = 20261128;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor((seed / 2147483648) * n);
}

// Bytes that lead, continue or break UTF-8 sequences, and the edges of the ranges the lead bytes allow.
const odd = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1,
  0xf4, 0xf5, 0xf7, 0xf8, 0xfb, 0xfe, 0xff];
const text = ['a', 'é', '€', '😀', '\u07ff', '\ud7ff', '\ue000', '\uffff', '\u{10ffff}', '\u{10000}', 'xyz'];

function validBytes(enc = 'utf8') {
  let s = '';
  for (let i = rand(6) + 1; i > 0; i--) s += text[rand(text.length)];
  return [...Buffer.from(s, enc)];
}

function invalidBytes() {
  const out = [];
  for (let i = rand(4) + 1; i > 0; i--) {
    switch (rand(3)) {
      case 0: out.push(...validBytes()); break;
      case 1: out.push(odd[rand(odd.length)]); break;
      default: {
        // A real character cut short or with a wrong byte in it.
        const b = [...Buffer.from(text[rand(text.length)], 'utf8')];
        if (b.length > 1 && rand(2) === 0) b.length = rand(b.length - 1) + 1;
        else b[rand(b.length)] = odd[rand(odd.length)];
        out.push(...b);
      }
    }
  }
  return out;
}

function cuts(bytes) {
  const chunks = [];
  let i = 0;
  while (i < bytes.length) {
    const n = rand(4); // 0 writes an empty chunk
    chunks.push(bytes.slice(i, i + n));
    i += n;
  }
  return chunks;
}

const hex = (b) => b.map((x) => x.toString(16).padStart(2, '0')).join('');
for (const enc of ['utf8', 'utf16le', 'base64']) {
  for (let k = 0; k < (enc === 'utf8' ? 300 : 60); k++) {
    // UTF-16LE text has surrogate pairs to cut, and lone surrogates once cut short.
    let bytes = k % 3 === 0 ? validBytes() : invalidBytes();
    if (enc === 'utf16le' && k % 2 === 0) {
      bytes = validBytes('utf16le');
      if (k % 4 === 0) bytes.length -= rand(4);
    }
    const chunks = cuts(bytes);
    const d = new StringDecoder(enc);
    const parts = chunks.map((c) => {
      const s = d.write(Buffer.from(c));
      return `${JSON.stringify(s)}/${d.lastNeed}/${d.lastTotal}/${hex([...d.lastChar])}`;
    });
    parts.push('end ' + JSON.stringify(d.end()));
    console.log(enc, chunks.map(hex).join('|'), parts.join(' '));
  }
}

// A UTF-16LE high surrogate at the end of a chunk waits for its low half, but not one completed from an odd byte.
for (const chunks of [[[0x3d, 0xd8, 0x41], [0x42, 0x43]], [[0x3d], [0xd8], [0x00], [0xde]], [[0x3d, 0xd8], [0x41, 0x00]],
  [[0x3d, 0xd8], [0x3d, 0xd8]], [[0x3d, 0xd8], [0x3d, 0xd8, 0x00, 0xde]], [[0x3d], [0xd8, 0x00], [0xde]]]) {
  const d = new StringDecoder('utf16le');
  const out = chunks.map((c) => [d.write(Buffer.from(c)), d.lastNeed, d.lastTotal, hex([...d.lastChar])]);
  out.push(d.end());
  console.log(JSON.stringify(out));
}

// The UTF-8 reproducers of the difference from the Encoding Standard, and end() with a last chunk.
for (const chunks of [[[0xed], [0xa0], [0x80]], [[0xc0]], [[0xf0, 0x9f], [0x98]], [[0xe2]], [[0xf4, 0x90, 0x80, 0x80, 0x41]]]) {
  const d = new StringDecoder('utf8');
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(JSON.stringify(out));
}
const d = new StringDecoder('utf8');
console.log(JSON.stringify([d.write(Buffer.from([0xe2, 0x82])), d.end(Buffer.from([0xac, 0xf0])), d.end()]));
console.log(JSON.stringify([d.write(Buffer.from([0xf0, 0x9f])), d.text(Buffer.from([0x41, 0x98, 0x80]), 1), d.lastNeed]));
