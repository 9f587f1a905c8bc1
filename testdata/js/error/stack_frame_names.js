// How stack frames are named: V8 prefixes a method call's frame with the
// receiver's type ("Calc.add", "Object.method", "Map.<anonymous>"), adds
// "[as key]" when the function sits under another name, skips the frames of
// an Error subclass's constructors, and lists the async functions awaiting
// the current one as "async f" frames.
const names = (stack, from, n) =>
  stack.split('\n').filter((l) => !l.includes('(node:')).slice(from, from + n).map((l) => l.trim().replace(/ \(.*\)$/, '').replace(/^at \/.*/, 'at <location>'));
function caller() { return names(new Error().stack, 2, 1)[0]; }

class Calc { add() { return caller(); } static make() { return caller(); } get value() { return caller(); } #p() { return caller(); } priv() { return this.#p(); } }
class Sub extends Calc { own() { return caller(); } }
const obj = { method() { return caller(); }, named: function realName() { return caller(); }, arrow: () => caller(), 'a b'() { return caller(); } };
const alias = { other: obj.method };
function plain() { return caller(); }
function strictPlain() { 'use strict'; return caller(); }
function Legacy() {}
Legacy.prototype.run = function run() { return caller(); };
const anon = function () { return caller(); };
const cases = [
  ['instance method', () => new Calc().add()],
  ['static method', () => Calc.make()],
  ['getter', () => new Calc().value],
  ['private method', () => new Calc().priv()],
  ['inherited method', () => new Sub().add()],
  ['own subclass method', () => new Sub().own()],
  ['object literal method', () => obj.method()],
  ['named function expression', () => obj.named()],
  ['arrow property', () => obj.arrow()],
  ['non-identifier name', () => obj['a b']()],
  ['method under another key', () => alias.other()],
  ['plain call', () => plain()],
  ['strict plain call', () => strictPlain()],
  ['call with object receiver', () => plain.call({})],
  ['call with array receiver', () => plain.call([])],
  ['call with string receiver', () => strictPlain.call('s')],
  ['call with number receiver', () => plain.call(5)],
  ['call with a Map', () => anon.call(new Map())],
  ['call with a null-prototype object', () => anon.call(Object.create(null))],
  ['call with a class', () => anon.call(class Kls {})],
  ['call with Math', () => anon.call(Math)],
  ['call with a proxy', () => anon.call(new Proxy({}, {}))],
  ['constructor-function instance', () => new Legacy().run()],
  ['bound to an object', () => plain.bind({})()],
];
for (const [what, f] of cases) console.log(what.padEnd(36), f());

class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
class FieldError extends ValidationError {}
function makeError() { return new FieldError('bad'); }
console.log(names(makeError().stack, 0, 2));

async function outer() { await middle(); }
async function middle() { await inner(); }
async function inner() { await null; throw new Error('deep'); }
outer().catch((e) => console.log(names(e.stack, 0, 5)));
class Service { async load() { return await this.fetch(); } async fetch() { await null; throw new Error('fetch'); } }
new Service().load().catch((e) => console.log(names(e.stack, 0, 3)));
