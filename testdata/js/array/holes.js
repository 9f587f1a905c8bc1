// Sparse arrays (holes): creation, `in`, and how each method treats holes.
const h = [1, , 3];
console.log(h.length, 0 in h, 1 in h, h[1], Object.keys(h).join());
const viaLength = [];
viaLength.length = 3;
console.log(Object.keys(viaLength).length, viaLength.length);
const viaIndex = [];
viaIndex[4] = 'e';
console.log(viaIndex.length, Object.keys(viaIndex).join());
const ctor = new Array(3);
console.log(ctor.length, 0 in ctor, JSON.stringify(ctor));
const deleted = [1, 2, 3];
delete deleted[1];
console.log(deleted.length, 1 in deleted, JSON.stringify(deleted));
console.log([, 'a'].length, [,].length, [, ,].length, ['a', ,].length);

// Methods that skip holes.
const sparse = [0, , 2, , 4];
const forEachIdx = [];
sparse.forEach((_, i) => forEachIdx.push(i));
console.log('forEach', forEachIdx.join());
console.log('map keeps holes', JSON.stringify(Object.keys(sparse.map(x => x))));
console.log('filter', JSON.stringify(sparse.filter(() => true)));
console.log('reduce', sparse.reduce((acc, v) => acc + ',' + v, 'start'));
console.log('some/every', sparse.every(v => v !== undefined), sparse.some(v => v === undefined));
console.log('indexOf undefined', sparse.indexOf(undefined), 'includes undefined', sparse.includes(undefined));
console.log('join', sparse.join('-'), 'toString', sparse.toString());
const forInIdx = [];
for (const k in sparse) forInIdx.push(k);
console.log('for-in', forInIdx.join());

// Methods that visit holes as undefined.
const forOf = [];
for (const v of sparse) forOf.push(String(v));
console.log('for-of', forOf.join());
console.log('find', sparse.findIndex(v => v === undefined), sparse.findLastIndex(v => v === undefined));
console.log('spread', JSON.stringify([...sparse]), 1 in [...sparse]);
console.log('Array.from', 1 in Array.from(sparse));
console.log('entries', JSON.stringify([...sparse.entries()][1]));

// Methods that preserve holes in their result.
console.log('slice', 1 in sparse.slice(0, 3), 'concat', 1 in [].concat(sparse), 'reverse', 3 in [...sparse].reverse(), 3 in sparse.slice().reverse());
console.log('flat removes', JSON.stringify(sparse.flat()));
const sorted = [3, , 1, undefined, , 2].sort();
console.log('sort', JSON.stringify(sorted), Object.keys(sorted).join());
const spliced = [0, , 2];
spliced.splice(0, 1);
console.log('splice shift', 0 in spliced, JSON.stringify(spliced));
console.log('copyWithin', JSON.stringify(Object.keys([1, , 3].copyWithin(1, 0))));
console.log('fill fills', JSON.stringify(Object.keys(new Array(3).fill(7))));

// Holes read through the prototype chain.
Array.prototype[1] = 'from prototype';
console.log(sparse[1], sparse.includes('from prototype'), [...sparse][1], sparse.join('|'));
delete Array.prototype[1];
console.log(sparse[1]);

// Array(n) vs Array.from({length: n}) vs Array.apply.
console.log(Array.from({ length: 2 }).map((_, i) => i).join(), new Array(2).map((_, i) => i).length, Array.apply(null, Array(2)).map((_, i) => i).join());
console.log(JSON.stringify([...Array(3).keys()]));
