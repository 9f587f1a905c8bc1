// parseInt and parseFloat: prefixes, radix rules, whitespace, partial parses, and precision.
const intCases = [['42'], ['  42  '], ['42px'], ['-42'], ['+42'], ['0x1A'], ['0X1a'], ['-0x1A'], ['0x'], ['1e3'], ['3.99'], ['0.0000005'],
  [''], ['abc'], ['\n\t 7'], ['\u00a09'], ['\u20007'], ['0b101'], ['0o17'], ['017'], ['08'], ['Infinity'], ['-0'], ['9007199254740993'],
  ['123456789012345678901234567890'], ['10', 2], ['ff', 16], ['0xff', 16], ['0xff', 10], ['z', 36], ['Z', 36], ['10', 37], ['10', 1],
  ['10', 0], ['10', undefined], ['10', '16'], ['10', 16.9], ['10', -1], ['11', 4294967298], ['  -ff', 16], ['1_000']];
for (const args of intCases) {
  const v = parseInt(...args);
  console.log(`parseInt(${args.map((a) => JSON.stringify(a)).join(', ')}) =`, Object.is(v, -0) ? '-0' : v);
}
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null, 36), parseInt(undefined, 36), parseInt({ toString: () => '77' }));

const floatCases = ['3.14', '  3.14abc', '.5', '-.5', '5.', '1e3', '1e', '1e+', '1.5e-3x', 'Infinity', '-Infinityx', 'infinity', '0x10',
  '', '-', '.', '+.1', '1.7976931348623159e308', '5e-325', '2.4703282292062328e-324', '0.1e1_0', '١٢', '-0', '00012', '1e1000', '  \n -7.25e+2 '];
for (const s of floatCases) {
  const v = parseFloat(s);
  console.log(`parseFloat(${JSON.stringify(s)}) =`, Object.is(v, -0) ? '-0' : v);
}
console.log(parseFloat([1.5, 2]), parseFloat({ toString: () => '2.5' }), parseFloat(true));

// Number() is stricter than parseFloat.
for (const s of ['12px', ' 12 ', '', ' ', '0x10', '0b11', '0o7', '1e3', '.5', '5.', '+5', '-0x10', 'Infinity', '-Infinity', '+Infinity', 'INFINITY', '1__0', '\u00a012\ufeff', '12\u200b']) {
  const v = Number(s);
  console.log(`Number(${JSON.stringify(s)}) =`, Object.is(v, -0) ? '-0' : v);
}
