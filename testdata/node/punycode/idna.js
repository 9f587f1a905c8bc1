// punycode's Bootstring and IDNA helpers, with its errors.
const p = require('punycode');
console.log(p.version, Object.keys(p).join(' '), Object.keys(p.ucs2).join(' '));
for (const s of ['mañana', 'bücher', 'München-Ost', '日本語', 'ü', 'abc', '', 'ελληνικά', '😀smile', 'a-b-c-ü']) {
  const e = p.encode(s);
  console.log(JSON.stringify(s), e, p.decode(e) === s);
}
for (const d of ['mañana.com', 'bücher.example', 'user@bücher.de', '日本語。jp', 'already.ascii', 'xn--ls8h.la']) {
  const a = p.toASCII(d);
  console.log(d, a, p.toUnicode(a));
}
console.log(p.toUnicode('XN--MAANA-PTA.com'));
console.log(p.ucs2.decode('a😀\ud800b'), p.ucs2.encode([97, 128512, 98]));
for (const bad of ['ü', 'abc-9999999999', 'a-*']) {
  try {
    console.log(p.decode(bad));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
