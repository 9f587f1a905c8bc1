// Array-heavy kernels: permutations by Heap's algorithm, a sieve of
// Eratosthenes, dense matrix multiplication on arrays of arrays, and an
// in-place quicksort next to Array.prototype.sort with a comparator.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

function permutations(n) {
  const a = [], c = [];
  for (let i = 0; i < n; i++) { a.push(i); c.push(0); }
  let count = 1, check = 0, i = 0;
  while (i < n) {
    if (c[i] < i) {
      const j = (i & 1) ? c[i] : 0;
      const t = a[j]; a[j] = a[i]; a[i] = t;
      count++;
      check = (check + a[0] * 7 + a[n - 1]) % 1000003;
      c[i]++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return count * 1000003 + check;
}

function sieve(n) {
  const composite = new Array(n + 1).fill(false);
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j <= n; j += i) composite[j] = true;
  }
  return count;
}

function matmul(n) {
  const a = [], b = [];
  for (let i = 0; i < n; i++) {
    a.push([]); b.push([]);
    for (let j = 0; j < n; j++) { a[i].push((i * j) % 7 - 3); b[i].push((i + 2 * j) % 5 - 2); }
  }
  const c = [];
  for (let i = 0; i < n; i++) {
    const row = new Array(n).fill(0), ai = a[i];
    for (let k = 0; k < n; k++) {
      const aik = ai[k], bk = b[k];
      for (let j = 0; j < n; j++) row[j] += aik * bk[j];
    }
    c.push(row);
  }
  let trace = 0;
  for (let i = 0; i < n; i++) trace += c[i][i] * (i + 1);
  return trace;
}

function quicksort(a, lo, hi) {
  while (lo < hi) {
    const p = a[(lo + hi) >> 1];
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; } else { quicksort(a, i, hi); hi = j; }
  }
}

function sorting(n) {
  let s = 12345;
  const xs = [];
  for (let i = 0; i < n; i++) { s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff; xs.push(s % 100000); }
  const ys = xs.slice();
  quicksort(xs, 0, xs.length - 1);
  ys.sort((a, b) => a - b);
  let h = 0;
  for (let i = 0; i < n; i++) {
    if (xs[i] !== ys[i] || (i > 0 && xs[i] < xs[i - 1])) throw new Error(`sorting: mismatch at ${i}`);
    h = (h * 31 + xs[i]) % 1000003;
  }
  return h;
}

const got = [permutations(SHORT ? 7 : 9), sieve(SHORT ? 100000 : 2000000), matmul(SHORT ? 40 : 120), sorting(SHORT ? 20000 : 200000)].join(',');
const want = SHORT ? '5040136074,9592,-516,299245' : '362881700759,148933,463,488819';
if (got !== want) throw new Error(`arrays: got ${got}, want ${want}`);
