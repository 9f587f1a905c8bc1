// The module of the exception-handling GC fixtures (eh-gc.js, eh-leak.js), assembled byte by byte, and its set-up.
const u = (n) => { const b = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; b.push(x); } while (n); return b; };
const str = (s) => [...u(s.length), ...Buffer.from(s)];
const vec = (items) => [...u(items.length), ...items.flat()];
const sec = (id, body) => [id, ...u(body.length), ...body];
const I32 = 0x7f, REF = 0x6f, VOID = 0x40;
const T = { try: 0x06, catch: 0x07, throw: 0x08, rethrow: 0x09, catchAll: 0x19, end: 0x0b, call: 0x10, lget: 0x20, drop: 0x1a };
// Types: 0 (externref)->(), 1 ()->(), 2 (i32)->(). Tags: 0 (externref), 1 (i32).
// Funcs: 0 churn (import), 1 jsThrow (import), then
//  2 throwRef(r): throw tag 0 with r
//  3 holdRef(r): try throw tag 0 with r, catch 0: drop the payload, churn, rethrow (the catch slot is all that holds r)
//  4 throwI32(x): throw tag 1 with x
//  5 holdJs(): try call jsThrow catch_all churn rethrow (the exception JS threw is held by wasm alone)
const types = [[[REF], []], [[], []], [[I32], []]];
const funcs = [
  [0, [T.lget, 0, T.throw, 0]],
  [0, [T.try, VOID, T.lget, 0, T.throw, 0, T.catch, 0, T.drop, T.call, 0, T.rethrow, 0, T.end]],
  [2, [T.lget, 0, T.throw, 1]],
  [1, [T.try, VOID, T.call, 1, T.catchAll, T.call, 0, T.rethrow, 0, T.end]],
];
const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...sec(1, vec(types.map(([p, r]) => [0x60, ...vec(p), ...vec(r)]))),
  ...sec(2, vec([[...str('env'), ...str('churn'), 0, 1], [...str('env'), ...str('jsThrow'), 0, 1]])),
  ...sec(3, vec(funcs.map(([t]) => u(t)))),
  ...sec(13, vec([[0, 0], [0, 2]])),
  ...sec(7, vec([['throwRef', 0, 2], ['holdRef', 0, 3], ['throwI32', 0, 4], ['holdJs', 0, 5], ['tagRef', 4, 0], ['tagI32', 4, 1]]
    .map(([n, k, i]) => [...str(n), k, ...u(i)]))),
  ...sec(10, vec(funcs.map(([, code]) => { const body = [0, ...code, T.end]; return [...u(body.length), ...body]; }))),
]);

// churn makes garbage that would take the handles of anything freed by mistake, then collects.
let junk;
const churn = () => {
  junk = [];
  for (let i = 0; i < 1000; i++) junk.push({ junk: i });
  junk = null;
  gc();
};

// instantiate gives the module's exports, with churn and hooks.jsThrow (which a fixture sets) as its imports.
const hooks = { jsThrow: () => {} };
const instantiate = () => new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { churn, jsThrow: () => hooks.jsThrow() },
}).exports;

module.exports = { bytes, churn, hooks, instantiate };
