// Destructuring: defaults, holes, rest, nested patterns, computed keys, evaluation order.
const [a, , b = 10, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);

const { x, y: why = 'dflt', ...others } = { x: 1, z: 3, w: 4 };
console.log(x, why, JSON.stringify(others));

const key = 'dyn';
const { [key]: dynamic, ['lit' + 'eral']: lit = 'none' } = { dyn: 'D' };
console.log(dynamic, lit);

const { p: { q: [r, { s = 's-default' } = {}] } } = { p: { q: ['R'] } };
console.log(r, s);

// Defaults only apply for undefined, not null.
const [n1 = 'd'] = [null];
const [n2 = 'd'] = [undefined];
console.log(n1, n2);

// Default evaluated lazily and left to right; can refer to earlier bindings.
let calls = 0;
const [d1 = ++calls, d2 = d1 + 100] = [5];
console.log(d1, d2, calls);

// Swap.
let m = 1, n = 2;
[m, n] = [n, m];
console.log(m, n);

// Assignment targets can be any member expression.
const target = {};
({ a: target.first, b: target['second'] } = { a: 'A', b: 'B' });
console.log(JSON.stringify(target));
const arr = [];
[arr[1], arr[0]] = ['one', 'zero'];
console.log(arr.join());

// Strings and iterables.
const [c1, c2, ...cs] = 'héllo';
console.log(c1, c2, cs.join(''));
const [first, second] = new Set(['s1', 's2', 's3']);
console.log(first, second);

// Iterator is closed when the pattern does not exhaust it.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return { value: i, done: false }; },
      return() { console.log('iterator closed after', i); return {}; },
    };
  },
};
const [i1, i2] = iterable;
console.log(i1, i2);

// Object rest copies own enumerable properties only, including symbols.
const sym = Symbol('k');
const source = Object.create({ inherited: 1 });
source.own = 2;
source[sym] = 3;
Object.defineProperty(source, 'hidden', { value: 4, enumerable: false });
const { ...copy } = source;
console.log(Object.keys(copy).join(), copy[sym], 'inherited' in copy);

// Destructuring null/undefined throws.
try {
  const { z } = null;
} catch (e) {
  console.log(e.constructor.name);
}
try {
  const [z] = {};
} catch (e) {
  console.log(e.constructor.name);
}

// Empty patterns still require object coercion.
try {
  const {} = undefined;
} catch (e) {
  console.log('empty pattern:', e.constructor.name);
}
const {} = 0;
console.log('primitive ok');

// Primitives are boxed for property access.
const { length, [0]: ch } = 'abc';
console.log(length, ch);
const { toFixed } = 1;
console.log(typeof toFixed);

// Parameters.
function f({ a = 1, b } = {}, [c, d] = [3, 4]) {
  return [a, b, c, d].join('/');
}
console.log(f());
console.log(f({ b: 2 }, [5]));

// for-of with destructuring.
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);
for (const { id, tags: [t = 'none'] = [] } of [{ id: 1, tags: ['x'] }, { id: 2 }]) console.log(id, t);

// Evaluation order of computed keys vs source.
const log = [];
const src = { get a() { log.push('get a'); return 1; }, get b() { log.push('get b'); return 2; } };
const { [(log.push('key a'), 'a')]: va, [(log.push('key b'), 'b')]: vb } = src;
console.log(log.join(', '), va, vb);

// Assignment expression value is the right-hand side.
let aa, bb;
const result = ([aa, bb] = [1, 2, 3]);
console.log(result.length);

// Array holes in source become undefined.
const [h1 = 'filled', h2] = [, 'two'];
console.log(h1, h2);
// Function names from defaults.
const { fnName = function () {} } = {};
const [arrowName = () => {}] = [];
console.log(fnName.name, arrowName.name);
