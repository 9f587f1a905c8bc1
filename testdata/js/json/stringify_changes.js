// JSON.stringify reads each property when it reaches it: a toJSON or a
// replacer that changes the object or array being serialized changes what
// the later properties give, and holes read through the prototype.
const log = (label, v) => console.log(label, v);
const o1 = { a: 1, b: { toJSON() { delete o1.c; o1.d = 'added'; return 'B'; } }, c: 3, e: 5 };
log('delete later key', JSON.stringify(o1));
const o2 = { a: 1, b: { toJSON() { o2.c = 'changed'; return 'B'; } }, c: 3 };
log('change later value', JSON.stringify(o2));
const o3 = { a: 1, b: { toJSON() { Object.defineProperty(o3, 'c', { get() { return 'getter'; }, enumerable: true, configurable: true }); return 'B'; } }, c: 3 };
log('later value becomes getter', JSON.stringify(o3));
const arr = [1, { toJSON() { arr[2] = 'changed'; arr.length = 4; return 'X'; } }, 3, 4, 5];
log('array changed', JSON.stringify(arr));
const holes = [1, , 3, , 5];
log('holes', JSON.stringify(holes));
Array.prototype[3] = 'from proto';
log('hole read through prototype', JSON.stringify(holes));
delete Array.prototype[3];
Object.prototype.toJSON = function () { return 'object toJSON'; };
log('inherited toJSON', JSON.stringify({ a: [1, { b: 2 }] }));
delete Object.prototype.toJSON;
const withElems = { 2: 'two', 0: 'zero', x: 'x', [Symbol('s')]: 'sym', y: undefined, z: () => 1 };
Object.defineProperty(withElems, 'hidden', { value: 'h', enumerable: false });
log('elements, symbols, hidden', JSON.stringify(withElems));
log('indent', JSON.stringify({ a: [1, [2, { b: [] }], {}], c: { d: { e: 'f' } } }, null, 2));
log('indent string', JSON.stringify([[1, 2], { x: [3] }], null, '--'));
log('replacer fn', JSON.stringify({ a: 1, b: [1, 2, { c: 3 }] }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
log('replacer list', JSON.stringify({ b: 2, a: 1, c: { a: 5, z: 6 } }, ['a', 'c']));
const big = []; big[5] = 'five';
log('sparse', JSON.stringify(big));
const proxied = new Proxy([1, 2, 3], { get(t, k) { return k === 'length' ? 2 : t[k]; } });
log('proxy array', JSON.stringify(proxied));
class P { constructor() { this.x = 1; } get y() { return 2; } }
log('class instance', JSON.stringify(new P()));
const frozen = Object.freeze({ a: 1, b: [2, 3] });
log('frozen', JSON.stringify(frozen));
const dict = {};
for (let i = 0; i < 100; i++) dict['k' + i] = i;
for (let i = 0; i < 95; i++) delete dict['k' + i];
log('dictionary mode', JSON.stringify(dict));
