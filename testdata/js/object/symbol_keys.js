// Symbol-keyed properties: enumeration, copying, JSON, descriptors, and registered symbols as keys.
const s = Symbol('local');
const g = Symbol.for('global');
const o = { [s]: 'local value', [g]: 'global value', str: 'string value' };
Object.defineProperty(o, Symbol('hidden'), { value: 'hidden', enumerable: false });

console.log(Object.keys(o).join(), JSON.stringify(o));
console.log(Object.getOwnPropertySymbols(o).map(x => x.toString()).join(', '));
console.log(Reflect.ownKeys(o).length);
for (const k in o) console.log('for-in sees', k);

console.log(o[s], o[Symbol.for('global')], o[Symbol('local')]);
console.log(s in o, Object.hasOwn(o, g));

const copy = Object.assign({}, o);
console.log(Object.getOwnPropertySymbols(copy).length);
const spread = { ...o };
console.log(Object.getOwnPropertySymbols(spread).length);

// Symbols as keys are never converted to strings.
const m = {};
m[s] = 1;
m[s.toString()] = 2;
console.log(Object.keys(m).join(), m[s]);

// Symbol wrapper objects used as keys unwrap to the symbol.
const wrapped = Object(s);
console.log(o[wrapped]);

// Description and well-formedness.
console.log(s.description, Symbol().description, Symbol('').description, g.description);
console.log(Symbol.keyFor(g), Symbol.keyFor(s), Symbol.for('global') === g);

// Symbols on arrays and functions.
const arr = [1, 2];
arr[s] = 'sym on array';
console.log(arr.length, Object.keys(arr).join(), arr[s]);

// defineProperty with symbol keys and getters.
const acc = {};
Object.defineProperty(acc, s, { get() { return 'symbol getter'; }, enumerable: true });
console.log(acc[s], Object.getOwnPropertyDescriptor(acc, s).enumerable);

// JSON.stringify drops symbol keys and symbol values.
console.log(JSON.stringify({ a: Symbol('v'), [s]: 1, b: [Symbol('in array')] }));

// Class with symbol-named methods and static.
class C {
  [s]() { return 'method'; }
  static [g] = 'static symbol field';
}
console.log(new C()[s](), C[g], C.prototype[s].name);

// Symbols cannot be implicitly converted.
for (const [label, fn] of [
  ['concat', () => '' + s],
  ['number', () => +s],
  ['template', () => `${s}`],
  ['String()', () => String(s)],
  ['toString', () => s.toString()],
  ['new Symbol', () => new Symbol()],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
console.log(typeof Object.getOwnPropertySymbols(Array.prototype)[0]);
console.log(Object.getOwnPropertySymbols(Array.prototype).map(String).join(', '));
