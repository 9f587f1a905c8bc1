// The WebAssembly namespace (the WebAssembly JavaScript Interface spec) on
// the engine in package wasm: Go holds each Module, Instance, Memory, Table
// and Global behind the JavaScript object it was registered with, and
// these classes check arguments and shape results as V8 does.
const b = binding;

function makeError(name) {
  const E = class extends Error {
    constructor(message) {
      super(message);
    }
  };
  Object.defineProperty(E, 'name', { value: name });
  Object.defineProperty(E.prototype, 'name', { value: name, writable: true, configurable: true });
  return E;
}
const CompileError = makeError('CompileError');
const LinkError = makeError('LinkError');
const RuntimeError = makeError('RuntimeError');

function bytesOf(source, ctx) {
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  }
  if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
    return new Uint8Array(source);
  }
  throw new TypeError(`${ctx}: Argument 0 must be a buffer source`);
}

class Module {
  constructor(bytes) {
    b.compile(this, bytesOf(bytes, 'WebAssembly.Module()'), 'WebAssembly.Module()');
  }
  static exports(module) {
    checkModule(module, 'WebAssembly.Module.exports()');
    return b.moduleExports(module).map(([name, kind]) => ({ name, kind }));
  }
  static imports(module) {
    checkModule(module, 'WebAssembly.Module.imports()');
    return b.moduleImports(module).map(([module, name, kind]) => ({ module, name, kind }));
  }
  static customSections(module, sectionName) {
    checkModule(module, 'WebAssembly.Module.customSections()');
    if (sectionName === undefined) throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
    return b.customSections(module, String(sectionName));
  }
}

function checkModule(module, ctx) {
  if (!b.isModule(module)) throw new TypeError(`${ctx}: Argument 0 must be a WebAssembly.Module`);
}

// resolveImports reads every import the module declares out of the import
// object, in order, with V8's errors for a missing or ill-typed one.
function resolveImports(module, importObject, ctx) {
  const imports = b.moduleImports(module);
  if (importObject !== undefined && (importObject === null || (typeof importObject !== 'object' && typeof importObject !== 'function'))) {
    throw new TypeError(`${ctx}: Argument 1 must be an object`);
  }
  if (imports.length > 0 && importObject === undefined) {
    throw new TypeError(`${ctx}: Imports argument must be present and must be an object`);
  }
  const values = [];
  for (let i = 0; i < imports.length; i++) {
    const [mod, name, kind, type] = imports[i];
    const ns = importObject[mod];
    if (ns === null || (typeof ns !== 'object' && typeof ns !== 'function')) {
      throw new TypeError(`${ctx}: Import #${i} module="${mod}" error: module is not an object or function`);
    }
    const v = ns[name];
    // V8 names every import function="...", whatever its kind.
    const where = `${ctx}: Import #${i} module="${mod}" function="${name}" error: `;
    switch (kind) {
      case 'function':
        if (typeof v !== 'function') throw new LinkError(where + 'function import requires a callable');
        break;
      case 'memory':
        if (!(v instanceof Memory)) throw new LinkError(where + 'memory import must be a WebAssembly.Memory object');
        break;
      case 'table':
        if (!(v instanceof Table)) throw new LinkError(where + 'table import requires a WebAssembly.Table');
        break;
      case 'tag':
        if (!(v instanceof Tag)) throw new LinkError(where + 'tag import requires a WebAssembly.Tag');
        break;
      case 'global':
        if (v instanceof Global) break;
        if (type === 'v128') throw new LinkError(where + 'global import of type v128 must be a WebAssembly.Global');
        if (type === 'externref' || (type === 'funcref' && (v === null || typeof v === 'function'))) break;
        if (type === 'i64' && typeof v === 'bigint') break;
        if (type !== 'i64' && typeof v === 'number') break;
        if (type === 'i64' && typeof v === 'number') throw new LinkError(where + 'global import must be a BigInt value');
        throw new LinkError(where + 'global import must be a number, valid Wasm reference, or WebAssembly.Global object');
    }
    values.push(v);
  }
  return values;
}

class Instance {
  constructor(module, importObject) {
    const ctx = 'WebAssembly.Instance()';
    checkModule(module, ctx);
    const list = b.instantiate(module, resolveImports(module, importObject, ctx), ctx);
    b.instance(this);
    const exports = Object.create(null);
    for (const [name, value] of list) exports[name] = value;
    Object.freeze(exports);
    Object.defineProperty(this, 'exports', { value: exports, enumerable: true, configurable: true, writable: false });
  }
}

function descriptor(desc, what, ctx) {
  if (desc === null || typeof desc !== 'object') throw new TypeError(`${ctx}: Argument 0 must be a ${what} descriptor`);
}

function toU32(v, name, ctx) {
  const n = Number(v);
  if (n < 0) throw new TypeError(`${ctx}: Property '${name}' must be non-negative`);
  if (!Number.isFinite(n) || n > 0xffffffff) {
    throw new TypeError(`${ctx}: Property '${name}' must be convertible to a valid number`);
  }
  return Math.trunc(n);
}

