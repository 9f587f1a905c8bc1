// catch and finally: value pass-through, finally overrides only by throwing/rejecting, and handler argument rules.
const out = [];
const done = [];
const rec = (label) => (v) => { out.push(`${label}: ${v instanceof Error ? 'Error(' + v.message + ')' : v}`); return v; };

done.push(Promise.resolve(1).finally(() => 'ignored').then(rec('finally passes value')));
done.push(Promise.reject(new Error('e1')).finally(() => 'ignored').catch(rec('finally passes rejection')));
done.push(Promise.resolve(2).finally(() => { throw new Error('from finally'); }).catch(rec('finally throw overrides')));
done.push(Promise.resolve(3).finally(() => Promise.reject(new Error('rejected in finally'))).catch(rec('finally rejection overrides')));
done.push(Promise.resolve(4).finally((...args) => out.push('finally args length ' + args.length)));
done.push(Promise.reject(new Error('e2')).catch((e) => 'recovered from ' + e.message).then(rec('after catch')));
done.push(Promise.reject(new Error('e3')).then(rec('skipped')).catch(rec('rejection skips then')));
done.push(Promise.resolve(5).then(null, rec('not called')).then(rec('null onRejected')));
done.push(Promise.resolve(6).then('not a function').then(rec('non-function onFulfilled is identity')));
done.push(Promise.reject(new Error('e4')).then(rec('no'), (e) => 'second arg handled ' + e.message).then(rec('then with onRejected')));
done.push(Promise.resolve(7).then(() => { throw new Error('thrown in then'); }).catch(rec('thrown in then')));

// finally waits for a returned promise before passing the original value on.
const order = [];
Promise.resolve('orig')
  .finally(() => new Promise((r) => setTimeout(() => { order.push('finally promise settled'); r('ignored'); }, 0)))
  .then((v) => { order.push('then got ' + v); console.log(order.join(', ')); });

// catch is then(undefined, fn) and looks up `then` dynamically.
const fake = { then(a, b) { return 'then called with ' + typeof a + ',' + typeof b; } };
console.log(Promise.prototype.catch.call(fake, () => {}));
console.log(Promise.prototype.finally.call(fake, () => {}));

Promise.all(done).then(() => console.log(out.join('\n')));
