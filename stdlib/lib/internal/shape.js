'use strict';

// Helpers that give the library's objects the shape node's have where
// programs can see it: attributes of constants, lengths of functions.

// Node's constants objects (os.constants and its groups, fs.constants,
// crypto.constants, zlib.constants) come from its C++ bindings, which define
// each constant read-only and undeletable (NODE_DEFINE_CONSTANT) on an
// extensible object with a null prototype. Programs that probe them see
// those attributes: a constant cannot be assigned or deleted.

// defineConstants returns a null-prototype object holding source's own
// properties in order: primitives as node's constants, anything else
// (os.constants' groups) as an ordinary property.
function defineConstants(source) {
  const target = { __proto__: null };
  for (const key of Object.keys(source)) {
    const value = source[key];
    const constant = value === null || (typeof value !== 'object' && typeof value !== 'function');
    Object.defineProperty(target, key, { value, enumerable: true, writable: !constant, configurable: !constant });
  }
  return target;
}

// withLength gives fn the length node's function of the same name has: a
// function written with ...args, or one whose node counterpart is a C++
// binding (which declares no parameters: length 0), or one whose parameters
// differ from node's before the first default.
function withLength(fn, length) {
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  return fn;
}

// asDeprecated returns fn as node's util.deprecate wrappers look to a
// program (a function named deprecated taking ...args, inheriting from fn),
// for the library's deprecated functions that warn by themselves without
// loading util.
function asDeprecated(fn) {
  // A plain function, as util.deprecate's is: it may be called with new.
  const deprecated = function deprecated(...args) {
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  };
  // As util.deprecate: the wrapper inherits from fn and shares its prototype.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// reorderKeys redefines o's own keys named in keys, in that order, after the
// rest: Object.keys and console.log then list them as node does where a
// module's definitions come in another order.
function reorderKeys(o, keys) {
  for (const key of keys) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d === undefined) continue;
    delete o[key];
    Object.defineProperty(o, key, d);
  }
  return o;
}

module.exports = { defineConstants, withLength, asDeprecated, reorderKeys };
