// for-in over ordinary objects, whose keys come from the shape's enum cache
// when no prototype has enumerable properties: the order, and keys deleted,
// added or changed during the enumeration.
const out = [];
function keys(o) { const r = []; for (const k in o) r.push(k); return r.join(','); }
out.push(keys({b:1, a:2, 1:3, 0:4}));
const proto = {p: 1, q: 2}; const o = Object.create(proto); o.a = 1; o.p = 3;
out.push(keys(o));
Object.defineProperty(proto, 'h', {value: 1, enumerable: false});
const o2 = Object.create(proto); o2.h = 5; o2.z = 1; out.push(keys(o2));
const o3 = {a:1,b:2,c:3}; const r3 = []; for (const k in o3) { r3.push(k); delete o3.b; } out.push(r3.join());
const o4 = {a:1,b:2,c:3}; const r4 = []; for (const k in o4) { r4.push(k); o4.d = 1; } out.push(r4.join());
const o5 = {a:1,b:2,c:3}; const r5 = []; for (const k in o5) { r5.push(k); if (k==='a') { delete o5.b; o5.b = 9; } } out.push(r5.join());
out.push(keys([1,,3]));
out.push(keys('abc'));
out.push(keys(new Proxy({x:1,y:2}, {})));
const o6 = {a:1}; Object.defineProperty(o6, 'n', {value:1}); o6.z = 2; out.push(keys(o6));
const o7 = {a:1,b:2}; delete o7.a; o7.c = 3; out.push(keys(o7));
function F(){ this.v = 1; } F.prototype.w = 2; out.push(keys(new F()));
out.push(keys(Object.create(null)));
const o8 = Object.create({a:1}); o8.b = 2; const r8=[]; for (const k in o8) { r8.push(k); delete Object.getPrototypeOf(o8).a; } out.push(r8.join());
const o9 = {x:1, y:2}; const r9=[]; for (const k in o9) { r9.push(k); delete o9.y; Object.prototype.y = 1; } delete Object.prototype.y; out.push(r9.join());
out.push(keys(function f(){}));
const a10 = [1,2]; a10.foo = 1; out.push(keys(a10));
const o11 = {a:1, [Symbol('s')]: 2, b: 2}; out.push(keys(o11));
const o12 = {a:1,b:2}; const r12=[]; for (const k in o12) { r12.push(k); Object.defineProperty(o12,'b',{enumerable:false}); } out.push(r12.join());
const big = {}; for (let i = 0; i < 70; i++) big['k'+i] = i; out.push(keys(big).length);
(function(){ out.push(keys(arguments)); })(1,2);
out.push(keys(new Uint8Array(3)));
out.push(keys(new Error('x')));
const s1 = {a:1,b:2,c:3}; const r13=[]; for (const k in s1) { r13.push(k); if (k==='a') { Object.defineProperty(s1,'c',{enumerable:false}); Object.defineProperty(s1,'c',{enumerable:true}); delete s1.b; } } out.push(r13.join());
const j = JSON.parse('{"x":1,"y":2,"3":0,"z":3}'); const r14=[]; for (const k in j) { r14.push(k); delete j.y; } out.push(r14.join());
const pr = {}; const c1 = Object.create(pr); c1.a = 1; out.push(keys(c1)); pr.later = 1; out.push(keys(c1)); delete pr.later; out.push(keys(c1));
const n1 = {a:1,b:2}; const r15=[]; for (const k in n1) for (const k2 in n1) r15.push(k+k2); out.push(r15.join());
out.push(keys(Object.assign([], {0:1, x:2})));
const ap = []; ap[1] = 'p'; const ac = Object.create(ap); ac.own = 1; out.push(keys(ac));
out.push(keys(new Map([[1,2]])), keys(5), keys(true));
const sp = Object.create(new Proxy({pp:1}, {})); sp.own = 1; out.push(keys(sp));
console.log(out.join('\n'));
