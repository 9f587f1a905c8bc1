// Run under GC stress by TestWeakCollectionsUnderGC (vm/builtin_weak_test.go):
// every safepoint collects, so what is only weakly held goes at once.
function churn() { for (let i = 0; i < 20; i++) ({ i }); }

const wm = new WeakMap();
const ws = new WeakSet();
const key = {};
wm.set(key, { payload: 'kept' });
ws.add(key);
(function () {
  const dead = {};
  wm.set(dead, { payload: 'dropped' });
  ws.add(dead);
})();
// A value that refers back to its key must not keep the key alive.
(function () {
  const cyc = {};
  wm.set(cyc, { back: cyc });
})();
churn();
console.log('live key', wm.get(key).payload, ws.has(key));

const reg = new FinalizationRegistry((held) => console.log('finalized', held));
const token = {};
(function () { reg.register({}, 'temporary'); })();
(function () { reg.register({}, 'unregistered', token); })();
console.log('unregister', reg.unregister(token));
// key stays reachable after the program's body returns (its callbacks run
// later, and the jobs' entries are safepoints too): 'never' must not come.
globalThis.keptKey = key;
reg.register(key, 'never');
churn();

const strong = { y: 2 };
const wr = new WeakRef(strong);
(function () { new WeakRef({ x: 1 }).deref(); })();
churn();
console.log('strong target', wr.deref() === strong);
