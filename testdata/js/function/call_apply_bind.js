// Function.prototype.call/apply/bind: this values, argument lists, bound function properties, new on bound.
function show(...args) {
  return `${this === undefined ? 'undefined' : this === globalThis ? 'global' : typeof this === 'object' ? JSON.stringify(this) : this}|${args.join(',')}`;
}
console.log(show.call({ a: 1 }, 1, 2));
console.log(show.apply({ b: 2 }, [3, 4]));
console.log(show.call(null), show.call(undefined));
console.log(show.apply(null, { length: 2, 0: 'x', 1: 'y' }));
console.log(show.apply(null, undefined), show.apply(null, null));
try {
  show.apply(null, 5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

function strictShow() {
  'use strict';
  return this === null ? 'null' : typeof this;
}
console.log(strictShow.call(null), strictShow.call(5), strictShow.call('s'), strictShow.apply());

function sloppyType() { return typeof this + ':' + (this instanceof Number); }
console.log(sloppyType.call(5));

const bound = show.bind({ c: 3 }, 'pre');
console.log(bound('post'));
console.log(bound.call({ ignored: true }, 'call'));
console.log(bound.name, bound.length, show.length, typeof bound.prototype);

function threeArgs(a, b, c) {}
console.log(threeArgs.bind(null).length, threeArgs.bind(null, 1).length, threeArgs.bind(null, 1, 2, 3, 4).length);
const rebound = bound.bind({ d: 4 }, 'again');
console.log(rebound.name, rebound('end'));

// new on a bound function ignores the bound this but keeps bound arguments.
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind({ ignored: true }, 10);
const bp = new BoundPoint(20);
console.log(JSON.stringify(bp), bp instanceof Point, bp instanceof BoundPoint);

// Bound arrow functions still use lexical this.
const arrow = () => typeof this;
console.log(arrow.bind({})());

// Binding class constructors.
class K { constructor(v) { this.v = v; } }
const BoundK = K.bind(null, 'bound class arg');
console.log(new BoundK().v);
try {
  BoundK();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// bind of non-callable throws.
try {
  Function.prototype.bind.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// call and apply on built-ins.
console.log(Array.prototype.map.call('abc', c => c.toUpperCase()).join(''));
console.log(Math.max.apply(null, [3, 9, 1]), String.prototype.toUpperCase.call(true));
console.log(Array.prototype.slice.call({ length: 3, 0: 'a', 2: 'c' }).join('-'));

// Function.prototype.call.call / apply tricks.
console.log(Function.prototype.call.call(show, { e: 5 }, 'nested'));
console.log(Function.prototype.apply.call(Math.min, null, [4, 2, 8]));

// Bound name with symbols and non-string names.
const symKey = Symbol('named');
const symObj = { [symKey]() {} };
console.log(symObj[symKey].bind().name);
const nameless = function () {};
Object.defineProperty(nameless, 'name', { value: 42 });
console.log(JSON.stringify(nameless.bind().name));
const longFn = function (a, b) {};
Object.defineProperty(longFn, 'length', { value: -5 });
console.log(longFn.bind().length);
Object.defineProperty(longFn, 'length', { value: Infinity });
console.log(longFn.bind(null, 1).length);

// Function.prototype itself is callable and returns undefined.
console.log(Function.prototype(), typeof Function.prototype, Function.prototype.length, JSON.stringify(Function.prototype.name));
