// Recursion: direct, mutual, deep, through named function expressions, and stack overflow as RangeError.
function factorial(n) { return n <= 1 ? 1 : n * factorial(n - 1); }
console.log(factorial(10), factorial(20), factorial(25));

function factBig(n) { return n <= 1n ? 1n : n * factBig(n - 1n); }
console.log(factBig(30n));

const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
console.log(isEven(100), isOdd(7), isEven(3001));

function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));

// Named function expression refers to itself even if the outer binding changes.
let countdown = function self(n) { return n === 0 ? 'liftoff' : self(n - 1); };
const saved = countdown;
countdown = null;
console.log(saved(5));

// Deep but finite recursion (a few thousand frames must work).
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));

// Tree recursion.
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));

function permutations(arr) {
  if (arr.length <= 1) return [arr];
  return arr.flatMap((x, i) => permutations([...arr.slice(0, i), ...arr.slice(i + 1)]).map(p => [x, ...p]));
}
console.log(permutations([1, 2, 3]).map(p => p.join('')).join(' '));

function flattenDeep(v) { return Array.isArray(v) ? v.reduce((acc, x) => acc.concat(flattenDeep(x)), []) : [v]; }
console.log(flattenDeep([1, [2, [3, [4, [5]]]]]).join());

// Unbounded recursion throws a catchable RangeError.
function forever() { return forever() + 1; }
try {
  forever();
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}

// The program keeps working after a stack overflow.
console.log(factorial(5));

// Overflow inside a getter and through toString also produce RangeError.
const loop = { get self() { return this.self; } };
try {
  loop.self;
} catch (e) {
  console.log('getter overflow:', e.constructor.name);
}
const str = { toString() { return 'x' + this; } };
try {
  String(str);
} catch (e) {
  console.log('toString overflow:', e.constructor.name);
}

// Recursion through a generator.
function* walk(tree) {
  yield tree.v;
  for (const child of tree.children || []) yield* walk(child);
}
const tree = { v: 1, children: [{ v: 2, children: [{ v: 3 }] }, { v: 4 }] };
console.log([...walk(tree)].join());

// Recursive data structure printing.
function show(node) { return node ? `(${node.v} ${show(node.next)})` : 'nil'; }
console.log(show({ v: 1, next: { v: 2, next: { v: 3, next: null } } }));
