// ini: parse and encode, sections, arrays, escaping.
const ini = require('ini');

const text = `; comment
# another comment
scope = global
empty =
quoted = "  spaced  "
num = 42
bool = true

[database]
user = dbuser
password = "p;a#ss"
database = use_this_database

[paths.default]
datadir = /var/lib/data
array[] = first value
array[] = second value

[a\\.b]
dotted = yes
`;
const config = ini.parse(text);
console.log('parse', JSON.stringify(config));
console.log('types', typeof config.num, typeof config.bool);
config.scope = 'local';
config.database.database = 'use_another_database';
config.paths.default.tmpdir = '/tmp';
delete config.paths.default.datadir;
config.paths.default.array.push('fourth value');
console.log('encode:\n' + ini.stringify(config, { section: 'section' }));
console.log('encode whitespace:\n' + ini.encode({ a: 1, s: { b: 2 } }, { whitespace: true }));
console.log('encode align:\n' + ini.encode({ a: 1, longer: 2 }, { align: true }));
console.log('encode sort:\n' + ini.encode({ z: 1, a: 2 }, { sort: true }));
console.log('safe', JSON.stringify([ini.safe('a;b'), ini.safe('"q"'), ini.safe('plain'), ini.safe(' padded ')]));
console.log('unsafe', JSON.stringify([ini.unsafe('"a;b"'), ini.unsafe('x \\; y'), ini.unsafe('v ; comment')]));
console.log('decode bracketedArray false', JSON.stringify(ini.decode('a=1\na=2\n', { bracketedArray: false })));
console.log('proto', JSON.stringify(ini.parse('__proto__ = 1\n[__proto__]\nx=1\n')), ({}).x);
