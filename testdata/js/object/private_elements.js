// Private fields, methods and accessors live in the object itself, hidden
// from every reflective operation; these check that nothing shows them and
// that each private semantic and message is kept.
const util = require('util');

class Point {
  #x; #y;
  static #count = 0;
  constructor(x, y) { this.#x = x; this.#y = y; Point.#count++; }
  #norm() { return Math.hypot(this.#x, this.#y); }
  get #sum() { return this.#x + this.#y; }
  set #sum(v) { this.#x = v - this.#y; }
  norm() { return this.#norm(); }
  sum(v) { if (v !== undefined) this.#sum = v; return this.#sum; }
  static count() { return Point.#count; }
  static is(o) { return #x in o; }
  static x(o) { return o.#x; }
  static setX(o, v) { o.#x = v; }
  static callNorm(o) { return o.#norm(); }
  static readSum(o) { return o.#sum; }
}

const p = new Point(3, 4);
p.visible = 1;
p[Symbol('s')] = 2;
console.log('norm', p.norm(), 'sum', p.sum(), p.sum(10), p.norm().toFixed(3), 'count', Point.count());
console.log('keys', Object.keys(p), Reflect.ownKeys(p).length, Object.getOwnPropertyNames(p), Object.getOwnPropertySymbols(p).length);
console.log('json', JSON.stringify(p), 'spread', { ...p }, 'assign', Object.assign({}, p));
console.log('entries', Object.entries(p), 'descriptors', Object.keys(Object.getOwnPropertyDescriptors(p)));
console.log('clone', structuredClone({ a: 1, ...p }), 'inspect', util.inspect(p));
const seen = [];
for (const k in p) seen.push(k);
console.log('for-in', seen);
console.log('static keys', Object.getOwnPropertyNames(Point).sort());

// Brand checks and their messages.
const tries = {
  'read field of a plain object': () => Point.x({}),
  'write field of a plain object': () => Point.setX({}, 1),
  'method on a plain object': () => Point.callNorm({}),
  'getter on a plain object': () => Point.readSum({}),
  'in on a primitive': () => Point.is(1),
  'read field of a primitive': () => Point.x(5),
};
for (const [what, f] of Object.entries(tries)) {
  try { f(); console.log(what, 'no error'); } catch (e) { console.log(what, e.constructor.name, e.message); }
}
class NoSetter { get #g() { return 1 } static set(o) { o.#g = 2 } }
class NoGetter { set #s(v) {} static get(o) { return o.#s } }
class Method { #m() {} static set(o) { o.#m = 1 } }
for (const f of [() => NoSetter.set(new NoSetter()), () => NoGetter.get(new NoGetter()), () => Method.set(new Method())]) {
  try { f(); } catch (e) { console.log(e.constructor.name, e.message); }
}
class StaticBrand { static #m() { return 'static' } static call(o) { return o.#m() } }
console.log(StaticBrand.call(StaticBrand));
try { StaticBrand.call({}); } catch (e) { console.log(e.message); }

// The return trick adds private elements to any object: frozen ones,
// arrays, functions and proxies (whose own, not the target's).
class Base { constructor(o) { return o; } }
class Stamp extends Base {
  #tag = 'stamped';
  #m() { return 'm'; }
  static tag(o) { return o.#tag; }
  static has(o) { return #tag in o; }
  static m(o) { return o.#m(); }
}
const frozen = Object.freeze({ a: 1 });
new Stamp(frozen);
console.log('frozen', Stamp.tag(frozen), Object.isFrozen(frozen), Object.keys(frozen));
try { new Stamp(frozen); } catch (e) { console.log(e.constructor.name, e.message); }
const sealed = Object.seal({ b: 2 });
const nonExt = Object.preventExtensions({ c: 3 });
new Stamp(sealed); new Stamp(nonExt);
console.log('sealed', Object.isSealed(sealed), Stamp.tag(sealed), 'non-extensible', Object.isExtensible(nonExt), Stamp.m(nonExt));
const arr = [1, 2];
new Stamp(arr);
console.log('array', arr, arr.length, Stamp.tag(arr), JSON.stringify(arr), Object.keys(arr));
const fn = function named() {};
new Stamp(fn);
console.log('function', Stamp.tag(fn), fn.name, Object.getOwnPropertyNames(fn));
const log = [];
const target = {};
const proxy = new Proxy(target, {
  get(t, k) { log.push('get ' + String(k)); return Reflect.get(t, k); },
  set(t, k, v) { log.push('set ' + String(k)); return Reflect.set(t, k, v); },
  has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k); },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  defineProperty(t, k, d) { log.push('define ' + String(k)); return Reflect.defineProperty(t, k, d); },
});
new Stamp(proxy);
console.log('proxy', Stamp.tag(proxy), Stamp.has(proxy), Stamp.has(target), Stamp.m(proxy), Reflect.ownKeys(proxy), log);
try { Stamp.tag(new Proxy(new Stamp({}), {})); } catch (e) { console.log('through a proxy', e.message); }

// Subclasses add their fields after the base's; instances of several
// classes go through the same sites.
class Animal { #name; constructor(n) { this.#name = n; } name() { return this.#name; } }
class Dog extends Animal { #tricks = 0; learn() { return ++this.#tricks; } }
class Cat extends Animal { #lives = 9; #mood = 'calm'; lives() { return this.#lives + this.#mood; } }
const zoo = [new Dog('rex'), new Cat('tom'), new Animal('any'), new Dog('fido')];
console.log(zoo.map(a => a.name()), zoo[0].learn(), zoo[0].learn(), zoo[1].lives());
delete zoo[1].missing;
zoo[1].extra = 1; delete zoo[1].extra;
console.log('after delete', zoo[1].name(), zoo[1].lives(), Object.keys(zoo[1]));

// Classes made in a loop: each evaluation has new names; objects of
// older ones keep theirs.
function makeCounter(start) {
  return class { #n = start; inc() { return ++this.#n; } static has(o) { return #n in o; } };
}
const kept = [];
let total = 0;
for (let i = 0; i < 2000; i++) {
  const C = makeCounter(i);
  const c = new C();
  total += c.inc();
  if (C.has({}) || !C.has(c)) throw new Error('brand');
  if (i % 250 === 0) kept.push([C, c]);
}
for (const [C, c] of kept) total += c.inc() + (C.has(kept[0][1]) ? 1000 : 0);
console.log('factories', total, kept.length);
