// replace and replaceAll: string and regex patterns, replacement patterns ($&, $1, $<name>, $$, $`, $'), function replacers.
const s = 'John Smith, Jane Doe';
console.log(s.replace('J', 'j'), '|', s.replaceAll('J', 'j'));
console.log(s.replace(/(\w+) (\w+)/, '$2 $1'), '|', s.replace(/(\w+) (\w+)/g, '$2 $1'));
console.log(s.replace(/(?<first>\w+) (?<last>\w+)/g, '$<last>, $<first>'));
console.log('abc'.replace('b', '[$&]'), 'abc'.replace('b', "[$`]"), 'abc'.replace('b', "[$']"), 'abc'.replace('b', '[$$]'));
console.log('abc'.replace(/b/, '$0 $1 $2 $10'), 'abc'.replace(/(b)/, '$01 $11 $001'), 'abc'.replace(/(b)/, '$<name>'));
console.log('aaa'.replace(/(?<n>a)/, '[$<n>][$<missing>]'), 'x'.replace('x', '$'), 'x'.replace('x', '$x'));

// Function replacers: match, groups..., offset, string, (named groups object).
console.log('a1b22'.replace(/\d+/g, (m, off, str) => `<${m}@${off}/${str.length}>`));
console.log('2020-01-15'.replace(/(\d+)-(\d+)-(\d+)/, (m, y, mo, d, off, str) => [d, mo, y, off, str === '2020-01-15'].join('.')));
console.log('k=v'.replace(/(?<key>\w)=(?<val>\w)/, (...args) => JSON.stringify(args.at(-1))));
console.log('abc'.replace('b', (m, off, str) => `${m}${off}${str}`));
console.log('abc'.replace('b', () => '$&'));
console.log('xyz'.replace(/(a)?y/, (m, g1) => String(g1)));

// replaceAll with strings replaces all non-overlapping occurrences.
console.log('aaaa'.replaceAll('aa', 'b'), 'abc'.replaceAll('', '-'), 'a.b.c'.replaceAll('.', '$&$&'));
console.log('abab'.replaceAll('b', (m, off) => off));
try {
  'aaa'.replaceAll(/a/, 'b');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log('aaa'.replaceAll(/a/g, 'b'));

// Empty matches with a global regex.
console.log('abc'.replace(/(?:)/g, '-'), 'abc'.replace(/x*/g, '_'), 'a😀b'.replace(/(?:)/gu, '.'), 'a😀b'.replace(/(?:)/g, '.').length);

// Special regex chars in string patterns are literal.
console.log('a.b.c'.replace('.', '!'), 'price: $5'.replace('$5', '$$10'), '(x)'.replace('(', '['));

// Non-string patterns and replacement coercion.
console.log('a1b'.replace(1, 2), 'null'.replace(null, 'NUL'), 'abc'.replace('b', undefined), 'abc'.replace('b', 42));

// Global regex replace resets lastIndex to 0 afterwards; sticky anchors.
const g = /a/g;
g.lastIndex = 5;
console.log('aXa'.replace(g, 'b'), g.lastIndex);
const y = /a/y;
console.log('baa'.replace(y, 'X'), 'aab'.replace(/a/gy, 'X'));

// Case-insensitive and multiline.
console.log('Hello hello HELLO'.replace(/hello/gi, 'hi'), 'a\nb'.replace(/^/gm, '> '));

// Symbol.replace on a custom object.
const custom = { [Symbol.replace](str, rep) { return `custom(${str},${rep})`; } };
console.log('text'.replace(custom, 'r'), 'text'.replaceAll(custom, 'r'));