class Memory {
  constructor(desc) {
    const ctx = 'WebAssembly.Memory()';
    descriptor(desc, 'memory', ctx);
    if (desc.initial === undefined) throw new TypeError(`${ctx}: Property 'initial' is required`);
    const initial = toU32(desc.initial, 'initial', ctx);
    const maximum = desc.maximum === undefined ? undefined : toU32(desc.maximum, 'maximum', ctx);
    if (initial > 65536) throw new RangeError(`${ctx}: Property 'initial': value ${initial} is above the upper bound 65536`);
    if (maximum !== undefined && maximum < initial) throw new RangeError(`${ctx}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
    if (maximum > 65536) throw new RangeError(`${ctx}: Property 'maximum': value ${maximum} is above the upper bound 65536`);
    const shared = !!desc.shared;
    if (shared && maximum === undefined) throw new TypeError(`${ctx}: If shared is true, maximum property should be defined.`);
    b.memoryNew(this, initial, maximum, shared);
  }
  get buffer() {
    // A shared memory's buffer is a frozen SharedArrayBuffer, a new one
    // each time the memory has grown.
    const [buffer, freeze] = b.memoryBuffer(this);
    if (freeze) Object.freeze(buffer);
    return buffer;
  }
  grow(delta) {
    return b.memoryGrow(this, toU32(delta, 'delta', 'WebAssembly.Memory.grow()'));
  }
}

class Table {
  constructor(desc, value) {
    const ctx = 'WebAssembly.Table()';
    descriptor(desc, 'table', ctx);
    const element = desc.element;
    if (element !== 'anyfunc' && element !== 'funcref' && element !== 'externref') {
      throw new TypeError(`${ctx}: Descriptor property 'element' must be a WebAssembly reference type`);
    }
    if (desc.initial === undefined) throw new TypeError(`${ctx}: Property 'initial' is required`);
    const initial = toU32(desc.initial, 'initial', ctx);
    const maximum = desc.maximum === undefined ? undefined : toU32(desc.maximum, 'maximum', ctx);
    b.tableNew(this, element, initial, maximum, tableDefault(element, value));
  }
  get length() {
    return b.tableLength(this);
  }
  get(index) {
    return b.tableGet(this, toU32(index, 'index', 'WebAssembly.Table.get()'));
  }
  set(index, value) {
    b.tableSet(this, toU32(index, 'index', 'WebAssembly.Table.set()'), tableDefault(b.tableElement(this), value));
  }
  grow(delta, value) {
    return b.tableGrow(this, toU32(delta, 'delta', 'WebAssembly.Table.grow()'), tableDefault(b.tableElement(this), value));
  }
}

// A missing table value is the element type's default: null for
// functions, undefined (a value like any other) for externref.
function tableDefault(element, value) {
  return value === undefined && element !== 'externref' ? null : value;
}

class Global {
  constructor(desc, value) {
    const ctx = 'WebAssembly.Global()';
    descriptor(desc, 'global', ctx);
    const type = desc.value;
    if (!['i32', 'i64', 'f32', 'f64', 'externref', 'anyfunc', 'funcref'].includes(type)) {
      throw new TypeError(`${ctx}: Descriptor property 'value' must be a WebAssembly type`);
    }
    b.globalNew(this, type, !!desc.mutable, value);
  }
  get value() {
    return b.globalGet(this, 'get WebAssembly.Global.value');
  }
  set value(v) {
    b.globalSet(this, v);
  }
  valueOf() {
    return b.globalGet(this, 'WebAssembly.Global.valueOf()');
  }
}

// Tag and Exception are the exception-handling proposal's, which node 20
// has on by default.
class Tag {
  constructor(type) {
    const ctx = 'WebAssembly.Tag()';
    if (type === null || typeof type !== 'object') throw new TypeError(`${ctx}: Argument 0 must be a tag type`);
    const params = type.parameters;
    if (params === null || typeof params !== 'object') {
      throw new TypeError(`${ctx}: Argument 0 must be a tag type with 'parameters'`);
    }
    const length = params.length;
    if (length === undefined) throw new TypeError(`${ctx}: Argument 0 contains parameters without 'length'`);
    const types = [];
    for (let i = 0; i < length; i++) {
      const t = String(params[i]);
      if (!['i32', 'i64', 'f32', 'f64', 'externref'].includes(t)) {
        throw new TypeError(`${ctx}: Argument 0 parameter type at index #${i} must be a value type`);
      }
      types.push(t);
    }
    b.tagNew(this, types);
  }
}

