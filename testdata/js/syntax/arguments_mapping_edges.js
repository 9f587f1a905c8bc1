// Mapped arguments objects (ECMA-262 §10.4.4): edge cases of the aliasing between indexes and parameters.

// Of a repeated parameter name only the last index is mapped, and only when it was passed.
const dupAll = new Function('a', 'b', 'a', 'arguments[0] = "x"; arguments[2] = "z"; return [a, b, arguments[0], arguments[2]].join();');
console.log(dupAll(1, 2, 3));
const dupShort = new Function('a', 'a', 'arguments[0] = "x"; return [a, arguments[0], arguments.length].join();');
console.log(dupShort(1));

// Indexes past the arguments passed are not mapped, even below the parameter count.
function short(a, b) {
  arguments[1] = 'set';
  b = 'param';
  return [a, b, arguments[1], arguments.length].join();
}
console.log(short(1));

// Closures, direct eval and nested arrows all see the same binding.
function viaClosure(a) {
  const get = () => a;
  const set = v => { a = v; };
  arguments[0] = 'from arguments';
  const first = get();
  set('from closure');
  return [first, arguments[0]].join(' | ');
}
console.log(viaClosure('start'));
function viaEval(a) {
  eval('a = "eval wrote a"');
  const first = arguments[0];
  eval('arguments[0] = "eval wrote arguments"');
  return [first, a].join(' | ');
}
console.log(viaEval('start'));
function arrowArgs(a) {
  const f = () => { arguments[0] = 'arrow'; };
  f();
  return a;
}
console.log(arrowArgs('start'));

// The mapping outlives the call.
function escape(a) { return [() => a, arguments]; }
const [getA, escaped] = escape(1);
escaped[0] = 2;
console.log(getA(), escaped[0]);

// Descriptor changes: enumerable/configurable keep the mapping, writable:false and accessors end it.
function attrs(a) {
  Object.defineProperty(arguments, '0', { enumerable: false });
  a = 'still mapped';
  const d = Object.getOwnPropertyDescriptor(arguments, '0');
  return [d.value, d.enumerable, Object.keys(arguments).length].join();
}
console.log(attrs('start'));
function nonConfigurable(a) {
  Object.defineProperty(arguments, '0', { configurable: false });
  a = 'after';
  const mapped = arguments[0];
  return [mapped, delete arguments[0], arguments[0]].join();
}
console.log(nonConfigurable('before'));
function readOnlyWithValue(a) {
  Object.defineProperty(arguments, '0', { value: 'given', writable: false });
  const afterDefine = a;
  a = 'later';
  return [afterDefine, arguments[0]].join();
}
console.log(readOnlyWithValue('start'));
function accessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; } });
  a = 'param';
  return [arguments[0], a].join();
}
console.log(accessor('start'));
function sealed(a) {
  Object.seal(arguments);
  a = 'changed';
  return [arguments[0], Object.isSealed(arguments), Object.isFrozen(arguments)].join();
}
console.log(sealed('start'));
function deleted(a) {
  delete arguments[0];
  a = 'param';
  arguments[0] = 'readded';
  return [a, arguments[0]].join();
}
console.log(deleted('start'));

// Assignment through another receiver does not write the parameter.
function otherReceiver(a) {
  const other = {};
  Reflect.set(arguments, '0', 'other', other);
  return [a, arguments[0], other[0]].join();
}
console.log(otherReceiver('start'));

// Generic readers see the parameters' current values.
function readers(a, b) {
  a = 'A';
  b = 'B';
  return [Array.prototype.slice.call(arguments).join(), [...arguments].join(), JSON.stringify(arguments),
    Object.values(arguments).join(), Array.prototype.indexOf.call(arguments, 'B')].join(' ; ');
}
console.log(readers(1, 2, 3));
function applied(a) { a = 'changed'; return Math.max.apply(null, arguments) + ' ' + String.prototype.concat.apply('', arguments); }
console.log(applied(1, 2));

// Generators, async functions and sloppy methods are mapped; class code is strict and is not.
function* gen(a) { a = 'gen'; yield arguments[0]; }
console.log(gen('start').next().value);
async function asyncFn(a) { await null; a = 'async'; return arguments[0]; }
asyncFn('start').then(v => console.log('async:', v));
const obj = { method(a) { a = 'method'; return arguments[0]; } };
console.log(obj.method('start'));
class C { method(a) { a = 'class'; return arguments[0]; } }
console.log(new C().method('start'));
const dyn = new Function('a', 'a = "dynamic"; return arguments[0];');
console.log(dyn('start'));

// The CommonJS wrapper is a sloppy function too.
console.log(typeof arguments, arguments.length, arguments[0] === exports);
