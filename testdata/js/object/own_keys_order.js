// Order of own property keys: integer indices ascending, then strings in creation order, then symbols in creation order.
const s1 = Symbol('first');
const s2 = Symbol('second');
const o = {};
o.z = 1;
o[s2] = 1;
o[10] = 1;
o.a = 1;
o[2] = 1;
o[s1] = 1;
o['1'] = 1;
o['-0'] = 1;
o['4294967294'] = 1;
o['4294967295'] = 1;
o['9007199254740993'] = 1;
o['1e3'] = 1;
o[1e3] = 1;
console.log(Object.keys(o).join(' '));
console.log(Object.getOwnPropertyNames(o).join(' '));
console.log(Object.getOwnPropertySymbols(o).map(s => s.description).join(' '));
console.log(Reflect.ownKeys(o).map(String).join(' '));

// Deleting and re-adding moves a string key to the end.
const re = { a: 1, b: 2, c: 3 };
delete re.a;
re.a = 1;
console.log(Object.keys(re).join());

// Redefining an existing key keeps its position.
re.b = 'updated';
Object.defineProperty(re, 'c', { value: 'redefined' });
console.log(Object.keys(re).join(), JSON.stringify(re));

// Arrays: indices then length then other strings.
const arr = ['x', 'y'];
arr.prop = 1;
arr[5] = 'z';
console.log(Object.getOwnPropertyNames(arr).join());

// Functions and classes: built-in own properties.
function fn(a, b) {}
console.log(Object.getOwnPropertyNames(fn).join());
class C { static s() {} m() {} }
console.log(Object.getOwnPropertyNames(C).join(), Object.getOwnPropertyNames(C.prototype).join());
console.log(Object.getOwnPropertyNames(() => {}).join());

// Strings expose index properties.
console.log(Object.getOwnPropertyNames('ab').join(), Object.keys('ab').join());

// Object.entries/values follow the same order.
console.log(JSON.stringify(Object.entries({ b: 1, 1: 'one', a: 2, 0: 'zero' })));
console.log(Object.values({ b: 1, 1: 'one', a: 2, 0: 'zero' }).join());

// Object.assign copies in ownKeys order, including symbols.
const log = [];
const src = {};
for (const k of ['b', '1', 'a', '0']) {
  Object.defineProperty(src, k, { get() { log.push(k); return k; }, enumerable: true });
}
Object.defineProperty(src, s1, { get() { log.push('sym'); return 's'; }, enumerable: true });
Object.assign({}, src);
console.log(log.join());

// Class instance fields keep declaration order, mixed with constructor assignments.
class Ordered {
  second = 2;
  first = 1;
  constructor() { this.third = 3; this[0] = 'zero'; }
}
console.log(Object.keys(new Ordered()).join());

// JSON.parse result order follows the same rule.
console.log(Object.keys(JSON.parse('{"b":1,"2":1,"a":1,"1":1}')).join());

// Global builtin: keys of Math are non-enumerable.
console.log(Object.keys(Math).length, Object.getOwnPropertyNames(Math).includes('PI'));
