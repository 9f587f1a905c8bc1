// Lexical details: unicode escapes in identifiers, comments (incl. HTML-like), line terminators, ASI, regex vs divide.
var \u0061bc = 'escaped identifier';
console.log(abc);
var ünïcödé = 'unicode identifier', $ = 'dollar', _ = 'underscore', ℮ = 'other id start';
console.log(ünïcödé, $, _, ℮);
const o = { \u0069f: 'keyword-like property via escape', class: 'class', new: 'new', 'default': 'default' };
console.log(o.if, o.class, o.new, o.default);

/* block comment */ console.log('after block comment');
// Single line comment
console.log('a' /* inline */ + 'b');

x = 1 <!-- this is an HTML-like comment in sloppy scripts
console.log('html comment x', x);
--> a line starting with --> is also a comment
delete globalThis.x;

console.log('line\u2028sep'.length, eval('"a\u2028b"').length);
console.log('tab\tand\vvertical'.length, '\0'.charCodeAt(0));

// ASI: return on its own line returns undefined.
function asiReturn() {
  return
  42;
}
console.log(asiReturn());

// ASI does not apply before ( or [ : these join the previous line.
let joined = 1
let arr = [1, 2]
;[3, 4].forEach(v => arr.push(v))
console.log(arr.join(), joined)

let i = 0
i
++
i
console.log('i after newline ++', i)

const fn = function () { return 'called' }
const res = fn
()
console.log(res)

// Regex literal versus division.
const a = 10, g = 2;
console.log(a / 2 / g, a /2/ g);
console.log(/=/.test('='), '/=/'.length);
const re = [/]/, /[/]/, /\//];
console.log(re.map(r => r.source).join(' '));
console.log(typeof /x/g, 4 / /x/.source.length);

// Keywords usable as property names and contextual keywords as identifiers.
var let_ = 'let_', async = 'async is an identifier', of = 'of', get = 'get', set = 'set', yield_ = 'yield_';
console.log(async, of, get, set);
var await = 'await as identifier in scripts';
console.log(await);

// Numeric edge lexing.
console.log(1..toString(), 1 .toString(), (1).toString(), 1.5.toFixed(1), 0.0.toString());
console.log(5..constructor.name, 0x10.toString(2));

// Strings: escapes.
console.log('\x41\u0042\u{43}\103\'\"\\', '\u{1F600}'.length, 'a\
b');
console.log(JSON.stringify('\b\f\n\r\t\v\0'));

// Directive prologue: only exact 'use strict' without escapes counts.
function notDirective() { 'use\x20strict'; return this === undefined; }
function directive() { 'use strict'; return this === undefined; }
console.log(notDirective(), directive());
// A later string in the same prologue is still a directive.
function laterString() { 'other'; 'use strict'; return this === undefined; }
console.log(laterString());
