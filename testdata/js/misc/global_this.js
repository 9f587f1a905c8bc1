// globalThis: identity, property attributes of built-ins, implicit globals, and what is (not) global in a module.
console.log(typeof globalThis, globalThis === global, globalThis.globalThis === globalThis, typeof window, typeof self);
const d = Object.getOwnPropertyDescriptor(globalThis, 'globalThis');
console.log(d.writable, d.enumerable, d.configurable);
const arrayDesc = Object.getOwnPropertyDescriptor(globalThis, 'Array');
console.log(arrayDesc.writable, arrayDesc.enumerable, arrayDesc.configurable);
const nanDesc = Object.getOwnPropertyDescriptor(globalThis, 'NaN');
console.log(nanDesc.writable, nanDesc.enumerable, nanDesc.configurable, typeof undefined, Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable);
// Sloppy assignment to an undeclared name creates a configurable global property.
implicitGlobal = 'created';
const ig = Object.getOwnPropertyDescriptor(globalThis, 'implicitGlobal');
console.log(ig.value, ig.writable, ig.enumerable, ig.configurable, delete globalThis.implicitGlobal, typeof implicitGlobal);
// Global property versus variable reference.
globalThis.viaProperty = 1;
console.log(viaProperty, typeof viaProperty);
viaProperty = 2;
console.log(globalThis.viaProperty);
delete globalThis.viaProperty;
// Assigning to undefined, NaN, Infinity is silently ignored in sloppy mode.
undefined = 1;
NaN = 2;
Infinity = 3;
console.log(undefined, NaN, Infinity);
// Standard global names.
const expected = ['Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'globalThis', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set',
  'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'unescape', 'eval', 'isFinite', 'isNaN', 'SharedArrayBuffer'];
console.log(expected.filter((k) => !(k in globalThis)).join() || 'all standard globals present');
console.log(expected.filter((k) => Object.getOwnPropertyDescriptor(globalThis, k).enumerable).join() || 'none enumerable');
// Node globals a runtime must provide.
console.log(['process', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'structuredClone',
  'TextEncoder', 'TextDecoder', 'URL', 'Buffer', 'global', 'AbortController'].map((k) => typeof globalThis[k]).join());
console.log(Object.prototype.toString.call(globalThis), Object.getPrototypeOf(Object.getPrototypeOf(globalThis)) === Object.prototype || 'deeper chain');
