// Buffer latin1 (binary) decoding: every byte value is its code unit, whole and in part.
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const s = all.toString('latin1');
console.log(s.length, [...s].every((c, i) => c.charCodeAt(0) === i), all.toString('binary', 250), JSON.stringify(all.toString('latin1', 60, 70)));
console.log(JSON.stringify(Buffer.from('x').toString('latin1')), JSON.stringify(Buffer.from([0xe9]).toString('latin1')), Buffer.alloc(0).toString('latin1') === '');
console.log(Buffer.from(s, 'latin1').equals(all), s.slice(200).normalize('NFC').length, (s + 'Ā').length);
