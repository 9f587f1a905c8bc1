'use strict';
// vm.Module, vm.SourceTextModule and vm.SyntheticModule (node
// --experimental-vm-modules), made by lib/vm.js when the flag is on. Each
// module wraps a module record of the VM by id (the natives are
// stdlib/vm_module.go). Linking is done here: link() asks the linker for
// every request, links what it returns the same way, records the answers
// as the requests and then has the VM link the whole graph.

const kWrap = Symbol('kWrap');
const kLink = Symbol('kLink');
const kPerContextModuleId = Symbol('kPerContextModuleId');
const kNoError = Symbol('kNoError');

// The modules by record id, for the callbacks the VM makes by id.
const byId = new Map();
let globalModuleId = 0;
let warned = false;

function moduleError(code, message) {
  return binding.nodeError('Error', code, message);
}

function notModule() {
  return moduleError('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module');
}

function statusError(message) {
  return moduleError('ERR_VM_MODULE_STATUS', `Module status ${message}`);
}

function validateString(v, name) {
  if (typeof v !== 'string') throw binding.invalidArgType(name, 'of type string', v);
}

function validateObject(v, name) {
  if (v === null || typeof v !== 'object') throw binding.invalidArgType(name, 'of type object', v);
}

function validateFunction(v, name) {
  if (typeof v !== 'function') throw binding.invalidArgType(name, 'of type function', v);
}

function validateInt32(v, name) {
  if (typeof v !== 'number') throw binding.invalidArgType(name, 'of type number', v);
  if (!Number.isInteger(v)) throw binding.outOfRange(name, 'an integer', v);
  if (v < -2147483648 || v > 2147483647) throw binding.outOfRange(name, '>= -2147483648 && <= 2147483647', v);
}

function validateUint32Positive(v, name) {
  if (typeof v !== 'number') throw binding.invalidArgType(name, 'of type number', v);
  if (!Number.isInteger(v)) throw binding.outOfRange(name, 'an integer', v);
  if (v < 1 || v > 4294967295) throw binding.outOfRange(name, '>= 1 && <= 4294967295', v);
}

// ModuleWrap is a module's record as the library holds it. A synthetic
// module's evaluation steps get it as `this`, as node's do (jest calls
// this.setExport).
class ModuleWrap {
  constructor(id, identifier, context, options) {
    this.id = id;
    this.identifier = identifier;
    this.context = context;
    this.steps = options.syntheticEvaluationSteps;
    this.initializeImportMeta = options.initializeImportMeta;
    this.importModuleDynamically = options.importModuleDynamically;
  }

  setExport(name, value) {
    binding.setExport(this.id, `${name}`, value);
  }
}

binding.setDispatch({
  evaluate(id) {
    const wrap = byId.get(id)[kWrap];
    wrap.steps.call(wrap);
  },
  importMeta(id, meta) {
    const init = byId.get(id)[kWrap].initializeImportMeta;
    if (init !== undefined) init(meta, byId.get(id));
  },
  async importDynamic(id, specifier, attributes) {
    const referrer = byId.get(id);
    const callback = referrer[kWrap].importModuleDynamically;
    if (callback === undefined) {
      throw binding.nodeError('TypeError', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
        'A dynamic import callback was not specified.');
    }
    const m = await callback(specifier, referrer, attributes);
    if (binding.isModuleNamespaceObject(m)) return m;
    if (!m || !Object.prototype.hasOwnProperty.call(m, kWrap)) throw notModule();
    if (m.status === 'errored') throw m.error;
    return m.namespace;
  },
});

// contextId is lib/vm.js's: the realm id of a contextified object.
let contextIdOf;
let isContextObject;

class Module {
  constructor(options) {
    if (!warned) {
      warned = true;
      process.emitWarning('VM Modules is an experimental feature and might change at any time', 'ExperimentalWarning');
    }
    if (new.target === Module) {
      throw new TypeError('Module is not a constructor');
    }
    const { context, sourceText, syntheticExportNames } = options;
    if (context !== undefined) {
      validateObject(context, 'context');
      if (!isContextObject(context)) throw binding.invalidArgType('options.context', 'an vm.Context', context);
    }
    let { identifier } = options;
    if (identifier !== undefined) {
      validateString(identifier, 'options.identifier');
    } else if (context === undefined) {
      identifier = `vm:module(${globalModuleId++})`;
    } else {
      // Each context counts its own modules.
      const n = context[kPerContextModuleId] ?? 0;
      identifier = `vm:module(${n})`;
      Object.defineProperty(context, kPerContextModuleId, { value: n + 1, writable: true, configurable: true });
    }
    const realm = context === undefined ? 0 : contextIdOf(context);
    let id;
    if (sourceText !== undefined) {
      id = binding.compile(sourceText, identifier, options.lineOffset, options.columnOffset, realm, options.cachedData);
    } else {
      id = binding.synthetic(syntheticExportNames, realm);
    }
    Object.defineProperty(this, kWrap, { value: new ModuleWrap(id, identifier, context, options) });
    byId.set(id, this);
  }

  get identifier() {
    if (this[kWrap] === undefined) throw notModule();
    return this[kWrap].identifier;
  }

  get context() {
    if (this[kWrap] === undefined) throw notModule();
    return this[kWrap].context;
  }

  get namespace() {
    if (this[kWrap] === undefined) throw notModule();
    const status = binding.status(this[kWrap].id);
    if (status === 'unlinked' || status === 'linking') throw statusError('must not be unlinked or linking');
    return binding.namespace(this[kWrap].id);
  }

  get status() {
    if (this[kWrap] === undefined) throw notModule();
    return binding.status(this[kWrap].id);
  }

