// Optional chaining, nullish coalescing, logical assignment, and exponentiation.
const o = { a: { b: { c: 1 } }, f() { return this === o; }, arr: [10, 20], nul: null };
console.log(o?.a?.b?.c);
console.log(o.x?.y.z.w);
console.log(o.nul?.foo);
console.log(o.f?.());
console.log(o.missing?.());
console.log(o.arr?.[1]);
console.log(o.nope?.[0]);
console.log((o?.a).b.c);

// Short-circuit stops the whole chain, including calls and side effects.
let count = 0;
const none = null;
none?.x[count++].y;
none?.[count++];
console.log('count', count);

// Parenthesised chain breaks short-circuiting.
try {
  (none?.x).y;
} catch (e) {
  console.log(e.constructor.name);
}

// Optional call on non-function still throws.
try {
  o.a?.();
} catch (e) {
  console.log('non-callable:', e.constructor.name);
}

// this is preserved in optional calls.
console.log(o?.f(), (o?.f)());

// delete with optional chain.
const d = { p: { q: 1 } };
console.log(delete d?.p.q, JSON.stringify(d));
console.log(delete none?.p);

// ?? only for null/undefined.
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log((null || undefined) ?? 'mixed with parens');

// Logical assignment only evaluates/assigns when needed.
let x = null;
x ??= 'set';
x ??= 'not set';
console.log(x);
let y = 0;
y ||= 5;
console.log(y);
let z = 1;
z &&= 'and';
console.log(z);

const setterLog = [];
const target = {
  _v: 'present',
  get v() { setterLog.push('get'); return this._v; },
  set v(n) { setterLog.push('set ' + n); this._v = n; },
};
target.v ??= 'ignored';
target.v ||= 'ignored';
target.v &&= 'updated';
console.log(setterLog.join(', '));

// Frozen object: no assignment attempted when short-circuited.
const frozen = Object.freeze({ k: 1 });
frozen.k ||= 2;
console.log('no throw on frozen short-circuit', frozen.k);
(function () {
  'use strict';
  try {
    frozen.k &&= 3;
  } catch (e) {
    console.log('strict frozen:', e.constructor.name);
  }
})();

// Function names from logical assignment.
let fnHolder;
fnHolder ??= function () {};
let arrowHolder;
arrowHolder ||= () => {};
console.log(fnHolder.name, arrowHolder.name);

// Exponentiation.
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 3 ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, (-8) ** (1 / 3));
let e = 3;
e **= 2;
console.log(e);
try {
  eval('-2 ** 2');
} catch (err) {
  console.log('unary before **:', err.constructor.name);
}
console.log((-2) ** 2, -(2 ** 2));
console.log(2n ** 64n);
