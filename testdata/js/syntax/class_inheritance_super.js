// extends, super() calls, super property access, new.target, and extending built-ins.
class Animal {
  constructor(name) {
    this.name = name;
    this.kind = new.target.name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  static create(name) {
    return new this(name);
  }
  get description() {
    return 'animal ' + this.name;
  }
}

class Dog extends Animal {
  constructor(name) {
    super(name);
    this.sound = 'woof';
  }
  speak() {
    return super.speak() + ' (' + this.sound + ')';
  }
  static create(name) {
    const d = super.create(name);
    d.created = true;
    return d;
  }
  get description() {
    return super.description + ' the dog';
  }
}

const d = Dog.create('Rex');
console.log(d.speak());
console.log(d.kind, d.created);
console.log(d.description);
console.log(d instanceof Dog, d instanceof Animal);
console.log(Object.getPrototypeOf(Dog) === Animal);

class NoCtor extends Animal {}
const n = new NoCtor('n');
console.log(n.name, n.kind);

class Bad extends Animal {
  constructor() {
    try {
      this.x = 1;
    } catch (e) {
      console.log('this before super:', e.constructor.name);
    }
    super('bad');
  }
}
new Bad();

class Twice extends Animal {
  constructor() {
    super('one');
    try {
      super('two');
    } catch (e) {
      console.log('super twice:', e.constructor.name);
    }
  }
}
new Twice();

class ReturnsObject extends Animal {
  constructor() {
    return { replaced: true };
  }
}
console.log(JSON.stringify(new ReturnsObject()));

class Missing extends Animal {
  constructor() {}
}
try {
  new Missing();
} catch (e) {
  console.log('no super call:', e.constructor.name);
}

function Target() {
  return new.target === Target ? 'with new' : 'without new';
}
console.log(new Target() instanceof Target, Target());

function Plain() {
  this.t = typeof new.target;
}
console.log(new Plain().t);

// super property assignment sets on this.
class Base { }
class Derived extends Base {
  set() {
    super.prop = 5;
    return [this.prop, Base.prototype.prop];
  }
}
console.log(new Derived().set().join(','));

// super in object literals uses the home object.
const parent = { greet() { return 'parent hi'; } };
const child = {
  __proto__: parent,
  greet() { return super.greet() + ' via child'; },
};
console.log(child.greet());

// Arrow functions see the enclosing super and new.target.
class Arrowed extends Animal {
  constructor() {
    const nt = () => new.target.name;
    super('arrow');
    this.nt = nt();
  }
  speak() {
    const f = () => super.speak();
    return f();
  }
}
const a = new Arrowed();
console.log(a.nt, a.speak());

class MyArray extends Array {
  sum() { return this.reduce((x, y) => x + y, 0); }
}
const ma = MyArray.from([1, 2, 3]);
console.log(ma.sum(), ma.length, ma instanceof MyArray);
const mapped = ma.map(x => x * 2);
console.log(mapped instanceof MyArray, mapped.sum());

class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
  }
}
const me = new MyError('oops');
console.log(me instanceof Error, String(me));

class NullBase extends null {
  constructor() {
    return Object.create(NullBase.prototype);
  }
}
console.log(Object.getPrototypeOf(NullBase.prototype));

try {
  class X extends 5 {}
} catch (e) {
  console.log('extends non-constructor:', e.constructor.name);
}
