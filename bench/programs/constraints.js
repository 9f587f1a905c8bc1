// A constraint solver: map colouring and Latin squares as constraint
// satisfaction problems, solved by backtracking search with forward
// checking over variable objects whose domains are bit sets. Hot paths:
// property access on a few shapes, small arrays, bit operations, calls.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

class Variable {
  constructor(name, size) { this.name = name; this.domain = (1 << size) - 1; this.value = -1; this.neighbours = []; }
  options() { let n = 0, d = this.domain; while (d) { d &= d - 1; n++; } return n; }
}
class Problem {
  constructor() { this.vars = []; this.nodes = 0; this.trail = []; }
  variable(name, size) { const v = new Variable(name, size); this.vars.push(v); return v; }
  differ(a, b) { a.neighbours.push(b); b.neighbours.push(a); }
  pick() {
    let best = null, bestN = 99;
    for (const v of this.vars) {
      if (v.value >= 0) continue;
      const n = v.options();
      if (n < bestN) { best = v; bestN = n; }
    }
    return best;
  }
  assign(v, val) {
    const mark = this.trail.length;
    v.value = val;
    const bit = 1 << val;
    for (const n of v.neighbours) {
      if (n.value < 0 && (n.domain & bit)) {
        this.trail.push(n, n.domain);
        n.domain &= ~bit;
        if (n.domain === 0) return -1 - mark;
      }
    }
    return mark;
  }
  undo(v, mark) {
    v.value = -1;
    while (this.trail.length > mark) { const d = this.trail.pop(); const n = this.trail.pop(); n.domain = d; }
  }
  solve(limit) {
    let found = 0;
    const search = () => {
      this.nodes++;
      const v = this.pick();
      if (!v) { found++; return found >= limit; }
      for (let val = 0; val < 31; val++) {
        if (!(v.domain & (1 << val))) continue;
        let mark = this.assign(v, val);
        const ok = mark >= 0;
        if (!ok) mark = -1 - mark;
        if (ok && search()) { this.undo(v, mark); return true; }
        this.undo(v, mark);
      }
      return false;
    };
    search();
    return found;
  }
}

function latin(n, limit) {
  const p = new Problem();
  const cells = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) cells.push(p.variable(`c${r}_${c}`, n));
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) for (let k = c + 1; k < n; k++) {
    p.differ(cells[r * n + c], cells[r * n + k]);
    p.differ(cells[c * n + r], cells[k * n + r]);
  }
  const found = p.solve(limit);
  return found * 100000 + p.nodes;
}

function ringMap(regions, colours) {
  const p = new Problem();
  const vs = [];
  for (let i = 0; i < regions; i++) vs.push(p.variable(`r${i}`, colours));
  for (let i = 0; i < regions; i++) { p.differ(vs[i], vs[(i + 1) % regions]); p.differ(vs[i], vs[(i + 3) % regions]); }
  const found = p.solve(SHORT ? 20 : 300);
  return found * 100000 + p.nodes;
}

let got = '';
for (let r = 0; r < (SHORT ? 1 : 3); r++) got = [latin(SHORT ? 5 : 6, SHORT ? 50 : 8000), ringMap(SHORT ? 20 : 40, 3), ringMap(SHORT ? 12 : 30, 4)].join(',');
const want = SHORT ? '5000532,2000068,2000043' : '800092503,30000878,30000562';
if (got !== want) throw new Error(`constraints: got ${got}, want ${want}`);
