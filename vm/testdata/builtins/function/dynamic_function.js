// The Function constructors parse parameters and body separately: text in
// one cannot close the function and run other code.
const cases = [
  ['a){', 'return 1'],
  ['', '}); (function(){'],
  ['/*', '*/ return 1'],
  ['a) {}, function(b', ''],
  ['a', '}'],
  ['a', '"use strict"; with ({}) {}'],
  ['a // comment', 'return a'],
  ['a, b = 2, ...c', 'return [a, b, c.length].join()'],
  ['', 'return 1 // trailing'],
];
for (const [params, body] of cases) {
  try {
    const f = new Function(params, body);
    console.log('ok', JSON.stringify(params), f('x'));
  } catch (e) {
    console.log(e.name, JSON.stringify(params), JSON.stringify(body));
  }
}
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
try {
  new GeneratorFunction('', '}); (function*(){');
} catch (e) {
  console.log('generator', e.name);
}
console.log([...new GeneratorFunction('yield 1; yield 2')()].join());
