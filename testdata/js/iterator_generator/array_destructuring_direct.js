// Array patterns and for-of over arrays whose iteration is unobservable, which Kiln runs
// without an iterator object: holes, getters, a length that changes, generators suspended
// inside a pattern, and a return method added to the iterator's prototype chain (which must
// then be called with an Array Iterator as this); patched iterators take the protocol path.
const log = [];
// basic, short, rest, holes
{ const [a, b, c] = [1, 2]; console.log(a, b, c); }
{ const [a, ...r] = [1, 2, 3]; console.log(a, r); }
{ const [, , x] = [1, 2, 3, 4]; console.log(x); }
{ const arr = [1, , 3]; Array.prototype[1] = 'proto'; const [a, b, c] = arr; console.log(a, b, c); delete Array.prototype[1]; }
// getters in order, mutating the array
{ const arr = [1, 2, 3]; Object.defineProperty(arr, 1, { get() { log.push('get1'); arr.length = 2; arr.push(9, 10); return 'g'; } });
  const [a, b, c, d, e] = arr; console.log(a, b, c, d, e, log); }
// shrinking via default initializer
{ const arr = [1, 2, 3]; const [a = 0, b = (arr.length = 1, 5), c = 7] = arr; console.log(a, b, c); }
{ const arr = [1, undefined, 3]; const [a, b = (arr.length = 0, 5), c = 7] = arr; console.log(a, b, c); }
// nested, swap, params
{ let a = 1, b = 2; [a, b] = [b, a]; console.log(a, b); }
{ const f = ([x, [y, z]]) => x + y + z; console.log(f([1, [2, 3]])); }
{ const m = new Map([['a', [1, 2]], ['b', [3, 4]]]); for (const [k, [x, y]] of m) console.log(k, x, y); }
{ const s = new Set([1, 2]); for (const [k, v] of s.entries()) console.log(k, v); }
{ for (const [k, v] of Object.entries({p: 1, q: 2})) console.log(k, v); }
// return added to the chain is called
{ Object.prototype.return = function () { log.push('return ' + Object.prototype.toString.call(this)); return {}; };
  const [a] = [1, 2]; console.log(a, log.pop());
  for (const x of [1, 2]) { log.push('x' + x); break; } console.log(log.splice(-2));
  try { const [{ z = (() => { throw new Error('boom') })() }] = [{}]; } catch (e) { console.log(e.message, log.pop()); }
  delete Object.prototype.return; }
{ const AIP = Object.getPrototypeOf([][Symbol.iterator]());
  AIP.return = function () { log.push('aip return'); return 1; };
  try { const [a] = [1, 2]; } catch (e) { console.log(e.constructor.name, e.message, log.pop()); }
  delete AIP.return;
  const IP = Object.getPrototypeOf(AIP);
  Object.defineProperty(IP, 'return', { get() { log.push('getter this is iter: ' + (Object.getPrototypeOf(this) === AIP)); return undefined; }, configurable: true });
  const [a] = [1, 2]; console.log(a, log.pop()); delete IP.return;
  const [b] = [1, 2]; console.log(b, log.length);
}
// patched iterator
{ const orig = Array.prototype[Symbol.iterator];
  Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
  const [a, b] = [1, 2]; console.log(a, b);
  Array.prototype[Symbol.iterator] = orig; }
{ const AIP = Object.getPrototypeOf([][Symbol.iterator]()); const on = AIP.next; let n = 0;
  AIP.next = function () { n++; return on.call(this); };
  const [a, b] = [1, 2]; console.log(a, b, n); AIP.next = on; }
{ const arr = [1, 2]; arr[Symbol.iterator] = function* () { yield 'own'; }; const [a] = arr; console.log(a); }
// for-of with mutation
{ const arr = [1, 2, 3]; const out = []; for (const x of arr) { out.push(x); if (x === 1) arr.push(4); if (x === 4) arr.length = 0; } console.log(out); }
{ const arr = [1, 2, 3]; const out = []; for (const x of arr) { out.push(x); arr.pop(); } console.log(out); }
// generators suspended mid-destructuring
{ function* g(arr) { const [a, b = yield 'need b', c] = arr; return [a, b, c]; }
  const it = g([1, undefined, 3]); console.log(it.next().value, it.next(42).value); }
{ function* g(arr) { for (const x of arr) yield x * 2; } console.log([...g([1, 2, 3])]); }
// a sparse array
{ const a = []; a.length = 5; a[3] = 'x'; const [p, q, r, s, t, u] = a; console.log(p, s, u); }
