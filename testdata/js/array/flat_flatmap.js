// flat and flatMap: depth handling, holes, non-array values, and array-likes.
const nested = [1, [2, [3, [4, [5]]]]];
console.log(JSON.stringify(nested.flat()));
console.log(JSON.stringify(nested.flat(2)));
console.log(JSON.stringify(nested.flat(Infinity)));
console.log(JSON.stringify(nested.flat(0)), JSON.stringify(nested.flat(-1)), JSON.stringify(nested.flat('1')));

// Holes are removed at the flattened levels.
console.log(JSON.stringify([1, , 3, [4, , 6]].flat()));

// Array-likes are not flattened, but Symbol.isConcatSpreadable does not matter either.
const like = { length: 1, 0: 'x' };
console.log(JSON.stringify([like, [like]].flat()));

// flatMap flattens exactly one level.
console.log(JSON.stringify([1, 2, 3].flatMap((x) => [x, x * 10])));
console.log(JSON.stringify([1, 2].flatMap((x) => [[x]])));
console.log(JSON.stringify(['a b', 'c'].flatMap((s) => s.split(' '))));
console.log(JSON.stringify([1, 2, 3, 4].flatMap((x) => (x % 2 ? [] : x))));
console.log(JSON.stringify([1, 2].flatMap(function (x) { return [x, this.k]; }, { k: 'thisArg' })));

// Callback receives value, index, array.
console.log(JSON.stringify(['a', 'b'].flatMap((v, i, arr) => [`${v}${i}${arr.length}`])));

try {
  [1].flatMap();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Deep flatten of large nesting.
let deep = [0];
for (let i = 1; i < 100; i++) deep = [deep, i];
const flatDeep = deep.flat(Infinity);
console.log(flatDeep.length, flatDeep[0], flatDeep[99]);

// flat on an array containing proxies of arrays (IsArray sees through proxies).
console.log(JSON.stringify([new Proxy([1, 2], {})].flat()));

// Species is used for the result.
class MyArray extends Array {}
console.log(MyArray.from([[1], [2]]).flat() instanceof MyArray);
console.log(Array.prototype[Symbol.unscopables].flat, Array.prototype[Symbol.unscopables].flatMap);
