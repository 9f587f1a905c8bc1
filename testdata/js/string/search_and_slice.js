// Character access, searching, and substring extraction, with negative and out-of-range arguments.
const s = 'Hello, World';
console.log(s.length, s[0], s.charAt(4), JSON.stringify(s.charAt(99)), s.charCodeAt(1), s.charCodeAt(99), s.at(-1), s.at(99));
console.log(s.indexOf('o'), s.indexOf('o', 5), s.indexOf('o', -5), s.indexOf(''), s.indexOf('', 99), s.indexOf('z'));
console.log(s.lastIndexOf('o'), s.lastIndexOf('o', 5), s.lastIndexOf('o', -1), s.lastIndexOf(''), s.lastIndexOf('H', 0));
console.log(s.includes('World'), s.includes('world'), s.includes('', 100), s.includes('Hello', 1));
console.log(s.startsWith('Hell'), s.startsWith('World', 7), s.startsWith(''), s.endsWith('World'), s.endsWith('Hello', 5), s.endsWith('o', -1));
for (const [label, fn] of [
  ['startsWith regex', () => s.startsWith(/H/)],
  ['includes regex', () => s.includes(/o/)],
  ['endsWith regex', () => s.endsWith(/d/)],
]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
// A regex with Symbol.match set to false is treated as a string.
const notRegex = /H/;
notRegex[Symbol.match] = false;
console.log(s.startsWith(notRegex), '/H/'.startsWith(notRegex));

// slice vs substring vs substr.
console.log(s.slice(7), s.slice(-5), s.slice(-5, -2), s.slice(5, 2), JSON.stringify(s.slice(99)));
console.log(s.substring(7), s.substring(-5), s.substring(5, 2), s.substring(NaN, 5), s.substring(2, Infinity));
console.log(s.substr(7), s.substr(-5, 3), s.substr(2, 0), JSON.stringify(s.substr(99)), s.substr(1, -1) === '');

// Argument coercion.
console.log(s.charAt('1'), s.charAt(1.9), s.charAt(-0.5), s.slice('2', '4'), s.indexOf(undefined), 'undefined'.indexOf());
console.log('abc'.indexOf('c', -Infinity), 'abc'.lastIndexOf('a', -Infinity), 'aaa'.lastIndexOf('a', NaN));

// Case sensitivity and special chars in search.
console.log('a.b*c'.indexOf('.'), 'a.b*c'.includes('*'), '\0x'.indexOf('\0'));

// Methods on String wrapper objects and via call on non-strings.
console.log(String.prototype.includes.call(12345, 34), String.prototype.slice.call(true, 1), String.prototype.at.call([1, 2], 0));
try {
  String.prototype.indexOf.call(null, 'x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
