// V8 prints the callee of a failed call back from its AST, not as written:
// nested calls become f(...), string keys dotted names, operators gain
// parentheses, numbers fold, and unprintable parts are (intermediate value).
const o = { a: {}, f() { return {}; } };
let b = 0, k = 'z';
class C { #p = 1; m() { return this.#p(); } }
const cases = [
  () => o.f().g(),
  () => o['a'](),
  () => o[k + 1](),
  () => o[0x10](),
  () => new C().x(),
  () => (b ? o.a : o.a)(),
  () => (b = 5)(),
  () => (typeof b)(),
  () => (b || b)(),
  () => ('a' + k + 'b')(),
  () => (1 + 2 * 3)(),
  () => (0, o.a)(),
  () => [1, 'x', b](),
  () => ({ a: 1, b })(),
  () => o.f``(),
  () => (function () {})()(),
  () => new (o.f())(),
  () => new C().m(),
  () => o?.f().g(),
  () => o.f()['q'](),
  () => { let fn = {}; fn``; },
  // Iteration failures blame the callee of a call, or name the operand.
  () => { for (const x of o.f()) {} },
  () => [...o.f()],
  () => [...new Object()],
  () => Math.max(...o.a),
  () => Math.max(...k.missing),
  () => { const [x] = o.a; },
  () => { const [x] = o; },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
// new.target parses at the top level of a CommonJS module (the wrapper is a function).
console.log(new.target, (() => new.target)());
