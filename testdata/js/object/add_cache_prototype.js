// An assignment that adds a property, cached for one receiver, must still
// find a setter or read-only property on another receiver's prototype
// chain: receivers of the same shape can have different prototypes
// (Object.create, { __proto__ } literals, classes, setPrototypeOf).
const withSetter = { set x(v) { console.log('setter', v); } };
const readOnly = Object.defineProperty({}, 'x', { value: 'ro', writable: false });
function assign(o) {
  o.x = 1;
  return Object.prototype.hasOwnProperty.call(o, 'x') ? `own ${o.x}` : `inherited ${o.x}`;
}
function assignStrict(o) {
  'use strict';
  try { o.x = 2; return 'assigned'; } catch (e) { return e.constructor.name; }
}
const receivers = {
  'plain': () => ({}),
  'Object.create(withSetter)': () => Object.create(withSetter),
  '{ __proto__: withSetter }': () => ({ __proto__: withSetter }),
  'Object.create(readOnly)': () => Object.create(readOnly),
  '{ __proto__: readOnly }': () => ({ __proto__: readOnly }),
  '{ __proto__: null }': () => ({ __proto__: null }),
  'setPrototypeOf(withSetter)': () => Object.setPrototypeOf({}, withSetter),
  'class with setter': () => new (class { set x(v) { console.log('class setter', v); } })(),
};
// Each order warms the sites with one kind of receiver before the others.
for (const first of Object.keys(receivers)) {
  const out = [];
  for (const name of [first, ...Object.keys(receivers).filter(n => n !== first)]) {
    out.push(`${name}: ${assign(receivers[name]())} / ${assignStrict(receivers[name]())}`);
  }
  console.log(`-- ${first} first\n${out.join('\n')}`);
}
