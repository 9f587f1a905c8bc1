// Class declarations: constructor, methods, getters/setters, statics, and what they are as objects.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() {
    return Math.hypot(this.x, this.y);
  }
  set length(v) {
    const f = v / this.length;
    this.x *= f;
    this.y *= f;
  }
  toString() {
    return `(${this.x}, ${this.y})`;
  }
  static origin() {
    return new Point(0, 0);
  }
  static get count() {
    return 42;
  }
  ['computed' + 'Name']() {
    return 'computed';
  }
}

const p = new Point(3, 4);
console.log(p.length);
p.length = 10;
console.log(String(p));
console.log(Point.origin().toString());
console.log(Point.count);
console.log(p.computedName());
console.log(typeof Point);
console.log(Point.name, Point.length);
console.log(Object.getOwnPropertyNames(Point.prototype).join(','));
console.log(Object.getOwnPropertyNames(Point).sort().join(','));

const d = Object.getOwnPropertyDescriptor(Point.prototype, 'toString');
console.log('method enumerable', d.enumerable, 'writable', d.writable, 'configurable', d.configurable);
const g = Object.getOwnPropertyDescriptor(Point.prototype, 'length');
console.log('accessor', typeof g.get, typeof g.set, g.enumerable);
const protoDesc = Object.getOwnPropertyDescriptor(Point, 'prototype');
console.log('prototype writable', protoDesc.writable);

try {
  Point(1, 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

try {
  new p.toString();
} catch (e) {
  console.log('method not constructor:', e.message);
}

const Anon = class {};
console.log('anonymous class name:', JSON.stringify(Anon.name));
const Named = class Inner {
  who() { return Inner.name; }
};
console.log(Named.name, new Named().who());
console.log(typeof Inner);

class Empty {}
console.log(Object.getOwnPropertyNames(new Empty()).length);
console.log(Empty.prototype.constructor === Empty);

// Class bodies are strict.
class Strict {
  m() { return this; }
}
const m = new Strict().m;
console.log('unbound method this:', m());

// Class name binding is const inside the class.
class Self {
  static rename() {
    try {
      Self = null;
    } catch (e) {
      return e.constructor.name;
    }
  }
}
console.log(Self.rename());

// Methods added later and accessors via static.
class Temp {
  static #made = 0;
  static make() { Temp.#made++; return new Temp(); }
  static get made() { return Temp.#made; }
}
Temp.make(); Temp.make();
console.log('made', Temp.made);

console.log(Object.keys(p).join(','));
console.log(p instanceof Point, Object.getPrototypeOf(p) === Point.prototype);
