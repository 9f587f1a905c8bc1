// Polymorphic method calls and class hierarchies: an expression tree of
// several node classes, evaluated, simplified and printed through virtual
// methods and super calls, plus a visitor with double dispatch.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

class Expr {
  size() { return 1; }
  accept(v) { return v.visitOther(this); }
}
class Num extends Expr {
  constructor(n) { super(); this.n = n; }
  eval() { return this.n; }
  simplify() { return this; }
  show() { return String(this.n); }
  accept(v) { return v.visitNum(this); }
}
class Var extends Expr {
  constructor(name) { super(); this.name = name; }
  eval(env) { return env[this.name]; }
  simplify() { return this; }
  show() { return this.name; }
  accept(v) { return v.visitVar(this); }
}
class Binary extends Expr {
  constructor(l, r) { super(); this.l = l; this.r = r; }
  size() { return 1 + this.l.size() + this.r.size(); }
  eval(env) { return this.apply(this.l.eval(env), this.r.eval(env)); }
  simplify() {
    const l = this.l.simplify(), r = this.r.simplify();
    if (l instanceof Num && r instanceof Num) return new Num(this.apply(l.n, r.n));
    return this.rebuild(l, r);
  }
  show() { return `(${this.l.show()} ${this.op} ${this.r.show()})`; }
  accept(v) { return v.visitBinary(this); }
}
class Add extends Binary { get op() { return '+'; } apply(a, b) { return a + b; } rebuild(l, r) { return new Add(l, r); } }
class Sub extends Binary { get op() { return '-'; } apply(a, b) { return a - b; } rebuild(l, r) { return new Sub(l, r); } }
class Mul extends Binary {
  get op() { return '*'; }
  apply(a, b) { return a * b; }
  rebuild(l, r) { return new Mul(l, r); }
  simplify() { const s = super.simplify(); return s instanceof Mul && s.l instanceof Num && s.l.n === 1 ? s.r : s; }
}
class Mod extends Binary { get op() { return '%'; } apply(a, b) { return b === 0 ? 0 : a % b; } rebuild(l, r) { return new Mod(l, r); } }

class Counter {
  constructor() { this.nums = 0; this.vars = 0; this.ops = 0; }
  visitNum() { this.nums++; }
  visitVar() { this.vars++; }
  visitBinary(b) { this.ops++; b.l.accept(this); b.r.accept(this); }
  visitOther() {}
}

let seed = 42;
function rand(n) { seed = (seed * 1664525 + 1013904223) >>> 0; return seed % n; }
const kinds = [Add, Sub, Mul, Mod];
function build(depth) {
  if (depth === 0 || rand(5) === 0) return rand(3) === 0 ? new Var('xyz'[rand(3)]) : new Num(rand(10));
  const K = kinds[rand(4)];
  return new K(build(depth - 1), build(depth - 1));
}

let acc = 0, shown = 0;
const trees = SHORT ? 30 : 1500;
for (let t = 0; t < trees; t++) {
  const e = build(SHORT ? 8 : 10);
  const s = e.simplify();
  for (let i = 0; i < 20; i++) acc = (acc + s.eval({ x: i, y: i * 2 + 1, z: 7 - i })) % 1000003;
  const c = new Counter();
  e.accept(c);
  acc = (acc + c.nums * 3 + c.vars * 5 + c.ops * 7 + e.size() - s.size()) % 1000003;
  shown += s.show().length;
}
const got = `${acc}:${shown}`;
const want = SHORT ? '390907:9077' : '-370306:959218';
if (got !== want) throw new Error(`classes: got ${got}, want ${want}`);
