// A serialization layer on top of JSON: tagged values for Map/Set/Date/BigInt/undefined, class revival, and canonical key order.
class Money { constructor(cents, cur) { this.cents = cents; this.cur = cur; } toString() { return `${(this.cents / 100).toFixed(2)} ${this.cur}`; } }
const classes = { Money };
function replacer(key, value) {
  const raw = this[key];
  if (raw instanceof Map) return { $t: 'Map', v: [...raw] };
  if (raw instanceof Set) return { $t: 'Set', v: [...raw] };
  if (raw instanceof Date) return { $t: 'Date', v: raw.getTime() };
  if (typeof raw === 'bigint') return { $t: 'BigInt', v: raw.toString() };
  if (raw === undefined && key !== '') return { $t: 'undef' };
  if (raw && typeof raw === 'object' && raw.constructor && classes[raw.constructor.name] === raw.constructor) return { $t: raw.constructor.name, v: { ...raw } };
  return value;
}
function reviver(key, value) {
  if (!value || typeof value !== 'object' || !('$t' in value)) return value;
  switch (value.$t) {
    case 'Map': return new Map(value.v);
    case 'Set': return new Set(value.v);
    case 'Date': return new Date(value.v);
    case 'BigInt': return BigInt(value.v);
    case 'undef': return undefined;
    default: return Object.assign(Object.create(classes[value.$t].prototype), value.v);
  }
}
const original = {
  when: new Date(Date.UTC(2024, 4, 5)),
  tags: new Set(['a', 'b']),
  index: new Map([['x', { n: 1 }], ['y', [1, 2]]]),
  huge: 2n ** 70n,
  missing: undefined,
  price: new Money(1999, 'EUR'),
  list: [new Money(5, 'USD'), 1, 'two'],
};
const text = JSON.stringify(original, replacer);
console.log(text);
const back = JSON.parse(text, reviver);
console.log(back.when.toISOString(), [...back.tags].join(), back.index.get('x').n, back.huge, 'missing' in back, back.missing);
console.log(String(back.price), back.price instanceof Money, back.list.map(String).join(' | '));
// Canonical JSON: keys sorted at every level, so equal objects serialize identically.
const canonical = (v) => JSON.stringify(v, (k, val) => (val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : val));
console.log(canonical({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 2 } }));
console.log(canonical({ a: { c: 2, d: [3, { y: 2, z: 1 }] }, b: 1 }) === canonical({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 2 } }));
// Deep equality via canonical JSON has limits: -0, NaN, and undefined are lost.
console.log(canonical({ n: -0 }) === canonical({ n: 0 }), canonical([NaN]) === canonical([null]), canonical({ u: undefined }) === canonical({}));
