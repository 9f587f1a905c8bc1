// Proxy traps and Reflect: trap order, invariants, revocation, and Reflect equivalents.
const log = [];
const target = { a: 1 };
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
  handler[trap] = (...args) => {
    log.push(trap + (typeof args[1] === 'string' ? ':' + args[1] : ''));
    return Reflect[trap](...args);
  };
}
const p = new Proxy(target, handler);
p.a;
p.b = 2;
'a' in p;
delete p.b;
Object.keys(p);
Object.getPrototypeOf(p);
Object.isExtensible(p);
console.log(log.join(' '));
log.length = 0;

// Spread and JSON go through traps too.
JSON.stringify(p);
console.log('JSON.stringify:', log.join(' '));
log.length = 0;
({ ...p });
console.log('object spread:', log.join(' '));
log.length = 0;
Object.freeze(p);
console.log('freeze:', log.join(' '));

// apply and construct traps.
const fnProxy = new Proxy(function orig(x) { return x * 2; }, {
  apply(t, thisArg, args) { return 'apply ' + t(...args); },
  construct(t, args, newTarget) { return { constructed: args[0], sameTarget: newTarget === fnProxy }; },
});
console.log(fnProxy(5), JSON.stringify(new fnProxy(7)), typeof fnProxy);

// Invariants.
const fixed = Object.defineProperty({}, 'k', { value: 1, configurable: false, writable: false });
const liar = new Proxy(fixed, { get: () => 2, has: () => false, ownKeys: () => [] });
for (const [label, fn] of [
  ['get', () => liar.k],
  ['has', () => 'k' in liar],
  ['ownKeys', () => Object.keys(liar)],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

// Revocable.
const { proxy, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(proxy.x);
revoke();
try {
  proxy.x;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Default behaviour forwards everything.
const arrProxy = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arrProxy), arrProxy.length, arrProxy.map(x => x + 1).join());

// A set trap returning false throws in strict code only.
const refuses = new Proxy({}, { set: () => false });
refuses.x = 1;
(function () {
  'use strict';
  try {
    refuses.x = 1;
  } catch (e) {
    console.log('strict set false:', e.constructor.name, e.message);
  }
})();

// Reflect basics.
const obj = { x: 1, get y() { return this.x + 1; } };
console.log(Reflect.has(obj, 'x'), Reflect.get(obj, 'y', { x: 10 }), Reflect.ownKeys(obj).join());
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.construct(Date, [0]).getTime());
class Base { constructor() { this.nt = new.target.name; } }
class Other {}
console.log(Reflect.construct(Base, [], Other).nt, Reflect.construct(Base, [], Other) instanceof Other);
console.log(Reflect.deleteProperty(Object.freeze({ z: 1 }), 'z'), Reflect.isExtensible({}), Reflect.preventExtensions({}));
console.log(Reflect.getOwnPropertyDescriptor({ q: 1 }, 'q').value, Reflect.getPrototypeOf([]) === Array.prototype);
try {
  Reflect.get(1, 'x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyNames(Reflect).sort().join());
