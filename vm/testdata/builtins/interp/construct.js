// new on compiled constructors of every kind: the result rule of
// [[Construct]], new.target, arguments past the parameters, errors thrown
// inside and caught outside, and the ones new itself throws.
'use strict';
class A { constructor(x) { if (x > 2) throw new RangeError('big ' + x); this.x = x; } }
class B extends A { constructor(x) { super(x); this.y = x * 2; } }
function F(a) { this.a = a; return 5; }
function G() { return { g: 1 }; }
for (let i = 0; i < 4; i++) {
  try { console.log(new B(i).y, new A(i).x); } catch (e) { console.log(e.name, e.message, e.stack.split('\n')[1].trim().split(' ').slice(0, 2).join(' ')); }
}
console.log(new F(3).a, new G().g, Object.getPrototypeOf(new F(1)) === F.prototype);
function S() { this.t = typeof this; }
console.log(new S().t);
function C() { this.same = new.target === C; }
console.log(new C().same, new C() instanceof C);
function D(x, ...r) { this.r = r; this.n = arguments.length; }
const d = new D(1, 2, 3);
console.log(d.r, d.n);
function Sloppy() { return arguments.length; }
console.log(typeof new Sloppy(1, 2));
const arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.message); }
function* gen() {}
try { new gen(); } catch (e) { console.log(e.message); }
class Q { constructor() { return 1; } }
console.log(new Q() instanceof Q);
class R extends A { constructor() { return 1; } }
try { new R(); } catch (e) { console.log(e.message); }
class T extends A { constructor() { } }
try { new T(); } catch (e) { console.log(e.message); }
function Deep(n) { this.n = n ? new Deep(n - 1) : null; }
try { new Deep(1e6); } catch (e) { console.log(e.name, e.message); }
let depth = 0;
for (let t = new Deep(100); t; t = t.n) depth++;
console.log(depth);
F.prototype = 7;
console.log(Object.getPrototypeOf(new F(1)) === Object.prototype);
