// A null-prototype object is prefixed with the name V8 gives it: the class or generator function that made it,
// else its own @@toStringTag, and "Object" when that tag is the one shown beside it.
const util = require('util');

function nullProto(o) {
  Object.setPrototypeOf(o, null);
  return o;
}
class A {}
function F() { this.y = 2; }
function* named() {}
class B { get [Symbol.toStringTag]() { return 'BT'; } }
const withX = new A();
withX.x = 1;
const tagged = new A();
const cases = {
  emptyClass: nullProto(new A()),
  classWithKey: nullProto(withX),
  constructorFunction: nullProto(new F()),
  plain: Object.assign(Object.create(null), { z: 3 }),
  classWithOwnTag: Object.assign(nullProto(tagged), { [Symbol.toStringTag]: 'Tg' }),
  map: nullProto(new Map([[1, 2]])),
  array: nullProto([1]),
  generator: nullProto(named()),
  getterTagClass: nullProto(new B()),
  ownTag: Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Tg' }),
  hiddenTag: Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'Hidden' }),
  nullProtoChain: Object.assign(Object.create(Object.create(null)), { k: 1 }),
};
for (const [name, value] of Object.entries(cases)) {
  console.log(name, util.inspect(value), util.inspect(value, { showHidden: true }));
}
