// var and function hoisting, function declarations in blocks (Annex B), and typeof of undeclared names.
console.log(typeof hoistedVar, hoistedVar);
var hoistedVar = 'assigned';
console.log(hoistedVar);

console.log(hoistedFn());
function hoistedFn() { return 'function hoisted with body'; }

console.log(typeof notYetExpr);
var notYetExpr = function () {};
console.log(typeof notYetExpr);

console.log(typeof undeclaredName, typeof undeclaredName === 'undefined');
try {
  undeclaredName;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Only a bare identifier is exempt: a member access on an undeclared name still throws.
try {
  typeof undeclaredName?.x;
} catch (e) {
  console.log('typeof member of undeclared:', e.constructor.name);
}

// The later function declaration wins; var without init does not override.
function dupFn() { return 'first'; }
function dupFn() { return 'second'; }
var dupFn;
console.log(dupFn());

// var inside a function body is hoisted to the top of that function.
function shadowing() {
  const before = typeof inner;
  var inner = 1;
  return before;
}
console.log(shadowing());

var outerName = 'global';
function shadowRead() {
  const seen = outerName;
  var outerName = 'local';
  return seen;
}
console.log(shadowRead());

// Annex B: sloppy block functions are var-scoped after the block runs.
console.log('before block:', typeof blockFn);
{
  function blockFn() { return 'block fn'; }
}
console.log('after block:', typeof blockFn);

if (false) {
  function neverRun() {}
}
console.log('not evaluated branch:', typeof neverRun);

// In strict mode, block functions are block-scoped.
(function () {
  'use strict';
  {
    function strictBlock() {}
  }
  console.log('strict block fn outside:', typeof strictBlock);
})();

// Functions in blocks are hoisted within the block.
{
  console.log(insideBlock());
  function insideBlock() { return 'hoisted inside block'; }
}

// Hoisted var and parameter with the same name.
function paramVar(x) {
  var x;
  return x;
}
console.log(paramVar('param kept'));
function paramFn(x) {
  function x() {}
  return typeof x;
}
console.log(paramFn('string'));

// var in for/for-in/catch.
for (var loopVar = 0; loopVar < 2; loopVar++) {}
console.log('loopVar', loopVar);
try { throw 1; } catch (err) { var fromCatch = err; }
console.log('fromCatch', fromCatch, typeof err);

// typeof on various values.
console.log(typeof null, typeof [], typeof function () {}, typeof class {}, typeof Symbol(), typeof 1n, typeof NaN);
console.log(typeof typeof 1, typeof new Number(1), typeof Object(Symbol()), typeof /r/);

// var at top level of a CommonJS module does not become a global property.
console.log('hoistedVar' in globalThis);

// Function declarations in switch cases.
switch (1) {
  case 1:
    console.log(caseFn());
    function caseFn() { return 'case function'; }
}

// Named function expression name is read-only and local.
const nfe = function named() {
  named = 'reassigned';
  return typeof named;
};
console.log(nfe(), typeof named);
