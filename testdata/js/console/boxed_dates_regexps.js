// Boxed primitives, Dates, and RegExps, alone and with extra properties.
console.log(new Number(3), new Number(-0), new String('abc'), new Boolean(true), Object(Symbol('s')), Object(10n));
const n = new Number(5);
n.extra = 1;
console.log(n);
const s = new String('hi');
s.prop = true;
console.log(s, [new String('in array')]);
console.log(new Date(0), [new Date(Date.UTC(2020, 1, 29, 12))], { d: new Date(NaN) });
const d = new Date(0);
d.note = 'annotated';
console.log(d);
console.log(/regexp/gi, [/a\/b/], { re: new RegExp('x+', 'y') });
const re = /with props/;
re.extra = 1;
console.log(re);
class MyDate extends Date {}
console.log(new MyDate(0));
class MyRegExp extends RegExp {}
console.log(new MyRegExp('q', 'g'));
console.log(Object(true), Object(''), [Object('')]);
