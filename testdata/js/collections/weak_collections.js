// WeakMap/WeakSet/WeakRef/FinalizationRegistry: allowed keys, API surface, and deterministic behaviour without GC.
const wm = new WeakMap();
const k1 = {};
const k2 = function () {};
console.log(wm.set(k1, 'obj') === wm, wm.set(k2, 'fn').get(k2), wm.get(k1), wm.has(k1), wm.has({}), wm.get({}));
console.log(wm.delete(k1), wm.delete(k1), wm.has(k1));
for (const bad of [1, 'str', null, undefined, true, Symbol.for('registered'), 1n]) {
  try {
    wm.set(bad, 1);
    console.log('accepted', typeof bad);
  } catch (e) {
    console.log(String(bad).padEnd(26), e.constructor.name, e.message);
  }
}
// Non-registered symbols as keys (ES2023), where supported.
try {
  const s = Symbol('weak');
  wm.set(s, 'symbol value');
  console.log('symbol key', wm.get(s));
} catch (e) {
  console.log('symbol key', e.constructor.name);
}
// get/has/delete with invalid keys do not throw.
console.log(wm.get(1), wm.has('x'), wm.delete(null));

const ws = new WeakSet([k1, k2]);
console.log(ws.has(k1), ws.add(k1) === ws, ws.delete(k2), ws.has(k2), ws.has(1));
try {
  ws.add(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  new WeakMap([[1, 2]]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Not iterable, no size, no clear.
console.log(typeof wm[Symbol.iterator], wm.size, typeof wm.clear, typeof ws.forEach);
console.log(Object.getOwnPropertyNames(WeakMap.prototype).sort().join(), Object.getOwnPropertyNames(WeakSet.prototype).sort().join());

// WeakRef: deref returns the target while it is reachable.
const target = { name: 'target' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name, Object.prototype.toString.call(ref));
try {
  new WeakRef(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// FinalizationRegistry: register/unregister results (callbacks are not expected to run here).
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
const token = {};
console.log(registry.register({}, 'held value', token), registry.unregister(token), registry.unregister(token), registry.unregister({}));
try {
  registry.register(target, target);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  registry.unregister(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// A private-data pattern with WeakMap.
const priv = new WeakMap();
class Account {
  constructor(balance) { priv.set(this, { balance }); }
  deposit(n) { priv.get(this).balance += n; return this; }
  get balance() { return priv.get(this).balance; }
}
console.log(new Account(10).deposit(5).balance, Object.keys(new Account(1)).length);