class Exception {
  constructor(tag, payload, options) {
    const ctx = 'WebAssembly.Exception()';
    if (!b.isTag(tag)) throw new TypeError(`${ctx}: Argument 0 must be a WebAssembly tag`);
    if (payload === null || typeof payload !== 'object' || typeof payload[Symbol.iterator] !== 'function') {
      throw new TypeError(`${ctx}: Exception values must be an iterable object`);
    }
    const values = [...payload];
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new TypeError(`${ctx}: Argument 2 is not an object`);
    }
    b.exceptionNew(this, tag, values);
    if (options !== undefined && options.traceStack) {
      const trace = {};
      Error.captureStackTrace(trace, new.target);
      Object.defineProperty(this, 'stack', { value: trace.stack, writable: true, enumerable: false, configurable: true });
    }
  }
  getArg(tag, index) {
    const ctx = 'WebAssembly.Exception.getArg()';
    if (!b.isTag(tag)) throw new TypeError(`${ctx}: Argument 0 must be a WebAssembly.Tag`);
    const i = Number(index);
    if (!Number.isFinite(i) || i < 0 || i > 0xffffffff) throw new TypeError(`${ctx}: Index must be convertible to a valid number`);
    return b.exceptionGetArg(this, tag, Math.trunc(i), ctx);
  }
  is(tag) {
    if (!b.isTag(tag)) throw new TypeError('WebAssembly.Exception.is(): Argument 0 must be a WebAssembly.Tag');
    return b.exceptionIs(this, tag, 'WebAssembly.Exception.is()');
  }
}
// V8 counts only the tag as required.
Object.defineProperty(Exception, 'length', { value: 1 });
// V8's methods of these two are enumerable.
for (const key of ['getArg', 'is']) {
  Object.defineProperty(Exception.prototype, key, { enumerable: true });
}

// V8's constructors are functions that refuse a plain call with their own
// message, where a class would say "Class constructor ... cannot be
// invoked without 'new'": each class gets such a function in front, which
// shares its prototype.
function constructorOf(C, name) {
  const F = {
    [name]: function (...args) {
      if (new.target === undefined) {
        throw new TypeError(`WebAssembly.${name}(): WebAssembly.${name} must be invoked with 'new'`);
      }
      return Reflect.construct(C, args, new.target);
    },
  }[name];
  Object.defineProperty(F, 'length', { value: C.length });
  Object.defineProperty(F, 'prototype', { value: C.prototype, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(C.prototype, 'constructor', { value: F, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: `WebAssembly.${name}`, configurable: true });
  for (const key of Object.getOwnPropertyNames(C)) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype') {
      Object.defineProperty(F, key, Object.getOwnPropertyDescriptor(C, key));
    }
  }
  return F;
}

b.init(CompileError, LinkError, RuntimeError, Memory.prototype, Table.prototype, Global.prototype, Module.prototype,
  Tag.prototype, Exception.prototype);

// The promise-returning entry points report errors with their own names,
// as V8 does, and settle in a later job, never synchronously.
function compile(bytes) {
  return new Promise((resolve) => {
    const copy = bytesOf(bytes, 'WebAssembly.compile()').slice();
    resolve(Promise.resolve().then(() => compileAs(copy, 'WebAssembly.compile()')));
  });
}

function compileAs(bytes, ctx) {
  const m = Object.create(Module.prototype);
  b.compile(m, bytes, ctx);
  return m;
}

function instantiateAs(module, importObject, ctx) {
  checkModule(module, ctx);
  const inst = Object.create(Instance.prototype);
  const list = b.instantiate(module, resolveImports(module, importObject, ctx), ctx);
  b.instance(inst);
  const exports = Object.create(null);
  for (const [name, value] of list) exports[name] = value;
  Object.freeze(exports);
  Object.defineProperty(inst, 'exports', { value: exports, enumerable: true, configurable: true, writable: false });
  return inst;
}

function instantiate(source, importObject) {
  return new Promise((resolve) => {
    const ctx = 'WebAssembly.instantiate()';
    if (b.isModule(source)) {
      resolve(Promise.resolve().then(() => instantiateAs(source, importObject, ctx)));
      return;
    }
    const copy = bytesOf(source, ctx).slice();
    resolve(Promise.resolve().then(() => {
      const module = compileAs(copy, ctx);
      return { module, instance: instantiateAs(module, importObject, ctx) };
    }));
  });
}

function validate(bytes) {
  return b.validate(bytesOf(bytes, 'WebAssembly.validate()'));
}

async function compileStreaming(source) {
  const response = await source;
  return compile(await response.arrayBuffer());
}

async function instantiateStreaming(source, importObject) {
  const response = await source;
  return instantiate(await response.arrayBuffer(), importObject);
}

const WebAssembly = {};
const methods = { compile, validate, instantiate, compileStreaming, instantiateStreaming };
for (const name of Object.keys(methods)) {
  Object.defineProperty(WebAssembly, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
}
const classes = {
  Module: constructorOf(Module, 'Module'),
  Instance: constructorOf(Instance, 'Instance'),
  Table: constructorOf(Table, 'Table'),
  Memory: constructorOf(Memory, 'Memory'),
  Global: constructorOf(Global, 'Global'),
  Tag: constructorOf(Tag, 'Tag'),
  Exception: constructorOf(Exception, 'Exception'),
  CompileError,
  LinkError,
  RuntimeError,
};
for (const name of Object.keys(classes)) {
  Object.defineProperty(WebAssembly, name, { value: classes[name], writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });

module.exports = { WebAssembly };
