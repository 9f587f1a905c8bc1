// Arrow functions: lexical this/arguments, no prototype, not constructible, body forms.
function Outer() {
  this.value = 'outer';
  const arrow = () => this.value;
  const fn = function () { return this && this.value; };
  return { arrow, fn };
}
const o = new Outer();
console.log(o.arrow());
console.log(o.fn.call({ value: 'called' }));
console.log(o.arrow.call({ value: 'ignored' }));

function args() {
  const inner = () => arguments.length + ':' + Array.from(arguments).join('|');
  return inner('x', 'y', 'z');
}
console.log(args(1, 2));

const arrow = () => 1;
console.log(typeof arrow.prototype);
try {
  new arrow();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

const objBody = () => ({ a: 1 });
console.log(JSON.stringify(objBody()));
const blockBody = () => { a: 1 };
console.log(blockBody());

const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));

const obj = {
  name: 'obj',
  regular() {
    return [1, 2].map(() => this.name).join();
  },
  arrowProp: () => typeof this,
};
console.log(obj.regular());
console.log(obj.arrowProp());

class Timer {
  constructor() {
    this.ticks = 0;
    this.tick = () => { this.ticks++; return this; };
  }
}
const t = new Timer();
const tick = t.tick;
tick(); tick();
console.log(t.ticks);

const bound = (() => this).bind({ x: 1 });
console.log(bound() === module.exports);

console.log(((a, b = a * 2, ...rest) => [a, b, rest.length])(3));
console.log(((a, b) => a + b).length);
console.log((() => {}).name === '');
const namedArrow = () => {};
console.log(namedArrow.name);

const iife = (x => x * x)(7);
console.log(iife);

// Arrow params with destructuring.
const pick = ({ a, b: [c] }) => a + c;
console.log(pick({ a: 1, b: [2] }));

// Arrow in a class field captures the instance.
class Field {
  name = 'field';
  get = () => this.name;
}
const { get } = new Field();
console.log(get());

// Arrow functions inherit strictness.
const sloppy = () => { try { undeclaredArrowVar = 1; return 'assigned'; } catch (e) { return e.constructor.name; } };
console.log(sloppy());
delete globalThis.undeclaredArrowVar;
const strictArrow = () => { 'use strict'; try { undeclaredStrictVar = 1; return 'assigned'; } catch (e) { return e.constructor.name; } };
console.log(strictArrow());

// Precedence: arrow body is an AssignmentExpression.
const f = x => x ? 'yes' : 'no';
console.log(f(0), f(1));
const seq = (() => (1, 2))();
console.log(seq);
