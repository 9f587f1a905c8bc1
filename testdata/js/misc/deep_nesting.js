// Built-ins that recurse in Go on nested values (join/toString of arrays
// of arrays, structuredClone, proxies without traps forwarding to proxies)
// throw RangeError, as node does, where Go's stack used to run out: a
// fatal error that no try could catch and that killed the process.
// No GC stress: building structures 12,000 deep passes ~100,000 safepoints, a full collection at each took minutes; the same built-ins on shallow values run under stress in other fixtures.
function nest(depth, make, link) {
  const top = make(); let cur = top;
  for (let i = 0; i < depth; i++) { const n = make(); link(cur, n); cur = n; }
  return top;
}
function attempt(name, f) {
  try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name, e.message); }
}
const arrays = nest(12000, () => [], (a, n) => a.push(n));
attempt('String', () => String(arrays));
attempt('join', () => arrays.join());
attempt('toLocaleString', () => arrays.toLocaleString());
attempt('structuredClone', () => structuredClone(nest(12000, () => ({}), (o, n) => { o.a = n; })));
let p = {};
for (let i = 0; i < 12000; i++) p = new Proxy(p, {});
attempt('proxy get', () => p.x);
attempt('proxy has', () => 'x' in p);
attempt('proxy keys', () => Object.keys(p));
// Shallow enough: these work.
attempt('String 500', () => String(nest(500, () => [], (a, n) => a.push(n))));
let q = {};
for (let i = 0; i < 500; i++) q = new Proxy(q, {});
attempt('proxy 500', () => q.x);
console.log('alive');
