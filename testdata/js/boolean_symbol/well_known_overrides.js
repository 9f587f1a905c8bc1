// Overriding well-known symbol behaviour on built-in prototypes and instances, then restoring it.
const origToPrim = Date.prototype[Symbol.toPrimitive];
Object.defineProperty(Date.prototype, Symbol.toPrimitive, { value: function (hint) { return hint === 'number' ? 1 : 'custom date string'; }, configurable: true });
const d = new Date(0);
console.log(d + '', +d, `${d}`, d > 0);
Object.defineProperty(Date.prototype, Symbol.toPrimitive, { value: origToPrim, configurable: true });
console.log(typeof (d + ''), +d);

const origTag = Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag);
Object.defineProperty(Map.prototype, Symbol.toStringTag, { value: 'NotAMap', configurable: true });
console.log(Object.prototype.toString.call(new Map()));
Object.defineProperty(Map.prototype, Symbol.toStringTag, origTag);
console.log(Object.prototype.toString.call(new Map()));

// Instance-level Symbol.iterator on a Set changes spread but not Set methods.
const s = new Set([1, 2, 3]);
s[Symbol.iterator] = function* () { yield 'instance iterator'; };
console.log([...s].join(), s.size, [...s.values()].join());

// RegExp.prototype[Symbol.split] override affects String.prototype.split with a regexp.
const origSplit = RegExp.prototype[Symbol.split];
RegExp.prototype[Symbol.split] = function (str) { return ['split', 'overridden', str]; };
console.log('a,b'.split(/,/).join('|'), 'a,b'.split(',').join('|'));
RegExp.prototype[Symbol.split] = origSplit;
console.log('a,b'.split(/,/).join('|'));

// Symbol.hasInstance on a plain function via defineProperty.
function Anything() {}
Object.defineProperty(Anything, Symbol.hasInstance, { value: () => true });
console.log(1 instanceof Anything, null instanceof Anything);

// Symbol.unscopables on a custom object within with.
const obj = { visible: 'from object', hidden: 'from object', [Symbol.unscopables]: { hidden: true } };
const hidden = 'from outer scope';
with (obj) { console.log(visible, hidden); }

// Symbol.species on a subclass changes what map returns; deleting it restores the default.
class Arr extends Array { static get [Symbol.species]() { return Array; } }
console.log(Arr.from([1]).map((x) => x).constructor.name);
