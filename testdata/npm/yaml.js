// yaml: documents with comments, anchors and block scalars, round trips,
// stringify options, Map and Set, and the errors bad input gives.
const YAML = require('yaml');
const doc = YAML.parseDocument('# c\nkey: [1, 2, {a: b}]\nanchor: &x {n: 1}\nref: *x\nmulti: |\n  line1\n  line2\ndate: 2024-01-01\n');
console.log(JSON.stringify(doc.toJS()));
console.log(String(doc));
doc.set('added', YAML.parse('[x, y]'));
doc.getIn(['anchor']).set('m', 2);
console.log(doc.toString());
console.log(YAML.stringify({ a: [1, { b: null, c: 'multi\nline' }], d: new Map([[1, 2]]), e: true, s: new Set(['p']) }));
console.log(YAML.stringify({ k: 'v', n: [1, 2] }, { indent: 4, flowCollapse: true }));
console.log(JSON.stringify(YAML.parseAllDocuments('a: 1\n---\nb: 2\n').map((d) => d.toJS())));
for (const bad of ['a: [1, 2', 'a: 1\na: 2', 'x: *missing', '\tx: 1']) {
  try {
    YAML.parse(bad);
    console.log('parsed', JSON.stringify(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
}
const warned = YAML.parseDocument('%FOO bar\n---\na: 1\n');
console.log(warned.warnings.map((w) => w.code), warned.errors.length);
