// JSON.parse rejects everything outside the JSON grammar with a SyntaxError; messages as V8 prints them.
const bad = ['', ' ', '{', '}', '[1,]', '{"a":1,}', "{'a':1}", '{a:1}', '[1 2]', '01', '1.', '.5', '+1', '0x10', 'NaN', 'Infinity', '-',
  'undefined', 'tru', 'nul', '"abc', '"\\x41"', '"\\u12"', '"a\nb"', '"\t"', '[1]]', '{"a" 1}', '{"a":}', '// c\n1', '1 2', '"\\a"',
  '\u00a01', '\ufeff1', '[,1]', '{"a":1 "b":2}', '1e', '1e+', '-01', 'True'];
for (const t of bad) {
  try {
    JSON.parse(t);
    console.log('accepted', JSON.stringify(t));
  } catch (e) {
    console.log(JSON.stringify(t).padEnd(16), e.constructor.name, e.message);
  }
}
try {
  JSON.parse(undefined);
} catch (e) {
  console.log('undefined:', e.constructor.name, e.message);
}
try {
  JSON.parse(Symbol());
} catch (e) {
  console.log('symbol:', e.constructor.name, e.message);
}
try {
  JSON.parse('{"a":1}', null);
  console.log('null reviver is ignored');
} catch (e) {
  console.log(e.constructor.name);
}
