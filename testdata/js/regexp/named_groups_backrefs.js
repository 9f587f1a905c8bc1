// Capturing, non-capturing, named groups and backreferences; quantifiers greedy and lazy; empty-check rules.
const m = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/.exec('date: 2024-03');
console.log(m[0], m[1], m[2], m[3], m.index, JSON.stringify(m.groups), Object.getPrototypeOf(m.groups));
console.log('2024-03-09'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
console.log(/(\w)\1/.exec('abccd')[0], /(?<ch>\w)\k<ch>/.exec('xyzzy')[0], /(a)|\1b/.exec('b')[0]);
console.log(/\1(a)/.exec('aa')[0], JSON.stringify(/(a)?\1b/.exec('b')));
// Forward reference and backreference to a group inside a repeated group.
console.log(JSON.stringify(/(?:(a)|b)*/.exec('ab')), JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac')));
// Greedy vs lazy.
console.log('<a><b>'.match(/<.+>/)[0], '<a><b>'.match(/<.+?>/)[0], 'aaa'.match(/a{2,}?/)[0], 'aaa'.match(/a??/)[0].length);
console.log(JSON.stringify('aaa'.match(/a{0}/)), /a{2}/.test('a'), /^a{1,3}$/.test('aaaa'), /x{,2}/.test('x{,2}'));
// Empty-matching quantified groups terminate.
console.log(JSON.stringify(/(a*)*/.exec('b')), JSON.stringify(/(a*)+/.exec('b')), JSON.stringify(/(?:a|)+b/.exec('aab')));
// Alternation order matters.
console.log(/a|ab/.exec('abc')[0], /ab|a/.exec('abc')[0]);
// Captures reset on each repetition.
console.log(JSON.stringify(/(?:(x)|(y))+/.exec('xy')));
// Duplicate group names are a SyntaxError (in node 20).
try {
  new RegExp('(?<n>a)|(?<n>b)');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// \k without named groups is an identity escape in non-unicode mode.
console.log(/\k/.test('k'), /\k<a>/.test('k<a>'));
try {
  new RegExp('\\k<a>', 'u');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Named groups with unicode names.
console.log(/(?<ñame>x)/.exec('x').groups.ñame, /(?<$dollar_1>y)/.exec('y').groups.$dollar_1);
// Number of capture groups in the match array.
console.log(/(a)(b)?(?:c)(d)?/.exec('ac').length);
