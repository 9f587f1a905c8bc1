// An LRU cache built on Map insertion order, with hit/miss statistics and eviction order checks.
class LRU {
  constructor(capacity) { this.capacity = capacity; this.map = new Map(); this.hits = 0; this.misses = 0; this.evicted = []; }
  get(key) {
    if (!this.map.has(key)) { this.misses++; return undefined; }
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    this.hits++;
    return value;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
      this.evicted.push(oldest);
    }
    this.map.set(key, value);
    return this;
  }
  keys() { return [...this.map.keys()]; }
}
const c = new LRU(3);
c.set('a', 1).set('b', 2).set('c', 3);
c.get('a');
c.set('d', 4);
console.log(c.keys().join(), c.evicted.join());
c.get('b');
c.get('c');
c.set('e', 5).set('a', 10);
console.log(c.keys().join(), c.evicted.join(), c.get('a'), c.hits, c.misses);
// Memoizing an expensive function with the cache.
const cache = new LRU(50);
let computed = 0;
const collatz = (n) => {
  if (n === 1) return 0;
  const hit = cache.get(n);
  if (hit !== undefined) return hit;
  computed++;
  const r = 1 + collatz(n % 2 ? 3 * n + 1 : n / 2);
  cache.set(n, r);
  return r;
};
let best = [0, 0];
for (let i = 1; i < 3000; i++) { const steps = collatz(i); if (steps > best[1]) best = [i, steps]; }
console.log('longest chain below 3000:', best.join(' with '), 'steps; computed', computed, 'hits', cache.hits, 'size', cache.map.size);
// Object keys keep identity.
const objCache = new LRU(2);
const k1 = { id: 1 }, k2 = { id: 1 };
objCache.set(k1, 'first').set(k2, 'second');
console.log(objCache.get(k1), objCache.get(k2), objCache.get({ id: 1 }));
