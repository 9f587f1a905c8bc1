// util.types: what a value is, as V8 knows it, whatever its prototype or
// Symbol.toStringTag say. binding.kind asks the VM; typed array element
// types and shared buffers are read through the built-in getters, which
// check the receiver themselves.

const { kind } = binding;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const sharedByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get
  : undefined;

function isSharedArrayBuffer(value) {
  if (sharedByteLength === undefined || kind(value) !== 'arraybuffer') return false;
  try {
    Reflect.apply(sharedByteLength, value, []);
    return true;
  } catch {
    return false;
  }
}

function is(name) {
  return (value) => kind(value) === name;
}
function isTyped(tag) {
  return (value) => Reflect.apply(typedArrayTag, value, []) === tag;
}

module.exports = {
  isExternal: (value) => false,
  isDate: is('date'),
  isArgumentsObject: is('arguments'),
  isBigIntObject: is('boxed-bigint'),
  isBooleanObject: is('boxed-boolean'),
  isNumberObject: is('boxed-number'),
  isStringObject: is('boxed-string'),
  isSymbolObject: is('boxed-symbol'),
  isNativeError: is('error'),
  isRegExp: is('regexp'),
  isAsyncFunction: (value) => {
    const k = kind(value);
    return k === 'asyncfunction' || k === 'asyncgeneratorfunction';
  },
  isGeneratorFunction: (value) => {
    const k = kind(value);
    return k === 'generatorfunction' || k === 'asyncgeneratorfunction';
  },
  isGeneratorObject: is('generator'),
  isPromise: is('promise'),
  isMap: is('map'),
  isSet: is('set'),
  isMapIterator: is('mapiterator'),
  isSetIterator: is('setiterator'),
  isWeakMap: is('weakmap'),
  isWeakSet: is('weakset'),
  isArrayBuffer: (value) => kind(value) === 'arraybuffer' && !isSharedArrayBuffer(value),
  isDataView: is('dataview'),
  isSharedArrayBuffer,
  isProxy: is('proxy'),
  isModuleNamespaceObject: is('namespace'),
  isAnyArrayBuffer: is('arraybuffer'),
  isBoxedPrimitive: (value) => kind(value).startsWith('boxed-'),
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray: (value) => Reflect.apply(typedArrayTag, value, []) !== undefined,
  isUint8Array: isTyped('Uint8Array'),
  isUint8ClampedArray: isTyped('Uint8ClampedArray'),
  isUint16Array: isTyped('Uint16Array'),
  isUint32Array: isTyped('Uint32Array'),
  isInt8Array: isTyped('Int8Array'),
  isInt16Array: isTyped('Int16Array'),
  isInt32Array: isTyped('Int32Array'),
  isFloat32Array: isTyped('Float32Array'),
  isFloat64Array: isTyped('Float64Array'),
  isBigInt64Array: isTyped('BigInt64Array'),
  isBigUint64Array: isTyped('BigUint64Array'),
};

// Node's predicates are V8 natives (length 0) except the typed array ones,
// which are JavaScript taking one argument; names and lengths follow them.
for (const [name, fn] of Object.entries(module.exports)) {
  if (fn === ArrayBuffer.isView) continue;
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: /Array$/.test(name) ? 1 : 0 });
}
// isKeyObject and isCryptoKey are node's JavaScript, read-only methods
// named value. Only a value tagged KeyObject can be one, and then crypto's
// keys are loaded already (unless the tag is a fake): no loading them for
// every object asked about.
Object.defineProperties(module.exports, {
  isKeyObject: {
    __proto__: null,
    enumerable: true,
    value(obj) {
      return Object.prototype.toString.call(obj) === '[object KeyObject]' && require('internal/crypto_keys').isKeyObject(obj);
    },
  },
  isCryptoKey: {
    __proto__: null,
    enumerable: true,
    value(obj) {
      return Object.prototype.toString.call(obj) === '[object CryptoKey]' && require('internal/webcrypto').isCryptoKey(obj);
    },
  },
});
