// Object.* static functions not covered elsewhere: assign, entries/fromEntries, keys/values, is, hasOwn, create.
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, undefined, 'xy', [9], { a: 'over' });
console.log(result === target, JSON.stringify(target));

// assign uses [[Set]], triggering setters; getters on the source are read.
const withSetter = { set s(v) { this.seen = v; } };
Object.assign(withSetter, { s: 'via set' });
console.log(withSetter.seen);

// Non-enumerable and inherited props are not copied.
const src = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } });
console.log(JSON.stringify(Object.assign({}, src)));

// Errors midway leave earlier properties assigned.
const frozen = Object.freeze({ x: 1 });
try {
  Object.assign(frozen, { y: 1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Object.assign(null, {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const partial = Object.defineProperty({}, 'b', { value: 0, writable: false });
try {
  Object.assign(partial, { a: 1, b: 2, c: 3 });
} catch (e) {
  console.log('partial:', JSON.stringify(Object.keys(partial)), e.constructor.name);
}

// entries/keys/values on various inputs.
console.log(JSON.stringify(Object.entries('hi')), JSON.stringify(Object.keys([5, 6])), Object.values(10).length);
try {
  Object.keys(undefined);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// fromEntries accepts any iterable of pairs.
console.log(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]])));
console.log(JSON.stringify(Object.fromEntries(new Map([['m', true]]))));
console.log(JSON.stringify(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10]))));
try {
  Object.fromEntries([1]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const sk = Symbol('sk');
console.log(Object.fromEntries([[sk, 'symbol key']])[sk]);

// Object.is.
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));

// Object.hasOwn vs in.
const child = Object.create({ p: 1 });
console.log(Object.hasOwn(child, 'p'), 'p' in child, Object.hasOwn([1], 0), Object.hasOwn('str', 'length'));

// Object() and new Object() with primitives.
console.log(typeof Object(1), Object(1) instanceof Number, Object(null).constructor === Object, typeof Object(Symbol()));
const same = {};
console.log(Object(same) === same, new Object(same) === same);

// Object.create with a second argument and with invalid prototypes.
const created = Object.create(Object.prototype, { x: { value: 1, enumerable: true }, y: { get() { return 2; } } });
console.log(created.x, created.y, JSON.stringify(created));
try {
  Object.create(5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// getOwnPropertyNames with non-objects coerces.
console.log(Object.getOwnPropertyNames('ab').join(), Object.getOwnPropertySymbols({}).length);

// Object.prototype methods on primitives and valueOf/toLocaleString.
console.log((5).hasOwnProperty('x'), ({}).valueOf() !== undefined, ({ toString() { return 'custom'; } }).toLocaleString());

// Object.entries skips properties deleted during iteration.
const changing = {
  get a() { delete this.b; return 'a'; },
  b: 'b',
  c: 'c',
};
console.log(JSON.stringify(Object.entries(changing)));
console.log(Object.getOwnPropertyNames(Object).sort().join());