  get error() {
    if (this[kWrap] === undefined) throw notModule();
    if (binding.status(this[kWrap].id) !== 'errored') throw statusError('must be errored');
    return binding.error(this[kWrap].id);
  }

  async link(linker) {
    if (this[kWrap] === undefined) throw notModule();
    validateFunction(linker, 'linker');
    if (this.status === 'linked') throw moduleError('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked');
    if (this.status !== 'unlinked') throw statusError('must be unlinked');
    await this[kLink](linker);
    binding.instantiate(this[kWrap].id);
  }

  async evaluate(options = {}) {
    if (this[kWrap] === undefined) throw notModule();
    validateObject(options, 'options');
    let { timeout } = options;
    if (timeout === undefined) timeout = -1;
    else validateUint32Positive(timeout, 'options.timeout');
    const { breakOnSigint = false } = options;
    if (typeof breakOnSigint !== 'boolean') throw binding.invalidArgType('options.breakOnSigint', 'of type boolean', breakOnSigint);
    const status = binding.status(this[kWrap].id);
    if (status !== 'linked' && status !== 'evaluated' && status !== 'errored') {
      throw statusError('must be one of linked, evaluated, or errored');
    }
    await binding.evaluate(this[kWrap].id, timeout);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (this[kWrap] === undefined) throw notModule();
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this)?.constructor ?? Module;
    const o = { __proto__: { constructor } };
    o.status = this.status;
    o.identifier = this.identifier;
    o.context = this.context;
    Object.setPrototypeOf(o, Object.getPrototypeOf(this));
    Object.defineProperty(o, Symbol.toStringTag, { value: constructor.name, configurable: true });
    return inspect(o, { ...options, customInspect: false });
  }
}

class SourceTextModule extends Module {
  #error = kNoError;
  #statusOverride;
  #specifiers;

  constructor(sourceText, options = {}) {
    validateString(sourceText, 'sourceText');
    validateObject(options, 'options');
    const {
      lineOffset = 0, columnOffset = 0, initializeImportMeta, importModuleDynamically, context, identifier, cachedData,
    } = options;
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (initializeImportMeta !== undefined) validateFunction(initializeImportMeta, 'options.initializeImportMeta');
    if (importModuleDynamically !== undefined) validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw binding.invalidArgType('options.cachedData', 'an instance of Buffer, TypedArray, or DataView', cachedData);
    }
    super({
      sourceText, context, identifier, lineOffset, columnOffset, cachedData, initializeImportMeta, importModuleDynamically,
    });
    const requests = binding.requests(this[kWrap].id);
    this.#specifiers = requests.map((r) => r[0]);
    this[kLink] = async (linker) => {
      this.#statusOverride = 'linking';
      try {
        // Every request is asked for at once, as node's ModuleWrap.link
        // does, and waited for together.
        await Promise.all(requests.map(async ([specifier, attributes], i) => {
          const module = await linker(specifier, this, { attributes, assert: attributes });
          if (module == null || module[kWrap] === undefined) throw notModule();
          if (module.context !== this.context) {
            throw moduleError('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context');
          }
          if (module.status === 'errored') {
            const e = moduleError('ERR_VM_MODULE_LINK_FAILURE', `request for '${specifier}' resolved to an errored module`);
            Object.defineProperty(e, 'cause', { value: module.error, writable: true, configurable: true });
            throw e;
          }
          if (module.status === 'unlinked') await module[kLink](linker);
          binding.setRequested(this[kWrap].id, i, module[kWrap].id);
        }));
      } catch (e) {
        this.#error = e;
        throw e;
      } finally {
        this.#statusOverride = undefined;
      }
    };
  }

  get dependencySpecifiers() {
    return this.#specifiers;
  }

  get status() {
    if (this.#error !== kNoError) return 'errored';
    if (this.#statusOverride) return this.#statusOverride;
    return super.status;
  }

  get error() {
    if (this.#error !== kNoError) return this.#error;
    return super.error;
  }

  createCachedData() {
    const { status } = this;
    if (status === 'evaluating' || status === 'evaluated' || status === 'errored') {
      throw moduleError('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'Cached data cannot be created for a module which has been evaluated');
    }
    const data = binding.createCachedData(this[kWrap].id);
    return Buffer.from(data.buffer, data.byteOffset, data.length);
  }
}

class SyntheticModule extends Module {
  constructor(exportNames, evaluateCallback, options = {}) {
    if (!Array.isArray(exportNames) || exportNames.some((e) => typeof e !== 'string')) {
      throw binding.invalidArgType('exportNames', 'an Array of unique strings', exportNames);
    }
    exportNames.forEach((name, i) => {
      if (exportNames.indexOf(name, i + 1) !== -1) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The property 'exportNames.${name}' is duplicated. Received ${binding.inspect(name)}`);
      }
    });
    validateFunction(evaluateCallback, 'evaluateCallback');
    validateObject(options, 'options');
    const { context, identifier } = options;
    super({ syntheticExportNames: exportNames, syntheticEvaluationSteps: evaluateCallback, context, identifier });
    this[kLink] = async () => {};
  }

  setExport(name, value) {
    if (this[kWrap] === undefined) throw notModule();
    validateString(name, 'name');
    const status = binding.status(this[kWrap].id);
    if (status === 'unlinked' || status === 'linking') throw statusError('must be linked');
    binding.setExport(this[kWrap].id, name, value);
  }
}

function setContexts(contextId, isContext) {
  contextIdOf = contextId;
  isContextObject = isContext;
}

module.exports = { Module, SourceTextModule, SyntheticModule, setContexts };
