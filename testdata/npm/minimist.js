// minimist: argument parsing with booleans, strings, aliases, defaults, "--".
const parse = require('minimist');

const cases = [
  [['-a', 'beep', '-b', 'boop']],
  [['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']],
  [['--no-debug', '--name', 'kiln', '-v', '-v', '--num', '0x10', '--neg', '-3']],
  [['--flag', 'value', 'rest'], { boolean: ['flag'] }],
  [['-h', '--port', '8080', '--host', 'x'], { alias: { h: 'help', p: 'port' }, string: ['port'], default: { host: 'localhost', debug: false } }],
  [['a', '--', '-b', '--c'], { '--': true }],
  [['a', '--', '-b']],
  [['--a.b.c=5', '--a.d', 'x']],
  [['-xyz', 'v']],
  [['--stop', 'here', '--more'], { stopEarly: true }],
  [['--known', '--unknown'], { boolean: ['known'], unknown: a => { console.log('  unknown:', a); return false; } }],
  [['--str', '--other', 'val'], { string: 'str' }],
  [['-b123', '--bool=false', '--t=true'], { boolean: ['bool', 't'] }],
  [['--key', 'a', '--key', 'b', '--key', 'c']],
  [['--__proto__.x=1', '--constructor.prototype.y=2']],
];
for (const [args, opts] of cases) {
  console.log(JSON.stringify(args), JSON.stringify(parse(args, opts)));
}
console.log('polluted', ({}).x, ({}).y);
