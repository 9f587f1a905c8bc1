// Unicode mode: surrogate pairs, \u{...}, property escapes, case folding, and stricter syntax.
console.log('😀'.match(/./gu).length, '😀'.match(/./g).length, /^[😀]$/u.test('😀'), /^[😀]$/.test('😀'));
console.log(/\ud83d/.test('😀'), /\ud83d/u.test('😀'), /^\S$/u.test('😀'), /^\S$/.test('😀'));
console.log(/[\u{1F600}-\u{1F64F}]/u.test('🙂'), '😀😁'.replace(/[😀]/gu, 'x'));
// Property escapes.
console.log(/\p{L}+/u.exec('123abcÄ€')[0], /\p{Lu}/u.test('a'), /\p{Script=Greek}/u.test('α'), /\P{ASCII}/u.exec('abcé')[0]);
console.log(/^\p{Emoji_Presentation}$/u.test('😀'), /\p{Nd}/u.test('٣'), /\p{White_Space}/u.test('\u3000'), /\p{Any}/u.test('\ud800'));
console.log(JSON.stringify('Ünïcödé wörds ok'.match(/\p{Letter}+/gu)));
try {
  new RegExp('\\p{NotAProperty}', 'u');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(/\p{L}/.test('p{L}'));
// Case folding under /iu uses simple case folding.
console.log(/\u212a/iu.test('K'), /ſ/iu.test('s'), /ſ/i.test('s'), /[a-z]/iu.test('\u212a'), /ß/iu.test('SS'));
// Strict syntax in unicode mode.
for (const src of ['\\-', '{', 'a{', '\\c', '[\\d-z]', '\\u{110000}', '(?<a>x)\\k<b>', ']', '\\8']) {
  let loose, strict;
  try { new RegExp(src); loose = 'ok'; } catch (e) { loose = e.constructor.name; }
  try { new RegExp(src, 'u'); strict = 'ok'; } catch (e) { strict = e.constructor.name; }
  console.log(JSON.stringify(src).padEnd(16), 'without u:', loose.padEnd(12), 'with u:', strict);
}
// \w and \b are ASCII-only even with u (unless i+u with special cases).
console.log(/\w/u.test('é'), /\bé/u.test(' é'), /\w/iu.test('\u017f'), /\W/iu.test('\u017f'));
// Surrogate pair escapes.
console.log(/\ud83d\ude00/u.test('😀'), /^[\ud83d\ude00]$/u.test('😀'), /^[\ud83d\ude00]$/.test('😀'));
// String index of matches under u is still in code units.
console.log('a😀b'.search(/b/u), /b/u.exec('😀b').index);
