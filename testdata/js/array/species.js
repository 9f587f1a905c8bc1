// Symbol.species and Array subclasses: which methods create instances through the constructor.
class Tracked extends Array {
  static get [Symbol.species]() {
    log.push('species read');
    return Array;
  }
}
const log = [];
const t = Tracked.from([1, 2, 3]);
const mapped = t.map((x) => x);
console.log(log.length, mapped instanceof Tracked, Array.isArray(mapped));

class Keep extends Array {}
const k = Keep.of(1, 2, 3, 4);
for (const [name, fn] of [
  ['map', () => k.map((x) => x)],
  ['filter', () => k.filter(Boolean)],
  ['slice', () => k.slice(1)],
  ['splice', () => k.slice().splice(0, 1)],
  ['concat', () => k.concat([5])],
  ['flat', () => k.flat()],
  ['flatMap', () => k.flatMap((x) => [x])],
  ['toSorted', () => k.toSorted()],
  ['toReversed', () => k.toReversed()],
  ['with', () => k.with(0, 0)],
  ['toSpliced', () => k.toSpliced(0, 1)],
  ['Array.from', () => Array.from(k)],
  ['spread', () => [...k]],
]) {
  const r = fn();
  console.log(name.padEnd(11), r.constructor.name, r.length);
}

// species returning null/undefined falls back to Array.
class NullSpecies extends Array {
  static get [Symbol.species]() { return null; }
}
console.log(NullSpecies.of(1).map((x) => x).constructor.name);

// constructor property that is not an object is ignored only if undefined.
const plainArr = [1, 2];
plainArr.constructor = undefined;
console.log(plainArr.map((x) => x).constructor.name);
const badCtor = [1];
badCtor.constructor = 5;
try {
  badCtor.map((x) => x);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// A custom species constructor receives the length.
class Custom extends Array {
  static get [Symbol.species]() {
    return function (len) {
      const o = { createdWith: len };
      return o;
    };
  }
}
const c = Custom.of(1, 2, 3);
const filtered = c.filter(() => true);
console.log(JSON.stringify(filtered));

// Default species getter returns this.
console.log(Array[Symbol.species] === Array, Keep[Symbol.species] === Keep);
const desc = Object.getOwnPropertyDescriptor(Array, Symbol.species);
console.log(typeof desc.get, desc.set, desc.get.name);

// Subclass length and methods work like arrays.
const sub = new Keep();
sub.push('a', 'b');
sub[5] = 'f';
console.log(sub.length, Array.isArray(sub), JSON.stringify(sub), Object.prototype.toString.call(sub));
