// V8's f.caller and f.arguments of sloppy functions read the live call.
function show(v) { return typeof v === 'function' ? 'fn ' + v.name : String(v); }

function target(a) { return [show(target.caller), target.arguments && Array.from(target.arguments).join()]; }
console.log('not running:', target.caller, target.arguments);
function direct() { return target(1); }
console.log('direct:', direct().join(' / '));
function strictCaller() { 'use strict'; return target(3); }
console.log('strict caller:', strictCaller().join(' / '));
const arrow = () => target(4);
console.log('arrow caller:', arrow().join(' / '));
class K { constructor() { this.r = target(5); } m() { return target(6); } }
console.log('class code:', new K().r.join(' / '), new K().m().join(' / '));
function* gen() { yield target(7); }
console.log('generator:', gen().next().value.join(' / '));
function viaEval() { return eval('target(8)'); }
console.log('eval is transparent:', viaEval().join(' / '));
function viaApply() { return target.apply(null, [9]); }
function viaCall() { return target.call(null, 10); }
function viaReflect() { return Reflect.apply(target, null, [11]); }
function viaBound() { return target.bind(null, 12)(); }
console.log(viaApply()[0], viaCall()[0], viaReflect()[0], viaBound()[0]);
const o = { get x() { return target(13); } };
function readsGetter() { return o.x; }
console.log('getter:', readsGetter().join(' / '));

// Arguments past the parameters (Kiln keeps them once a function's arguments have been read this way).
function extras() { return target(14, 15, 16); }
console.log('extras:', extras().join(' / '));

// Recursion: the innermost call is the one seen.
function rec(n) { return n > 0 ? rec(n - 1) : [rec.arguments[0], show(rec.caller)].join(); }
function startRec() { return rec(2); }
console.log('recursion:', startRec());

// f.arguments is a fresh copy, separate from the function's own arguments object.
function copies(a) {
  const x = copies.arguments;
  x[0] = 'written';
  return [a, arguments[0], x === arguments, copies.arguments === copies.arguments, x.callee === copies, x.length].join();
}
console.log(copies('start', 'extra'));
function unusedArguments(a) { a = 'changed'; return unusedArguments.arguments[0]; }
console.log(unusedArguments('start'));

// The properties stay read-only and non-configurable, and their descriptors show the live value.
function described() { return Object.getOwnPropertyDescriptor(described, 'caller'); }
function describer() { return described(); }
const d = describer();
console.log(show(d.value), d.writable, d.enumerable, d.configurable);
target.caller = 'ignored';
console.log(target.caller, delete target.caller, Object.getOwnPropertyNames(target).join());
try {
  (function () { 'use strict'; target.arguments = 1; })();
} catch (e) {
  console.log(e.constructor.name);
}
// A function inheriting from a sloppy function reads through it.
const child = Object.create(target);
function readsChild() { return [child.caller, target.caller]; }
console.log(readsChild().join());
