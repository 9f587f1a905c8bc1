// super() calls of every kind: to a base class, through several derived
// levels, with new.target from Reflect.construct, a parent that returns an
// object or throws, a second super() call, field initialisers, arrows that
// call super(), a parent swapped with setPrototypeOf, and built-in parents.
'use strict';
class Base { constructor(x) { this.x = x; this.nt = new.target.name; } }
class Mid extends Base { constructor(x, y) { super(x); this.y = y; } }
class Leaf extends Mid { constructor() { super(1, 2); this.z = 3; } }
console.log(JSON.stringify(new Leaf()), new Leaf() instanceof Base);
class Other {}
const r = Reflect.construct(Leaf, [], Other);
console.log(Object.getPrototypeOf(r) === Other.prototype, r.nt);
class Ret { constructor() { return { returned: true }; } }
class FromRet extends Ret { constructor() { super(); this.after = 1; } }
console.log(JSON.stringify(new FromRet()));
class Thrower { constructor(v) { if (v) throw new Error('parent threw'); } }
class Catcher extends Thrower {
  constructor(v) {
    try { super(v); } catch (e) { console.log('caught', e.message); super(false); }
    this.ok = true;
  }
}
console.log(new Catcher(true).ok, new Catcher(false).ok);
class Twice extends Base { constructor() { super(1); super(2); } }
try { new Twice(); } catch (e) { console.log(e.constructor.name, e.message); }
class Nested extends Base { constructor() { super(super(5)); } }
try { new Nested(); } catch (e) { console.log(e.constructor.name, e.message); }
class WithFields extends Base { f = this.x * 10; constructor() { super(4); } }
console.log(new WithFields().f);
class ParentFields { p = 'pf'; }
class ChildOfFields extends ParentFields { constructor() { super(); this.q = this.p + '!'; } }
console.log(new ChildOfFields().q);
class Arrow extends Base { constructor() { const go = () => super(7); go(); this.w = this.x; } }
console.log(new Arrow().w);
class Swapped extends Base { constructor() { super(8); } }
Object.setPrototypeOf(Swapped, class Alt { constructor(v) { this.alt = v; } });
console.log(JSON.stringify(new Swapped()));
Object.setPrototypeOf(Swapped, function Plain(v) { this.plain = v; });
console.log(JSON.stringify(new Swapped()));
Object.setPrototypeOf(Swapped, () => 1);
try { new Swapped(); } catch (e) { console.log(e.constructor.name, e.message); }
class MyArray extends Array { constructor() { super(3); this.tag = 't'; } }
const ma = new MyArray();
console.log(ma.length, ma.tag, Array.isArray(ma));
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(String(new MyError('bad')), new MyError('x').stack.split('\n')[0]);
class NoReturn extends Base { constructor() { } }
try { new NoReturn(); } catch (e) { console.log(e.constructor.name, e.message); }
class Deep extends Base { constructor(n) { super(n); this.next = n > 0 ? new Deep(n - 1) : null; } }
let d = new Deep(50), depth = 0;
for (; d; d = d.next) depth++;
console.log(depth);
