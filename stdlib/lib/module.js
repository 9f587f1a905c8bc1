'use strict';
// node:module: node's Module constructor, its statics and its prototype,
// the CommonJS loader as programs that hook require see it.
//
// Kiln's loader is Go (module.go): a plain require() resolves, compiles and
// runs in Go without coming here. Programs reach this file to hook the
// loader (ts-node, @babel/register, pirates, module-alias,
// require-in-the-middle, proxyquire) or to drive it themselves (npm's
// promzard: new Module + require). Once one of Module._load,
// _resolveFilename, Module.prototype.require/load/_compile or an
// _extensions entry is not the original, the Go require hands every call
// to node's chain here (binding.install gives Go the originals to compare
// against), and the default handlers at the end of the chain go back to
// Go for the file itself.

const path = require('path');
const { SourceMap } = require('internal/source_map');

// node keeps a module's parent out of the object (module.parent is a
// getter): modules made here keep it in this map, the Go loader's in its
// own table (binding.parentOf).
const parents = new WeakMap();

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  parents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module.prototype = binding.proto;

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

const extensions = { __proto__: null };

Module._cache = binding.cache;
Module._pathCache = { __proto__: null };
Module._extensions = extensions;
Module.globalPaths = [];

// Module.wrapper and Module.wrap may be patched (rewire-style tools do):
// _compile then wraps with them instead of compiling the body directly.
let wrapPatched = false;
let wrap = function (script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const wrapperArray = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrapper = new Proxy(wrapperArray, {
  set(target, property, value, receiver) {
    wrapPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) { wrapPatched = true; wrap = value; },
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapper; },
  set(value) { wrapPatched = true; wrapper = value; },
});

Module._debug = function deprecated() {};

