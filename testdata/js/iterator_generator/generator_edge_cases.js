// Generator edge cases: when parameters are evaluated, yield precedence, yield inside expressions, arguments, and methods.
let evaluated = false;
function* params(a = (evaluated = true, 'default')) { yield a; }
const g = params();
console.log('defaults evaluated at call, before next():', evaluated);
console.log(g.next().value);

function* precedence() {
  const x = yield 1, y = yield 2;
  console.log('received', x, y);
  const sum = (yield 'a') + (yield 'b');
  console.log('sum of sent values', sum);
  const arr = [yield 'c', yield 'd'];
  console.log('array of sent values', arr.join());
  yield yield 'nested';
}
const p = precedence();
const out = [];
let r = p.next();
let n = 0;
while (!r.done) { out.push(r.value); r = p.next(++n); }
console.log(out.join(' '));

// yield without an operand yields undefined; yield* of a generator that returns immediately.
function* bare() { const v = yield; yield v; }
const b = bare();
console.log(JSON.stringify(b.next()), JSON.stringify(b.next('back')));
function* empty() { return 'only return'; }
function* wrapsEmpty() { const v = yield* empty(); yield v; }
console.log([...wrapsEmpty()].join());

// arguments and this inside generator functions and methods.
function* withArgs() { yield arguments.length; yield [...arguments].join('+'); }
console.log([...withArgs(1, 2, 3)].join(' | '));
class Repo {
  constructor() { this.items = ['x', 'y']; }
  *[Symbol.iterator]() { yield* this.items; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
console.log([...new Repo()].join(), [...Repo.range(3)].join());
const objGen = { *m() { yield this === objGen; } };
console.log(objGen.m().next().value);

// return() inside finally that yields, and throw() while delegating to an array iterator.
function* finallyYield() {
  try { yield 'body'; } finally { yield 'cleanup 1'; yield 'cleanup 2'; }
}
const fy = finallyYield();
fy.next();
console.log(JSON.stringify(fy.return('R')), JSON.stringify(fy.next()), JSON.stringify(fy.next()), JSON.stringify(fy.next()));
function* overArray() { yield* [1, 2, 3]; }
const oa = overArray();
oa.next();
try {
  oa.throw(new Error('into array delegation'));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(JSON.stringify(oa.next()));

// A generator's prototype property is used for its objects, and can be replaced.
function* custom() { yield 1; }
custom.prototype.extra = function () { return 'extra method'; };
console.log(custom().extra());
custom.prototype = null;
console.log(Object.getPrototypeOf(custom()) === Object.getPrototypeOf(function* () {}).prototype);
