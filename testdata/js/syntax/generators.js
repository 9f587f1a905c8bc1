// Generators: next values, return(), throw(), yield*, finally blocks, and state errors.
function* counter() {
  const first = yield 1;
  console.log('got', first);
  const second = yield 2;
  console.log('got', second);
  return 3;
}
const g = counter();
console.log(JSON.stringify(g.next('ignored')));
console.log(JSON.stringify(g.next('a')));
console.log(JSON.stringify(g.next('b')));
console.log(JSON.stringify(g.next('c')));

function* withFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
}
const f = withFinally();
console.log(JSON.stringify(f.next()));
console.log(JSON.stringify(f.return(99)));
console.log(JSON.stringify(f.next()));

function* finallyYields() {
  try {
    yield 'a';
  } finally {
    yield 'from finally';
    console.log('after finally yield');
  }
}
const fy = finallyYields();
fy.next();
console.log(JSON.stringify(fy.return('R')));
console.log(JSON.stringify(fy.next()));

function* catcher() {
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      console.log('caught', e);
      yield 'recovered';
    }
  }
}
const c = catcher();
c.next();
console.log(JSON.stringify(c.throw('boom')));
console.log(JSON.stringify(c.next()));

const fresh = counter();
try {
  fresh.throw(new Error('before start'));
} catch (e) {
  console.log('throw before start:', e.message);
}
console.log(JSON.stringify(fresh.next()));

const notStarted = counter();
console.log(JSON.stringify(notStarted.return(5)));

function* inner() {
  const x = yield 'i1';
  yield 'i2:' + x;
  return 'inner-result';
}
function* outer() {
  yield 'o1';
  const r = yield* inner();
  yield 'r=' + r;
  yield* [10, 20];
  yield* 'ab';
}
const out = outer();
const seen = [];
let step = out.next();
while (!step.done) {
  seen.push(step.value);
  step = out.next('sent');
}
console.log(seen.join(' '));

function* delegateThrow() {
  try {
    yield* catcher();
  } finally {
    console.log('outer finally');
  }
}
const dt = delegateThrow();
dt.next();
console.log(JSON.stringify(dt.throw('via delegate')));
console.log(JSON.stringify(dt.return('done')));

function* selfRef() {
  try {
    gen.next();
  } catch (e) {
    console.log('running generator:', e.constructor.name, e.message);
  }
  yield 1;
}
const gen = selfRef();
gen.next();

const proto = Object.getPrototypeOf(counter);
console.log(proto === Object.getPrototypeOf(function* () {}));
console.log(typeof counter.prototype, Object.getPrototypeOf(g) === counter.prototype);
console.log(g[Symbol.iterator]() === g);
console.log(Object.prototype.toString.call(g));
try {
  new counter();
} catch (e) {
  console.log('generator not constructor:', e.constructor.name);
}

const objGen = {
  *items() { yield* [1, 2, 3]; },
};
console.log([...objGen.items()].join());

function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const firstTen = [];
for (const n of fib()) {
  if (firstTen.length === 10) break;
  firstTen.push(n);
}
console.log(firstTen.join(','));

function* argsGen() { yield arguments.length; yield this === undefined; }
console.log([...argsGen(1, 2, 3)].join());
