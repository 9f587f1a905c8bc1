// util.parseArgs: parsing cases, then configuration errors.
const { parseArgs } = require('util');
const options = { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b', multiple: true }, v: { type: 'boolean' }, n: { type: 'string', default: 'dflt' } };
const cases = [
  [['-f', 'x', '--bar', '-bb', 'pos'], { allowPositionals: true }],
  [['--foo=1', '--foo', '2', '-fthree', '--', '--bar'], { allowPositionals: true, tokens: true }],
  [['-bv'], {}],
  [['--nope'], {}],
  [['-z'], {}],
  [['--foo'], {}],
  [['--bar=1'], {}],
  [['pos'], {}],
  [['--foo', '-b'], {}],
  [['--nope', 'x', '-q'], { strict: false }],
  [['-bfval'], {}],
  [['--no-v'], {}],
  [['--foo='], {}],
];
for (const [args, extra] of cases) {
  try { console.log(JSON.stringify(parseArgs({ args, options, ...extra }))); } catch (e) { console.log(e.code + ' ' + e.name + ': ' + e.message); }
}
const bad = [
  () => parseArgs({ args: 'x' }), () => parseArgs({ options: { a: 5 } }), () => parseArgs({ options: { a: { type: 'num' } } }),
  () => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }), () => parseArgs({ options: { a: { type: 'string', default: 5 } } }),
  () => parseArgs({ options: { a: { type: 'string', multiple: true, default: 'x' } } }), () => parseArgs({ strict: 1 }), () => parseArgs(5),
  () => parseArgs({ options: { a: { type: 'boolean', multiple: 'x' } } }),
  () => parseArgs({ args: [], options: { a: { type: 'boolean', default: true } } }),
  () => console.log(parseArgs({ args: ['-a'], options: { a: { type: 'string', multiple: true, default: ['q'] } } })),
];
for (const t of bad) { try { console.log(JSON.stringify(t())); } catch (e) { console.log(e.code + ' ' + e.name + ': ' + e.message); } }
console.log(parseArgs({args:['a'], allowPositionals: true}));

// An own default of undefined is no default (jackspeak, which glob's CLI
// uses, passes one for every option); short, multiple and default count
// only as own properties.
{
  const options = {
    cmd: { type: 'string', short: 'c', multiple: false, default: undefined },
    n: { type: 'string', multiple: true, default: undefined },
    b: { type: 'boolean', default: undefined },
    d: { type: 'string', default: 'dflt' },
  };
  console.log(parseArgs({ args: ['-c', 'x', 'pos'], options, strict: false, allowPositionals: true }));
  const inherited = Object.create({ short: 'zz', multiple: 'yes', default: 42 });
  inherited.type = 'string';
  console.log(parseArgs({ args: ['--inh', 'v'], options: { inh: inherited } }));
  for (const bad of [{ type: 'string', default: null }, { type: 'boolean', multiple: true, default: [true, 1] }]) {
    try {
      parseArgs({ args: [], options: { x: bad } });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
}
