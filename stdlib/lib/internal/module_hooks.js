'use strict';
// The module customization hooks' thread (module.register): the chains of
// resolve and load hooks, run for the main thread's ES module loader,
// which waits for each answer (module_hooks.go). Hooks run last registered
// first, and node's own resolve and load close each chain; a hook that
// neither calls the next one nor says shortCircuit breaks the chain.

const { Buffer } = require('buffer');

function hookError(ctor, code, message) {
  return binding.nodeError(ctor, code, message);
}

function typeOf(value) {
  if (value === null) return 'null';
  return `type ${typeof value} (${binding.inspect(value)})`;
}

function defaultResolve(specifier, context) {
  const r = binding.defaultResolve(`${specifier}`, context?.parentURL, context?.importAttributes ?? {});
  return r.format === undefined ? { url: r.url } : { url: r.url, format: r.format };
}

async function defaultLoad(url, context) {
  const r = binding.defaultLoad(`${url}`, context?.format, context?.importAttributes ?? {});
  let source = r.source;
  if (source instanceof Uint8Array) source = Buffer.from(source.buffer, source.byteOffset, source.length);
  return { format: r.format, responseURL: url, source };
}

const chains = {
  resolve: [{ fn: defaultResolve, url: 'node:internal/modules/esm/resolve' }],
  load: [{ fn: defaultLoad, url: 'node:internal/modules/esm/load' }],
};

// run calls the chain of kind from its last hook with arg, as node's
// nextHookFactory does: each hook's next merges the context it is given
// into the one it got, and the default hook at the end finishes the chain.
async function run(kind, arg, context) {
  const hooks = chains[kind];
  const nextName = kind === 'resolve' ? 'nextResolve' : 'nextLoad';
  const meta = { finished: false, id: '' };
  function next(i, current) {
    return async function (nextArg, nextContext) {
      if (kind === 'resolve' && typeof nextArg !== 'string') {
        throw binding.invalidArgType(`${meta.id} hook's ${nextName}() specifier`, 'of type string', nextArg);
      }
      const merged = nextContext === undefined ? current : { ...current, ...nextContext };
      const hook = hooks[i];
      if (i === 0) meta.finished = true;
      meta.id = `${hook.url} '${kind}'`;
      const out = await hook.fn(nextArg, merged, i === 0 ? undefined : next(i - 1, merged));
      if (out === null || typeof out !== 'object') {
        throw hookError('TypeError', 'ERR_INVALID_RETURN_VALUE',
          `Expected an object to be returned from the "${meta.id} hook's ${nextName}()" function but got ${typeOf(out)}.`);
      }
      return out;
    };
  }
  const out = await next(hooks.length - 1, context)(arg, undefined);
  if (out.shortCircuit === true) meta.finished = true;
  if (!meta.finished) {
    throw hookError('Error', 'ERR_LOADER_CHAIN_INCOMPLETE',
      `"${meta.id}" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include \`shortCircuit: true\` in the hook's return.`);
  }
  return out;
}

async function resolve(specifier, parentURL, attributes) {
  const context = { conditions: ['node', 'import', 'module-sync', 'node-addons'], importAttributes: attributes, parentURL };
  const out = await run('resolve', specifier, context);
  const id = `${chains.resolve[chains.resolve.length - 1].url} 'resolve'`;
  if (typeof out.url !== 'string') {
    throw hookError('TypeError', 'ERR_INVALID_RETURN_PROPERTY_VALUE',
      `Expected a URL string to be returned for the "url" from the "${id}" hook but got ${typeOf(out.url)}.`);
  }
  if (out.format != null && typeof out.format !== 'string') {
    throw hookError('TypeError', 'ERR_INVALID_RETURN_PROPERTY_VALUE',
      `Expected a string to be returned for the "format" from the "${id}" hook but got ${typeOf(out.format)}.`);
  }
  return { url: out.url, format: out.format ?? undefined };
}

async function load(url, format, attributes) {
  const context = { format, importAttributes: attributes };
  const out = await run('load', url, context);
  const id = `${chains.load[chains.load.length - 1].url} 'load'`;
  let source = out.source;
  if (source != null && typeof source !== 'string') {
    if (source instanceof ArrayBuffer || source instanceof SharedArrayBuffer) source = new Uint8Array(source);
    else if (ArrayBuffer.isView(source)) source = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    else {
      throw hookError('TypeError', 'ERR_INVALID_RETURN_PROPERTY_VALUE',
        `Expected array buffer, or typed array to be returned for the "source" from the "${id}" hook but got ${typeOf(source)}.`);
    }
  }
  return { format: out.format == null ? '' : `${out.format}`, source };
}

// register imports a hooks module and runs its initialize with data
// before its hooks join the chains.
async function register(specifier, parentURL, data) {
  const { url } = defaultResolve(specifier, { parentURL });
  const hooks = await binding.importModule(url);
  if (typeof hooks.initialize === 'function') await hooks.initialize(data);
  // Errors name a hook by the specifier it was registered with.
  if (typeof hooks.resolve === 'function') chains.resolve.push({ fn: hooks.resolve, url: specifier });
  if (typeof hooks.load === 'function') chains.load.push({ fn: hooks.load, url: specifier });
}

module.exports = { register, resolve, load };
