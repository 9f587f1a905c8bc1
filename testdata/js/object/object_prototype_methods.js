// Object.prototype methods called on unusual receivers, and legacy accessor helpers.
const hop = Object.prototype.hasOwnProperty;
console.log(hop.call('abc', 1), hop.call('abc', 'length'), hop.call([1], 'length'), hop.call(function () {}, 'prototype'));
try {
  hop.call(null, 'x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// valueOf returns the object itself (wrapping primitives).
const obj = {};
console.log(Object.prototype.valueOf.call(obj) === obj, typeof Object.prototype.valueOf.call(1));

// propertyIsEnumerable only looks at own properties.
const child = Object.create({ inherited: 1 });
child.own = 1;
console.log(child.propertyIsEnumerable('own'), child.propertyIsEnumerable('inherited'), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'));

// isPrototypeOf with primitives.
console.log(Object.prototype.isPrototypeOf.call(Number.prototype, 1), Number.prototype.isPrototypeOf(Object(1)));

// toLocaleString calls toString.
const custom = { toString() { return 'custom toString'; } };
console.log(custom.toLocaleString());

// __defineGetter__ / __defineSetter__ / __lookupGetter__ / __lookupSetter__ walk the chain.
const base = {};
base.__defineGetter__('x', function () { return 'getter x'; });
base.__defineSetter__('x', function (v) { this.written = v; });
const derived = Object.create(base);
derived.x = 'w';
console.log(derived.x, derived.written, typeof derived.__lookupGetter__('x'), typeof derived.__lookupSetter__('x'));
console.log(derived.__lookupGetter__('nothing'), Object.keys(base).join());

// __proto__ getter on primitives.
console.log((1).__proto__ === Number.prototype, 'a'.__proto__ === String.prototype);

// constructor property.
console.log(({}).constructor === Object, [].constructor === Array, (1).constructor === Number, Object.create(null).constructor);

// Methods are non-enumerable; Object.prototype has no enumerable props.
const enumerable = [];
for (const k in {}) enumerable.push(k);
console.log(enumerable.length, Object.getOwnPropertyNames(Object.prototype).sort().join());

// Adding an enumerable property to Object.prototype shows up in for-in everywhere.
Object.prototype.polluted = 'yes';
const seen = [];
for (const k in { own: 1 }) seen.push(k);
console.log(seen.join(), [].polluted, 'polluted' in Object.create(null));
delete Object.prototype.polluted;
console.log(({}).polluted);