Module.isBuiltin = function isBuiltin(moduleName) {
  return typeof moduleName === 'string' && binding.isBuiltin(moduleName);
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

// extraExtensions lists the extensions hooks registered beyond node's
// three, which resolution tries after them, as node tries every key of
// Module._extensions.
function extraExtensions() {
  const out = [];
  for (const ext of Object.keys(Module._extensions)) {
    if (ext !== '.js' && ext !== '.json' && ext !== '.node') out.push(ext);
  }
  return out;
}

Module._findPath = function (request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const exts = extraExtensions();
  for (let i = 0; i < paths.length; i++) {
    const found = binding.findFile(path.resolve(paths[i], request), exts, request);
    if (found !== '') return found;
  }
  return false;
};

Module._nodeModulePaths = function (from) {
  return binding.nodeModulePaths(path.resolve(from));
};

Module._resolveLookupPaths = function (request, parent) {
  if (binding.isBuiltin(request)) return null;
  if (!isRelative(request)) {
    const paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function loadBuiltin(id) {
  return binding.loadBuiltin(id);
}

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!binding.canBeRequired(id)) {
      throw binding.nodeError('Error', 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
    }
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.exports;
  }
  if (binding.isBuiltin(filename)) return loadBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    binding.setMain(module);
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent?.children;
      if (Array.isArray(children)) {
        const i = children.indexOf(module);
        if (i !== -1) children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (binding.isBuiltin(request)) return request;
  const from = parent?.filename;
  const exts = extraExtensions();
  const hasOptionPaths = typeof options === 'object' && options !== null && options.paths !== undefined;
  // options.paths replace the module's own paths, as in node.
  const custom = hasOptionPaths ? null : customPaths(request, parent);
  if (custom) {
    const found = Module._findPath(request, custom.concat(Module.globalPaths), isMain);
    if (found) return found;
  }
  if (hasOptionPaths) {
    if (!Array.isArray(options.paths)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.paths' is invalid. Received ${binding.inspect(options.paths)}`);
    }
    let last;
    for (const p of options.paths) {
      try {
        return binding.resolve(request, path.resolve(p), from ?? '', exts);
      } catch (e) {
        last = e;
      }
    }
    if (last !== undefined) throw last;
  }
  // A parent with no file (the preloads' internal/preload) is named in
  // the require stack by its id, as node names it.
  return binding.resolve(request, from ? path.dirname(from) : process.cwd(), from ?? parent?.id ?? '', exts);
};

// customPaths is a module's paths when a program changed them (jsdoc's
// requizzle puts its lib folder first): node looks for a package in
// module.paths, which otherwise hold the folder's node_modules chain that
// the Go resolver walks itself.
function customPaths(request, parent) {
  const paths = parent?.paths;
  if (!Array.isArray(paths) || !parent.filename || isRelative(request) || path.isAbsolute(request) || request[0] === '#') {
    return null;
  }
  const usual = Module._nodeModulePaths(path.dirname(parent.filename));
  if (paths.length === usual.length && paths.every((p, i) => p === usual[i])) return null;
  return paths;
}

Module.createRequire = binding.createRequire;

Module._initPaths = function () {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  const extra = nodePath ? nodePath.split(path.delimiter).filter(Boolean) : [];
  Module.globalPaths = extra.concat(paths);
};

Module._preloadModules = function (requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) parent.require(request);
};

// register installs ES module customization hooks (module_hooks.go): the
// hooks module runs on a thread of its own, where data arrives as a
// structured clone with transferList's ports moved.
Module.register = function register(specifier, parentURL = undefined, options) {
  if (parentURL != null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  binding.register(`${specifier}`, `${parentURL ?? 'data:'}`, options?.data, options?.transferList);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.Module = Module;
Module.builtinModules = binding.builtinModules;

Module.runMain = function executeUserEntryPoint(main = process.argv[1]) {
  if (binding.hooked()) Module._load(path.resolve(main), null, true);
  else binding.runMain(main);
};

// findSourceMap gives the map of a module loaded while source maps were on
// (--enable-source-maps, process.setSourceMapsEnabled), its sources made
// URLs, the same object each time; undefined for any other file, as node.
const sourceMaps = new Map();
Module.findSourceMap = function findSourceMap(sourceURL) {
  if (!/^\w+:\/\//.test(sourceURL)) sourceURL = require('url').pathToFileURL(sourceURL).href;
  let map = sourceMaps.get(sourceURL);
  if (map) return map;
  const found = binding.sourceMap(sourceURL);
  if (found === undefined) return undefined;
  const [json, mapURL, lineLengths] = found;
  let payload;
  try {
    payload = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (Array.isArray(payload.sources)) {
    payload.sources = payload.sources.map((source) => new URL((payload.sourceRoot || '') + source, mapURL).href);
  }
  map = new SourceMap(payload, { lineLengths });
  sourceMaps.set(sourceURL, map);
  return map;
};
Module.SourceMap = SourceMap;

Module._initPaths();

// parent: the map above for modules made here, the Go loader's table for
// its own.
const goParent = Object.getOwnPropertyDescriptor(Module.prototype, 'parent').get;
// Deleted first so that the keys come in node's order.
delete Module.prototype.parent;
Object.defineProperty(Module.prototype, 'isPreloading', {
  get() { return false; },
});
Object.defineProperty(Module.prototype, 'parent', {
  get() { return parents.has(this) ? parents.get(this) : goParent.call(this); },
  set(value) { parents.set(this, value); },
});

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let start = 0;
  let i;
  while ((i = name.indexOf('.', start)) !== -1) {
    start = i + 1;
    if (i === 0) continue;
    const ext = name.slice(i);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._extensions[findLongestRegisteredExtension(filename)](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') throw binding.invalidArgType('id', 'of type string', id);
  if (id === '') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'id' must be a non-empty string. Received ''");
  }
  return Module._load(id, this, false);
};

// format is node's third parameter (the caller's idea of the module
// format); Kiln's Go loader tells the format before _compile is reached.
Module.prototype._compile = function (content, filename, format) {
  let fn;
  if (wrapPatched) {
    fn = require('vm').runInThisContext(Module.wrap(content), { filename });
  } else {
    fn = binding.compile(content, filename);
  }
  const moduleRequire = binding.makeRequire(this, filename);
  const exports = this.exports;
  return Reflect.apply(fn, exports, [exports, moduleRequire, this, filename, path.dirname(filename)]);
};

const compile = Module.prototype._compile;

// The default handlers run the file in Go, which knows its format (an ES
// module, TypeScript) and has the compile cache, unless Module.wrap is
// patched (requizzle's wrapper sets module.paths). A hooked _compile gets
// the file's text as node's handler gives it, when the program registered
// the file's extension itself (ts-node's and @babel/register's '.ts'
// compile TypeScript their way); for a file only Kiln can load, such as a
// .ts with no handler of its own, it gets the JavaScript Kiln makes of it.
extensions['.js'] = function (module, filename) {
  if ((module._compile === compile && !wrapPatched) || binding.isESM(filename)) {
    binding.run(module, filename, 'js');
  } else if (findLongestRegisteredExtension(filename) !== '.js') {
    module._compile(require('fs').readFileSync(filename, 'utf8'), filename);
  } else {
    module._compile(binding.readSource(filename), filename);
  }
};
extensions['.json'] = function (module, filename) {
  binding.run(module, filename, 'json');
};
extensions['.node'] = function (module, filename) {
  binding.run(module, filename, 'node');
};

// requireFrom is the Go require's way into the chain once hooked: a
// require made by createRequire has no module, and gets one as node's
// createRequire makes.
const requireModules = new Map();
function requireFrom(mod, filename, id) {
  if (mod === null) {
    mod = requireModules.get(filename);
    if (mod === undefined) {
      mod = new Module(filename);
      mod.filename = filename;
      mod.paths = Module._nodeModulePaths(path.dirname(filename));
      requireModules.set(filename, mod);
    }
  }
  return mod.require(id);
}

function resolveFrom(mod, filename, request, options) {
  return Module._resolveFilename(request, mod ?? { filename, paths: Module._nodeModulePaths(path.dirname(filename)) }, false, options);
}

binding.install(Module, requireFrom, resolveFrom);

module.exports = Module;
