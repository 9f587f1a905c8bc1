// Direct eval sees the local scope; indirect eval runs in the global scope.
var globalVar = 'global';
globalThis.globalProp = 'global prop';

function direct() {
  var globalProp = 'local';
  return eval('globalProp');
}
function indirect() {
  var globalProp = 'local';
  return (0, eval)('globalProp');
}
function aliased() {
  var globalProp = 'local';
  const e = eval;
  return e('globalProp');
}
console.log(direct(), indirect(), aliased());

// Direct eval in sloppy functions can declare vars in the caller.
function declares() {
  eval('var declared = "from eval"');
  return declared;
}
console.log(declares());

// ...but let/const stay inside the eval.
function letInEval() {
  eval('let inner = 1');
  return typeof inner;
}
console.log(letInEval());

// Strict eval code has its own var scope.
function strictEval() {
  eval('"use strict"; var hidden = 1');
  return typeof hidden;
}
console.log(strictEval());

// Indirect eval var declarations become global properties.
(0, eval)('var madeGlobal = "yes"');
console.log(globalThis.madeGlobal, Object.getOwnPropertyDescriptor(globalThis, 'madeGlobal').configurable);
delete globalThis.madeGlobal;

// Return value is the completion value.
console.log(eval('1 + 1'), eval('var q = 3'), eval(''), eval('if (true) { "branch" }'));
console.log(eval('({ a: 1 })').a, eval('{ a: 1 }'));

// Non-string arguments are returned as is.
const obj = {};
console.log(eval(obj) === obj, eval(42), eval(), eval(new String('1 + 1')).toString());

// Direct eval sees this, new.target, arguments of the enclosing function.
function ctx(a) {
  return eval('[this.tag, arguments.length, a]').join();
}
console.log(ctx.call({ tag: 'T' }, 'A', 'B'));
function Nt() { this.v = eval('new.target === Nt'); }
console.log(new Nt().v);

// Syntax errors are thrown as SyntaxError at runtime.
try {
  eval('let let = 1');
} catch (e) {
  console.log(e.constructor.name);
}
try {
  eval('{');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Functions declared by eval.
function fnDecl() {
  eval('function made() { return "made by eval" }');
  return made();
}
console.log(fnDecl());

// Closures capture eval-created variables.
function closure() {
  eval('var captured = 1');
  return () => ++captured;
}
const inc = closure();
inc();
console.log(inc());

// eval inside an arrow sees arrow's lexical this.
const arrowObj = {
  tag: 'arrow-this',
  m() { return (() => eval('this.tag'))(); },
};
console.log(arrowObj.m());

// Conflicting let in the caller makes eval var declaration throw.
function conflict() {
  let clash = 1;
  {
    try {
      eval('var clash = 2');
    } catch (e) {
      return e.constructor.name;
    }
  }
}
console.log(conflict());

// new Function bodies run in global scope.
function scoped() {
  var onlyHere = 'local';
  return new Function('return typeof onlyHere')();
}
console.log(scoped());
console.log(new Function('a', 'b', 'return a * b')(6, 7));
console.log(new Function('a, b', 'c', 'return a + b + c')(1, 2, 3));
console.log(Function('return 1').name);
