// util.inspect / console.dir / formatWithOptions with colors: true: each kind of
// value in its inspect.styles colour, and line breaking and array grouping
// measured without the escape codes.
const util = require('util');
const show = (v, o = {}) => console.log(util.inspect(v, { colors: true, ...o }));
show(Array.from({ length: 30 }, (_, i) => i * 3));
show(Array.from({ length: 12 }, (_, i) => 'str' + i));
show([1, , 3, , , 6]);
show({ get a() { return 1 }, set b(v) {}, get c() { return 2 }, set c(v) {} });
show({ get a() { return 1 }, get n() { return null }, get o() { return { x: 1 } } }, { getters: true });
const circ = { name: 'c' }; circ.self = circ; show(circ);
show(new Map([['k', [1, 2]], [{ o: 1 }, new Set([true, null])]]));
show(new Uint8Array([1, 2, 3]));
show(new ArrayBuffer(3));
show([new Number(3), new String('s'), new Boolean(false), Object(Symbol('q')), Object(5n)]);
show({ [Symbol('sym')]: 1, 'quoted-key': 2, valid: 3, 4: 'four' });
show(Object.assign(function named() {}, { prop: 1 }));
show([function () {}, class A {}, () => {}, Math.max]);
show([Promise.resolve(4), Promise.reject(new Error('x')).catch(() => {}) && new Promise(() => {})]);
show(new WeakMap()); show({ a: { b: { c: { d: { e: 1 } } } } }); show([[[[[1]]]]]);
show(new Date(0)); show([new Date(NaN)]); show(/re/gi); show(Object.assign(/re/, { x: 1 }));
show({ u: undefined, n: null, nan: NaN, neg: -0, inf: -Infinity, big: -5n });
show('a string\nwith newline that is quite long, long enough to be split over multiple lines for sure yes');
show(['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]);
show({ longKeyName1: 'value number one', longKeyName2: 'value number two', longKeyName3: 'value number three' });
show(Object.create(null)); show(Object.assign(Object.create(null), { a: 1 }));
show(new (class Foo { constructor() { this.x = [1, 2] } })());
show(process.versions.node.length > 0);
show([Symbol.iterator, Symbol('desc')]);
show(new Proxy({ a: 1 }, {}), { showProxy: true });
show(Array.from({ length: 120 }, (_, i) => i));
show(new Error('err msg').message);
console.log(util.formatWithOptions({ colors: true }, '%s %d %o', 'str', 5, { a: [1] }), util.formatWithOptions({ colors: true }, { x: 'y' }, 7));
console.dir({ deep: { er: { est: { x: 1 } } }, arr: [1, 'two'] }, { colors: true, depth: 0 });
class Custom { [util.inspect.custom](depth, opts, inspect) { return opts.stylize('styled!', 'special') + ' ' + inspect({ n: 1 }, opts) } }
show(new Custom());
show(Buffer.from('hi'));
show([new Set(), new Map(), {}, []]);
show({ a: 1, b: 'x' }, { compact: false });
show([1, 2, 3], { showHidden: true });
