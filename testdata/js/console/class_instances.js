// Objects with constructors, null prototypes, and Symbol.toStringTag show their type prefix.
class Point { constructor() { this.x = 1; this.y = 2; } }
console.log(new Point());
class Empty {}
console.log(new Empty());
console.log(Object.create(null));
const bare = Object.create(null);
bare.a = 1;
console.log(bare);
console.log({ [Symbol.toStringTag]: 'Tagged', v: 1 });
class WithTag { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new WithTag());
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
console.log(new Same());
console.log(Object.create(Point.prototype));
console.log(Object.create({}));
const anon = new (class {})();
console.log(anon);
class Derived extends Point { constructor() { super(); this.z = 3; } }
console.log(new Derived());
class MyArray extends Array {}
console.log(MyArray.from([1, 2]), new MyArray());
class MyError extends Error {}
console.log(Object.getPrototypeOf(new MyError()).constructor.name);
function OldStyle() { this.legacy = true; }
console.log(new OldStyle());
const protoless = Object.setPrototypeOf({ x: 1 }, null);
console.log(protoless);
const withCtorProp = { constructor: 'not a function', a: 1 };
console.log(withCtorProp);
class Private { #hidden = 1; visible = 2; static s = 3; }
console.log(new Private(), Private);
console.log(Object.create(Array.prototype));
console.log(Object.setPrototypeOf([1, 2], null));
