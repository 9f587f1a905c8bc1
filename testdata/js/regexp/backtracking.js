// Backtracking behaviour: greedy/lazy choices, alternation order, nested quantifiers, atomic-group emulation, and captures after backtracking.
const show = (re, s) => JSON.stringify(re.exec(s));
console.log(show(/(a+)(a+)/, 'aaaa'), show(/(a+?)(a+)/, 'aaaa'), show(/(a*)(a*)(a*)/, 'aa'));
console.log(show(/(a|ab)(c|bcd)(d*)/, 'abcd'), show(/^(?:a|ab)c$/, 'abc'), show(/(x+x+)+y/, 'xxxxy'));
console.log(show(/(?=(a+))\1b/, 'aaab'), show(/(?=(a+))\1b/, 'aaac'), show(/a+b/, 'aaac'));
console.log(show(/"(.*)"/, 'say "hi" and "bye"'), show(/"(.*?)"/, 'say "hi" and "bye"'), show(/"([^"]*)"/g, 'say "hi" and "bye"'));
console.log(show(/(\d+)(\d{3})/, '1234567'), show(/^(\d+?)(\d{3})$/, '1234567'), show(/(.)(.)(.)\3\2\1/, 'xabccbay'));
console.log(show(/^(a+)+$/, 'aaaaaaaaaaaaaaaaaaaa'), /^(a+)+$/.test('a'.repeat(16) + 'b'));
console.log(show(/(?:(a)|b)+/, 'aba'), show(/(?:(a)|(b))+/, 'ab'), show(/(a)?(?:b|\1c)/, 'ac'));
console.log(show(/\b(\w+)\s+\1\b/i, 'This is IS a test'), show(/^(?:(\d)(?!.*\1))+$/, '1234'), show(/^(?:(\d)(?!.*\1))+$/, '1231'));
console.log(show(/a{2,3}?b/, 'aaab'), show(/a{2,3}b/, 'aaaab'), show(/(ab){2}/, 'abababab'), show(/(?:ab){2,}?/, 'ababab'));
// Many alternatives and a long subject (not timed; checks correctness only).
const words = Array.from({ length: 200 }, (_, i) => 'w' + i);
const big = new RegExp(`\\b(?:${words.join('|')})\\b`, 'g');
const subject = Array.from({ length: 500 }, (_, i) => (i % 3 ? 'w' + (i % 250) : 'x' + i)).join(' ');
console.log(subject.match(big).length);
console.log('x'.repeat(10000).replace(/x+?/g, '').length, ('ab'.repeat(5000) + 'c').match(/(?:ab)+c/)[0].length);
