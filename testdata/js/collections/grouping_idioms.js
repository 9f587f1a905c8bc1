// Common data-shaping idioms built on Map/Set (Object.groupBy and Map.groupBy are not in node 20).
console.log(typeof Object.groupBy, typeof Map.groupBy);
const people = [
  { name: 'ann', team: 'red', age: 31 }, { name: 'bob', team: 'blue', age: 25 }, { name: 'cid', team: 'red', age: 25 },
  { name: 'dee', team: 'green', age: 40 }, { name: 'eli', team: 'blue', age: 31 },
];
const byTeam = new Map();
for (const p of people) {
  if (!byTeam.has(p.team)) byTeam.set(p.team, []);
  byTeam.get(p.team).push(p.name);
}
console.log(JSON.stringify([...byTeam]));

const byAge = people.reduce((acc, p) => acc.set(p.age, (acc.get(p.age) ?? 0) + 1), new Map());
console.log(JSON.stringify([...byAge].sort((a, b) => a[0] - b[0])));

// Counting words and taking the top entries.
const text = 'a b c a b a d e a b c';
const freq = new Map();
for (const w of text.split(' ')) freq.set(w, (freq.get(w) || 0) + 1);
console.log([...freq].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3).map(([w, n]) => `${w}:${n}`).join(' '));

// Unique by key, keeping the first.
const seen = new Set();
const firstPerAge = people.filter((p) => !seen.has(p.age) && seen.add(p.age));
console.log(firstPerAge.map((p) => p.name).join());

// Index by id, invert a map, and build an adjacency list.
const index = new Map(people.map((p) => [p.name, p]));
console.log(index.get('dee').team);
const inverted = new Map([...new Map([['a', 1], ['b', 2]])].map(([k, v]) => [v, k]));
console.log(inverted.get(2));
const edges = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'a']];
const adj = new Map();
for (const [from, to] of edges) (adj.get(from) ?? adj.set(from, new Set()).get(from)).add(to);
console.log([...adj].map(([k, v]) => `${k}->${[...v].join('')}`).join(' '));

// BFS over the adjacency list.
const order = [];
const queue = ['a'];
const visited = new Set(queue);
while (queue.length) {
  const n = queue.shift();
  order.push(n);
  for (const next of adj.get(n) ?? []) if (!visited.has(next)) { visited.add(next); queue.push(next); }
}
console.log(order.join(' '));

// Memoization keyed by a composite string.
const memo = new Map();
function paths(r, c) {
  if (r === 0 || c === 0) return 1;
  const key = `${r},${c}`;
  if (!memo.has(key)) memo.set(key, paths(r - 1, c) + paths(r, c - 1));
  return memo.get(key);
}
console.log(paths(16, 16), memo.size);
