// How `this` is bound: method calls, extracted methods, callbacks, constructors, getters, and sloppy boxing.
const obj = {
  name: 'obj',
  regular() { return this === undefined ? 'undefined' : this === globalThis ? 'global' : this.name; },
  nested: { name: 'nested', regular() { return this.name; } },
};
console.log(obj.regular(), obj.nested.regular());
const extracted = obj.regular;
console.log(extracted());
console.log((obj.regular)(), (0, obj.regular)(), (obj.regular = obj.regular)());
console.log(obj['regular'](), [obj.regular][0]() === undefined);

// Class methods are strict: extracted this is undefined.
class K {
  who() { return this === undefined ? 'undefined' : 'instance'; }
}
const k = new K();
const who = k.who;
console.log(k.who(), who());

// Callbacks: thisArg parameter.
console.log([1].map(function () { return this.tag; }, { tag: 'thisArg' }).join());
console.log([1].map(function () { return this === globalThis; }).join());
console.log([1].map(function () { 'use strict'; return this; }).join() === '');

// Constructor calls: this is a new object whose prototype is F.prototype.
function F() { this.made = true; }
const f = new F();
console.log(f.made, Object.getPrototypeOf(f) === F.prototype);
function ReturnsPrimitive() { this.kept = true; return 5; }
console.log(new ReturnsPrimitive().kept);
function ReturnsObject() { this.lost = true; return { other: true }; }
console.log(JSON.stringify(new ReturnsObject()));

// Getters/setters receive the object they were accessed through.
const base = { get self() { return this; } };
const derived = Object.create(base);
console.log(derived.self === derived);

// Sloppy functions box primitives.
function sloppy() { return typeof this; }
console.log(sloppy.call(1), sloppy.call('s'), sloppy.call(true), sloppy.call(Symbol()), sloppy.call(1n));
function strict() { 'use strict'; return typeof this; }
console.log(strict.call(1), strict.call('s'), strict.call(true), strict.call(Symbol()), strict.call(1n));

// this in nested functions vs arrows.
const outer = {
  name: 'outer',
  withFunction() { return (function () { return this === globalThis; })(); },
  withArrow() { return (() => this.name)(); },
};
console.log(outer.withFunction(), outer.withArrow());

// Top level this in a CommonJS module is module.exports.
console.log(this === module.exports, typeof this);

// Optional call preserves this.
console.log(obj.regular?.(), obj?.regular());

// Tagged templates with member tags get the object as this.
const tagger = { prefix: 'P', tag(s) { return this.prefix + s[0]; } };
console.log(tagger.tag`x`);

// super method calls keep this.
class A { id() { return this.label; } }
class B extends A { constructor() { super(); this.label = 'B instance'; } id() { return 'via super: ' + super.id(); } }
console.log(new B().id());

// setTimeout callbacks see node's Timeout object as this; check only that it is an object.
setTimeout(function () { console.log('timeout this is object:', typeof this === 'object'); }, 0);
