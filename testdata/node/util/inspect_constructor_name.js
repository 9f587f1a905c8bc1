// util.inspect names an object whose prototype chain has no constructor as V8's GetConstructorName does: after the
// function that made it with new (its inferred name too), else its tag, else its built-in class (cookie 1.x's
// objects are made by a constructor whose prototype is Object.create(null)).
function C(){}; C.prototype = Object.create(null); console.log(new C());
function D(){ this.a = 1 }; D.prototype = Object.create(null); console.log(new D());
class E {}; Object.setPrototypeOf(E.prototype, null); console.log(new E());
function F(){}; F.prototype = {}; console.log(new F());
const o = Object.create(null); o.x = 1; console.log(o);
function G(){}; G.prototype = Object.create(null); const g = new G(); g.y = 2; console.log(g, require('util').inspect(g, {depth: 0}));
const a = [1, 2]; Object.setPrototypeOf(a, null); console.log(a);
const f = function named() {}; Object.setPrototypeOf(f, null); console.log(f);
const m = new Map([[1, 2]]); Object.setPrototypeOf(m, null); console.log(m);
const d = Object.create(Object.create(null)); d.k = 1; console.log(d);
function T() {} T.prototype = Object.create(null, { [Symbol.toStringTag]: { value: 'Tagged' } }); console.log(new T());
const anon = function () {}; anon.prototype = Object.create(null); console.log(new anon());
const arrow = {}; arrow.make = function () {}; arrow.make.prototype = Object.create(null); console.log(new arrow.make());
class K { constructor() { this.v = 1 } }; Object.setPrototypeOf(K.prototype, null); const k = new K(); console.log(k);
const e = new Error('x'); Object.setPrototypeOf(e, null); console.log(Object.keys(e).length, typeof require('util').inspect(e));
