// The Function constructor family: Function, GeneratorFunction, AsyncFunction; parameters and body parsing.
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.length, add.name);
console.log(Function('return this')() === globalThis);
console.log(new Function('a, b = 2, ...c', 'return [a, b, c.length].join()')(1));
console.log(new Function('{ x, y }', 'return x + y')({ x: 1, y: 2 }));
console.log(new Function()());
console.log(new Function('return arguments.length')(1, 2, 3));

// Body is parsed as a FunctionBody: comments and trailing single-line comments are fine.
console.log(new Function('a // comment', 'return a')('ok'));
console.log(new Function('return 1 // trailing comment')());

// Injection attempts across parameter/body boundaries are SyntaxErrors.
for (const [params, body] of [
  ['a){', 'return 1'],
  ['', '}); (function(){'],
  ['/*', '*/ return 1'],
  ['a', '"use strict"; with ({}) {}'],
]) {
  try {
    const f = new Function(params, body);
    console.log('accepted', JSON.stringify(params), typeof f);
  } catch (e) {
    console.log(e.constructor.name, JSON.stringify(params));
  }
}

// Arguments are converted with ToString.
const fromObj = new Function({ toString() { return 'p'; } }, 'return p * 2');
console.log(fromObj(21));

// Generator and async variants.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
console.log(GeneratorFunction.name, AsyncFunction.name, AsyncGeneratorFunction.name);
const g = new GeneratorFunction('n', 'for (let i = 0; i < n; i++) yield i * i');
console.log([...g(4)].join());
console.log(g.toString());
const af = new AsyncFunction('v', 'return await v');
af(Promise.resolve('async result')).then(v => console.log(v));
const ag = new AsyncGeneratorFunction('yield 1; yield 2');
(async () => {
  const out = [];
  for await (const v of ag()) out.push(v);
  console.log('async gen', out.join());
})();

// Prototype chain of functions and their constructors.
console.log(Object.getPrototypeOf(GeneratorFunction) === Function, Object.getPrototypeOf(add) === Function.prototype);
console.log(add instanceof Function, g instanceof Function, g instanceof GeneratorFunction);

// Functions from the constructor close over the global scope only.
const local = 'local';
globalThis.globalForFn = 'global';
console.log(new Function('return typeof local + " " + globalForFn')());
delete globalThis.globalForFn;

// Function.prototype properties.
console.log(Object.getOwnPropertyNames(Function.prototype).sort().join());
console.log(typeof Function.prototype[Symbol.hasInstance], Function.prototype[Symbol.hasInstance].call(Array, []));
