// String statics: raw, fromCharCode, fromCodePoint; and the Annex B HTML methods and escape/unescape.
console.log(String.raw`a\nb${1 + 1}\t`, String.raw`\u{zz}`, String.raw({ raw: ['a', 'b', 'c'] }, 0), String.raw({ raw: [] }, 1));
console.log(JSON.stringify(String.raw({ raw: { length: 2, 0: 'x', 1: 'y' } }, 'S', 'T')));
try {
  String.raw({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(String.fromCharCode(), String.fromCharCode(72, 105), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(0x10041));
console.log(String.fromCodePoint(), String.fromCodePoint(72, 0x1f600, 105));

console.log('x'.anchor('a"b'), 'x'.big(), 'x'.blink(), 'x'.bold(), 'x'.fixed(), 'x'.fontcolor('red'));
console.log('x'.fontsize(7), 'x'.italics(), 'x'.link('u'), 'x'.small(), 'x'.strike(), 'x'.sub(), 'x'.sup());

console.log(escape('a b+c/ü😀@*_-.'), unescape('%u00FC%20%zz'), unescape(escape('ü😀')) === 'ü😀');
console.log(encodeURI('http://x.y/a b?q=1&r=ü#h'), encodeURIComponent('a b&c=d/é'));
console.log(decodeURI('%41%2F%20'), decodeURIComponent('%41%2F%20'));
try {
  decodeURIComponent('%');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyNames(String).sort().join());
console.log(Object.getOwnPropertyNames(String.prototype).sort().join());
