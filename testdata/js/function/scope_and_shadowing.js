// Scope rules around functions: parameter shadowing, named function expression bindings, nested declarations, and closures over blocks.
var x = 'global x';
function shadowParam(x) { return x; }
function shadowLocal() { var x = 'local x'; return x; }
function readOuter() { return x; }
console.log(shadowParam('param x'), shadowLocal(), readOuter());
// A named function expression's name is visible only inside and is read-only there.
const fe = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(fe(5), typeof fact);
const sloppyAssign = function self() { self = 'ignored'; return typeof self; };
const strictAssign = function self() { 'use strict'; try { self = 1; } catch (e) { return e.constructor.name; } };
console.log(sloppyAssign(), strictAssign());
// A parameter or var with the function's own name shadows it.
const shadowName = function named(named) { return named; };
console.log(shadowName('parameter wins'));
const varName = function named2() { var named2 = 'var wins'; return named2; };
console.log(varName());
// Nested function declarations are hoisted within their function.
function outer() {
  return inner();
  function inner() { return 'inner hoisted'; }
}
console.log(outer());
// Inner functions see later assignments to outer variables.
function later() {
  const get = () => value;
  let value = 'assigned after closure creation';
  return get();
}
console.log(later());
// Function declared in an if block (sloppy): visible after the block executes.
function conditional(flag) {
  if (flag) {
    function chosen() { return 'declared in if'; }
  }
  return typeof chosen === 'function' ? chosen() : 'not declared';
}
console.log(conditional(true), conditional(false));
// Closures over block-scoped variables inside a function.
function blocks() {
  const fns = [];
  { let v = 'block 1'; fns.push(() => v); }
  { let v = 'block 2'; fns.push(() => v); }
  return fns.map((f) => f()).join(', ');
}
console.log(blocks());
// this in nested regular functions versus arrows inside methods.
const obj = {
  id: 'obj',
  regularInner() { function f() { return this === undefined ? 'undefined' : this === globalThis ? 'global' : this.id; } return f(); },
  arrowInner() { const f = () => this.id; return f(); },
};
console.log(obj.regularInner(), obj.arrowInner());
// Recursion through a var that is later reassigned.
var countdown = function (n) { return n === 0 ? 'done' : countdown(n - 1); };
const savedCountdown = countdown;
countdown = () => 'hijacked';
console.log(savedCountdown(3));
