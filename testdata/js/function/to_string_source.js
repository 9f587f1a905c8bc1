// Function.prototype.toString returns the exact source text slice, including comments and whitespace.
function plain(a, b) {
  // a comment inside
  return a + b; /* trailing */
}
console.log(plain.toString());

const expr = function named  ( x ) { return x; };
console.log(expr.toString());

const anon = function () {};
console.log(String(anon));

const arrow = (a,b)=>a+b;
console.log(arrow.toString());
const arrowBlock = async x => { await x; };
console.log(arrowBlock.toString());

function* gen() { yield 1; }
console.log(gen.toString());
async function asyncFn() {}
console.log(asyncFn.toString());
async function * asyncGen () {}
console.log(asyncGen.toString());

class Klass {
  constructor(v) { this.v = v; }
  method() { return 1; }
  static staticMethod() {}
  get getter() { return 0; }
  set setter(v) {}
  *genMethod() {}
  async asyncMethod() {}
  ['computed' + 1]() {}
  #priv() {}
}
console.log(Klass.toString());
console.log(Klass.prototype.method.toString());
console.log(Klass.staticMethod.toString());
console.log(Object.getOwnPropertyDescriptor(Klass.prototype, 'getter').get.toString());
console.log(Object.getOwnPropertyDescriptor(Klass.prototype, 'setter').set.toString());
console.log(Klass.prototype.genMethod.toString());
console.log(Klass.prototype.asyncMethod.toString());
console.log(Klass.prototype.computed1.toString());

const obj = { short() {}, 'quoted'() {}, [Symbol.iterator]() {}, prop: function () {} };
console.log(obj.short.toString(), '|', obj.quoted.toString(), '|', obj[Symbol.iterator].toString(), '|', obj.prop.toString());

class Empty {}
console.log(Empty.toString());
class Derived extends Empty {}
console.log(Derived.toString());

// Native and bound functions print [native code].
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(Array));
console.log(plain.bind(null).toString());
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.toString());
console.log(Symbol.toString());

// Functions created by the Function constructor get a synthesized source.
console.log(new Function('a', 'b', 'return a + b').toString());
console.log(Function().toString());
console.log(new Function('...args', 'return args').toString());

// Unicode and odd spacing are preserved.
const uni = function ünï() { return 'ü'; /* ✓ */ };
console.log(uni.toString());
console.log((function
  spaced
  (
  )
  {}).toString());

// toString on non-functions throws.
try {
  Function.prototype.toString.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// String concatenation uses toString.
console.log('' + function f() { return 1; });
console.log(`${() => 2}`);
