// The node side of the "node" engine (engine_node.go): a long-lived node process that runs each test in a new vm
// context. Protocol, one JSON object per line: stdin brings {"run": {...}} and {"module": {...}} answers; stdout takes
// {"load": {run, id, specifier, referrer}} questions and {"done": {run, result}}.
'use strict';
const vm = require('vm');
const readline = require('readline');

// Tests that reject promises or throw from callbacks must not take the driver down with them.
process.on('unhandledRejection', () => {});
process.on('uncaughtException', () => {});

// Runs wait in a queue; module answers go to the load that asked, by id, since a dynamic import still pending
// when its test ended may be answered while the next test runs.
const input = readline.createInterface({ input: process.stdin });
const runs = [];
let runWaiter = null;
const loads = new Map();
let nextLoadID = 1;
input.on('line', (line) => {
  const msg = JSON.parse(line);
  if (msg.module) {
    const pending = loads.get(msg.module.id);
    loads.delete(msg.module.id);
    if (pending) pending(msg.module);
  } else if (runWaiter) {
    const w = runWaiter;
    runWaiter = null;
    w(msg.run);
  } else {
    runs.push(msg.run);
  }
});
input.on('close', () => process.exit(0));

function nextRun() {
  return new Promise((resolve) => {
    if (runs.length) resolve(runs.shift());
    else runWaiter = resolve;
  });
}

function send(msg) {
  process.stdout.write(JSON.stringify(msg) + '\n');
}

const realmSetup = `(function (host) {
  'use strict';
  var g = globalThis;
  var $262 = {
    global: g,
    createRealm: function createRealm() { return host.createRealm(); },
    evalScript: function evalScript(src) { return host.evalScript(src); },
    detachArrayBuffer: function detachArrayBuffer(buffer) { host.detach(buffer); return null; },
    gc: function gc() { host.gc(); },
    agent: {},
  };
  Object.defineProperty(g, '$262', { value: $262, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(g, 'print', {
    value: function print(x) { host.print(String(x)); }, writable: true, configurable: true, enumerable: false,
  });
  return $262;
})`;

// Errors made by node itself (a SyntaxError from compiling, a DataCloneError) belong to the main realm; tests
// compare them with the test realm's constructors, so they are remade there.
function inRealm(ctx, e) {
  if (!(e instanceof Error)) return e;
  const G = vm.runInContext('globalThis', ctx);
  const C = typeof G[e.name] === 'function' ? G[e.name] : e instanceof TypeError ? G.TypeError : G.Error;
  return new C(e.message);
}

function errorName(e) {
  try {
    if (e !== null && (typeof e === 'object' || typeof e === 'function') && e.constructor) {
      return String(e.constructor.name);
    }
  } catch (_) { /* a throwing getter tells us nothing more */ }
  return '';
}

function errorMessage(e) {
  try {
    return e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  } catch (_) {
    return '';
  }
}

function newRealm(state) {
  const ctx = vm.createContext();
  const host = {
    print: (s) => state.printed.push(s),
    createRealm: () => newRealm(state).$262,
    evalScript: (src) => {
      let script;
      try {
        script = new vm.Script(String(src), { importModuleDynamically: state.importDynamically });
      } catch (e) {
        throw inRealm(ctx, e);
      }
      return script.runInContext(ctx);
    },
    detach: (buffer) => {
      try {
        structuredClone(buffer, { transfer: [buffer] });
      } catch (e) {
        throw inRealm(ctx, e);
      }
    },
    gc: () => {
      if (typeof global.gc !== 'function') throw new (vm.runInContext('Error', ctx))('gc not exposed');
      global.gc();
    },
  };
  const $262 = vm.runInContext(realmSetup, ctx)(host);
  return { ctx, $262 };
}

async function load(state, specifier, referrer) {
  const id = nextLoadID++;
  state.pendingLoads++;
  const reply = await new Promise((resolve) => {
    loads.set(id, resolve);
    send({ load: { run: state.run, id, specifier, referrer } });
  });
  state.pendingLoads--;
  if (reply.error) throw new Error(reply.error);
  return reply.source;
}

function moduleLoader(ctx, state) {
  const cache = new Map();
  const make = (src) => {
    let m = cache.get(src.Name);
    if (m) return m;
    if (src.Name.endsWith('.json')) {
      const value = vm.runInContext('JSON', ctx).parse(src.Text);
      m = new vm.SyntheticModule(['default'], function () { this.setExport('default', value); },
        { context: ctx, identifier: src.Name });
    } else {
      m = new vm.SourceTextModule(src.Text, {
        context: ctx, identifier: src.Name, importModuleDynamically: state.importDynamically,
      });
    }
    cache.set(src.Name, m);
    return m;
  };
  const link = (m) => m.link(async (specifier, referrer) => make(await load(state, specifier, referrer.identifier)));
  // Several import() calls may ask for one module at once; they share its linking and evaluation.
  const ready = new Map();
  state.importDynamically = async (specifier, referrer) => {
    const m = make(await load(state, specifier, referrer.identifier || state.testName));
    if (!ready.has(m)) {
      ready.set(m, (async () => {
        if (m.status === 'unlinked') await link(m);
        if (m.status === 'linked') await m.evaluate();
      })());
    }
    await ready.get(m);
    return m;
  };
  return { make, link };
}

async function settle(state, timeout) {
  // Promise jobs of every realm share node's microtask queue, which is empty again by the next turn; a few turns
  // let callbacks queued by other jobs run, and module loads for dynamic import() are waited for.
  const end = Date.now() + timeout;
  for (let idle = 0; idle < 10 && Date.now() < end; ) {
    if (state.printed.some((l) => l.startsWith('Test262:Async'))) return;
    idle = state.pendingLoads > 0 ? 0 : idle + 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function runTest(req) {
  const state = { printed: [], run: req.id, testName: req.test.Name, importDynamically: undefined, pendingLoads: 0 };
  const result = (phase, e) => ({
    Phase: phase, ErrorName: phase ? errorName(e) : '', Message: phase ? errorMessage(e) : '', Printed: state.printed,
  });
  const { ctx } = newRealm(state);
  const loader = moduleLoader(ctx, state);
  const timeout = Math.max(1, req.timeoutMs);
  for (const h of req.harness) {
    try {
      new vm.Script(h.Text, { filename: h.Name }).runInContext(ctx);
    } catch (e) {
      return result('harness', e);
    }
  }
  if (req.module) {
    let m;
    try {
      m = loader.make(req.test);
    } catch (e) {
      return result('parse', e);
    }
    try {
      await loader.link(m);
    } catch (e) {
      return result('resolution', e);
    }
    try {
      await m.evaluate({ timeout });
    } catch (e) {
      return result('runtime', e);
    }
  } else {
    let script;
    try {
      script = new vm.Script(req.test.Text, { filename: req.test.Name, importModuleDynamically: state.importDynamically });
    } catch (e) {
      return result('parse', e);
    }
    try {
      script.runInContext(ctx, { timeout });
    } catch (e) {
      return result('runtime', e);
    }
  }
  if (req.async) await settle(state, timeout);
  return result('', undefined);
}

(async () => {
  for (;;) {
    const req = await nextRun();
    let res;
    try {
      res = await runTest(req);
    } catch (e) {
      res = { Phase: 'harness', ErrorName: 'DriverError', Message: String(e && e.stack), Printed: [] };
    }
    send({ done: { run: req.id, result: res } });
  }
})();
