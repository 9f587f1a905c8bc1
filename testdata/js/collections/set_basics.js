// Set: uniqueness under SameValueZero, order, add/has/delete/clear, iteration forms, and common idioms.
const s = new Set([3, 1, 3, 2, 1, NaN, NaN, 0, -0, '1']);
console.log(s.size, [...s].map((v) => (Object.is(v, -0) ? '-0' : String(v))).join());
console.log(s.has(NaN), s.has(-0), s.has('3'), s.add(4) === s, s.delete(4), s.delete(4));
const objs = new Set([{}, {}]);
console.log(objs.size);

// keys === values; entries are [v, v].
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
console.log(JSON.stringify([...new Set(['a', 'b']).entries()]));
const seen = [];
new Set(['x', 'y']).forEach((v, k, set) => seen.push(`${v}/${k}/${set.size}`));
console.log(seen.join(' '));

// Strings are iterated by code point.
console.log([...new Set('hello😀😀')].join(''));

// Idioms: dedupe, union, intersection, difference (without ES2025 methods).
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
console.log([...new Set([...a, ...b])].join(), [...a].filter((x) => b.has(x)).join(), [...a].filter((x) => !b.has(x)).join());
console.log([...new Set([5, 1, 5, 2, 1])].join());

// Re-adding does not move an element; delete then add does.
const order = new Set(['p', 'q', 'r']);
order.add('p');
console.log([...order].join());
order.delete('p');
order.add('p');
console.log([...order].join());

// clear.
order.clear();
console.log(order.size, [...order].length);

// The constructor calls this.add for each item.
const log = [];
class LoggingSet extends Set {
  add(v) {
    log.push(v);
    return super.add(v);
  }
}
new LoggingSet([1, 2, 2]);
console.log(log.join());

// ES2025 set methods are not in node 20.
console.log(typeof Set.prototype.union, typeof Set.prototype.intersection);
console.log(Object.getOwnPropertyNames(Set.prototype).sort().join());
