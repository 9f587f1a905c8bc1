// The with statement in sloppy mode, Symbol.unscopables, and its interaction with var and functions.
const scope = { a: 1, b: 2 };
with (scope) {
  console.log(a + b);
  a = 10;
}
console.log(scope.a);

// Assigning an unknown name inside with creates a global (sloppy), not a property.
with (scope) {
  newGlobalFromWith = 'created';
}
console.log('newGlobalFromWith' in scope, typeof newGlobalFromWith);
delete globalThis.newGlobalFromWith;

// var inside with assigns to the object if it has the property.
with (scope) {
  var b = 20;
}
console.log(scope.b, b);

// Prototype chain properties are visible.
const child = Object.create({ inherited: 'yes' });
with (child) {
  console.log(inherited);
}

// Symbol.unscopables hides names.
const arr = [1, 2, 3];
const values = 'outer values';
with (arr) {
  console.log(typeof push, values, length);
}
console.log(Object.keys(Array.prototype[Symbol.unscopables]).sort().join());

const custom = { hidden: 'from object', shown: 'from object', [Symbol.unscopables]: { hidden: true } };
const hidden = 'from outer';
with (custom) {
  console.log(hidden, shown);
}

// Functions called through with get the object as this (like a method call).
const host = {
  name: 'host',
  whoami() { return this === host ? 'host' : String(this); },
};
with (host) {
  console.log(whoami());
}

// Closures created inside with keep the object environment.
let getter;
const live = { v: 'first' };
with (live) {
  getter = () => v;
}
live.v = 'second';
console.log(getter());

// Properties added after entering the with block are visible.
const dyn = {};
const lookup = 'outer';
with (dyn) {
  dyn.lookup = 'added';
  console.log(lookup);
}

// with on a primitive wraps it.
with ('text') {
  console.log(length, charAt(1));
}

try {
  with (null) {}
} catch (e) {
  console.log('with null:', e.constructor.name);
}

// with is a SyntaxError in strict code.
try {
  new Function('"use strict"; with ({}) {}');
} catch (e) {
  console.log('strict with:', e.constructor.name);
}

// typeof and delete through with.
const del = { gone: 1 };
with (del) {
  console.log(typeof gone, delete gone, typeof gone);
}
