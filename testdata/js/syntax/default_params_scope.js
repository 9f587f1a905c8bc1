// Default parameters: evaluation time, scope, TDZ between params, and their effect on length/arguments.
let calls = 0;
function tick() { return ++calls; }
function f(a = tick()) { return a; }
console.log(f(), f(), f(100), calls);
console.log(f(undefined), f(null), calls);

function later(a, b = a * 2, c = a + b) { return [a, b, c].join(); }
console.log(later(1));
console.log(later(1, 5));

function tdz(a = b, b = 1) { return a; }
try {
  tdz();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(tdz(7));

// Parameter scope is separate from the body's var scope.
const x = 'outer';
function scope(a = () => x, x2 = x) {
  var x = 'body';
  return [a(), x2, x].join();
}
console.log(scope());

function paramClosure(p = 1, get = () => p) {
  var p = 2;
  return [p, get()].join();
}
console.log(paramClosure());

function paramAssign(p = 1, set = v => { p = v; }) {
  set(5);
  return p;
}
console.log(paramAssign());

// length stops at the first default or rest.
console.log(function (a, b = 1, c) {}.length);
console.log(function (a, ...r) {}.length);
console.log(function ({ a } = {}, b) {}.length);
console.log(((a, b) => {}).length);

// With defaults, arguments is unmapped even in sloppy mode.
function unmapped(a = 0) {
  a = 'changed';
  return arguments[0];
}
console.log(unmapped('orig'));
function mapped(a) {
  a = 'changed';
  return arguments[0];
}
console.log(mapped('orig'));

// arguments reflects what was passed, not defaults.
function argLen(a = 1, b = 2) { return arguments.length; }
console.log(argLen(), argLen(undefined), argLen(1, 2, 3));

// Default referencing this and the function name.
const obj = {
  base: 10,
  add(n = this.base) { return n + 1; },
};
console.log(obj.add(), obj.add(1));
function named(n = named.name) { return n; }
console.log(named());

// Defaults can be any expression, including a class or a generator call.
function make(C = class { hi() { return 'hi'; } }) { return new C().hi(); }
console.log(make());
function fromGen(it = (function* () { yield 1; yield 2; })()) { return [...it].join(); }
console.log(fromGen());

// Destructured param with default object and nested defaults.
function opts({ size = 'M', color = 'red' } = {}) { return size + '-' + color; }
console.log(opts(), opts({ color: 'blue' }));

// Default params with 'use strict' body are a SyntaxError; check via Function.
try {
  new Function('a = 1', '"use strict"; return a;');
} catch (e) {
  console.log(e.constructor.name);
}

// Duplicate param names are allowed only in simple sloppy lists.
const dup = new Function('a', 'a', 'return a;');
console.log(dup(1, 2));
try {
  new Function('a', 'a = 1', 'return a;');
} catch (e) {
  console.log('duplicate with default:', e.constructor.name);
}

// Defaults are evaluated every call (fresh objects).
function fresh(list = []) { list.push(1); return list.length; }
console.log(fresh(), fresh());
