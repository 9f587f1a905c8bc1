// Where V8 places a for-of's call of next, read from the frame of the
// loop: the target as written. A declared pattern is placed at its last
// character, a pattern assigned to at its first, a member target where a
// read of it would be, a name at the name; a for await's call of next too.
// The iterable itself, when it is not iterable, is placed at the iterable
// (throw_positions.js).
const bad = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); } }; } };
const nonobj = { [Symbol.iterator]() { return { next() { return 1; } }; } };
const abad = { [Symbol.asyncIterator]() { return { next() { throw new Error('async next threw'); } }; } };
const at = (e) => e.stack.split('\n').find((s) => s.includes('for_of_step_positions') && !s.includes('next')).replace(/^.*:(\d+:\d+)\)?$/, '$1');
const cases = [
  () => { for (const x of bad) {} },
  () => { let o = {}; for (o.y of bad) {} },
  () => { let o = {}, k = 'z'; for (o[k] of bad) {} },
  () => { let o = { p: {} }; for (o.p.q of bad) {} },
  () => { for (const [a, b] of bad) {} },
  () => { for (const [a, [b, c]] of bad) {} },
  () => { for (let { a, b: [c] } of bad) {} },
  () => { for (const [a = 1, ...r] of bad) {} },
  () => { for (var [ a ]    of bad) {} },
  () => { for (   x   of bad) {} var x; },
  () => { let a; for ([a] of bad) {} },
  () => { let a; for ({ a } of bad) {} },
  () => { for (const x of nonobj) {} },
  () => { for (const { a } of nonobj) {} },
  () => { function* g() { yield 1; for (const x of it) {} } const it = g(); it.next(); it.next(); },
];
for (const f of cases) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.message, at(e)); }
}
(async () => {
  for (const f of [
    async () => { for await (const x of abad) {} },
    async () => { let o = {}; for await (o.v of abad) {} },
    async () => { for await (const [a] of abad) {} },
  ]) {
    try { await f(); console.log('no throw'); } catch (e) { console.log(e.message, at(e)); }
  }
})();
