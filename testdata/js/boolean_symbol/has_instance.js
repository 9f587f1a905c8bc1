// Symbol.hasInstance and the instanceof algorithm (OrdinaryHasInstance, bound functions, primitives, proxies).
class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even, '4' instanceof Even);

const Duck = { [Symbol.hasInstance]: (o) => typeof o?.quack === 'function' };
console.log({ quack() {} } instanceof Duck, {} instanceof Duck);

// The result is coerced to boolean.
const Truthy = { [Symbol.hasInstance]: () => 'yes' };
console.log(1 instanceof Truthy);

// Function.prototype[Symbol.hasInstance] is non-writable; classes can still define a static one.
const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
console.log(d.writable, d.enumerable, d.configurable);
function F() {}
F[Symbol.hasInstance] = () => true;
console.log({} instanceof F);
Object.defineProperty(F, Symbol.hasInstance, { value: () => true });
console.log({} instanceof F);

// OrdinaryHasInstance: primitives are never instances; prototype must be an object.
function G() {}
console.log(1 instanceof Number, Object(1) instanceof Number, 's' instanceof String, null instanceof Object);
G.prototype = 3;
try {
  ({}) instanceof G;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Bound functions delegate to their target.
class Base {}
const BoundBase = Base.bind(null);
console.log(new Base() instanceof BoundBase, Function.prototype[Symbol.hasInstance].call(BoundBase, new Base()));

// Non-callable right-hand side without hasInstance.
for (const rhs of [{}, 1, null]) {
  try {
    ({}) instanceof rhs;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
// hasInstance that is not callable.
try {
  ({}) instanceof { [Symbol.hasInstance]: 1 };
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Proxies: getPrototypeOf trap is consulted.
const fake = new Proxy({}, { getPrototypeOf: () => Array.prototype });
console.log(fake instanceof Array, Array.isArray(fake));

// Cross-checking with isPrototypeOf and Object.create.
const proto = {};
function H() {}
H.prototype = proto;
const viaCreate = Object.create(proto);
console.log(viaCreate instanceof H, proto.isPrototypeOf(viaCreate));
H.prototype = {};
console.log(viaCreate instanceof H);
