// The Array constructor, its statics and the shape of Array.prototype.
const show = (a) => '[' + Array.prototype.map.call(Object.keys(new Array(a.length).fill(0)), (i) => i in a ? String(a[i]) : '_').join(',') + '](' + a.length + ')';
const log = (...a) => console.log(a.map(String).join(' '));
const t = (name, f) => { try { log(name, f()) } catch (e) { log(name, 'threw', e.constructor.name + ': ' + e.message) } };

t('new Array()', () => show(new Array()));
t('Array()', () => show(Array()));
t('new Array(3)', () => show(new Array(3)));
t('Array(3)', () => show(Array(3)));
t('new Array("3")', () => show(new Array('3')));
t('new Array(1, 2)', () => show(new Array(1, 2)));
t('new Array(-1)', () => new Array(-1));
t('new Array(1.5)', () => new Array(1.5));
t('new Array(2**32)', () => new Array(2 ** 32));
t('new Array(2**32-1).length', () => new Array(2 ** 32 - 1).length);
t('new Array(NaN)', () => new Array(NaN));
t('Array.isArray([])', () => Array.isArray([]));
t('Array.isArray({})', () => Array.isArray({ length: 0 }));
t('Array.isArray(proxy)', () => Array.isArray(new Proxy([], {})));
t('Array.isArray(Array.prototype)', () => Array.isArray(Array.prototype));
t('Array.of()', () => show(Array.of()));
t('Array.of(7)', () => show(Array.of(7)));
t('Array.of(1,2,3)', () => show(Array.of(1, 2, 3)));
t('Array.from("abc")', () => show(Array.from('abc')));
t('Array.from(set)', () => show(Array.from(new Set([1, 2, 2, 3]))));
t('Array.from(map)', () => JSON.stringify(Array.from(new Map([[1, 'a']]))));
t('Array.from(array-like)', () => show(Array.from({ length: 3, 0: 'a', 2: 'c' })));
t('Array.from(mapFn)', () => show(Array.from([1, 2, 3], function (x, i) { return x * 10 + i + this.d }, { d: 100 })));
t('Array.from(holes)', () => show(Array.from([1, , 3])));
t('Array.from(gen)', () => show(Array.from(function* () { yield 1; yield 2 }())));
t('Array.from(null)', () => Array.from(null));
t('Array.from(undefined)', () => Array.from(undefined));
t('Array.from(bad iterator)', () => Array.from({ [Symbol.iterator]: 1 }));
t('Array.from(bad mapFn)', () => Array.from([1], 'x'));
t('Array.from(number)', () => show(Array.from(5)));
t('Array.from iterator closes on throw', () => {
  let closed = 0;
  const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false } }, return() { closed++; return {} } } } };
  try { Array.from(it, () => { throw new Error('boom') }) } catch (e) { return e.message + ' closed=' + closed }
});
t('Array.from with this=ctor', () => {
  function C(n) { this.made = arguments.length ? n : 'none' }
  const a = Array.from.call(C, { length: 2, 0: 'x', 1: 'y' });
  const b = Array.from.call(C, ['p']);
  return [a instanceof C, a.made, a.length, a[0], b.made, b.length].join();
});
t('Array.of with this=ctor', () => { function C(n) { this.n = n } const a = Array.of.call(C, 1, 2); return [a instanceof C, a.n, a.length].join() });
t('Array.of with non-ctor this', () => Array.isArray(Array.of.call(null, 1)));

t('Array.length', () => Array.length);
t('Array.name', () => Array.name);
for (const k of Object.getOwnPropertyNames(Array.prototype)) {
  const d = Object.getOwnPropertyDescriptor(Array.prototype, k);
  if (typeof d.value === 'function') log(k, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
  else log(k, typeof d.value, d.writable, d.enumerable, d.configurable);
}
log(Reflect.ownKeys(Array).map(String).join());
const sp = Object.getOwnPropertyDescriptor(Array, Symbol.species);
log(sp.get.name, sp.set, sp.enumerable, sp.configurable, Array[Symbol.species] === Array);
const u = Array.prototype[Symbol.unscopables];
log(Object.getPrototypeOf(u), Object.keys(u).join());
log(JSON.stringify(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables).writable));
log(Array.prototype[Symbol.iterator] === Array.prototype.values);
log(Object.getPrototypeOf(Array.prototype) === Object.prototype, Array.prototype.length);
log(Object.prototype.toString.call([]), String([1, [2, 3]]));
class MyArray extends Array { sum() { return this.reduce((a, b) => a + b, 0) } }
const m = MyArray.from([1, 2, 3]);
log(m instanceof MyArray, m.sum(), m.length, m.map((x) => x * 2) instanceof MyArray, MyArray.of(4).sum());
const m2 = new MyArray(5);
log(m2.length, Array.isArray(m2));
with ([1, 2]) { log(typeof at, typeof push) }
