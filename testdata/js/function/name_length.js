// The name and length properties of functions: inference rules, descriptors, and overriding.
function decl(a, b) {}
const expr = function () {};
const namedExpr = function inner() {};
const arrow = () => {};
let assigned;
assigned = function () {};
const obj = {
  method() {},
  prop: function () {},
  arrowProp: () => {},
  ['comp' + 'uted']: () => {},
  get acc() { return 1; },
  set acc(v) {},
  [Symbol('sym')]() {},
  [Symbol()]: function () {},
  123: function () {},
};
console.log(decl.name, expr.name, namedExpr.name, arrow.name, assigned.name);
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name, obj.computed.name, obj[123].name);
const accDesc = Object.getOwnPropertyDescriptor(obj, 'acc');
console.log(accDesc.get.name, accDesc.set.name);
const syms = Object.getOwnPropertySymbols(obj);
console.log(JSON.stringify(obj[syms[0]].name), JSON.stringify(obj[syms[1]].name));

// Assignment to a property and comma expressions do not infer a name; parentheses keep inference.
const notInferred = {};
notInferred.viaAssign = function () {};
const paren = (function () {});
const comma = (0, function () {});
console.log(JSON.stringify(notInferred.viaAssign.name), JSON.stringify(paren.name), JSON.stringify(comma.name));

// Default values and destructuring infer names.
const { fromDefault = () => {} } = {};
const [fromArrayDefault = function () {}] = [];
function withDefault(param = () => {}) { return param.name; }
console.log(fromDefault.name, fromArrayDefault.name, withDefault());

// Classes.
class C {
  static m() {}
  static #p() {}
  static privName() { return C.#p.name; }
}
const AnonClass = class {};
const NamedClass = class Real {};
console.log(C.name, C.m.name, C.privName(), AnonClass.name, NamedClass.name);
class WithStaticName { static name = 'overridden'; }
console.log(WithStaticName.name);
class WithStaticMethodName { static name() { return 'method named name'; } }
console.log(typeof WithStaticMethodName.name);

// Built-ins.
console.log(Array.prototype.push.name, Math.max.name, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name);
console.log(Array.prototype[Symbol.iterator].name, Symbol.prototype[Symbol.toPrimitive].name, RegExp.prototype[Symbol.split].name);
console.log(Function.prototype.bind.call(decl, null).name, new Function('x', 'return x').name);
console.log(Promise.prototype.then.name, Array.from.name, parseInt.name, Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.name);

// length rules.
console.log(decl.length, ((a, b = 1, c) => {}).length, ((...r) => {}).length, (function ({ a }, [b]) {}).length);
console.log(Array.prototype.push.length, Array.prototype.reduce.length, Math.max.length, String.prototype.concat.length, Array.length, Object.length, Function.length);
console.log(Promise.length, Date.length, JSON.stringify.length, parseInt.length, setTimeout.length >= 0);

// Descriptors: configurable but not writable.
const nd = Object.getOwnPropertyDescriptor(decl, 'name');
const ld = Object.getOwnPropertyDescriptor(decl, 'length');
console.log(nd.writable, nd.enumerable, nd.configurable, ld.writable, ld.enumerable, ld.configurable);
decl.name = 'ignored';
console.log(decl.name);
Object.defineProperty(decl, 'name', { value: 'redefined' });
console.log(decl.name);
delete decl.length;
console.log(decl.length, Object.hasOwn(decl, 'length'));

// Anonymous function has own name property with empty string.
console.log(Object.hasOwn(function () {}, 'name'), JSON.stringify((function () {}).name));
console.log(Object.hasOwn(class {}, 'name'), JSON.stringify((class {}).name));
// Export default-like: named via variable in a nested expression is not inferred.
const ternary = true ? function () {} : null;
console.log(JSON.stringify(ternary.name));
const logical = null || function () {};
console.log(JSON.stringify(logical.name));
let la;
la ??= class {};
console.log(la.name);
