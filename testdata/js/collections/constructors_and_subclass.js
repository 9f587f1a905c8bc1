// Map/Set constructors: iterable input, entry validation, use of set/add, and subclassing.
console.log(new Map().size, new Map(null).size, new Map(undefined).size, new Set(null).size);
console.log(new Map([[1, 'a'], [1, 'b']]).get(1), new Map([['k']]).get('k'), new Map([[]]).has(undefined));
console.log(new Map(Object.entries({ x: 1, y: 2 })).get('y'), new Map(new Map([[1, 2]])).get(1));
console.log(new Map([new Set(['s0', 's1'])]).get('s0'));
for (const bad of [[1], ['ab'], 5, {}]) {
  try {
    new Map(bad);
    console.log('accepted', JSON.stringify(bad));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
// Iterator is closed when an entry is invalid.
let closed = false;
const iterable = {
  [Symbol.iterator]() {
    return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } };
  },
};
try {
  new Map(iterable);
} catch (e) {
  console.log('closed on error:', closed);
}
// The constructor looks up `set` once, before iterating.
const origSet = Map.prototype.set;
let calls = 0;
Map.prototype.set = function (k, v) { calls++; return origSet.call(this, k, v); };
new Map([[1, 1], [2, 2]]);
Map.prototype.set = origSet;
console.log('set calls', calls);
Map.prototype.set = 5;
try {
  new Map([[1, 1]]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(new Map().size);
Map.prototype.set = origSet;

class DefaultMap extends Map {
  constructor(factory, entries) {
    super(entries);
    this.factory = factory;
  }
  get(k) {
    if (!this.has(k)) this.set(k, this.factory(k));
    return super.get(k);
  }
}
const counts = new DefaultMap(() => 0);
for (const w of 'the cat and the hat and the bat'.split(' ')) counts.set(w, counts.get(w) + 1);
console.log(JSON.stringify([...counts]), counts instanceof Map, Object.prototype.toString.call(counts));

class TaggedSet extends Set {
  get [Symbol.toStringTag]() { return 'TaggedSet'; }
}
console.log(String(new TaggedSet()), new TaggedSet([1, 1, 2]).size);

// Methods are not generic.
try {
  Map.prototype.get.call(new Set(), 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Set.prototype.has.call(new Map(), 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
