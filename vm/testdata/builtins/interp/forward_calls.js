// f.call, f.apply and Reflect.apply, which the interpreter runs without entering the built-in when the target is a compiled function (vm/forward.go): this binding, argument lists with holes, array-likes, nullish lists, class constructors, generators, bound and native targets, stack traces, recursion and overflow, patched built-ins.
'use strict';
function f(a, b, ...r) { return [this === undefined ? 'u' : typeof this === 'object' ? JSON.stringify(this) : this, a, b, r.length, arguments.length]; }
function sloppy() { return typeof this; }
console.log(f.call({x:1}, 1, 2, 3), f.call(), f.call(5), f.apply(7, [1,,3]), f.apply(8), f.apply(9, null), f.apply(1, {length: 2, 0: 'a', 1: 'b'}));
console.log(Reflect.apply(f, 2, [1, 2, 3, 4]), sloppy.call(3), sloppy.apply(undefined), Reflect.apply(sloppy, 'x', []));
const arr = [1, 2]; arr.length = 4; console.log(f.apply(0, arr));
Array.prototype[1] = 'proto'; console.log(f.apply(0, [0, , 2])); delete Array.prototype[1];
try { Reflect.apply(f, 1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { Reflect.apply(f, 1); } catch (e) { console.log(e.constructor.name, e.message); }
class C {} try { C.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Reflect.apply(C, {}, []); } catch (e) { console.log(e.constructor.name, e.message); }
function* g() { yield this; } console.log([...g.call(4)]);
async function af() { return this; } af.call(6).then(v => console.log('async', v));
const bound = f.bind(1, 2); console.log(bound.call(3, 4), Reflect.apply(bound, 0, [5]));
console.log(Math.max.apply(null, [1, 5, 2]), Array.prototype.slice.call([1,2,3], 1));
function thrower() { throw new Error('boom'); }
try { thrower.call(null); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).map(l => l.replace(/\(.*[\/\\]/, '(')).join('|')); }
try { Reflect.apply(thrower, null, []); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).map(l => l.replace(/\(.*[\/\\]/, '(')).join('|')); }
function rec(n) { return n === 0 ? 0 : 1 + rec.call(null, n - 1); } console.log(rec(1000));
function deep() { return deep.call(null); } try { deep(); } catch (e) { console.log(e.constructor.name, e.message); }
function deep2() { return Reflect.apply(deep2, null, []); } try { deep2(); } catch (e) { console.log(e.constructor.name, e.message); }
const call = Function.prototype.call; Function.prototype.call = function (...a) { return 'patched'; }; console.log(f.call(1)); Function.prototype.call = call;
console.log(call.call(f, 1, 2), Reflect.apply.call(null, f, 3, [4]), Function.prototype.apply.call(f, 5, [6]));
function sl(a) { arguments[0] = 9; return a; } console.log(sl.call(0, 1), sl.apply(0, [2]));
function many() { return arguments.length; } console.log(many.apply(null, new Array(100).fill(0)));
console.log(f.call.call(f, 1, 2));
const sloppy2 = new Function('a', 'return [typeof this, this === globalThis, a]');
console.log(sloppy2.call(null, 1), sloppy2.apply(undefined, [2]), Reflect.apply(sloppy2, 'str', [3]), sloppy2.call(true));
function caller() { return [1, 2, 3].map(function (x) { return Reflect.apply(f, this, [x]); }, 7); } console.log(caller());
