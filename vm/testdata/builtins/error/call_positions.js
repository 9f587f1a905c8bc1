// A call's position in a stack trace is its callee's name (f() or o.f()),
// or, when it has none, its opening parenthesis: o[k](), (0, o.f)(),
// (function () {})(), f()(), o.f?.(). Columns are what V8 reports.
const at = (e, n) => e.stack.split('\n')[n].replace(/^.*:(\d+:\d+)\)?$/, '$1');
const o = { f() { throw new Error('x'); } };
const k = 'f';
const mk = () => () => { throw new Error('y'); };
for (const [name, f, n] of [
  ['named', () => o.f(), 2],
  ['keyed', () => o[k](), 2],
  ['literal key', () => o['f'](), 2],
  ['comma', () => (0, o.f)(), 2],
  ['spaced', () => o [ k ] ( ), 2],
  ['iife', () => (function () { throw new Error('z'); })(), 2],
  ['call of call', () => mk()(), 2],
  ['optional keyed', () => o?.[k](), 2],
  ['optional call', () => o.f?.(), 2],
  ['optional member', () => o?.f(), 2],
]) {
  try { f(); } catch (e) { console.log(name, at(e, n)); }
}
try { o['nope'](); } catch (e) { console.log(e.message, at(e, 1)); }
try { (0, o.nope)(); } catch (e) { console.log(e.message, at(e, 1)); }
