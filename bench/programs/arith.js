// Integer and float arithmetic loops: Collatz chain lengths (int32 maths and
// branches), an xorshift mix (bit operations) and a Mandelbrot grid (floats).
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

function collatz(limit) {
  let best = 0, arg = 0;
  for (let n = 1; n < limit; n++) {
    let x = n, steps = 0;
    while (x !== 1) {
      x = (x & 1) ? 3 * x + 1 : x / 2;
      steps++;
    }
    if (steps > best) { best = steps; arg = n; }
  }
  return best * 1000003 + arg;
}

function xorshift(rounds) {
  let s = 2463534242, acc = 0;
  for (let i = 0; i < rounds; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    acc = (acc + (s & 0xffff)) | 0;
  }
  return acc >>> 0;
}

function mandelbrot(size) {
  let inside = 0;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const cr = (px / size) * 3 - 2, ci = (py / size) * 2.4 - 1.2;
      let zr = 0, zi = 0, k = 0;
      while (k < 60 && zr * zr + zi * zi <= 4) {
        const t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        k++;
      }
      if (k === 60) inside++;
    }
  }
  return inside;
}

const got = [collatz(SHORT ? 3000 : 60000), xorshift(SHORT ? 50000 : 1500000), mandelbrot(SHORT ? 40 : 160)].join(',');
const want = SHORT ? '216003567,1642539638,353' : '339053544,1923978795,5655';
if (got !== want) throw new Error(`arith: got ${got}, want ${want}`);
