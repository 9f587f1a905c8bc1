// Allocation-heavy trees (GC pressure): many short-lived complete binary
// trees, a few long-lived ones kept alive across the run, and nodes with
// an array payload, so the collector sees both churn and a live set.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

class Node {
  constructor(left, right, v) { this.left = left; this.right = right; this.v = v; }
}
function make(depth, v) {
  return depth === 0 ? new Node(null, null, v) : new Node(make(depth - 1, 2 * v), make(depth - 1, 2 * v + 1), v);
}
function check(t) { return t.left === null ? (t.v & 1) : 1 + check(t.left) + check(t.right) - (t.v & 1); }
function makeLists(n) { let head = null; for (let i = 0; i < n; i++) head = { next: head, data: [i, i * 2, String(i & 63)] }; return head; }

const maxDepth = SHORT ? 10 : 15;
const longLived = make(maxDepth, 1);
const keep = [];
let total = 0;
for (let d = 4; d <= maxDepth; d += 2) {
  const iters = 1 << (maxDepth - d + 3);
  for (let i = 0; i < iters; i++) total += check(make(d, i));
  keep.push(make(d, d));
  let l = makeLists(SHORT ? 500 : 5000), n = 0;
  while (l) { n += l.data[0] & 1; l = l.next; }
  total += n;
}
total += check(longLived) + keep.reduce((s, t) => s + check(t), 0);
const got = String(total);
const want = SHORT ? '35811' : '1631551';
if (got !== want) throw new Error(`trees: got ${got}, want ${want}`);
