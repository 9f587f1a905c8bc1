'use strict';
// Strict mode differences: this binding, undeclared assignment, read-only writes, delete, octal, eval/arguments.
function whatIsThis() { return this; }
console.log(whatIsThis());
console.log(whatIsThis.call(5), typeof whatIsThis.call(5));
console.log(whatIsThis.call(null), whatIsThis.call(undefined));

try {
  undeclaredStrict = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

const frozen = Object.freeze({ a: 1 });
try {
  frozen.a = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  frozen.b = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const getterOnly = { get g() { return 1; } };
try {
  getterOnly.g = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  delete Object.prototype;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  'str'.length = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  (5).prop = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  NaN = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Object.preventExtensions([]).push(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

for (const src of [
  'var x = 010;',
  'var eval = 1;',
  'arguments = 1;',
  'delete someName;',
  'function f(a, a) {}',
  'with ({}) {}',
  'var let = 1;',
  'var yield = 1;',
  '"\\08"',
  'function implements() {}',
]) {
  try {
    eval(src);
    console.log('accepted:', src);
  } catch (e) {
    console.log(e.constructor.name + ':', src);
  }
}

// eval in strict code gets its own variable scope.
eval('var fromEval = 1;');
console.log(typeof fromEval);

// Primitive this is not boxed in strict methods.
String.prototype.selfType = function () { return typeof this; };
console.log('x'.selfType());
delete String.prototype.selfType;

// Function.caller / arguments poison.
function poisoned() {}
try {
  poisoned.caller;
} catch (e) {
  console.log('caller access:', e.constructor.name);
}

// A sloppy function defined via Function constructor is not strict.
const sloppy = new Function('return this === globalThis;');
console.log('Function constructor is sloppy:', sloppy());
const sloppyUndeclared = new Function('createdSloppy = 1; return typeof createdSloppy;');
console.log(sloppyUndeclared());
delete globalThis.createdSloppy;

// Strict functions have non-writable own caller/arguments? They have none.
console.log(Object.getOwnPropertyNames(poisoned).sort().join());
console.log(Object.getOwnPropertyNames(function () {}).sort().join());
