// Symbol.match/matchAll/replace/search/split: how String methods delegate, and IsRegExp via Symbol.match.
const delegate = {
  [Symbol.match](s) { return `match(${s})`; },
  [Symbol.replace](s, r) { return `replace(${s},${r})`; },
  [Symbol.search](s) { return `search(${s})`; },
  [Symbol.split](s, lim) { return `split(${s},${lim})`; },
};
console.log('str'.match(delegate), 'str'.replace(delegate, 'R'), 'str'.search(delegate), 'str'.split(delegate, 3));

// Calling the RegExp protocol methods directly.
const re = /b(.)/g;
console.log(JSON.stringify(re[Symbol.match]('abcabd')), re[Symbol.replace]('abcabd', '[$1]'), re[Symbol.search]('xxb1'), JSON.stringify(re[Symbol.split]('abcabd')));
console.log([...re[Symbol.matchAll]('abcabd')].map((m) => m[1]).join());

// Symbol.match false makes a RegExp be treated as a string by startsWith/includes/endsWith.
const r = /a/;
r[Symbol.match] = false;
console.log('/a/'.includes(r), 'xa'.endsWith(r));
// An object with Symbol.match truthy is a RegExp for these checks.
const fakeRe = { [Symbol.match]: true, toString: () => 'x' };
try {
  'x'.startsWith(fakeRe);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// RegExp constructor uses IsRegExp for its pattern argument.
const patternLike = { [Symbol.match]: true, source: 'b+', flags: 'g', constructor: RegExp };
console.log(RegExp(patternLike) === patternLike, String(new RegExp(patternLike)));

// RegExp.prototype[Symbol.replace] calls exec, so overriding exec changes results.
class LoggingRe extends RegExp {
  exec(s) {
    const m = super.exec(s);
    calls.push(m ? m[0] : null);
    return m;
  }
}
const calls = [];
console.log('a1b2'.replace(new LoggingRe('\\d', 'g'), '#'), calls.join());
console.log(Object.getOwnPropertySymbols(RegExp.prototype).map(String).join(' '));
