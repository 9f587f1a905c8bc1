// ToNumber, ToString and ToBoolean for a table of inputs, as exposed by Number(), String() and Boolean().
const inputs = [['undefined', undefined], ['null', null], ['true', true], ['false', false], ["''", ''], ["' 42 '", ' 42 '], ["'0x1f'", '0x1f'],
  ["'1e3'", '1e3'], ["'abc'", 'abc'], ['[]', []], ['[7]', [7]], ["['7']", ['7']], ['[1,2]', [1, 2]], ['{}', {}], ['-0', -0], ['1n', 1n],
  ['function', function f() {}], ['new Date(0)', new Date(0)], ['/re/', /re/], ['[null]', [null]], ['[[[3]]]', [[[3]]]], ['new Boolean(false)', new Boolean(false)]];
for (const [name, v] of inputs) {
  let num;
  try { num = Number(v); } catch (e) { num = e.constructor.name; }
  const str = typeof v === 'function' ? '(function source)' : String(v);
  console.log(name.padEnd(20), String(Object.is(num, -0) ? '-0' : num).padEnd(10), JSON.stringify(str).padEnd(44), Boolean(v));
}
console.log(parseInt('  12abc'), Number('  12abc'), +'', +' ', +'\t', ~~'7.9', '7.9' | 0, '3' ** 2, '8' >> 1, '8' >>> '1');
console.log(String(123.0), String(1e21), String(-1e-7), String(0.000001), (255).toString(16), (-255).toString(2), String(2 ** 53));
console.log([1, [2, [3, [4]]]].toString(), String([, 1]), String({ toString: null, valueOf: () => 'vo' }), `${[]}`, `${[[]]}`);
