// for-of and for-in, including property enumeration order.
const obj = { b: 1, a: 2, 10: 'ten', 2: 'two', [Symbol('s')]: 'sym', '-1': 'neg', '01': 'lead', 1.5: 'frac' };
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(' '));
console.log(Object.keys(obj).join(' '));
console.log(JSON.stringify(obj));

// Large integer-like keys: array index range is < 2**32 - 1.
const big = { 4294967295: 'a', 4294967294: 'b', 1: 'c' };
console.log(Object.keys(big).join(' '));

// Inherited keys come after own keys, and shadowed keys appear once.
const proto = { inherited: 1, shared: 1 };
const child = Object.create(proto);
child.own = 1;
child.shared = 2;
const inKeys = [];
for (const k in child) inKeys.push(k);
console.log(inKeys.join(' '));

// Non-enumerable own property shadows an enumerable inherited one.
const shadow = Object.create({ hidden: 1, visible: 1 });
Object.defineProperty(shadow, 'hidden', { value: 2, enumerable: false });
const shadowKeys = [];
for (const k in shadow) shadowKeys.push(k);
console.log(shadowKeys.join(' '));

// Deleting a not-yet-visited key during for-in skips it.
const mut = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in mut) {
  visited.push(k);
  if (k === 'a') delete mut.b;
}
console.log(visited.join(' '));

// for-in over arrays and strings yields index strings.
const arr = ['x', 'y'];
arr.extra = true;
const arrKeys = [];
for (const k in arr) arrKeys.push(typeof k + ':' + k);
console.log(arrKeys.join(' '));
const strKeys = [];
for (const k in 'hi') strKeys.push(k);
console.log(strKeys.join(' '));

// for-in over null/undefined does not throw.
for (const k in null) console.log('never');
for (const k in undefined) console.log('never');
console.log('null loop ok');

// for-of iterates values, strings by code point.
const vals = [];
for (const ch of 'a\u{1F600}b') vals.push(ch.length);
console.log(vals.join());

// for-of sees elements appended during iteration.
const growing = [1, 2];
const seen = [];
for (const v of growing) {
  seen.push(v);
  if (v < 4) growing.push(v + 2);
}
console.log(seen.join());

// for-of with break calls return.
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ value: i++, done: i > 5 }),
      return: () => { console.log('return called at', i); return {}; },
    };
  },
};
for (const v of it) { if (v === 2) break; }
// Not called when exhausted normally.
for (const v of it) {}
console.log('exhausted');

// Head expressions: let declarations, var, and existing bindings.
var outerVar;
for (outerVar of [1, 2]) {}
console.log('outerVar', outerVar);
const target = {};
for (target.prop of ['p']) {}
console.log(target.prop);
for (var inVar in { q: 1 }) {}
console.log('inVar', inVar);

// Arguments and entries.
function loopArgs() {
  const r = [];
  for (const a of arguments) r.push(a);
  return r.join();
}
console.log(loopArgs(1, 2, 3));
for (const [i, v] of ['a', 'b'].entries()) console.log(i, v);

// Symbols are skipped by for-in but seen by Reflect.ownKeys.
console.log(Reflect.ownKeys(obj).length, Object.keys(obj).length);
