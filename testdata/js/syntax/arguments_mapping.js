// The arguments object: mapped (sloppy, simple params) versus unmapped (strict or non-simple params).
function sloppy(a, b) {
  arguments[0] = 'changed via arguments';
  b = 'changed via param';
  return [a, arguments[1], arguments.length].join(' | ');
}
console.log(sloppy('x', 'y'));
console.log(sloppy('x'));

function strict(a) {
  'use strict';
  arguments[0] = 'changed';
  return a;
}
console.log(strict('original'));

// Mapping is lost after delete or defineProperty with accessor.
function unmapAfterDelete(a) {
  delete arguments[0];
  arguments[0] = 'new';
  return a;
}
console.log(unmapAfterDelete('kept'));

function unmapAfterDefine(a) {
  Object.defineProperty(arguments, '0', { value: 'defined', writable: false });
  const afterDefine = a;
  a = 'param changed';
  return [afterDefine, arguments[0]].join(' | ');
}
console.log(unmapAfterDefine('start'));

// Extra arguments beyond params are not mapped.
function extra(a) {
  arguments[1] = 'set';
  return arguments.length + ' ' + arguments[1];
}
console.log(extra(1));

// Length is writable and independent.
function len() {
  arguments.length = 10;
  return [arguments.length, Array.prototype.slice.call(arguments).length].join();
}
console.log(len(1, 2));

// callee: allowed in sloppy, throws in strict.
function calleeSloppy() { return arguments.callee === calleeSloppy; }
console.log(calleeSloppy());
function calleeStrict() { 'use strict'; return arguments.callee; }
try {
  calleeStrict();
} catch (e) {
  console.log('strict callee:', e.constructor.name);
}

// Iteration and toString tag.
function meta() {
  return [Object.prototype.toString.call(arguments), typeof arguments[Symbol.iterator], Array.isArray(arguments)].join(' ');
}
console.log(meta());
function spreadArgs() { return [...arguments].reverse().join(); }
console.log(spreadArgs(1, 2, 3));

// Property enumeration of arguments.
function enumerated(a, b) {
  return Object.keys(arguments).join() + ' / ' + JSON.stringify(arguments);
}
console.log(enumerated('p', 'q'));

// A parameter or local named arguments shadows the object.
function shadowParam(arguments) { return arguments; }
console.log(shadowParam('param named arguments'));
function shadowVar() { var arguments = 'var'; return arguments; }
console.log(shadowVar());
function shadowFn() { function arguments() {} return typeof arguments; }
console.log(shadowFn());

// Mapped arguments with duplicate parameter names map to the last one.
const dup = new Function('a', 'a', 'arguments[1] = "via args"; return a;');
console.log(dup('first', 'second'));

// Descriptors of mapped arguments.
function desc(a) {
  const d = Object.getOwnPropertyDescriptor(arguments, '0');
  return [d.value, d.writable, d.enumerable, d.configurable].join();
}
console.log(desc('v'));
function calleeDesc() {
  const d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  return typeof d.value + ' ' + d.enumerable;
}
console.log(calleeDesc());

// Freezing arguments.
function frozen(a) {
  Object.freeze(arguments);
  a = 'changed param';
  return arguments[0];
}
console.log(frozen('frozen value'));
