// match, matchAll and search called on strings, with string and regex arguments.
const s = 'The year 1999 and 2024, then 3000.';
console.log(JSON.stringify(s.match(/\d{4}/)));
const m = s.match(/(\d)(\d{3})/);
console.log(m[0], m[1], m[2], m.index, m.input === s, m.length, m.groups);
console.log(JSON.stringify(s.match(/\d{4}/g)), s.match(/xyz/g), s.match(/xyz/));
console.log(JSON.stringify('a.b'.match('.')), JSON.stringify('a+b'.match('+'.replace('+', '\\+'))));
console.log(JSON.stringify('abc'.match()), JSON.stringify('undefined'.match(undefined)));
const named = '2024-05-06'.match(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/);
console.log(JSON.stringify(named.groups), Object.getPrototypeOf(named.groups));

const all = [...'a1b2c3'.matchAll(/[a-z](\d)/g)];
console.log(all.map((x) => x[0] + '@' + x.index + ':' + x[1]).join(' '));
console.log([...'aaa'.matchAll('a')].length, [...'a.a'.matchAll('.')].length);
try {
  'abc'.matchAll(/b/);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const it = 'xx'.matchAll(/x/g);
console.log(typeof it.next, it[Symbol.iterator]() === it, Object.prototype.toString.call(it));

// matchAll does not change the original regex's lastIndex.
const re = /o/g;
re.lastIndex = 1;
console.log([...'foo boo'.matchAll(re)].length, re.lastIndex);

console.log(s.search(/\d/), s.search('year'), s.search(/zzz/), 'a.b'.search('.'), s.search(), 'x'.search(undefined));
const g = /\d/g;
g.lastIndex = 20;
console.log(s.search(g), g.lastIndex);

// Custom Symbol.match / Symbol.search / Symbol.matchAll.
const custom = {
  [Symbol.match]: (str) => ['custom match of ' + str],
  [Symbol.search]: (str) => 42,
};
console.log('q'.match(custom)[0], 'q'.search(custom));
// An object with Symbol.match counts as a RegExp for matchAll, which then demands a global flags property.
try {
  'q'.matchAll(custom);
} catch (e) {
  console.log(e.constructor.name);
}
const customAll = { [Symbol.matchAll]: function* (str) { yield 'custom matchAll ' + str; } };
console.log([...'q'.matchAll(customAll)][0]);

// Empty match progression with unicode.
console.log(JSON.stringify('😀'.match(/(?:)/g)), JSON.stringify('😀'.match(/(?:)/gu)));
