// JSON string escaping: control characters, quotes, lone surrogates (well-formed JSON.stringify), and non-ASCII.
const chars = [];
for (let i = 0; i < 0x20; i++) chars.push(String.fromCharCode(i));
console.log(JSON.stringify(chars.join('')));
console.log(JSON.stringify('"\\/\u007f\u0080\u00ff\u2028\u2029\ufeff\uffff'));
console.log(JSON.stringify('\ud800'), JSON.stringify('\udfff'), JSON.stringify('\ud800\udc00'), JSON.stringify('a\udc00\ud800b'));
console.log(JSON.stringify({ '\n': 1, 'ключ': 'значение', '😀': '\u{1F600}' }));
console.log(JSON.parse('"\\u00e9\\u20ac\\ud83d\\ude00"'), JSON.parse('"\\/"'), JSON.parse('"é€😀"'));
// Round trips.
const tricky = ['\u0000', '\ud83d', 'tab\there', 'quote"s', 'back\\slash', '\u2028', 'mixed \ud800 and \ud83d\ude00'];
console.log(tricky.every((s) => JSON.parse(JSON.stringify(s)) === s));
// Stringified length versus code units.
console.log(JSON.stringify('\u0001').length, JSON.stringify('\ud800').length, JSON.stringify('😀').length);
