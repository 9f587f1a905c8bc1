// util.transferableAbortSignal and transferableAbortController.
const util = require('util');
const c = new AbortController();
const t = util.transferableAbortSignal(c.signal);
console.log(t === c.signal, t instanceof AbortSignal, Object.getPrototypeOf(t) === AbortSignal.prototype, t.aborted);
c.abort('why');
console.log(t.aborted, t.reason, c.signal.aborted);
const a = new AbortController();
a.abort('before');
const ta = util.transferableAbortSignal(a.signal);
console.log(ta.aborted, ta.reason);
for (const bad of [5, undefined, {}, new AbortController()]) {
  try { util.transferableAbortSignal(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const tc = util.transferableAbortController();
console.log(Object.getPrototypeOf(tc) === AbortController.prototype, tc.signal.aborted);
tc.abort('r');
console.log(tc.signal.aborted, tc.signal.reason);
