// Iteration methods: forEach/map/filter/reduce/reduceRight/every/some/find/findIndex/findLast/findLastIndex.
const a = [5, 1, 4, 2, 3];
const visits = [];
a.forEach((v, i, arr) => visits.push(`${i}:${v}:${arr === a}`));
console.log(visits.join(' '));
console.log(a.forEach(() => 1));

console.log(JSON.stringify(a.map((v, i) => v * i)));
console.log(JSON.stringify(a.filter((v) => v % 2)));
console.log(a.reduce((acc, v) => acc + v), a.reduce((acc, v) => acc + v, 100), a.reduceRight((acc, v) => acc + v, ''));
console.log([[1, 2], [3]].reduce((acc, x) => acc.concat(x), []).join());
console.log([1].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  [, ,].reduceRight((a, b) => a + b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

console.log(a.every((v) => v > 0), a.every((v) => v > 1), [].every(() => false), a.some((v) => v > 4), [].some(() => true));

console.log(a.find((v) => v > 3), a.findIndex((v) => v > 3), a.findLast((v) => v > 3), a.findLastIndex((v) => v > 3));
console.log(a.find((v) => v > 10), a.findIndex((v) => v > 10), a.findLast((v) => v > 10), a.findLastIndex((v) => v > 10));

// find visits holes as undefined; forEach/map/filter skip them.
const holes = [1, , 3];
const findSeen = [];
holes.find((v, i) => { findSeen.push(i + '=' + v); });
const eachSeen = [];
holes.forEach((v, i) => eachSeen.push(i));
console.log(findSeen.join(), eachSeen.join(), JSON.stringify(holes.map(x => x * 2)), 1 in holes.map(x => x));

// Range is fixed at the start: pushed elements are not visited; deleted ones are skipped.
const growing = [1, 2, 3];
const seen = [];
growing.forEach((v, i) => {
  seen.push(v);
  if (i === 0) { growing.push(99); delete growing[2]; }
});
console.log(seen.join(), growing.length);

// Elements changed before they are visited show the new value.
const changing = [1, 2, 3];
console.log(changing.map((v, i) => { if (i === 0) changing[2] = 'changed'; return v; }).join());

// thisArg.
console.log([1, 2].map(function (v) { return v * this.factor; }, { factor: 10 }).join());

// Non-callable callback throws before iterating.
try {
  [1].map(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  [].forEach('not a function');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Generic on array-likes.
const like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.map.call(like, (s) => s.toUpperCase()).join(''), Array.prototype.filter.call('hello', (c) => c !== 'l').join(''));
console.log(Array.prototype.reduce.call('abc', (acc, c) => c + acc, ''));

// Early exit semantics.
let everyCount = 0;
[1, 2, 3, 4].every((v) => { everyCount++; return v < 2; });
let someCount = 0;
[1, 2, 3, 4].some((v) => { someCount++; return v === 2; });
console.log(everyCount, someCount);

// reduce with index and array params.
console.log([10, 20, 30].reduce((acc, v, i, arr) => acc + `${i}/${arr.length}:${v} `, '').trim());
console.log([1, 2, 3].reduceRight((acc, v, i) => acc + i, ''));

// Filter result is a new dense array.
const f = [1, , 3, undefined].filter(() => true);
console.log(f.length, JSON.stringify(f));
