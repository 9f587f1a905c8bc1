// TypeErrors for destructuring null or undefined name the first property
// and the value's source text, as V8's do.
const cases = [
  'const {a} = null',
  'let o; const {a} = o',
  'let o = {}; const {a} = o.p',
  'const {} = null',
  'const {["k" + 1]: a} = null',
  'const {...rest} = undefined',
  'let x; ({a: x} = undefined)',
  'function f({a}) {} f()',
  'const {a: {b}} = {}',
  'const {a} = {a: 1}; if (a !== 1) throw new Error("bad value")',
];
for (const src of cases) {
  try {
    eval(src);
    console.log('ok', src);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
