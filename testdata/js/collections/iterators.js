// Map and Set iterator objects: prototypes, toStringTag, next() results, and misuse.
const m = new Map([['a', 1]]);
const mi = m.entries();
const proto = Object.getPrototypeOf(mi);
console.log(Object.prototype.toString.call(mi), proto[Symbol.toStringTag], Object.getOwnPropertyNames(proto).join());
console.log(mi[Symbol.iterator]() === mi, JSON.stringify(mi.next()), JSON.stringify(mi.next()), JSON.stringify(mi.next()));
console.log(Object.getPrototypeOf(m.keys()) === proto, Object.getPrototypeOf(m.values()) === proto);

const si = new Set([1]).values();
const sproto = Object.getPrototypeOf(si);
console.log(Object.prototype.toString.call(si), Object.getOwnPropertyNames(sproto).join(), sproto !== proto);

// next called on the wrong kind of object.
try {
  proto.next.call(si);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  proto.next.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Iterator result objects are fresh each time.
const it = new Set([1, 2]).values();
const r1 = it.next();
const r2 = it.next();
console.log(r1 !== r2, Object.keys(r1).join(), Object.getPrototypeOf(r1) === Object.prototype);

// Destructuring and spread close the iterator (Map iterators have no return method).
console.log(typeof proto.return, typeof sproto.return);
const [first] = new Map([[1, 'x'], [2, 'y']]);
console.log(JSON.stringify(first));

// Array.from with map function over a Map.
console.log(Array.from(new Map([[1, 2], [3, 4]]), ([k, v]) => k * v).join());
// Map from a Map's entries with transformed values.
const doubled = new Map([...new Map([['p', 1], ['q', 2]])].map(([k, v]) => [k, v * 2]));
console.log(JSON.stringify(Object.fromEntries(doubled)));
