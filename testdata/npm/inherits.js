// inherits: the classic prototype-chain helper (it uses util.inherits in node).
const inherits = require('inherits');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
inherits(Dog, Animal);
Dog.prototype.speak = function () { return Dog.super_.prototype.speak.call(this) + ': woof'; };

const d = new Dog('rex');
console.log(d.speak());
console.log(d instanceof Dog, d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(Dog.prototype.constructor === Dog);
const desc = Object.getOwnPropertyDescriptor(Dog.prototype, 'constructor');
console.log('constructor enumerable', desc.enumerable, 'writable', desc.writable);
function Puppy() { Dog.apply(this, arguments); }
inherits(Puppy, Dog);
console.log(new Puppy('bit').speak(), Puppy.super_ === Dog);
class Base { hi() { return 'base hi'; } }
function Legacy() {}
inherits(Legacy, Base);
console.log(new Legacy().hi());
for (const bad of [[null, Animal], [Dog, null], [Dog, {}]]) {
  try {
    inherits(...bad);
    console.log('no error');
  } catch (e) {
    console.log('error', e.name, e.code);
  }
}
