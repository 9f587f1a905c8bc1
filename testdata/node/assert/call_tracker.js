// assert.CallTracker: counted wrappers, getCalls, report, reset and
// verify's AssertionError (one failure or several).
const assert = require('assert');
const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const c = tracker.calls(foo, 2);
console.log(c.name, c.length, c(3), typeof c);
const noop = tracker.calls();
console.log(noop.name, noop.length, noop());
console.log(tracker.getCalls(c));
const r = tracker.report();
console.log(r.length, r.map((x) => ({ ...x, stack: x.stack instanceof Error })));
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message, e.operator, e.actual, e.expected, e.generatedMessage, Object.keys(e)); }
c(4);
tracker.verify();
console.log('verified');
noop();
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e['actual 0']); }
tracker.reset(noop);
console.log(tracker.getCalls(noop));
tracker.reset();
console.log(tracker.getCalls(c), tracker.report().map((x) => x.message));
try { tracker.verify(); } catch (e) { console.log(e.message, Object.keys(e).filter((k) => / \d$/.test(k))); }
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
};
t(() => tracker.getCalls(foo));
t(() => tracker.reset(foo));
t(() => new assert.CallTracker().getCalls(c));
t(() => tracker.calls(foo, -1));
t(() => tracker.calls(foo, 0));
t(() => tracker.calls(foo, 'x'));
t(() => tracker.calls(foo, 1.5));
t(() => tracker.calls('x'));
const five = tracker.calls(5);
console.log(tracker.report().pop().message, five.name);
const c3 = tracker.calls(foo, 1);
c3.call({ t: 1 }, 9);
console.log(tracker.getCalls(c3));
console.log(Object.getOwnPropertyNames(assert.CallTracker.prototype), assert.strict.CallTracker === assert.CallTracker);
class K { constructor(x) { this.x = x; } }
const tk = tracker.calls(K);
console.log(new tk(5).x, tracker.getCalls(tk).length);
const arrow = tracker.calls(() => {}, 3);
console.log(tracker.report().pop().message, arrow.name);
