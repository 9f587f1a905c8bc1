// Closures: shared environments, private state, capture of loop and catch variables, and closures over arguments.
function makeCounter() {
  let count = 0;
  return {
    increment: () => ++count,
    decrement: () => --count,
    get value() { return count; },
  };
}
const c = makeCounter();
c.increment(); c.increment(); c.decrement();
console.log(c.value);

// Two closures share one binding.
function shared() {
  let v = 'initial';
  return [() => v, (n) => { v = n; }];
}
const [get, set] = shared();
set('updated');
console.log(get());

// Closures capture bindings, not values.
let late = 'before';
const readLate = () => late;
late = 'after';
console.log(readLate());

// Nested closures reach several levels up.
function level1(a) {
  return function level2(b) {
    return function level3(c) {
      return () => [a, b, c].join('-');
    };
  };
}
console.log(level1('x')('y')('z')());

// Memoization with a closure-held cache.
function memo(fn) {
  const cache = new Map();
  let misses = 0;
  const wrapped = (n) => {
    if (!cache.has(n)) {
      misses++;
      cache.set(n, fn(n));
    }
    return cache.get(n);
  };
  wrapped.misses = () => misses;
  return wrapped;
}
const slowSquare = memo((n) => n * n);
slowSquare(4); slowSquare(4); slowSquare(5);
console.log(slowSquare(4), slowSquare.misses());

const fib = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(90), fib.misses());

// Catch parameter capture.
const fromCatch = [];
for (const v of [1, 2]) {
  try { throw v; } catch (err) { fromCatch.push(() => err); }
}
console.log(fromCatch.map(f => f()).join());

// Closure over a parameter modified later.
function param(p) {
  const f = () => p;
  p = 'modified';
  return f();
}
console.log(param('orig'));

// Closures in object methods and classes.
function Person(name) {
  let secret = name + '-secret';
  this.reveal = () => secret;
  this.rename = (n) => { secret = n + '-secret'; };
}
const p = new Person('ann');
p.rename('bob');
console.log(p.reveal());

// Closures keep large environments alive only as needed; check independence of instances.
const adders = [1, 2, 3].map(n => x => x + n);
console.log(adders.map(f => f(10)).join());

// IIFE module pattern.
const mod = (function () {
  let priv = 0;
  function inc() { return ++priv; }
  return { inc, peek: () => priv };
})();
mod.inc(); mod.inc();
console.log(mod.peek(), typeof priv);

// Closure over a var in a loop through an IIFE.
const iifes = [];
for (var i = 0; i < 3; i++) {
  (function (j) { iifes.push(() => j); })(i);
}
console.log(iifes.map(f => f()).join());

// Closure capturing `this` via self.
const obj = {
  name: 'obj',
  later() {
    const self = this;
    return function () { return self.name; };
  },
};
console.log(obj.later()());

// Function declared in a block closes over the block's let.
{
  let blockVal = 'block value';
  var blockFn = function () { return blockVal; };
}
console.log(blockFn());

// Generator closure state.
function* idGen() { let id = 0; while (true) yield ++id; }
const ids = idGen();
ids.next(); ids.next();
console.log(ids.next().value);
