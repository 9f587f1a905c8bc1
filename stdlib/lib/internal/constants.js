'use strict';

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

module.exports = { defineConstants };
