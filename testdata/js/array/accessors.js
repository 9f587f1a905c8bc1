// Non-mutating accessors: concat, slice, join, indexOf/lastIndexOf/includes, at, toString.
const a = [1, 2, 3];
console.log(JSON.stringify(a.concat(4, [5, [6]], 'x')), JSON.stringify(a));
console.log(JSON.stringify([].concat.call(1, 2)), JSON.stringify([1, , 3].concat([4, , 6])), [1, , 3].concat([4, , 6]).length);

// concat respects Symbol.isConcatSpreadable.
const spreadable = { length: 2, 0: 's0', 1: 's1', [Symbol.isConcatSpreadable]: true };
const notSpread = [7, 8];
notSpread[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify(['x'].concat(spreadable, notSpread)));

console.log(JSON.stringify(a.slice()), JSON.stringify(a.slice(1)), JSON.stringify(a.slice(-2)), JSON.stringify(a.slice(1, -1)), JSON.stringify(a.slice(5)), JSON.stringify(a.slice(2, 1)));
console.log(JSON.stringify(Array.prototype.slice.call('abc', 1)), JSON.stringify(a.slice(0.5, 2.9)), JSON.stringify(a.slice('1')));

console.log(a.join(), a.join(''), a.join(' - '), a.join(undefined), a.join(null));
console.log([null, undefined, 1, [2, [3, null]], {}].join('|'));
console.log([].join(), [undefined].join(), [,].join(), [, ,].join(), new Array(3).join('ab'));
const cyclic = [1, 2];
cyclic.push(cyclic);
console.log(cyclic.join(), String(cyclic));
console.log([1.5, -0, 1e21, 0.1 + 0.2].join(' '));

// indexOf uses strict equality; includes uses SameValueZero.
const vals = [1, '1', NaN, -0, undefined, null, , 'last'];
console.log(vals.indexOf(1), vals.indexOf('1'), vals.indexOf(NaN), vals.indexOf(0), vals.indexOf(undefined), vals.indexOf(null));
console.log(vals.includes(NaN), vals.includes(0), vals.includes(+0), vals.includes(undefined), [, ].includes(undefined), [, ].indexOf(undefined));
console.log(vals.lastIndexOf('last'), vals.lastIndexOf(1, -8), vals.lastIndexOf(1, -9), vals.indexOf('last', -1), vals.indexOf(1, 100));
console.log([1, 2, 1, 2].lastIndexOf(2), [1, 2, 1, 2].lastIndexOf(2, 2), [1, 2, 1, 2].lastIndexOf(2, -3), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -1));

// at with negative and fractional indices.
console.log(a.at(0), a.at(-1), a.at(-4), a.at(3), a.at(1.7), a.at('-1'), a.at(NaN));

// toString and toLocaleString.
console.log([1, [2, 3]].toString(), [1, 'a', null].toLocaleString());
const withCustom = [{ toLocaleString() { return 'L'; }, toString() { return 'S'; } }];
console.log(withCustom.toLocaleString(), withCustom.toString());

// Array.isArray with proxies and array-likes.
console.log(Array.isArray([]), Array.isArray(new Proxy([], {})), Array.isArray({ length: 0 }), Array.isArray(Array.prototype), Array.isArray(new Uint8Array(1)));

// keys/values/entries.
console.log(JSON.stringify([...['a', , 'c'].keys()]), JSON.stringify([...['a', , 'c'].values()]), JSON.stringify([...['a', 'b'].entries()]));
console.log(Array.prototype.values === Array.prototype[Symbol.iterator]);
