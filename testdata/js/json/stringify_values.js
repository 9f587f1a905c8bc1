// JSON.stringify of each value kind: omitted values, NaN/Infinity/-0, wrappers, Dates, holes, BigInt, and key order.
console.log(JSON.stringify(null), JSON.stringify(true), JSON.stringify(1.5), JSON.stringify('s'), JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(-Infinity));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(Symbol()), typeof JSON.stringify(undefined));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol(), n: null, nan: NaN, inf: Infinity, neg0: -0 }));
console.log(JSON.stringify([undefined, function () {}, Symbol(), NaN, , 'end']));
console.log(JSON.stringify([new Number(3), new String('str'), new Boolean(false), Object(Symbol())]));
console.log(JSON.stringify(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))), JSON.stringify({ d: new Date(NaN) }));
console.log(JSON.stringify(/re/g), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Error('e')));
console.log(JSON.stringify(new Uint8Array([1, 2])), JSON.stringify(new ArrayBuffer(2)), JSON.stringify(Promise.resolve()));
console.log(JSON.stringify({ [Symbol('k')]: 1, b: 2, 1: 'one', a: 3 }));
console.log(JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } })));
console.log(JSON.stringify({ get g() { return 'getter value'; } }));
console.log(JSON.stringify('\u2028\u2029'), JSON.stringify(1e21), JSON.stringify(1e-7), JSON.stringify(0.1 + 0.2));
for (const v of [1n, { n: 2n }, [3n]]) {
  try {
    JSON.stringify(v);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ big: 10n }));
delete BigInt.prototype.toJSON;
// Arrays with extra properties ignore them; array-likes are objects.
const arr = [1, 2];
arr.extra = 'ignored';
console.log(JSON.stringify(arr), JSON.stringify({ length: 1, 0: 'x' }));
// Proxies of arrays stringify as arrays.
console.log(JSON.stringify(new Proxy([1, 2], {})), JSON.stringify(new Proxy({ a: 1 }, {})));
// Boxed primitives in nested positions.
console.log(JSON.stringify({ n: new Number(Infinity), s: new String('\n') }));
// Null-prototype objects.
const bare = Object.create(null);
bare.x = 1;
console.log(JSON.stringify(bare));
// Class instances use own enumerable properties.
class P { #priv = 1; constructor() { this.pub = 2; } get computed() { return 3; } }
console.log(JSON.stringify(new P()));
