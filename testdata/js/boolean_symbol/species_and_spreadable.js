// Symbol.species on Promise, Map-free built-ins, RegExp (split), ArrayBuffer and typed arrays; Symbol.isConcatSpreadable.
class MyPromise extends Promise {}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p.then(() => {}) instanceof MyPromise, p.finally(() => {}) instanceof MyPromise);
class PlainThen extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const pt = PlainThen.resolve(1);
console.log(pt instanceof PlainThen, pt.then(() => {}) instanceof PlainThen, pt.then(() => {}).constructor.name);

class MyRegExp extends RegExp {
  static get [Symbol.species]() {
    log.push('species read');
    return RegExp;
  }
}
const log = [];
console.log(JSON.stringify('a-b-c'.split(new MyRegExp('-'))), log.join());

class MyBuffer extends ArrayBuffer {}
console.log(new MyBuffer(8).slice(0, 4) instanceof MyBuffer);
class MyU8 extends Uint8Array {}
const u = new MyU8([1, 2, 3]);
console.log(u.map((x) => x * 2) instanceof MyU8, u.subarray(1) instanceof MyU8, u.slice(1).constructor.name, u.filter(Boolean).constructor.name);

console.log([Promise, RegExp, ArrayBuffer, Map, Set, Array, Uint8Array.__proto__].map((C) => C[Symbol.species] === C).join());

// isConcatSpreadable.
const arrayLike = { length: 2, 0: 'a', 1: 'b' };
console.log(JSON.stringify([0].concat(arrayLike)));
arrayLike[Symbol.isConcatSpreadable] = true;
console.log(JSON.stringify([0].concat(arrayLike)));
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify([0].concat(arr)).length, [0].concat(arr)[1] === arr);
arr[Symbol.isConcatSpreadable] = undefined;
console.log(JSON.stringify([0].concat(arr)));
const str = new String('xy');
str[Symbol.isConcatSpreadable] = true;
console.log(JSON.stringify([].concat(str)));
class Spreadable extends Array { get [Symbol.isConcatSpreadable]() { return false; } }
const sp = Spreadable.of(1, 2);
console.log([].concat(sp).length, Array.prototype[Symbol.isConcatSpreadable]);
// Holes in spreadable array-likes are preserved.
const holey = { length: 3, 0: 'x', 2: 'z', [Symbol.isConcatSpreadable]: true };
const joined = [].concat(holey);
console.log(joined.length, 1 in joined);
