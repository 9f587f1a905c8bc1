// Typed-array numeric code: a 2-D heat diffusion stencil on Float64Array,
// a radix sort on Uint32Array, an Int32Array histogram and a Float32Array
// dot product, with subarray views and set.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

function diffusion(n, steps) {
  let a = new Float64Array(n * n), b = new Float64Array(n * n);
  a[(n >> 1) * n + (n >> 1)] = 1e6;
  for (let s = 0; s < steps; s++) {
    for (let y = 1; y < n - 1; y++) {
      const row = y * n;
      for (let x = 1; x < n - 1; x++) {
        const i = row + x;
        b[i] = a[i] + 0.2 * (a[i - 1] + a[i + 1] + a[i - n] + a[i + n] - 4 * a[i]);
      }
    }
    const t = a; a = b; b = t;
  }
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i];
  return Math.round(total);
}

function radixSort(n) {
  let xs = new Uint32Array(n), tmp = new Uint32Array(n);
  let s = 1;
  for (let i = 0; i < n; i++) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; xs[i] = s; }
  const count = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(xs[i] >>> shift) & 255]++;
    for (let i = 1; i < 256; i++) count[i] += count[i - 1];
    for (let i = n - 1; i >= 0; i--) tmp[--count[(xs[i] >>> shift) & 255]] = xs[i];
    const t = xs; xs = tmp; tmp = t;
  }
  for (let i = 1; i < n; i++) if (xs[i - 1] > xs[i]) throw new Error('typedarray: radix sort out of order');
  const hist = new Int32Array(64);
  for (let i = 0; i < n; i++) hist[xs[i] >>> 26]++;
  const head = new Uint32Array(8);
  head.set(xs.subarray(n >> 1, (n >> 1) + 8));
  return hist[0] + hist[63] * 7 + (head[0] % 1000);
}

function dot(n) {
  const a = new Float32Array(n), b = new Float32Array(n);
  for (let i = 0; i < n; i++) { a[i] = (i % 13) * 0.5; b[i] = (i % 7) - 3; }
  let sum = 0;
  for (let r = 0; r < 10; r++) for (let i = 0; i < n; i++) sum += a[i] * b[i];
  return sum;
}

const got = [diffusion(SHORT ? 40 : 160, SHORT ? 20 : 120), radixSort(SHORT ? 20000 : 600000), dot(SHORT ? 10000 : 300000)].join(',');
const want = SHORT ? '1000000,2890,-270' : '1000000,74976,-205';
if (got !== want) throw new Error(`typedarray: got ${got}, want ${want}`);
