// Object.defineProperty and property descriptors: defaults, validation, and redefinition rules.
const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x')));
o.x = 2;
console.log('non-writable assignment ignored:', o.x);
console.log('not enumerable:', Object.keys(o).length, JSON.stringify(o));
console.log('not configurable delete:', delete o.x);

const lit = { y: 1 };
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(lit, 'y')));

const acc = Object.defineProperty({}, 'a', { get() { return 'A'; }, enumerable: true });
const ad = Object.getOwnPropertyDescriptor(acc, 'a');
console.log(Object.keys(ad).join(), typeof ad.get, ad.set, ad.enumerable, ad.configurable);

for (const [label, desc] of [
  ['value and get', { value: 1, get() {} }],
  ['writable and set', { writable: true, set() {} }],
  ['getter not callable', { get: 5 }],
  ['descriptor not object', 5],
]) {
  try {
    Object.defineProperty({}, 'p', desc);
    console.log(label, 'accepted');
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
try {
  Object.defineProperty(1, 'p', {});
} catch (e) {
  console.log('target primitive', e.constructor.name, e.message);
}

// Non-configurable: can still go writable true -> false, and change value while writable.
const nc = {};
Object.defineProperty(nc, 'v', { value: 1, writable: true, configurable: false });
Object.defineProperty(nc, 'v', { value: 2 });
console.log('value change while writable', nc.v);
Object.defineProperty(nc, 'v', { writable: false });
console.log('writable now', Object.getOwnPropertyDescriptor(nc, 'v').writable);
for (const [label, desc] of [
  ['make writable again', { writable: true }],
  ['change value', { value: 3 }],
  ['make enumerable', { enumerable: true }],
  ['to accessor', { get() {} }],
  ['same value', { value: 2 }],
]) {
  try {
    Object.defineProperty(nc, 'v', desc);
    console.log(label, 'allowed');
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

// Configurable data -> accessor conversion keeps enumerable/configurable.
const conv = { d: 1 };
Object.defineProperty(conv, 'd', { get() { return 'now accessor'; } });
const cd = Object.getOwnPropertyDescriptor(conv, 'd');
console.log(conv.d, cd.enumerable, cd.configurable, 'value' in cd);

// defineProperties and getOwnPropertyDescriptors.
const multi = Object.defineProperties({}, {
  a: { value: 'a', enumerable: true },
  b: { get() { return 'b'; }, enumerable: false },
  [Symbol.for('c')]: { value: 'c', enumerable: true },
});
const all = Object.getOwnPropertyDescriptors(multi);
console.log(Reflect.ownKeys(all).map(String).join(), all.a.writable, typeof all.b.get);

// Arrays: defining indices past length grows it; length is special.
const arr = [1, 2, 3];
Object.defineProperty(arr, 5, { value: 'six', enumerable: true, writable: true, configurable: true });
console.log(arr.length, JSON.stringify(arr));
Object.defineProperty(arr, 'length', { value: 2 });
console.log(arr.length, JSON.stringify(arr));
Object.defineProperty(arr, 1, { value: 'locked', configurable: false });
arr.length = 0;
console.log('length blocked by non-configurable element:', arr.length, JSON.stringify(arr));
try {
  Object.defineProperty(arr, 'length', { value: -1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Reflect.defineProperty returns false instead of throwing.
console.log(Reflect.defineProperty(nc, 'v', { value: 99 }), Reflect.defineProperty({}, 'ok', { value: 1 }));

// Inherited descriptor fields count (descriptor is read with Get).
const inheritedDesc = Object.create({ value: 'from proto', enumerable: true });
const viaProto = Object.defineProperty({}, 'p', inheritedDesc);
console.log(viaProto.p, Object.keys(viaProto).join());

// Property keys are converted with ToPropertyKey.
const keyed = Object.defineProperty({}, { toString() { return 'converted'; } }, { value: 1, enumerable: true });
console.log(Object.keys(keyed).join());

// propertyIsEnumerable and hasOwnProperty.
console.log(multi.propertyIsEnumerable('a'), multi.propertyIsEnumerable('b'), multi.hasOwnProperty('b'), Object.hasOwn(multi, 'zzz'));
