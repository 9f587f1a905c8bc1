// Typed arrays are integer-indexed exotic objects: out-of-range writes vanish, canonical numeric strings never reach the prototype.
const ta = new Uint8Array(2);
ta[5] = 1;
ta[-1] = 1;
ta['1.5'] = 1;
ta['-0'] = 1;
ta.foo = 'normal property';
ta['01'] = 'not canonical, so an ordinary property';
console.log(ta.length, ta[5], ta[-1], ta['1.5'], ta['-0'], Object.keys(ta).join());
console.log(5 in ta, 0 in ta, '-0' in ta, '1.5' in ta, 'foo' in ta, '01' in ta);
Uint8Array.prototype[7] = 'from prototype';
Object.prototype['-0'] = 'from Object.prototype';
console.log(ta[7], ta['-0'], [][7]);
delete Uint8Array.prototype[7];
delete Object.prototype['-0'];
// Property descriptors and defineProperty restrictions.
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ta, 0)));
for (const [label, desc] of [
  ['writable false', { value: 1, writable: false }],
  ['non-enumerable', { value: 1, enumerable: false }],
  ['accessor', { get() { return 1; } }],
  ['plain value', { value: 42 }],
  ['configurable false', { value: 1, configurable: false }],
]) {
  console.log(label, Reflect.defineProperty(ta, 0, desc), ta[0]);
}
console.log(Reflect.defineProperty(ta, 9, { value: 1 }), delete ta[0], delete ta[9], Reflect.deleteProperty(ta, 0));
(function () {
  'use strict';
  try {
    delete ta[0];
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  ta[100] = 5;
  console.log('strict out-of-range write is silently ignored');
})();
console.log(Object.getOwnPropertyNames(new Int8Array(3)).join(), Object.isExtensible(ta), JSON.stringify(new Int8Array([1, 2])));
// Length, byteLength etc. are prototype accessors, not own properties.
console.log(Object.hasOwn(ta, 'length'), typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get);
const tagGetter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
console.log(tagGetter.call(ta), tagGetter.call([]), tagGetter.call(new Float32Array()));
// for-in and spread.
const keys = [];
for (const k in new Int8Array(2)) keys.push(k);
console.log(keys.join(), [...new Int8Array([3, 4])].join());
