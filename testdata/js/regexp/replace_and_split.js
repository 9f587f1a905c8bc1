// RegExp-driven replace/split details: function replacer arguments with named groups, $ patterns, empty matches, sticky.
const re = /(?<key>\w+)=(?<value>\w*)/g;
const out = 'a=1&b=&c=33'.replace(re, (match, k, v, offset, input, groups) => `${groups.key.toUpperCase()}:${v || '∅'}@${offset}`);
console.log(out);
console.log('a=1'.replace(/(?<key>\w)=(?<value>\d)/, "$<value>=$<key> [$&] [$`] [$'] [$$] [$3] [$<nope>]"));
console.log('aaa'.replace(/a*?/g, '-'), 'abc'.replace(/$/, '!'), 'abc'.replace(/^/, '^'), 'a\nb'.replace(/$/gm, ';'));
console.log('x'.replace(/(y)?x/, '[$1]'), 'x'.replace(/(y)?x/, (m, g1) => `[${g1}]`));
console.log('aaaa'.replace(/a/y, 'b'), 'baaa'.replace(/a/y, 'b'), 'aaba'.replace(/a/gy, 'c'));
console.log(JSON.stringify('one1two22three'.split(/(\d+)/)), JSON.stringify('a,b;c d'.split(/[,; ]/)), JSON.stringify('abc'.split(/(?=b)/)));
console.log(JSON.stringify('ab'.split(/a*?/)), JSON.stringify('ab'.split(/a*/)), JSON.stringify('test'.split(/(?:)/, 2)));
// Replacement function return value is converted to string.
console.log('abc'.replace(/b/, () => 42), 'abc'.replace(/b/, () => null), 'abc'.replace(/b/, () => ({ toString: () => 'obj' })));
// Replacement sees the original string, not the partially replaced one.
console.log('aaa'.replace(/a/g, (m, off, str) => str.length + off));
// Titles and camelCase.
console.log('hello big world'.replace(/\b\w/g, (c) => c.toUpperCase()), 'background-color-x'.replace(/-(\w)/g, (_, c) => c.toUpperCase()));
console.log('camelCaseString'.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()), '  trim  me  '.replace(/^\s+|\s+$/g, '').replace(/\s+/g, ' '));
