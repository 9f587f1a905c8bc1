'use strict';
// Prints an object's shape as programs probe it: own keys in order, then each
// property's kind (data or accessor), attributes, typeof, and for functions
// their length and name; classes (exported functions with a prototype of
// their own) also show their static and prototype members and what their
// prototype inherits from. Values are printed only where asked (constants).

function attrs(d) {
  if ('get' in d || 'set' in d) {
    return 'accessor' + (d.get ? ' get' : '') + (d.set ? ' set' : '') + ' ' + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
  }
  return 'data ' + (d.writable ? 'w' : '-') + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
}

function typeOf(v) {
  if (typeof v === 'function') return `function/${v.length} ${JSON.stringify(v.name)}`;
  if (v === null) return 'null';
  return typeof v;
}

// The fixtures' own folder shows as <surface> (require('module')'s caches are
// keyed by absolute paths), so that the output holds no machine's paths.
const here = require('path').dirname(__dirname);

function keyName(k) {
  return typeof k === 'symbol' ? `[${k.description}]` : k.split(here).join('<surface>');
}

function inherits(proto) {
  const p = Object.getPrototypeOf(proto);
  if (p === null) return 'null';
  const c = Object.getOwnPropertyDescriptor(p, 'constructor');
  return c && typeof c.value === 'function' ? c.value.name : '?';
}

function isClass(name, v) {
  if (typeof v !== 'function' || !/^[A-Z]/.test(name)) return false;
  const d = Object.getOwnPropertyDescriptor(v, 'prototype');
  return d !== undefined && typeof d.value === 'object' && d.value !== null;
}

// Keys whose values vary from run to run or machine to machine: their type
// is compared, not their value.
const volatile = new Set(['pid', 'ppid', 'title', 'argv0', 'execPath', 'debugPort', 'exitCode']);

function members(out, indent, obj, opts) {
  let keys;
  try { keys = Reflect.ownKeys(obj); } catch (e) { out.push(`${indent}! ${e.code || e.message}`); return; }
  const skip = opts.skip || new Set();
  keys = keys.filter((k) => !skip.has(k));
  const state = Object.isFrozen(obj) ? 'frozen' : Object.isSealed(obj) ? 'sealed' : Object.isExtensible(obj) ? 'extensible' : 'not extensible';
  out.push(`${indent}inherits ${inherits(obj)}, ${state}`);
  out.push(`${indent}keys: ${keys.map(keyName).join(' ')}`);
  const sorted = keys.slice().sort((a, b) => (keyName(a) < keyName(b) ? -1 : keyName(a) > keyName(b) ? 1 : 0));
  for (const k of sorted) {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    let v, t;
    if ('value' in d) {
      v = d.value; t = typeOf(v);
    } else if (opts.depth > 0) {
      // Getters are read on module objects, not on prototypes (where they
      // want an instance).
      try { v = obj[k]; t = typeOf(v); } catch (e) { t = `throws ${e.code || e.name}`; }
    } else {
      t = typeOf(d.get || d.set);
    }
    let line = `${indent}${keyName(k)}: ${attrs(d)} ${t}`;
    if (opts.values && v !== null && typeof v !== 'object' && typeof v !== 'function' && !volatile.has(k)) {
      line += ' = ' + String(v);
    }
    out.push(line);
    if (opts.depth > 0 && isClass(keyName(k), v)) {
      out.push(`${indent}  extends ${Object.getPrototypeOf(v) === Function.prototype ? '-' : Object.getPrototypeOf(v).name}; prototype inherits ${inherits(v.prototype)}`);
      out.push(`${indent}  static`);
      members(out, indent + '    ', v, { depth: 0, skip: new Set(['prototype', 'length', 'name']) });
      out.push(`${indent}  prototype`);
      members(out, indent + '    ', v.prototype, { depth: 0 });
    } else if (opts.depth > 0 && v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
      members(out, indent + '  ', v, { depth: opts.depth - 1, values: opts.values || /constants|versions|release|features|config/i.test(keyName(k)) });
    }
  }
}

// shape returns the description of obj as lines.
function shape(obj, opts = {}) {
  const out = [];
  members(out, '', obj, { depth: opts.depth ?? 1, values: opts.values ?? false, skip: opts.skip });
  return out.join('\n');
}

// builtin prints the shape of a builtin module's exports.
function builtin(name) {
  let m;
  try { m = require(name); } catch (e) { console.log(`require throws ${e.code || e.name}`); return; }
  console.log(`typeof ${typeOf(m)}`);
  console.log(shape(m, { values: name === 'constants' }));
}

module.exports = { shape, builtin };
