// The Promise constructor and statics: executor timing, resolve/reject identity, subclassing, and misuse errors.
const order = [];
const p = new Promise((resolve, reject) => {
  order.push('executor runs synchronously');
  order.push('resolve.length ' + resolve.length + ', reject.length ' + reject.length);
  resolve('value');
});
order.push('after constructor');
console.log(order.join(' | '));

// Executor exceptions reject, unless already resolved.
new Promise(() => { throw new Error('executor threw'); }).catch((e) => console.log('caught:', e.message));
new Promise((res) => { res('kept'); throw new Error('ignored'); }).then((v) => console.log('resolved then threw:', v));

// Promise.resolve returns the same promise for native promises of the same constructor.
const rejected = Promise.reject(p);
rejected.catch(() => {});
console.log(Promise.resolve(p) === p, rejected !== p, Promise.resolve(1) instanceof Promise);
class Sub extends Promise {}
const sp = Sub.resolve(1);
console.log(sp instanceof Sub, Sub.resolve(sp) === sp, Promise.resolve(sp) === sp, Sub.resolve(p) === p);

// Promise.reject does not unwrap.
Promise.reject(Promise.resolve('inner')).catch((v) => console.log('reject keeps promise:', v instanceof Promise));

// Misuse.
for (const [label, fn] of [
  ['no new', () => Promise(() => {})],
  ['no executor', () => new Promise()],
  ['executor not callable', () => new Promise(5)],
  ['then on non-promise', () => Promise.prototype.then.call({}, () => {})],
]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

// withResolvers is not in node 20.
console.log(typeof Promise.withResolvers);
console.log(Object.getOwnPropertyNames(Promise).sort().join(), Object.getOwnPropertyNames(Promise.prototype).sort().join());
console.log(Promise.length, Promise.prototype[Symbol.toStringTag], String(p));

// A subclass with a custom executor wrapper.
class Deferred extends Promise {
  constructor(executor) {
    let res;
    super((r, j) => { res = r; executor(r, j); });
    this.resolveNow = res;
  }
}
const d = new Deferred(() => {});
d.then((v) => console.log('deferred resolved with', v));
d.resolveNow('external');
console.log(d.then(() => {}) instanceof Deferred);
