// yargs-parser: parsing with configuration, coercion, aliases, arrays, counts.
const parser = require('yargs-parser');

const show = (args, opts) => console.log(JSON.stringify(args), JSON.stringify(parser(args, opts)));
show(['--foo=99.3', '--bar', 'bar', '-x', '-yz', 'pos']);
show('--name kiln --no-color -v -v -v', { count: ['v'] });
show(['--port', '80', '--host', 'h'], { number: ['port'], string: ['host'], alias: { port: ['p'] } });
show(['--list', 'a', 'b', '--list', 'c'], { array: ['list'] });
show(['--date', '2020'], { coerce: { date: v => 'coerced:' + v } });
show(['--foo-bar', '1', '--bazQux', '2']);
show(['--foo-bar', '1'], { configuration: { 'camel-case-expansion': false } });
show(['--a.b.c', '1', '--a.b.d', '2']);
show(['--a.b', '1'], { configuration: { 'dot-notation': false } });
show(['x', '--', '--not-parsed', '-y'], { configuration: { 'populate--': true } });
show(['--d', 'def'], { default: { d: 'none', e: 'default-e' } });
show(['--bool', 'true', '--nb', 'false'], { boolean: ['bool', 'nb'] });
show(['-abc']);
show(['--n', '0x10', '--m', '1e3', '--s', '007']);
show(['--s', '007'], { configuration: { 'parse-numbers': false } });
show(['--unknown-x'], { configuration: { 'unknown-options-as-args': true } });
show(['--x', '1', '--x', '2'], { configuration: { 'duplicate-arguments-array': false } });
show(['-f', 'a', '-f', 'b'], { narg: { f: 1 } });
show(['--json', '{"a":1}']);
show(['--no-flag']);
const detailed = parser.detailed(['--a', '1', '--b'], { alias: { a: 'alpha' }, boolean: ['b'] });
console.log('detailed', JSON.stringify(detailed.argv), JSON.stringify(detailed.aliases), detailed.error);
console.log('camelCase', parser.camelCase('foo-bar-baz'), parser.decamelize('fooBarBaz'), parser.looksLikeNumber('1.5e3'));
