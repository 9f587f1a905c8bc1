// String.prototype.normalize in all four forms, and errors for bad forms.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join(' ');
const samples = ['é', 'e\u0301', 'ﬁ', 'Å', '\u212b', '①', 'ẛ\u0323', '한', '\u1100\u1161\u11a8', 'x\u0308\u0301', 'ｶ'];
for (const s of samples) {
  console.log(hex(s).padEnd(16), '| NFC', hex(s.normalize('NFC')).padEnd(16), '| NFD', hex(s.normalize('NFD')).padEnd(20), '| NFKC', hex(s.normalize('NFKC')).padEnd(14), '| NFKD', hex(s.normalize('NFKD')));
}
console.log('e\u0301'.normalize() === 'é', 'é'.normalize('NFD').length);
console.log('a\u0323\u0307'.normalize('NFC') === 'a\u0307\u0323'.normalize('NFC'));
for (const form of ['nfc', 'NFX', '']) {
  try {
    'x'.normalize(form);
    console.log('accepted', JSON.stringify(form));
  } catch (e) {
    console.log(JSON.stringify(form), e.constructor.name, e.message);
  }
}
console.log('abc'.normalize(undefined), JSON.stringify(''.normalize('NFKD')));
