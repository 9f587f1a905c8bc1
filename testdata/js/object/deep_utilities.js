// Object utilities written in JS: deep clone, deep merge, deep equality, deep freeze, and path get/set.
const isObj = (v) => v !== null && typeof v === 'object';
function deepClone(v, seen = new Map()) {
  if (!isObj(v)) return v;
  if (seen.has(v)) return seen.get(v);
  const out = Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v));
  seen.set(v, out);
  for (const k of Reflect.ownKeys(v)) out[k] = deepClone(v[k], seen);
  return out;
}
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (!isObj(a) || !isObj(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}
function deepMerge(target, ...sources) {
  for (const src of sources) {
    for (const [k, v] of Object.entries(src)) {
      if (isObj(v) && !Array.isArray(v) && isObj(target[k]) && !Array.isArray(target[k])) deepMerge(target[k], v);
      else target[k] = Array.isArray(v) ? [...v] : v;
    }
  }
  return target;
}
function deepFreeze(o) {
  for (const k of Reflect.ownKeys(o)) if (isObj(o[k]) && !Object.isFrozen(o[k])) deepFreeze(o[k]);
  return Object.freeze(o);
}
const getPath = (o, path) => path.split('.').reduce((acc, k) => acc?.[k], o);
function setPath(o, path, value) {
  const keys = path.split('.');
  keys.slice(0, -1).reduce((acc, k, i) => (acc[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {}), o)[keys.at(-1)] = value;
  return o;
}
const sym = Symbol('s');
const src = { a: 1, nested: { list: [1, { deep: true }], [sym]: 'symbol' }, when: 'now' };
src.self = src;
const clone = deepClone(src);
console.log(clone !== src, clone.self === clone, clone.nested.list[1] !== src.nested.list[1], clone.nested[sym], deepEqual(clone.nested, src.nested));
class P { constructor(x) { this.x = x; } }
console.log(deepClone(new P(3)) instanceof P, deepEqual(new P(1), new P(1)), deepEqual(new P(1), { x: 1 }), deepEqual([1, [2]], [1, [2]]), deepEqual([1, [2]], [1, [3]]));
console.log(deepEqual(NaN, NaN), deepEqual(0, -0), deepEqual({ a: undefined }, {}), deepEqual({}, {}));
const merged = deepMerge({ a: 1, opts: { x: 1, y: { z: 1 } }, arr: [1, 2] }, { opts: { y: { w: 2 } }, arr: [3] }, { b: 2, opts: { x: 'overridden' } });
console.log(JSON.stringify(merged));
const frozen = deepFreeze({ outer: { inner: { leaf: 1 } }, list: [{ item: 1 }] });
frozen.outer.inner.leaf = 2;
frozen.list[0].item = 2;
console.log(frozen.outer.inner.leaf, frozen.list[0].item, Object.isFrozen(frozen.list[0]));
const target = {};
setPath(target, 'a.b.0.c', 'value');
setPath(target, 'a.x', 1);
console.log(JSON.stringify(target), getPath(target, 'a.b.0.c'), getPath(target, 'a.missing.deeper'), Array.isArray(target.a.b));
