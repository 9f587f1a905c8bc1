// yield*: forwarding next/throw/return to the inner iterator, result values, and inners without throw/return.
function* inner() {
  try {
    const a = yield 'inner 1';
    console.log('inner received', a);
    yield 'inner 2';
    return 'inner result';
  } finally {
    console.log('inner finally');
  }
}
function* outer() {
  const r = yield* inner();
  console.log('yield* evaluated to', r);
  yield 'outer after';
}
const g = outer();
console.log(JSON.stringify(g.next('ignored')));
console.log(JSON.stringify(g.next('sent through')));
console.log(JSON.stringify(g.next()));
console.log(JSON.stringify(g.next()));

// return() is forwarded to the inner generator.
const g2 = outer();
g2.next();
console.log(JSON.stringify(g2.return('early')));

// throw() is forwarded and can be caught inside.
function* catching() {
  try {
    yield 'waiting';
  } catch (e) {
    yield 'inner caught ' + e;
  }
}
function* wrapper() { yield* catching(); yield 'wrapper continues'; }
const g3 = wrapper();
g3.next();
console.log(JSON.stringify(g3.throw('E')));
console.log(JSON.stringify(g3.next()));

// An inner iterator without throw(): yield* closes it and throws a TypeError.
const noThrow = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 'plain', done: false }; },
  return() { console.log('noThrow.return called'); return {}; },
};
function* delegatesToPlain() { yield* noThrow; }
const g4 = delegatesToPlain();
g4.next();
try {
  g4.throw(new Error('into plain'));
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// An inner iterator without return(): yield* completes the return directly.
const noReturn = { [Symbol.iterator]() { return this; }, next() { return { value: 'v', done: false }; } };
function* delegatesNoReturn() { yield* noReturn; }
const g5 = delegatesNoReturn();
g5.next();
console.log(JSON.stringify(g5.return('returned')));

// yield* over strings, arrays, sets and other generators; the result of yield* on an array is undefined.
function* many() {
  const r = yield* [1, 2];
  yield String(r);
  yield* 'ab';
  yield* new Set(['s']);
  yield* (function* () { yield 'nested'; })();
}
console.log([...many()].join(' '));

// Recursive delegation: tree walk.
function* walk(node, depth = 0) {
  yield '  '.repeat(depth) + node.name;
  for (const c of node.children ?? []) yield* walk(c, depth + 1);
}
const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b' }] };
console.log([...walk(tree)].join('\n'));

// yield* with non-iterables throws.
function* badDelegate() { yield* 5; }
try {
  badDelegate().next();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
