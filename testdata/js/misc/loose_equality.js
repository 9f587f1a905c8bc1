// The == algorithm over a matrix of values, next to === and Object.is (printed as rows of 1/0).
const values = [
  ['undefined', undefined], ['null', null], ['true', true], ['false', false], ['0', 0], ['-0', -0], ['1', 1], ['NaN', NaN],
  ["''", ''], ["'0'", '0'], ["'1'", '1'], ["' '", ' '], ["'a'", 'a'], ['[]', []], ['[0]', [0]], ['[1]', [1]], ['[[]]', [[]]],
  ['{}', {}], ['0n', 0n], ['1n', 1n], ['Infinity', Infinity], ["'Infinity'", 'Infinity'], ['new Number(0)', new Number(0)], ["new String('')", new String('')],
];
const header = values.map((_, i) => String(i % 10)).join('');
console.log('== matrix'.padEnd(18), header);
values.forEach(([name, a], i) => {
  console.log(`${String(i).padStart(2)} ${name}`.padEnd(18), values.map(([, b]) => (a == b ? '1' : '0')).join(''));
});
console.log('=== diagonal', values.map(([, v]) => (v === v ? '1' : '0')).join(''));
console.log('Object.is diag', values.map(([, v]) => (Object.is(v, v) ? '1' : '0')).join(''));
console.log(null == false, undefined == 0, null == 0, '' == 0, '0' == false, [] == false, [] == ![], [0] == false, '\n' == 0, [null] == '', [undefined] == 0);
const sym = Symbol('s');
console.log(sym == sym, sym == Object(sym), Object(sym) == Object(sym), 1n == 1, 1n == '1', 2n == true, 9007199254740993n == 9007199254740992);
