// Character classes and escapes: \d \w \s \b \B, negation, ranges, special characters, control escapes.
const test = (re, s) => JSON.stringify(s.match(re));
console.log(test(/\d+/g, 'a12b3'), test(/\D+/g, 'a12b3'), test(/\w+/g, 'hi_there-you 42'), test(/\W+/g, 'a, b!'));
console.log(test(/\s+/g, 'a \t\n\v\f\r\u00a0\u2028\ufeffb'), /\s/.test('\u180e'), /\s/.test('\u200b'));
console.log(test(/\bcat\b/g, 'cat concat cat.'), test(/\Bcat/g, 'cat concat bobcat'), /\b/.test(''), /\B/.test(''));
console.log(test(/[^aeiou\s]+/g, 'hello world'), test(/[a-c-e]+/g, 'a-e-d'), test(/[\]\\^-]+/g, 'x]\\^-y'), test(/[.]/g, 'a.b'));
console.log(/[]/.test('a'), /[^]/.test('\n'), /[\b]/.test('\b'), /\cJ/.test('\n'), /\cj/.test('\n'), /[\cJ]/.test('\n'));
console.log(/\0/.test('\0'), /\x41\u0042/.test('AB'), /\t\n\v\f\r/.test('\t\n\v\f\r'), /\//.test('/'), /\./.test('x'));
console.log(/a\-b/.test('a-b'), /\a/.test('a'), /\e/.test('e'), /\$/.test('$'), /^\^$/.test('^'));
// Ranges with escapes and unicode.
console.log(/^[\u00e0-\u00ff]+$/.test('éàü'), /^[α-ω]+$/.test('λόγος'), /^[α-ω]+$/.test('λογος'), /[\d-]/.test('-'));
try {
  new RegExp('[z-a]');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Annex B: octal-like escapes and legacy quirks in non-unicode mode.
console.log(/\101/.test('A'), /[\101]/.test('A'), /\8/.test('8'), /a{/.test('a{'), /}/.test('}'), /]/.test(']'));
// Anchors.
console.log(/^$/.test(''), /^abc$/.test('abc\n'), /abc$/m.test('abc\n'), JSON.stringify('a1\na2'.match(/^a\d$/gm)));
// Dot excludes line terminators only.
console.log(JSON.stringify('a\nb\rc\u2028d\u2029e\tf'.match(/./g).join('')));
// Case-insensitive character classes.
console.log(/[A-Z]/i.test('q'), /[^a-z]/i.test('Q'), /\W/i.test('S'));
// Escaping user input.
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
console.log(escapeRe('1+1=2? (yes) [a] {b} $5 ^x | \\'), new RegExp(escapeRe('a.b*c')).test('a.b*c'), new RegExp(escapeRe('a.b*c')).test('aXbbc'));
