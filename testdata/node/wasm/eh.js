// The legacy exception-handling proposal that node 20 ships on by default: WebAssembly.Tag and
// WebAssembly.Exception, the tag section and tag imports/exports, and try/catch/catch_all/throw/rethrow/delegate.
// Modules are assembled byte by byte below (emscripten's -fwasm-exceptions output uses the same instructions).
const show = (f) => {
  try {
    return f();
  } catch (e) {
    if (e instanceof WebAssembly.Exception) return `Exception(${e.is(tagI32) ? 'tagI32 ' + e.getArg(tagI32, 0) : 'other'})`;
    return `${e.constructor.name}: ${e.message}`;
  }
};
const u = (n) => { const b = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; b.push(x); } while (n); return b; };
const str = (s) => [...u(s.length), ...Buffer.from(s)];
const vec = (items) => [...u(items.length), ...items.flat()];
const sec = (id, body) => [id, ...u(body.length), ...body];
const I32 = 0x7f, F64 = 0x7c, VOID = 0x40;
// mod assembles a module: types [[params, results]], imports [[module, name, kind, ...desc]], funcs [[type, locals, code]],
// tags (type indices), exports [[name, kind, index]].
function mod({ types = [], imports = [], funcs = [], tags = [], exports = [] }) {
  const b = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
  b.push(...sec(1, vec(types.map(([p, r]) => [0x60, ...vec(p), ...vec(r)]))));
  if (imports.length) b.push(...sec(2, vec(imports.map(([m, n, k, ...d]) => [...str(m), ...str(n), k, ...d]))));
  b.push(...sec(3, vec(funcs.map(([t]) => u(t)))));
  if (tags.length) b.push(...sec(13, vec(tags.map((t) => [0, ...u(t)]))));
  b.push(...sec(7, vec(exports.map(([n, k, i]) => [...str(n), k, ...u(i)]))));
  b.push(...sec(10, vec(funcs.map(([, locals, code]) => { const body = [...vec(locals), ...code, 0x0b]; return [...u(body.length), ...body]; }))));
  return new Uint8Array(b);
}
const tagI32 = new WebAssembly.Tag({ parameters: ['i32'] });
const log = [];
const imports = {
  env: {
    tag: tagI32,
    jsThrow: (x) => jsImpl(x),
    reenter: (x) => exp.thrower(x),
  },
};
let jsImpl = (x) => { log.push(`jsThrow ${x}`); if (x === 1) throw new Error('from js'); if (x === 2) throw new WebAssembly.Exception(tagI32, [42]); if (x === 3) throw 'str'; return x; };
// Types: 0 (i32)->i32, 1 (i32)->(), 2 ()->i32, 3 (i32,f64)->().
// Tags: 0 imported tagI32, 1 own (i32), 2 own (i32, f64).
// Funcs: 0 jsThrow (import), 1 reenter (import), then:
//  2 thrower(x): x==0 -> throw own tag 1 with 7; x==1 -> throw imported tag 0 with 9; x==2 -> throw tag 2; else return x
//  3 catcher(x): try (result i32) call thrower(x) catch 1 (+100) catch 0 (+200) catch_all -1 end
//  4 nested(x): try try call thrower catch 1 rethrow 0 end catch 1 (+1000) end — rethrow reaches the outer catch
//  5 viaJs(x): try (result i32) call jsThrow(x) catch 0 (+300) catch_all -2 end
//  6 delegated(x): try (result i32) try (result i32) call thrower(x) delegate 0 catch 1 (+500) end
//  7 leaks(x): call thrower(x) — uncaught to JS
//  8 reentry(x): try (result i32) call reenter(x) catch 1 (+600) end
//  9 passJs(x): try (result i32) call jsThrow(x) catch_all rethrow 0 end — JS value passes through unchanged
// 10 trap(): try catch_all unreachable... the trap is not caught
// 11 twoVals(): throws tag 2 (5, 2.5), caught and returns i32 + trunc f64
// 12 delegateOut(x): try (result i32) call thrower(x) delegate 0 (to the caller)
const T = { try: 0x06, catch: 0x07, throw: 0x08, rethrow: 0x09, delegate: 0x18, catchAll: 0x19, end: 0x0b, call: 0x10, lget: 0x20, i32: 0x41, add: 0x6a, if: 0x04, eqz: 0x45, eq: 0x46 };
const bytes = mod({
  types: [[[I32], [I32]], [[I32], []], [[], [I32]], [[I32, F64], []]],
  imports: [['env', 'jsThrow', 0, 0], ['env', 'reenter', 0, 0], ['env', 'tag', 4, 0, 1]],
  tags: [1, 3],
  funcs: [
    [0, [], [T.lget, 0, T.eqz, T.if, VOID, T.i32, 7, T.throw, 1, T.end,
      T.lget, 0, T.i32, 1, T.eq, T.if, VOID, T.i32, 9, T.throw, 0, T.end,
      T.lget, 0, T.i32, 2, T.eq, T.if, VOID, T.i32, 3, 0x44, 0, 0, 0, 0, 0, 0, 0x10, 0x40, T.throw, 2, T.end, T.lget, 0]],
    [0, [], [T.try, I32, T.lget, 0, T.call, 2, T.catch, 1, T.i32, 0xe4, 0, T.add, T.catch, 0, T.i32, 0xc8, 1, T.add, T.catchAll, T.i32, 0x7f, T.end]],
    [0, [], [T.try, I32, T.try, I32, T.lget, 0, T.call, 2, T.catch, 1, T.rethrow, 0, T.end, T.catch, 1, T.i32, 0xe8, 7, T.add, T.end]],
    [0, [], [T.try, I32, T.lget, 0, T.call, 0, T.catch, 0, T.i32, 0xac, 2, T.add, T.catchAll, T.i32, 0x7e, T.end]],
    [0, [], [T.try, I32, T.try, I32, T.lget, 0, T.call, 2, T.delegate, 0, T.catch, 1, T.i32, 0xf4, 3, T.add, T.end]],
    [0, [], [T.lget, 0, T.call, 2]],
    [0, [], [T.try, I32, T.lget, 0, T.call, 1, T.catch, 1, T.i32, 0xd8, 4, T.add, T.end]],
    [0, [], [T.try, I32, T.lget, 0, T.call, 0, T.catchAll, T.rethrow, 0, T.end]],
    [2, [], [T.try, VOID, 0x00, T.catchAll, T.end, T.i32, 0]],
    [2, [[1, F64], [1, I32]], [T.try, I32, T.i32, 5, 0x44, 0, 0, 0, 0, 0, 0, 4, 0x40, T.throw, 2, T.catch, 2, 0x21, 0, 0x21, 1, T.lget, 1, T.lget, 0, 0xaa, T.add, T.end]],
    [0, [], [T.try, I32, T.lget, 0, T.call, 2, T.delegate, 0]],
  ],
  exports: [['thrower', 0, 2], ['catcher', 0, 3], ['nested', 0, 4], ['viaJs', 0, 5], ['delegated', 0, 6], ['leaks', 0, 7],
    ['reentry', 0, 8], ['passJs', 0, 9], ['trap', 0, 10], ['twoVals', 0, 11], ['delegateOut', 0, 12], ['ownTag', 4, 1], ['pairTag', 4, 2], ['importedTag', 4, 0]],
});
console.log('valid', WebAssembly.validate(bytes));
const m = new WebAssembly.Module(bytes);
console.log(WebAssembly.Module.imports(m), WebAssembly.Module.exports(m).map((e) => `${e.name}:${e.kind}`).join(' '));
const exp = new WebAssembly.Instance(m, imports).exports;
console.log('tags', exp.importedTag === tagI32, exp.ownTag instanceof WebAssembly.Tag, Object.prototype.toString.call(exp.ownTag));
console.log('catcher', [0, 1, 2, 5].map((x) => exp.catcher(x)));
console.log('nested', [0, 5].map((x) => exp.nested(x)), show(() => exp.nested(1)));
console.log('viaJs', [0, 1, 2, 3].map((x) => exp.viaJs(x)), log.splice(0).join(','));
console.log('delegated', [0, 5].map((x) => exp.delegated(x)), show(() => exp.delegated(1)));
console.log('leaks', show(() => exp.leaks(1)), show(() => exp.leaks(4)));
try { exp.leaks(0); } catch (e) {
  console.log('own', e instanceof WebAssembly.Exception, e instanceof Error, e.is(exp.ownTag), e.is(tagI32), e.getArg(exp.ownTag, 0), e.stack, Object.keys(e));
}
try { exp.leaks(2); } catch (e) { console.log('pair', e.getArg(exp.pairTag, 0), e.getArg(exp.pairTag, 1)); }
console.log('reentry', [0, 1, 3].map((x) => show(() => exp.reentry(x))));
const thrown = new Error('kept');
jsImpl = () => { throw thrown; };
try { exp.passJs(0); } catch (e) { console.log('passJs same value', e === thrown); }
const wasmExc = new WebAssembly.Exception(tagI32, [11]);
jsImpl = () => { throw wasmExc; };
try { exp.passJs(0); } catch (e) { console.log('passJs same exception', e === wasmExc); }
console.log('viaJs tag', exp.viaJs(0));
console.log('trap', show(() => exp.trap()));
console.log('twoVals', exp.twoVals());
console.log('delegateOut', show(() => exp.delegateOut(1)), exp.delegateOut(5));
console.log('link', show(() => new WebAssembly.Instance(m, { env: { ...imports.env, tag: {} } })),
  show(() => new WebAssembly.Instance(m, { env: { ...imports.env, tag: new WebAssembly.Tag({ parameters: ['f64'] }) } })));

