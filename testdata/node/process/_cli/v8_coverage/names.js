function Foo() { this.h = function () {}; }
new Foo();
Foo.prototype.bar = function () {};
const a = { b: {} };
a.b['c'] = function () {};
a[0] = () => {};
a.b.d = async () => {};
a.e = class {};
a.f = function named() {};
let v;
v = function () {};
var helper = (this && this.helper) || function (x) { return x; };
var pick = Object.create ? (function (o) { return o; }) : (function (o) { return o; });
class Maker { make() { this.debug = () => {}; } }
new Maker().make();
const o2 = { ['a' + 1]() {}, get [Symbol.iterator]() { return 1; }, [Symbol.toPrimitive]: function () {} };
class K { [Symbol.iterator]() {} static [Symbol.hasInstance]() {} }
var rr = class { [Symbol.iterator]() {} };
var qq = class Q { [Symbol.iterator]() {} };
function foo(f) { return f; }
var x = foo(function () {});
exports.y = foo(() => 1);
const o = { k: foo(() => 2), n: { m: foo(function () {}) } };
const z = [function () {}, () => 3];
let w = foo(1) || (() => 4);
x = foo(() => 5);
const q = foo(foo(() => 6));
o.p = o.q = function () {};
