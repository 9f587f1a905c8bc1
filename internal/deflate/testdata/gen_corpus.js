// Regenerate corpus.txt (run from internal/deflate):
//   node testdata/gen_corpus.js > testdata/corpus.txt
//
// Each line is a case, compressed by node's zlib: the input, the stream's
// settings, how it was fed, and the output's length and SHA-256 (with the
// whole output in hex when it is short). Fields:
//   input format level strategy windowBits memLevel chunkSize flush piece paramLevel paramStrategy len sha256 [hex]
// format is zlib, gzip or raw. flush is the finishFlush of a one-shot call
// when piece is 0; otherwise the input went through a stream made with
// {flush} in writes of piece bytes (each waiting for the last), and then
// end(). paramLevel/paramStrategy (-2: none) are a params() call after the
// first piece.
'use strict';
const zlib = require('zlib');
const crypto = require('crypto');
const { inputs, make } = require('./inputs.js');

const data = new Map(inputs.map(([name, kind, size, seed]) => [name, make(kind, size, seed)]));
const cases = [];
const add = (c) => cases.push({ format: 'zlib', level: 6, strategy: 0, windowBits: 15, memLevel: 8, chunkSize: 16384,
  flush: zlib.constants.Z_FINISH, piece: 0, paramLevel: -2, paramStrategy: -2, ...c });

const names = inputs.map((i) => i[0]);
const some = ['text5k', 'text150k', 'random70k', 'abcd60k', 'records120k', 'text33k'];
for (const input of names) {
  for (const level of [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
    for (const strategy of [0, 1, 2, 3, 4]) add({ input, level, strategy });
  }
  for (const format of ['gzip', 'raw']) {
    for (const level of [0, 1, 6, 9]) add({ input, format, level });
  }
}
for (const input of some) {
  for (let windowBits = 8; windowBits <= 15; windowBits++) {
    for (let memLevel = 1; memLevel <= 9; memLevel++) {
      for (const level of [0, 2, 6, 9]) add({ input, windowBits, memLevel, level });
    }
  }
  for (const format of ['gzip', 'raw']) add({ input, format, windowBits: 9, memLevel: 2, level: 4 });
  for (const flush of [0, 1, 2, 3, 5]) {
    for (const level of [0, 1, 6]) add({ input, flush, level });
  }
  for (const flush of [0, 1, 2, 3, 5]) {
    for (const level of [0, 1, 4, 6, 9]) {
      for (const piece of [1000, 7000]) add({ input, flush, level, piece, strategy: level === 4 ? 1 : 0 });
    }
  }
  for (const chunkSize of [64, 1000, 40000]) add({ input, level: 0, chunkSize });
  for (const chunkSize of [1000, 40000]) {
    add({ input, level: 0, chunkSize, piece: 3000, flush: 0 });
    add({ input, level: 0, chunkSize, piece: 3000, flush: 2 });
  }
  for (const [level, paramLevel, paramStrategy] of [[6, 9, 0], [9, 1, 0], [1, 6, 2], [0, 6, 0], [6, 0, 0], [4, 4, 3]]) {
    add({ input, level, piece: 6000, flush: 0, paramLevel, paramStrategy });
  }
}

const ctor = { zlib: zlib.Deflate, gzip: zlib.Gzip, raw: zlib.DeflateRaw };
const sync = { zlib: zlib.deflateSync, gzip: zlib.gzipSync, raw: zlib.deflateRawSync };

function viaStream(c, input) {
  return new Promise((resolve, reject) => {
    const s = new ctor[c.format]({ level: c.level, strategy: c.strategy, windowBits: c.windowBits,
      memLevel: c.memLevel, chunkSize: c.chunkSize, flush: c.flush });
    const out = [];
    s.on('data', (d) => out.push(d));
    s.on('end', () => resolve(Buffer.concat(out)));
    s.on('error', reject);
    let off = 0;
    const next = () => {
      if (off >= input.length) return s.end();
      const piece = input.subarray(off, off + c.piece);
      const first = off === 0;
      off += piece.length;
      s.write(piece, () => {
        if (first && c.paramLevel !== -2) s.params(c.paramLevel, c.paramStrategy, next);
        else next();
      });
    };
    next();
  });
}

(async () => {
  for (const c of cases) {
    const input = data.get(c.input);
    const opts = { level: c.level, strategy: c.strategy, windowBits: c.windowBits, memLevel: c.memLevel,
      chunkSize: c.chunkSize, finishFlush: c.flush };
    const out = c.piece === 0 ? sync[c.format](input, opts) : await viaStream(c, input);
    const fields = [c.input, c.format, c.level, c.strategy, c.windowBits, c.memLevel, c.chunkSize, c.flush, c.piece,
      c.paramLevel, c.paramStrategy, out.length, crypto.createHash('sha256').update(out).digest('hex').slice(0, 32)];
    if (out.length <= 40) fields.push(out.toString('hex'));
    console.log(fields.join(' '));
  }
})();
