// Classic algorithms as an engine workload: sorting, searching, dynamic programming, graph search, big-number math.
function quickSort(a) {
  if (a.length <= 1) return a;
  const [p, ...rest] = a;
  return [...quickSort(rest.filter((x) => x < p)), p, ...quickSort(rest.filter((x) => x >= p))];
}
function mergeSort(a) {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid)), r = mergeSort(a.slice(mid));
  const out = [];
  while (l.length && r.length) out.push(l[0] <= r[0] ? l.shift() : r.shift());
  return out.concat(l, r);
}
function heapSort(input) {
  const a = input.slice();
  const sift = (i, n) => {
    for (;;) {
      let m = i;
      const l = 2 * i + 1, r = l + 1;
      if (l < n && a[l] > a[m]) m = l;
      if (r < n && a[r] > a[m]) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  };
  for (let i = (a.length >> 1) - 1; i >= 0; i--) sift(i, a.length);
  for (let end = a.length - 1; end > 0; end--) { [a[0], a[end]] = [a[end], a[0]]; sift(0, end); }
  return a;
}
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const data = Array.from({ length: 2000 }, () => Math.floor(rand() * 10000));
const reference = data.slice().sort((x, y) => x - y);
console.log([quickSort(data), mergeSort(data), heapSort(data)].every((s) => s.join() === reference.join()), reference.slice(0, 5).join(), reference.at(-1));
const bsearch = (a, x) => { let lo = 0, hi = a.length - 1; while (lo <= hi) { const mid = (lo + hi) >>> 1; if (a[mid] === x) return mid; if (a[mid] < x) lo = mid + 1; else hi = mid - 1; } return -(lo + 1); };
console.log(bsearch(reference, reference[1234]) >= 0, bsearch([1, 3, 5], 4));
// Longest common subsequence and edit distance.
function lcs(a, b) {
  const dp = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  let i = a.length, j = b.length, out = '';
  while (i && j) { if (a[i - 1] === b[j - 1]) { out = a[i - 1] + out; i--; j--; } else if (dp[i - 1][j] >= dp[i][j - 1]) i--; else j--; }
  return out;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
console.log(lcs('AGGTAB', 'GXTXAYB'), editDistance('kitten', 'sitting'), editDistance('', 'abc'), editDistance('flaw', 'lawn'));
// Dijkstra on a small graph.
const graph = { A: { B: 4, C: 2 }, B: { C: 5, D: 10 }, C: { E: 3 }, D: { F: 11 }, E: { D: 4 }, F: {} };
function dijkstra(g, src) {
  const dist = Object.fromEntries(Object.keys(g).map((k) => [k, Infinity]));
  const prev = {};
  dist[src] = 0;
  const todo = new Set(Object.keys(g));
  while (todo.size) {
    const u = [...todo].reduce((m, k) => (dist[k] < dist[m] ? k : m));
    todo.delete(u);
    for (const [v, w] of Object.entries(g[u])) if (dist[u] + w < dist[v]) { dist[v] = dist[u] + w; prev[v] = u; }
  }
  return { dist, prev };
}
const { dist, prev } = dijkstra(graph, 'A');
const path = []; for (let n = 'F'; n; n = prev[n]) path.unshift(n);
console.log(JSON.stringify(dist), path.join('->'));
// Big numbers: factorial digits sum and Fibonacci with BigInt.
let f = 1n; for (let i = 2n; i <= 100n; i++) f *= i;
console.log([...String(f)].reduce((s, d) => s + +d, 0), String(f).length);
let [x, y] = [0n, 1n]; for (let i = 0; i < 300; i++) [x, y] = [y, x + y];
console.log(String(x).slice(0, 20), String(x).length);
// Sieve of Eratosthenes with a typed array.
const N = 100000, sieve = new Uint8Array(N + 1);
let count = 0;
for (let i = 2; i <= N; i++) { if (!sieve[i]) { count++; for (let j = i * i; j <= N; j += i) sieve[j] = 1; } }
console.log('primes below 100000:', count);
