// A SetProp site caches adding a property to a plain object. The cache must
// miss once an object on the receiver's prototype chain changes so that the
// assignment is intercepted (a setter, a read-only property, a new
// prototype), however deep on the chain, while changes to objects on no
// such chain leave every other site working.
function add(o, v) { o.x = v; }
function addStrict(o, v) { 'use strict'; o.x = v; }
const log = [];

function run(name, setup, change, adder = add) {
  const proto = setup();
  const made = [];
  for (let i = 0; i < 3; i++) {
    const o = Object.create(proto);
    adder(o, i);
    made.push(Object.hasOwn(o, 'x'));
  }
  change(proto);
  const o = Object.create(proto);
  let thrown = '';
  try { adder(o, 9); } catch (e) { thrown = e.constructor.name; }
  console.log(name, made.join(), Object.hasOwn(o, 'x'), o.x, thrown, log.splice(0).join());
}

const setter = { set x(v) { log.push('set ' + v); }, get x() { return 'got'; } };

run('setter on the prototype', () => ({}), p => {
  Object.defineProperty(p, 'x', { set(v) { log.push('set ' + v); }, configurable: true });
});
run('setter on the prototype\'s prototype', () => Object.create({}), p => {
  Object.defineProperty(Object.getPrototypeOf(p), 'x', { set(v) { log.push('set ' + v); } });
});
run('prototype given a prototype with a setter', () => ({}), p => Object.setPrototypeOf(p, setter));
run('grandparent given a prototype with a setter', () => Object.create({}), p => {
  Object.setPrototypeOf(Object.getPrototypeOf(p), setter);
});
run('prototype __proto__ assigned', () => ({}), p => { p.__proto__ = setter; });
run('read-only x on the prototype, sloppy', () => ({}), p => {
  Object.defineProperty(p, 'x', { value: 'ro', writable: false });
});
run('read-only x on the prototype, strict', () => ({}), p => {
  Object.defineProperty(p, 'x', { value: 'ro', writable: false });
}, addStrict);
run('prototype frozen with x', () => ({ x: 'own' }), p => Object.freeze(p));
run('getter only on the prototype, strict', () => ({}), p => {
  Object.defineProperty(p, 'x', { get() { return 'g'; } });
}, addStrict);
run('an unrelated object changed', () => ({}), () => {
  const other = {};
  Object.setPrototypeOf(other, setter);
  Object.defineProperty(other, 'x', { set(v) { log.push('other ' + v); } });
});

// The same through a megamorphic site: receivers of many shapes.
function addMega(o, v) { o.x = v; }
const protos = [];
for (let k = 0; k < 8; k++) {
  const p = {};
  for (let j = 0; j < 8; j++) {
    const o = Object.create(p);
    o['k' + k] = k;
    addMega(o, j);
  }
  protos.push(p);
}
Object.setPrototypeOf(protos[3], setter);
Object.defineProperty(protos[5], 'x', { value: 'ro', writable: false });
for (let k = 0; k < 8; k++) {
  const o = Object.create(protos[k]);
  o['k' + k] = k;
  addMega(o, 100 + k);
  console.log('mega', k, Object.hasOwn(o, 'x'), o.x, log.splice(0).join());
}
