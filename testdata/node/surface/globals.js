// The global object's own properties (descriptors, types, lengths), and the
// static and prototype members of the classes Node adds to it (the ECMAScript
// ones belong to the engine's conformance tests).
const { shape } = require('./lib/shape');
console.log(shape(globalThis, { depth: 0 }));
const ecma = new Set(['AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean',
  'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function',
  'Int16Array', 'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError',
  'ReferenceError', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError',
  'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet']);
const node = {};
for (const k of Object.getOwnPropertyNames(globalThis)) {
  if (ecma.has(k) || !/^[A-Z]/.test(k)) continue;
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  if ('value' in d) node[k] = d.value;
}
console.log('node classes');
console.log(shape(node));
