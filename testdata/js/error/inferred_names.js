// V8 names an anonymous function after where it is assigned, for stack
// traces only: the frame of `o.m = function () {}` reads "o.m", never
// "Object.m", while o.m.name stays "". The name is built as V8's parser
// builds it (member chains, `prototype` left out, "<computed>" keys, a
// capitalised enclosing function in front, calls dropping the function
// last read) and combines with the receiver's type and key as a method
// call's frame does: "Array.list", "o.m [as alias]", "new o.Model".
const frame = (stack, n) => stack.split('\n')[n].trim().replace(/ \(.*\)$/, '').replace(/^at \/.*/, 'at <location>');
function caller() { return frame(new Error().stack, 2); }
const cases = [];
const t = (what, f) => cases.push([what, f]);

// Assignment targets.
const o = {};
o.m = function () { return caller(); };
t('member assignment', () => o.m());
t('the same, called bare', () => { const f = o.m; return f(); });
t('the same, under another key', () => ({ q: o.m }).q());
const a = { b: {} };
a.b.c = () => caller();
t('member chain', () => a.b.c());
o['k'] = function () { return caller(); };
t('string key', () => o.k());
const key = 'dyn';
o[key] = function () { return caller(); };
t('computed key', () => o.dyn());
o[1] = function () { return caller(); };
t('numeric key', () => o[1]());
exports.f = () => caller();
t('exports.f', () => exports.f());
module.exports.g = function () { return caller(); };
t('module.exports.g', () => module.exports.g());
let v;
v = function () { return caller(); };
t('variable (its .name wins)', () => v());
o.m2 = o.m3 = function () { return caller(); };
t('chained assignment', () => o.m2());
var first = second = function () { return caller(); };
var second;
t('two variables in a row', () => first());
o.tern = o.m ? function () { return caller(); } : null;
t('conditional branch', () => o.tern());
o.or = null || function () { return caller(); };
t('logical operand', () => o.or());
o.p = undefined;
o.p ??= () => caller();
t('logical assignment', () => o.p());

// Prototypes and constructors.
function Foo() {
  this.inst = function () { return caller(); };
  this.o = {};
  this.o.p = function () { return caller(); };
}
Foo.prototype.pm = function () { return caller(); };
Foo.prototype.a = {};
Foo.prototype.a.b = function () { return caller(); };
Foo.st = function () { return caller(); };
const foo = new Foo();
t('prototype method', () => foo.pm());
t('prototype left out of a chain', () => (0, foo.a.b)());
t('static function property', () => Foo.st());
t('this.x in a constructor', () => foo.inst());
t('the same, other receiver', () => ({ h: foo.inst }).h());
t('this.o.p in a constructor', () => (0, foo.o.p)());
function lower() { this.inst = function () { return caller(); }; }
t('this.x in a lower-case function', () => (0, new lower().inst)());
// An object made by new is of its constructor's type, whatever its
// prototype says; one made by Object.create is not.
function Legacy() {}
Legacy.prototype = { run: function () { return caller(); } };
t('replaced prototype', () => new Legacy().run());
t('the same, from Object.create', () => Object.create(Legacy.prototype).run());
const ns = {};
ns.Model = function () {};
ns.Model.prototype = { run: function () { return caller(); } };
t('replaced prototype, assigned constructor', () => new ns.Model().run());

// Literals and classes.
const list = [function () { return caller(); }, () => caller()];
t('array element', () => list[1]());
t('array element, bare', () => (0, list[1])());
const obj = { lit: function () { return caller(); }, deep: { fns: [function () { return caller(); }] } };
t('object literal property (.name)', () => obj.lit());
t('array in an object literal', () => (0, obj.deep.fns[0])());
o.cls = class { m() { return caller(); } static s() { return caller(); } };
t('method of an anonymous class', () => new o.cls().m());
t('static method of an anonymous class', () => o.cls.s());
class C { field = function () { return caller(); }; static list = [function () { return caller(); }]; #p = [function () { return caller(); }]; p() { return (0, this.#p[0])(); } }
t('class field (.name)', () => new C().field());
t('array in a static field', () => (0, C.list[0])());
t('array in a private field', () => new C().p());
function withDefault(cb = function () { return caller(); }, list = [function () { return caller(); }]) { return [cb(), (0, list[0])()].join(', '); }
t('default parameters', () => withDefault());

// Constructor frames.
const api = {};
api.Model = function () { this.frame = caller(); };
api.Klass = class { constructor() { this.frame = caller(); } };
t('new of an assigned function', () => new api.Model().frame);
t('new of an assigned class', () => new api.Klass().frame);

// Where .name still wins.
o.named = function realName() { return caller(); };
t('named function expression', () => o.named());
o.renamed = function () { return caller(); };
Object.defineProperty(o.renamed, 'name', { value: 'other' });
t('name property redefined', () => o.renamed());

// V8's parser habits.
const hold = [];
function Keep(fns) { hold.push(fns[0]); }
o.paren = (function () { return caller(); });
t('parenthesised function', () => o.paren());
o.iife = (function () { return function () { return caller(); }; })();
t('result of a call', () => o.iife());
o.dropped = [function () { return caller(); }, String(1)];
t('a later call drops it', () => (0, o.dropped[0])());
t("so does one in an arrow's body", () => list[0]());
o.args = [Array.of(function () { return caller(); }, function () { return caller(); })];
t('call arguments', () => [(0, o.args[0][0])(), (0, o.args[0][1])()].join(', '));
new Keep([function () { return caller(); }]);
o.later = 1;
t('named by the next statement', () => (0, hold[0])());

for (const [what, f] of cases) console.log(what.padEnd(40), f());
console.log(o.m.name === '', exports.f.name === '', list[0].name === '', String(o.m));
// Messages use .name, never the inferred one.
try { o.cls(); } catch (e) { console.log(e.message); }
try { C(); } catch (e) { console.log(e.message); }
// The CallSite API gives the inferred name as the function's name, and no
// type for a constructor's frame.
Error.prepareStackTrace = (e, cs) => [cs[0].getFunctionName(), cs[0].getMethodName(), cs[0].getTypeName(), cs[0].isConstructor()].join(' ');
o.site = function () { return new Error().stack; };
api.Site = function () { this.site = new Error().stack; };
console.log(o.site(), '|', new api.Site().site);
delete Error.prepareStackTrace;
