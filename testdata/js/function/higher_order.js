// Higher-order functions: composition, currying, partial application, decorators, and callbacks with indices.
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));

function curry(fn) {
  return function curried(...args) {
    return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, [...args, ...more]);
  };
}
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));

const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
console.log(partial(Math.max, 5)(1, 9, 3));

function once(fn) {
  let done = false, result;
  return function (...args) {
    if (!done) { done = true; result = fn.apply(this, args); }
    return result;
  };
}
let initCount = 0;
const init = once(() => ++initCount);
init(); init(); init();
console.log(initCount, init());

function logged(fn) {
  return function (...args) {
    const r = fn.apply(this, args);
    console.log(`${fn.name}(${args.join(', ')}) = ${r}`);
    return r;
  };
}
const mul = logged(function multiply(a, b) { return a * b; });
mul(6, 7);

// Callback arguments: value, index, array. A classic pitfall.
console.log(['1', '2', '3'].map(parseInt).join());
console.log(['1', '2', '3'].map(Number).join());
console.log(['a', 'b'].map((v, i, arr) => `${v}${i}${arr.length}`).join());

// Functions as data.
const ops = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b };
console.log(Object.entries(ops).map(([k, f]) => `4${k}2=${f(4, 2)}`).join(' '));

// Function returning functions that share state.
function bank() {
  let balance = 0;
  const tx = (sign) => (amount) => (balance += sign * amount);
  return { deposit: tx(1), withdraw: tx(-1) };
}
const acct = bank();
acct.deposit(100);
console.log(acct.withdraw(30));

// Function arity checks and defaults with higher-order helpers.
const debounceLike = (fn) => { const calls = []; return Object.assign((...a) => { calls.push(a); }, { flush: () => calls.length && fn(...calls.at(-1)) }); };
const d = debounceLike((x) => 'last=' + x);
d(1); d(2); d(3);
console.log(d.flush());

// Sort comparator built by a higher-order function.
const by = (key, dir = 1) => (a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : 0);
const people = [{ n: 'c', a: 3 }, { n: 'a', a: 1 }, { n: 'b', a: 2 }];
console.log(people.toSorted(by('n')).map(p => p.n).join(), people.toSorted(by('a', -1)).map(p => p.a).join());

// Y-combinator style recursion without names.
const Y = (f) => ((x) => x(x))((x) => f((...a) => x(x)(...a)));
const fact = Y((self) => (n) => (n <= 1 ? 1 : n * self(n - 1)));
console.log(fact(6));
