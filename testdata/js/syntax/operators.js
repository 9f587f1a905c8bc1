// Operator semantics: increment, comma, void, delete, in, instanceof, bitwise/shift, precedence.
let s = '5';
s++;
console.log(s, typeof s);
let u;
u++;
console.log(u);
let o = { valueOf() { return 41; } };
o++;
console.log(o);
let str = 'a';
console.log(str++, str);

const postfixObj = { n: 1 };
console.log(postfixObj.n++ + ++postfixObj.n, postfixObj.n);

console.log((1, 2, 3), void 0, void 'ignored');

const d = { a: 1, b: 2 };
console.log(delete d.a, 'a' in d, delete d.missing, delete d['b']);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr);
var globalV = 1;
console.log(delete globalThis.notThere);
console.log(delete 5);

console.log('length' in [], 0 in [1], '0' in [1], 1 in [1], 'x' in { x: undefined });
try {
  'a' in 'string';
} catch (e) {
  console.log(e.constructor.name, e.message);
}

class A {}
class B extends A {}
console.log(new B() instanceof A, [] instanceof Object, Object.create(null) instanceof Object);
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const bound = A.bind(null);
console.log(new A() instanceof bound);

console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~~3.7, ~~-3.7);
console.log(1 << 31, 1 << 32, -1 >>> 0, -1 >>> 28, -16 >> 2, 2 ** 32 + 5 | 0);
console.log(1 << 33, 8 >> 33, '8' >> 1, null | 0, undefined | 0, NaN | 0, Infinity | 0);
console.log(0xFFFFFFFF | 0, 4294967296.5 | 0, -2147483649 | 0);

console.log(1 + 2 * 3 ** 2, (1 + 2) * 3, 2 * 3 % 4, 10 - 2 - 3, 2 ** -1);
console.log(!1 + 1, -'3' + 3, +'', +' 12 ', +'1e3', +[], +[5], +[1, 2], +{}, +null, +undefined, +true);
console.log(typeof -'x', -'x', 10 / 0, -10 / 0, 0 / 0, 5 % 0, -5 % 2, 5 % -2, 5.5 % 2);
console.log(1 / -0, Object.is(-0 * 1, -0), Object.is(0 * -1, -0), Object.is(-0 + 0, 0), Object.is(-0 - 0, -0));

console.log(1 < 2 < 3, 3 > 2 > 1, 'b' > 'a', 'B' > 'a', '10' < '9', '10' < 9, null >= 0, null > 0, undefined == 0);
console.log([2] > 1, [1, 2] < 5, 'a' < 'ab', NaN <= NaN, null <= undefined);

console.log(true && 'x', 0 && 'x', '' || 'fallback', null || undefined, 'a' && 'b' || 'c');

const cond = (v) => v ? 'yes' : v === 0 ? 'zero' : 'no';
console.log(cond(1), cond(0), cond(null));

let x = 5;
x += x *= 2;
console.log(x);
let y = 1;
y = y++ + y;
console.log(y);
let z = [1, 2, 3];
let i = 0;
z[i++] = z[i];
console.log(z.join(), i);

// Evaluation order of operands.
const order = [];
const L = (v) => (order.push(v), v);
L(1) + L(2) * L(3);
L('a')[L('key')] = L('value');
console.log(order.join(' '));

// Chained assignment.
let p, q;
p = q = 'chained';
console.log(p, q);

// new with and without arguments, member access precedence.
function F() { this.v = 'F'; }
F.G = function () { this.v = 'G'; };
console.log(new F().v, new F.G().v, new F.G instanceof F.G);
