// Symbol values: creation, description, registry, wrapper objects, conversions, and uniqueness.
const a = Symbol('desc');
const b = Symbol('desc');
console.log(typeof a, a === b, a.toString(), a.description, String(a), a.valueOf() === a);
console.log(Symbol().toString(), Symbol().description, Symbol(undefined).description, Symbol('').description, Symbol(null).description, Symbol(123).description);
console.log(Symbol({ toString: () => 'from object' }).description);

const r1 = Symbol.for('app.key');
const r2 = Symbol.for('app.key');
console.log(r1 === r2, Symbol.keyFor(r1), Symbol.keyFor(a), Symbol.for().description, Symbol.keyFor(Symbol.for('undefined')));
console.log(Symbol.keyFor(Symbol.iterator));
try {
  Symbol.keyFor('not a symbol');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Wrapper objects.
const w = Object(a);
console.log(typeof w, w instanceof Symbol, w.valueOf() === a, w.description, w == a, w === a, Object.prototype.toString.call(w));
try {
  new Symbol();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Conversions.
for (const [label, fn] of [
  ['String', () => String(a)],
  ['template', () => `${a}`],
  ['concat', () => a + ''],
  ['Number', () => Number(a)],
  ['unary plus', () => +a],
  ['Boolean', () => Boolean(a)],
  ['not', () => !a],
  ['JSON', () => JSON.stringify(a)],
  ['JSON array', () => JSON.stringify([a])],
  ['Object.keys', () => Object.keys(Object(a)).length],
  ['toPrimitive', () => a[Symbol.toPrimitive]() === a],
  ['comparison', () => a < b],
  ['equality with description', () => a == 'Symbol(desc)'],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

// Symbols as property keys and uniqueness in collections.
const set = new Set([a, b, a, Symbol.for('x'), Symbol.for('x')]);
console.log(set.size);
const m = new Map([[a, 1]]);
console.log(m.get(a), m.get(b));

// Symbol.prototype members.
console.log(Object.getOwnPropertyNames(Symbol.prototype).sort().join(), Symbol.prototype[Symbol.toStringTag]);
const descGetter = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description');
console.log(typeof descGetter.get, descGetter.set);
try {
  Symbol.prototype.toString.call('x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Symbol.length, Symbol.name, Symbol.for.length);
