// Map/Set-heavy graph algorithms on a generated sparse graph with string
// keys: adjacency in a Map of Sets, breadth-first search, Dijkstra with a
// binary heap, connected components, and a topological sort of a DAG.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

let seed = 11;
function rnd(n) { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; }

function makeGraph(n, m) {
  const adj = new Map(), weight = new Map();
  for (let i = 0; i < n; i++) adj.set('v' + i, new Set());
  for (let e = 0; e < m; e++) {
    const a = 'v' + rnd(n), b = 'v' + rnd(n);
    if (a === b) continue;
    adj.get(a).add(b); adj.get(b).add(a);
    weight.set(a < b ? a + '|' + b : b + '|' + a, 1 + rnd(20));
  }
  return { adj, weight };
}

function bfs(adj, start) {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h], d = dist.get(u);
    for (const v of adj.get(u)) if (!dist.has(v)) { dist.set(v, d + 1); queue.push(v); }
  }
  let sum = 0;
  for (const d of dist.values()) sum += d;
  return sum;
}

function dijkstra({ adj, weight }, start) {
  const dist = new Map([[start, 0]]), done = new Set();
  const heap = [[0, start]];
  const push = x => { heap.push(x); let i = heap.length - 1; while (i > 0) { const p = (i - 1) >> 1; if (heap[p][0] <= heap[i][0]) break; [heap[p], heap[i]] = [heap[i], heap[p]]; i = p; } };
  const pop = () => {
    const top = heap[0], last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let s = i;
        if (l < heap.length && heap[l][0] < heap[s][0]) s = l;
        if (r < heap.length && heap[r][0] < heap[s][0]) s = r;
        if (s === i) break;
        [heap[s], heap[i]] = [heap[i], heap[s]];
        i = s;
      }
    }
    return top;
  };
  while (heap.length) {
    const [d, u] = pop();
    if (done.has(u)) continue;
    done.add(u);
    for (const v of adj.get(u)) {
      const nd = d + weight.get(u < v ? u + '|' + v : v + '|' + u);
      if (!dist.has(v) || nd < dist.get(v)) { dist.set(v, nd); push([nd, v]); }
    }
  }
  let sum = 0;
  for (const d of dist.values()) sum += d;
  return sum;
}

function components(adj) {
  const seen = new Set();
  let count = 0;
  for (const v of adj.keys()) {
    if (seen.has(v)) continue;
    count++;
    const stack = [v];
    seen.add(v);
    while (stack.length) for (const w of adj.get(stack.pop())) if (!seen.has(w)) { seen.add(w); stack.push(w); }
  }
  return count;
}

function topo(n) {
  const out = new Map(), indeg = new Map();
  for (let i = 0; i < n; i++) { out.set(i, []); indeg.set(i, 0); }
  for (let i = 0; i < n; i++) for (let k = 1; k <= 3; k++) { const j = i + 1 + rnd(20); if (j < n) { out.get(i).push(j); indeg.set(j, indeg.get(j) + 1); } }
  const ready = [...indeg].filter(([, d]) => d === 0).map(([v]) => v);
  let order = 0, h = 0;
  while (ready.length) {
    const v = ready.pop();
    h = (h * 31 + v) % 1000003; order++;
    for (const w of out.get(v)) { indeg.set(w, indeg.get(w) - 1); if (indeg.get(w) === 0) ready.push(w); }
  }
  return order * 1000003 + h;
}

const g = makeGraph(SHORT ? 2000 : 20000, SHORT ? 3000 : 30000);
const got = [bfs(g.adj, 'v0'), bfs(g.adj, 'v1'), dijkstra(g, 'v0'), dijkstra(g, 'v2'), components(g.adj), topo(SHORT ? 5000 : 50000)].join(',');
const want = SHORT ? '13518,14351,107004,121965,116,5000527865' : '222000,215700,1661528,1726644,1066,50000897369';
if (got !== want) throw new Error(`graph: got ${got}, want ${want}`);
