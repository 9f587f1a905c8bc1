// StringToNumber grammar used by Number(), unary plus, comparisons and arithmetic.
const cases = ['0', '-0', '+0', '00', '007', '0.', '.0', '.', '+', '-', '1.2.3', '1e5', '1E5', '1e-5', '1e+5', '-1e-5', '1e', 'e1',
  '0x10', '0X10', '-0x10', '0x', '0xg', '0b101', '0B101', '0b2', '0o17', '0O17', '0o8', '0.1e1', '  \t\n12\r\n', '1 2', '1,000',
  'Infinity', '+Infinity', 'infinity', 'NaN', '1n', '١', '\u3000 5 \u3000', '5\u0000', '1e1000', '-1e1000', '1e-400', '0.0000001',
  '123456789012345678901234567890', '9007199254740993', '0.1000000000000000055511151231257827', '2.2250738585072011e-308'];
for (const s of cases) {
  const v = +s;
  console.log(JSON.stringify(s).padEnd(40), Object.is(v, -0) ? '-0' : String(v));
}
// Comparisons convert strings to numbers when the other side is a number.
console.log('10' > 9, '10' > '9', '0x10' == 16, '' == 0, ' ' == 0, '\n' == 0, '1e3' == 1000, 'Infinity' == Infinity, 'NaN' == NaN);
// Arithmetic with strings.
console.log('3' - '1', '3' * '4', '8' / '2', '7' % '4', '2' ** '3', '5' - '', '5' - ' ', '5' - 'x', -'0x10', +'1_0');
