// util.inspect with depth: Infinity on values nested deeper than it can go:
// node catches V8's stack overflow and shows where it stopped; Kiln's
// inspector recurses in Go, whose overflow was fatal.
const util = require('util');
function nest(depth, make, link) {
  const top = make(); let cur = top;
  for (let i = 0; i < depth; i++) { const n = make(); link(cur, n); cur = n; }
  return top;
}
for (const [name, v] of [
  ['object', nest(1500, () => ({}), (o, n) => { o.a = n; })],
  ['array', nest(1500, () => [], (a, n) => a.push(n))],
  ['map', nest(1500, () => new Map(), (m, n) => m.set('k', n))],
]) {
  const s = util.inspect(v, { depth: Infinity });
  const i = s.indexOf('Inspection interrupted');
  console.log(name, i > 0, s.slice(s.lastIndexOf('[', i), s.indexOf(']', i) + 1));
}
console.log(util.inspect(nest(50, () => ({}), (o, n) => { o.a = n; }), { depth: Infinity }).length);
