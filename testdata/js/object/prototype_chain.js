// Prototype chains: Object.create, get/setPrototypeOf, __proto__ accessor, cycles, null prototypes, isPrototypeOf.
const animal = { eats: true, describe() { return `${this.name} eats: ${this.eats}`; } };
const rabbit = Object.create(animal, { name: { value: 'rabbit', enumerable: true } });
console.log(rabbit.describe(), Object.getPrototypeOf(rabbit) === animal);
console.log(animal.isPrototypeOf(rabbit), Object.prototype.isPrototypeOf(rabbit), rabbit.isPrototypeOf(animal));

const longEar = Object.create(rabbit);
longEar.name = 'long ear';
console.log(longEar.describe(), 'eats' in longEar, longEar.hasOwnProperty('eats'));

// Shadowing then deleting reveals the inherited value.
longEar.eats = false;
console.log(longEar.describe());
delete longEar.eats;
console.log(longEar.describe());

// Null-prototype objects have no inherited methods.
const bare = Object.create(null);
bare.k = 1;
console.log(typeof bare.toString, 'toString' in bare, Object.keys(bare).join());
try {
  String(bare);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.prototype.hasOwnProperty.call(bare, 'k'));

// setPrototypeOf and cycles.
const a = {};
const b = Object.create(a);
try {
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Reflect.setPrototypeOf(a, b));
console.log(Object.setPrototypeOf(1, null), Reflect.setPrototypeOf({}, null));
try {
  Object.setPrototypeOf({}, 5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// __proto__ accessor lives on Object.prototype.
const viaAccessor = {};
viaAccessor.__proto__ = animal;
console.log(viaAccessor.eats, Object.keys(viaAccessor).length);
const nullObj = Object.create(null);
nullObj.__proto__ = animal;
console.log('own __proto__ on null-proto object:', Object.keys(nullObj).join(), nullObj.eats);
const desc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
viaAccessor.__proto__ = 5;
console.log('primitive ignored:', Object.getPrototypeOf(viaAccessor) === animal);

// Object.prototype is immutable-prototype exotic.
try {
  Object.setPrototypeOf(Object.prototype, {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getPrototypeOf(Object.prototype));

// Built-in chains.
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype, Object.getPrototypeOf(Object) === Function.prototype);
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
try {
  Object.getPrototypeOf(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getPrototypeOf(function* () {}).constructor.name);

// Constructor functions and prototype property.
function Person(name) { this.name = name; }
Person.prototype.greet = function () { return 'hi ' + this.name; };
const p = new Person('ann');
console.log(p.greet(), p.constructor === Person, Object.getPrototypeOf(p) === Person.prototype);
Person.prototype = { greet() { return 'replaced'; } };
console.log(p.greet(), new Person('bob').greet(), new Person('c').constructor === Object);

// A non-object prototype property falls back to Object.prototype.
function NoProto() {}
NoProto.prototype = 7;
console.log(Object.getPrototypeOf(new NoProto()) === Object.prototype);

// Writes go to the receiver even when the property is inherited.
const base = { count: 0 };
const derived = Object.create(base);
derived.count++;
console.log(base.count, derived.count);

// Long chain lookup.
let obj = { depth: 0, marker: 'bottom' };
for (let i = 1; i <= 50; i++) obj = Object.create(obj, { depth: { value: i } });
console.log(obj.depth, obj.marker);
