// UTF-16 semantics: surrogate pairs, code points, lone surrogates, isWellFormed/toWellFormed, iteration.
const smile = '😀';
console.log(smile.length, smile.charCodeAt(0).toString(16), smile.charCodeAt(1).toString(16), smile.codePointAt(0).toString(16), smile.codePointAt(1).toString(16));
console.log([...'a😀b'].length, Array.from('a😀b').map(c => c.length).join(), 'a😀b'.split('').length);
console.log(String.fromCodePoint(0x1f600) === smile, String.fromCharCode(0xd83d, 0xde00) === smile, String.fromCharCode(0x1f600).charCodeAt(0).toString(16));
console.log(String.fromCodePoint(65, 0x10ffff).length, String.fromCharCode(65.9, '66', 65536 + 67));
for (const bad of [-1, 0x110000, 1.5, NaN, 'x']) {
  try {
    String.fromCodePoint(bad);
  } catch (e) {
    console.log(String(bad), e.constructor.name, e.message);
  }
}
console.log(smile.at(0) === '\ud83d', smile.slice(0, 1).length, smile.substring(1).charCodeAt(0).toString(16));
console.log('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'.length, [...'\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'].length);

// Lone surrogates.
const lone = 'a\ud800b';
const loneTrail = '\udc00x';
console.log(lone.isWellFormed(), loneTrail.isWellFormed(), smile.isWellFormed(), ''.isWellFormed());
console.log(lone.toWellFormed().charCodeAt(1).toString(16), loneTrail.toWellFormed().codePointAt(0).toString(16), smile.toWellFormed() === smile);
console.log('\ud83d\ude00\ud83d'.toWellFormed().length, [...'\ud83d\ude00\ud83d'].length);
console.log(JSON.stringify('\ud800'), JSON.stringify('\udc00\ud800'), JSON.stringify(smile));
console.log(encodeURIComponent(smile), (() => { try { return encodeURIComponent('\ud800'); } catch (e) { return e.constructor.name + ': ' + e.message; } })());
console.log(decodeURIComponent('%F0%9F%98%80') === smile, (() => { try { return decodeURIComponent('%E0%A4%A'); } catch (e) { return e.constructor.name + ': ' + e.message; } })());

// codePointAt at a trailing surrogate returns the unit; at a pair's start returns the full point.
console.log('\ud800\udc00'.codePointAt(0), '\ud800\udc00'.codePointAt(1), '\ud800'.codePointAt(0), 'x'.codePointAt(5));

// Comparison is by UTF-16 code units, not code points.
console.log('\uffff' < '😀', '\uffff'.codePointAt(0) < '😀'.codePointAt(0));

// Escapes in literals.
console.log('\u{61}\u0062\x63', '\u{0000000061}', '\u{10FFFF}'.length);

// Combining characters are separate code points.
const combined = 'e\u0301';
console.log(combined.length, [...combined].length, combined === 'é', combined.normalize() === 'é');

// Iterator objects.
const it = 'a😀'[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), Object.prototype.toString.call(it));

// Unicode-aware reverse.
console.log([...'ab😀c'].reverse().join(''));

// Raw code unit access.
console.log(Array.from('😀x', (c) => c.codePointAt(0).toString(16)).join(' '));
console.log('Ab'.localeCompare('ab') !== 0, 'a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
