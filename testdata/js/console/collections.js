// Map, Set, WeakMap/WeakSet, and their iterators as console.log prints them.
console.log(new Map());
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, null]]));
console.log(new Set());
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Map([[new Map([[1, 2]]), new Set([3])]]));
console.log(new WeakMap([[{}, 1]]), new WeakSet([{}]));
const m = new Map([['x', 1], ['y', 2]]);
console.log(m.keys(), m.values(), m.entries());
const s = new Set(['p', 'q']);
console.log(s.values(), s.entries());
const it = m.keys();
it.next();
console.log(it);
console.log([1, 2][Symbol.iterator](), 'str'[Symbol.iterator]());
const withProps = new Map([[1, 1]]);
withProps.extra = 'prop';
console.log(withProps);
class MyMap extends Map {}
console.log(new MyMap([[1, 'one']]), new (class extends Set {})([1]));
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log({ nested: { deeper: { map: new Map([[1, { a: 1 }]]) } } });
