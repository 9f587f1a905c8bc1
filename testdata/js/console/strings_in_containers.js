// Strings inside containers are quoted: single quotes by default, double or backticks to avoid escaping.
console.log(['simple']);
console.log(["it's"]);
console.log(['both \' and "']);
console.log(['all three \' " `']);
console.log({ key: 'value', 'needs quote': 1, valid_id: 2, $dollar: 3, '1abc': 4, 123: 5, 'a-b': 6, '': 7 });
console.log(['new\nline', 'tab\t', 'back\\slash', 'nul\0', 'bell\x07', 'del\x7f', 'unicode é 😀']);
console.log(['\u2028', '\ud800', 'emoji 😀']);
console.log({ nested: { str: 'inner "quotes"' } });
console.log(new Map([['k', 'v']]), new Set(["s'"]));
console.log([String('x'), `template`]);
// Long multi-line strings inside objects are split at newlines.
console.log({ text: 'first line\nsecond line\nthird line that is a little bit longer than the others\nfourth' });
console.log(['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
// Symbols as values and keys.
console.log({ [Symbol('k')]: Symbol('v'), [Symbol.iterator]: 1, [Symbol()]: 'no description' });