// The JS API.
const { Tag, Exception } = WebAssembly;
const t2 = new Tag({ parameters: ['i32', 'f64', 'i64', 'externref'] });
const obj = {};
const e2 = new Exception(t2, [1.9, 2.5, 3n, obj]);
console.log('api', e2.getArg(t2, 0), e2.getArg(t2, 1), e2.getArg(t2, 2), e2.getArg(t2, 3) === obj, e2, typeof Tag.prototype.type);
console.log('short', new Exception(t2, []).getArg(t2, 1), new Exception(t2, [1, 2, 3n, 4, 5]).getArg(t2, 0));
console.log('stack', new Exception(t2, [], { traceStack: true }).stack.split('\n')[0], new Exception(t2, [], { traceStack: false }).stack);
console.log(Tag.length, Exception.length, Object.getPrototypeOf(Exception.prototype) === Object.prototype,
  Object.getOwnPropertyNames(Exception.prototype), Object.keys(Exception.prototype), String(new Tag({ parameters: [] })));
for (const f of [() => Tag(), () => new Tag(), () => new Tag(1), () => new Tag({}), () => new Tag({ parameters: ['x'] }), () => new Tag({ parameters: 1 }),
  () => new Tag({ parameters: new Set() }), () => new Tag({ parameters: ['v128'] }), () => Exception(t2, []), () => new Exception(), () => new Exception(t2),
  () => new Exception({}, []), () => new Exception(t2, 5), () => new Exception(t2, [], 5), () => new Exception(t2, [1n]), () => e2.getArg(t2, 9),
  () => e2.getArg(tagI32, 0), () => e2.is(1), () => e2.getArg(1, 0), () => e2.getArg(t2, 'x'), () => Exception.prototype.is.call({}, t2)]) {
  console.log(show(f));
}

// Validation.
const body = (code, types = [[[], []]]) => mod({ types: [...types, [[I32], []]], tags: [types.length], funcs: [[0, [], code]] });
for (const [name, code] of [
  ['catch outside try', [T.catch, 0]],
  ['catch after catch_all', [T.try, VOID, T.catchAll, T.catch, 0, T.end]],
  ['two catch_all', [T.try, VOID, T.catchAll, T.catchAll, T.end]],
  ['rethrow in try', [T.try, VOID, T.rethrow, 0, T.end]],
  ['bad tag', [T.throw, 5]],
  ['throw missing value', [T.throw, 0]],
  ['delegate too deep', [T.try, VOID, T.delegate, 1]],
  ['delegate after catch', [T.try, VOID, T.catchAll, T.delegate, 0]],
  ['catch value type', [T.try, VOID, T.catch, 0, T.end]],
  ['try_table', [0x1f, VOID, 0, T.end]],
  ['ok', [T.try, VOID, T.catch, 0, 0x1a, T.end]],
]) {
  console.log('validate', name, WebAssembly.validate(body(code)), show(() => new WebAssembly.Module(body(code))));
}
console.log('tag with results', show(() => new WebAssembly.Module(mod({ types: [[[], [I32]]], tags: [0] }))));
