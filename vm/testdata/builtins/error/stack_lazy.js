// err.stack is formatted on first access (as V8 does), captured at construction.
const first = (e) => String(e.stack).split('\n')[0];

class Custom extends Error {
  constructor(m) { super(m); this.name = 'Custom'; }
}
console.log(first(new Custom('named after super')));

const e = new Error('x');
console.log(Reflect.ownKeys(e).join(), Reflect.ownKeys(new Error('y', { cause: 1 })).join());
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, 'get' in d);

// A name or message changed after the first read does not show.
const seen = new Error('before');
first(seen);
seen.message = 'after';
console.log(first(seen), '|', String(seen));

// Assignment replaces it; an inherited lazy stack is read, not copied.
const assigned = new Error('a');
assigned.stack = 'replaced';
console.log(assigned.stack, Object.getOwnPropertyDescriptor(assigned, 'stack').value);
const child = Object.create(new Error('proto'));
console.log(first(child), Object.hasOwn(child, 'stack'));
child.stack = 'own';
console.log(child.stack, Object.hasOwn(child, 'stack'));

// Freezing and defining work on the formatted property.
const frozen = Object.freeze(new TypeError('frozen'));
console.log(first(frozen), Object.isFrozen(frozen), Object.getOwnPropertyDescriptor(frozen, 'stack').writable);
const defined = new RangeError('r');
Object.defineProperty(defined, 'stack', { value: 'defined' });
console.log(defined.stack);
const deleted = new Error('gone');
console.log(delete deleted.stack, 'stack' in deleted);

// Error.captureStackTrace: on any object, the second argument hides frames.
function outer() { return inner(); }
function inner() { const o = {}; Error.captureStackTrace(o, inner); return o.stack.split('\n'); }
const lines = outer();
console.log(lines[0], /at outer/.test(lines[1]));
function fn() {}
Error.captureStackTrace(fn);
console.log(typeof fn.stack, first(fn), typeof fn.call);
const thing = { name: 'Thing', message: 'm' };
Error.captureStackTrace(thing);
thing.name = 'Later';
console.log(first(thing));

// Error.prototype.toString names a bad receiver as V8 does.
for (const v of [1, 'str', undefined, null, Symbol('s')]) {
  try {
    Error.prototype.toString.call(v);
  } catch (err) {
    console.log(err.message);
  }
}
const notOnStack = {};
Error.captureStackTrace(notOnStack, function absent() {});
console.log(JSON.stringify(notOnStack.stack));
