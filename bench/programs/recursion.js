// Recursion and calls: naive Fibonacci, the Takeuchi function and a
// recursive tree walk over an implicit tree, all dominated by call overhead.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';
const ROUNDS = SHORT ? 1 : 30;

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function tak(x, y, z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }
function countPaths(depth, width) {
  if (depth === 0) return 1;
  let total = 0;
  for (let i = 0; i < width; i++) total += countPaths(depth - 1, width - (i & 1));
  return total;
}

let sum = 0;
for (let r = 0; r < ROUNDS; r++) {
  sum += fib(SHORT ? 18 : 27);
  sum += tak(SHORT ? 12 : 18, 12, 6);
  sum += countPaths(SHORT ? 5 : 7, 5);
}
const want = SHORT ? '3979' : '6379260';
if (String(sum) !== want) throw new Error(`recursion: got ${sum}, want ${want}`);
