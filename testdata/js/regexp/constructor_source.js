// The RegExp constructor and source/toString: copying regexps, escaping of "/" and line terminators, and errors.
const base = /ab+c/gi;
const copy = new RegExp(base);
const reflagged = new RegExp(base, 'm');
console.log(copy !== base, copy.flags, reflagged.flags, reflagged.source, RegExp(base) === base, RegExp(base, 'g') === base);
console.log(new RegExp('').source, String(new RegExp('')), new RegExp().source, String(new RegExp(undefined)), new RegExp(null).source);
console.log(new RegExp('/').source, String(new RegExp('a/b')), new RegExp('\n').source, new RegExp('\\/').source, String(/[/]/));
console.log(new RegExp('\u2028').source, new RegExp('\r\n').source, JSON.stringify(new RegExp('\\\n').source));
console.log(new RegExp(123).source, new RegExp({ toString: () => 'x+' }).source, new RegExp('a', undefined).flags);
console.log(RegExp.prototype.toString.call({ source: 'src', flags: 'fl' }));
// Errors for invalid patterns.
for (const src of ['(', ')', '[', 'a**', '?', '+a', '(?<name', '(?<1a>x)', 'a{2,1}', '\\', '(?<=a)+', '(?z)']) {
  try {
    new RegExp(src);
    console.log('accepted', JSON.stringify(src));
  } catch (e) {
    console.log(JSON.stringify(src).padEnd(12), e.constructor.name, e.message);
  }
}
// Regex literals are new objects each evaluation.
const make = () => /x/g;
console.log(make() !== make());
// Own properties and prototype.
console.log(Object.getOwnPropertyNames(/x/).join(), Object.getOwnPropertyNames(RegExp.prototype).sort().join());
console.log(Object.prototype.toString.call(/x/), /x/ instanceof RegExp, typeof /x/, RegExp.length, RegExp.name);
// Subclassing RegExp.
class Loud extends RegExp {
  exec(s) { const m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; }
}
console.log(new Loud('b').exec('abc')[0], 'abc'.replace(new Loud('b'), (x) => `[${x}]`), new Loud('a', 'g').flags);
// Symbol.species is consulted by split only.
console.log(RegExp[Symbol.species] === RegExp);
// Legacy static properties exist in V8.
/(\d+)-(\d+)/.exec('10-20');
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$&']);
