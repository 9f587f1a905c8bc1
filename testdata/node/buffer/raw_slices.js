// The per-encoding slice and write methods, which check loosely.
const b = Buffer.from('abcdef');
for (const f of [() => b.hexSlice(-1), () => b.hexSlice(2, 1), () => b.hexSlice(1, 100), () => b.hexSlice(NaN, 2), () => b.latin1Write('xy', -1), () => b.latin1Write('xy', 5, -1),
  () => b.latin1Write('xy', 7), () => b.utf8Write('xy', 1, 100), () => b.hexSlice('1', '3'), () => b.utf8Write(5), () => b.ucs2Slice(0, 4), () => b.base64Slice(), () => b.base64urlSlice(1, 4),
  () => b.asciiSlice(1.5, 3.9), () => [b.hexWrite('ffee', 4), b.latin1Slice()], () => b.utf8Write('€', 5), () => b.ucs2Write('z', 0, 1)]) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code, e.name, e.message); }
}
