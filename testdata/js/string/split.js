// String.prototype.split with strings, limits, regexes (captures, empty matches, sticky/unicode), and separators with Symbol.split.
console.log(JSON.stringify('a,b,,c'.split(',')));
console.log(JSON.stringify('a,b,c'.split(',', 2)), JSON.stringify('a,b,c'.split(',', 0)), JSON.stringify('a,b,c'.split(',', -1)));
console.log(JSON.stringify('abc'.split('')), JSON.stringify(''.split('')), JSON.stringify(''.split(',')), JSON.stringify('abc'.split()));
console.log(JSON.stringify('abc'.split(undefined)), JSON.stringify('a1b'.split(1)), JSON.stringify('anullb'.split(null)));
console.log(JSON.stringify(',a,'.split(',')), JSON.stringify('aXXbXXc'.split('XX')));

console.log(JSON.stringify('a1b22c333d'.split(/\d+/)));
console.log(JSON.stringify('a1b2c'.split(/(\d)/)));
console.log(JSON.stringify('a1b2c'.split(/(\d)(x)?/)));
console.log(JSON.stringify('abc'.split(/(?:)/)));
console.log(JSON.stringify('abc'.split(/b*/)));
console.log(JSON.stringify('abc'.split(/(b)*/)));
console.log(JSON.stringify(''.split(/x/)), JSON.stringify(''.split(/(?:)/)));
console.log(JSON.stringify('A<B>bold</B>and<CODE>coded</CODE>'.split(/<(\/)?([^<>]+)>/)));
console.log(JSON.stringify('one  two\tthree\nfour'.split(/\s+/)));
console.log(JSON.stringify('a😀b'.split('')), JSON.stringify('a😀b'.split(/(?:)/u)));
console.log(JSON.stringify('test'.split(/t/y)), JSON.stringify('a,b'.split(/,/g)));
console.log(JSON.stringify('1-2-3'.split(/-/, 2)));

// Separator objects with Symbol.split are called.
const custom = { [Symbol.split](str, limit) { return ['custom', str, limit]; } };
console.log(JSON.stringify('xyz'.split(custom, 7)));

// Limit conversion: ToUint32.
console.log('a,b,c'.split(',', 2 ** 32 + 1).length, 'a,b,c'.split(',', '1').length);

// Case-insensitive split and lastIndex untouched.
const re = /X/gi;
re.lastIndex = 3;
console.log(JSON.stringify('axbXc'.split(re)), re.lastIndex);
