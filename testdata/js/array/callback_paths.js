// Callbacks that built-ins call per element: the walk sees what a callback does to
// the array between steps, and exceptions thrown in a callback unwind through the
// callback's own handlers and reach the built-in's caller.
(function holes() {
const a = [1, , 3, 4]; const log = [];
a.forEach((x, i) => { log.push(i + ':' + x); if (i === 0) { a.length = 3; a[5] = 9; } });
const b = [1, 2, 3]; b.map((x, i) => { if (i === 0) b.push(7); delete b[2]; return x; });
const c = [1, 2, 3, 4]; const r = c.reduce((s, x, i) => { if (i === 1) c.length = 2; return s + x; }, 0);
const d = [5, 6]; Object.defineProperty(Array.prototype, 1, { get() { return 'proto'; }, configurable: true });
const e = [0, , 2]; const f = e.filter(() => true); delete Array.prototype[1];
const g = [1,2,3]; g.forEach((x,i)=>{ if(i===0) Object.defineProperty(g, 2, {get(){return 'acc'}}); log.push(x); });
const h = [1,[2,[3]],4].flatMap((x,i) => [x, i]);
let caught = []; [1,2,3].forEach(x => { try { if (x === 2) throw new Error('e' + x); caught.push(x); } catch (err) { caught.push(err.message); } });
try { [1,2].map(x => { throw new TypeError('out' + x); }); } catch (err) { caught.push(err.message); }
console.log(JSON.stringify([log, b, r, f, h, caught]));
})();
(function exceptions() {
const out = [];
// handler inside the callback, in a frame the callback calls, and none
function thrower(x) { if (x % 2) throw new RangeError('odd ' + x); return x; }
function guarded(x) { try { return thrower(x); } catch (e) { return e.message; } }
out.push([1, 2, 3].map(x => { try { return thrower(x); } catch (e) { return 'c:' + e.message; } finally { out.push('f' + x); } }));
out.push([1, 2, 3].map(guarded));
try { [2, 4, 5].forEach(thrower); } catch (e) { out.push('outer ' + e.constructor.name + ' ' + e.message); }
// nested built-ins with throws crossing two natives
try { [[1], [2, 3]].forEach(a => a.map(x => { if (x === 3) throw new Error('deep'); return x; })); } catch (e) { out.push(e.message); }
// generator and async callbacks
function* g(x) { yield x; yield x * 2; }
out.push([1, 2].map(x => [...g(x)]));
out.push([1, 2].map(function* (x) { yield x; }).map(it => it.next().value));
const ps = [1, 2].map(async x => { await null; if (x === 2) throw new Error('async ' + x); return x; });
// sort comparator throwing
try { [3, 1, 2].sort((a, b) => { throw new Error('cmp'); }); } catch (e) { out.push(e.message); }
// deep recursion through callbacks
function deep(n) { return n === 0 ? 0 : [n].map(x => deep(x - 1))[0] + 1; }
try { out.push(deep(100)); deep(1e6); } catch (e) { out.push(e.constructor.name); }
Promise.allSettled(ps).then(r => { out.push(r.map(x => x.status + ':' + (x.value ?? x.reason.message))); console.log(JSON.stringify(out)); });
})();
