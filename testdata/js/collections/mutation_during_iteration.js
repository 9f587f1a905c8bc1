// Live iteration: entries added during iteration are visited, deleted ones are skipped, clear ends iteration.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const visited = [];
for (const [k] of m) {
  visited.push(k);
  if (k === 'a') { m.delete('b'); m.set('d', 4); }
}
console.log(visited.join(), [...m.keys()].join());

// Deleting the current entry and re-adding it moves it to the end: it is visited again.
const again = new Map([['x', 0], ['y', 0]]);
const seenAgain = [];
for (const [k, v] of again) {
  seenAgain.push(k + v);
  if (v === 0) { again.delete(k); again.set(k, 1); }
}
console.log(seenAgain.join());

// Set: add during forEach.
const s = new Set([1, 2]);
const sv = [];
s.forEach((v) => {
  sv.push(v);
  if (v < 5) s.add(v + 2);
});
console.log(sv.join());

// clear during iteration stops it; later additions are visited by the same iterator.
const c = new Set([1, 2, 3]);
const it = c.values();
console.log(it.next().value);
c.clear();
console.log(JSON.stringify(it.next()));
const it2 = new Set([1, 2, 3]).values();
const base = new Set([1, 2, 3]);
const it3 = base.values();
it3.next();
base.clear();
base.add('after clear');
console.log(JSON.stringify(it3.next()), JSON.stringify(it3.next()), it2.next().value);

// An exhausted iterator stays done even if entries are added.
const done = new Map([[1, 1]]);
const di = done.keys();
di.next();
console.log(JSON.stringify(di.next()));
done.set(2, 2);
console.log(JSON.stringify(di.next()));

// Deleting everything then adding during for-of.
const sw = new Set(['a']);
const swSeen = [];
for (const v of sw) {
  swSeen.push(v);
  if (v === 'a') { sw.delete('a'); sw.add('b'); }
}
console.log(swSeen.join());

// Many deletions and insertions keep order correct.
const big = new Map();
for (let i = 0; i < 100; i++) big.set(i, i);
for (let i = 0; i < 100; i += 2) big.delete(i);
for (let i = 0; i < 10; i++) big.set(i * 2, 'readded');
console.log(big.size, [...big.keys()].slice(0, 5).join(), [...big.keys()].slice(-5).join());
