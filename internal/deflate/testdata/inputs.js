// The corpus inputs, made by a generator that corpus_test.go repeats in Go
// (inputs.go), so that only the expected outputs need to be checked in.
'use strict';

function xorshift(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
}

const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'deflate', 'kiln', 'node',
  'zlib', 'window', 'hash', 'chain', 'match', 'literal', 'block', 'a', 'an', '{"key":', '"value"},', '\n'];

const kinds = {
  text(n, r) {
    const out = [];
    let len = 0;
    while (len < n) {
      const w = words[r() % words.length] + ' ';
      out.push(w);
      len += w.length;
    }
    return Buffer.from(out.join('')).subarray(0, n);
  },
  random(n, r) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = r() >>> 24;
    return b;
  },
  // few symbols: short matches everywhere
  abcd(n, r) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = 97 + (r() >>> 30);
    return b;
  },
  runs(n, r) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n;) {
      const len = 1 + r() % 600;
      b.fill(r() >>> 24, i, Math.min(n, i + len));
      i += len;
    }
    return b;
  },
  // binary records: repeats at long distances with small changes
  records(n, r) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      b[i] = (i % 37 === 0) ? r() >>> 24 : (i * 7 + (i >> 9)) & 0xff;
    }
    return b;
  },
  zeros(n) {
    return Buffer.alloc(n);
  },
};

// The inputs: [name, kind, size, seed].
const inputs = [
  ['empty', 'zeros', 0, 1],
  ['one', 'text', 1, 1],
  ['text100', 'text', 100, 2],
  ['text5k', 'text', 5000, 3],
  ['text40k', 'text', 40000, 4],
  ['text150k', 'text', 150000, 5],
  ['random1k', 'random', 1000, 6],
  ['random16383', 'random', 16383, 7],
  ['random16384', 'random', 16384, 8],
  ['random65536', 'random', 65536, 9],
  ['random70k', 'random', 70000, 10],
  ['abcd3k', 'abcd', 3000, 11],
  ['abcd60k', 'abcd', 60000, 12],
  ['runs50k', 'runs', 50000, 13],
  ['records120k', 'records', 120000, 14],
  ['zeros100k', 'zeros', 100000, 15],
  ['text16k', 'text', 16384, 16],
  ['text33k', 'text', 32768 + 261, 17],
];

function make(kind, size, seed) {
  return kinds[kind](size, xorshift(seed * 2654435761));
}

module.exports = { inputs, make };
