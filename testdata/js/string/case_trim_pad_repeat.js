// Case mapping (including special cases), trimming with Unicode whitespace, padding, and repeat.
console.log('Hello'.toUpperCase(), 'Hello'.toLowerCase());
console.log('ß'.toUpperCase(), 'ß'.toUpperCase().length, 'ﬁ'.toUpperCase(), 'ŉ'.toUpperCase());
console.log('İ'.toLowerCase().length, 'Σ'.toLowerCase(), 'ΑΣ'.toLowerCase(), 'ΑΣ Β'.toLowerCase());
console.log('ǅ'.toUpperCase(), 'ǅ'.toLowerCase(), 'ÿ'.toUpperCase(), 'µ'.toUpperCase());
console.log('𐐨'.toUpperCase() === '𐐀', 'abc'.toLocaleUpperCase(), 'ABC'.toLocaleLowerCase());

const ws = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
console.log(JSON.stringify((ws + 'x' + ws).trim()), ws.trim().length);
console.log(JSON.stringify(('  x  ').trimStart()), JSON.stringify(('  x  ').trimEnd()));
console.log(JSON.stringify('\u200bx\u200b'.trim()), JSON.stringify('\u180ex'.trim()));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name);

console.log('5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padEnd(6, 'xy'), 'abc'.padStart(2), JSON.stringify('abc'.padEnd(5)));
console.log(JSON.stringify('abc'.padStart(6, '')), 'x'.padStart(3, undefined), 'x'.padEnd(4, 12), 'x'.padStart(-1), 'x'.padStart('3', '-'));

console.log('ab'.repeat(3), JSON.stringify('ab'.repeat(0)), JSON.stringify(''.repeat(100)), 'x'.repeat(2.9), 'x'.repeat('2'));
for (const n of [-1, Infinity]) {
  try {
    'x'.repeat(n);
  } catch (e) {
    console.log(n, e.constructor.name, e.message);
  }
}
console.log(''.repeat(2 ** 40) === '');
try {
  'x'.repeat(2 ** 30);
} catch (e) {
  console.log('huge repeat:', e.constructor.name, e.message);
}

// concat and +.
console.log('a'.concat('b', 1, null, undefined, [2, 3], {}), 'x'.concat());
console.log('1' + 2 + 3, 1 + 2 + '3', 1 + '2' - 1, '3' * '4', '10' / '2', 'a' - 1);
