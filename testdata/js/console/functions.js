// Functions and classes: [Function: name], [class X], anonymous, async/generator kinds, bound, and extra props.
function named() {}
console.log(named, function () {}, () => {}, class {}, class Named {});
async function af() {}
function* gf() {}
async function* agf() {}
console.log(af, gf, agf, async () => {});
class A {}
class B extends A {}
console.log(A, B, class extends A {});
console.log(named.bind(null), (() => {}).bind(null));
named.prop = 1;
named.nested = { x: 1 };
console.log(named);
console.log({ method() {}, get g() { return 1; }, arrow: () => {}, ['computed' + 1]() {} });
console.log([Math.max, Array, Object, Function.prototype]);
const noName = (() => function () {})();
console.log(noName);
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'renamed' });
console.log(renamed);
const nullProtoFn = function np() {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(nullProtoFn);
class WithStatic { static a = 1; static method() {} }
console.log(WithStatic);
console.log(Symbol, Promise, Map);
