// js-yaml: load/dump, schemas, multi-documents, errors.
const yaml = require('js-yaml');

const show = (label, v) => console.log(label, JSON.stringify(v));
const doc = `
name: kiln
version: 1.0
tags: [js, go, "quoted: yes"]
nested:
  list:
    - a: 1
      b: true
    - ~
  multi: |
    line one
    line two
  folded: >
    folded
    text
anchors:
  base: &base { x: 1, y: 2 }
  derived:
    <<: *base
    y: 3
octal: 0o14
hex: 0xff
float: 1.5e3
inf: .inf
date: 2001-12-14
`;
const loaded = yaml.load(doc);
show('load', { ...loaded, date: undefined });
show('date', loaded.date instanceof Date ? loaded.date.toISOString() : loaded.date);
show('json schema', yaml.load('a: 2001-12-14\nb: yes\nc: 0o14', { schema: yaml.JSON_SCHEMA }));
show('failsafe', yaml.load('a: 1\nb: true', { schema: yaml.FAILSAFE_SCHEMA }));
show('loadAll', yaml.loadAll('---\na: 1\n---\nb: 2\n...\n'));
const items = [];
yaml.loadAll('--- 1\n--- two\n', d => items.push(d));
show('loadAll iterator', items);
console.log('dump:\n' + yaml.dump({ a: 1, b: 'str', c: [1, 'two', { three: 3 }], d: null, e: 'multi\nline\n', f: '123', g: true, h: '' }));
console.log('dump flow:\n' + yaml.dump({ a: [1, 2], b: { c: 'd' } }, { flowLevel: 1 }));
console.log('dump sorted:\n' + yaml.dump({ z: 1, a: 2, m: { y: 1, b: 2 } }, { sortKeys: true, indent: 4 }));
console.log('dump lineWidth:\n' + yaml.dump({ long: 'word '.repeat(20).trim() }, { lineWidth: 30 }));
console.log('dump quoting:\n' + yaml.dump({ s1: 'yes', s2: 'null', s3: ': colon', s4: '#hash', s5: 'ünï' }, { quotingType: '"' }));
const Point = new yaml.Type('!point', {
  kind: 'sequence',
  resolve: d => Array.isArray(d) && d.length === 2,
  construct: d => ({ x: d[0], y: d[1] }),
  instanceOf: Object,
  represent: p => [p.x, p.y],
});
const schema = yaml.DEFAULT_SCHEMA.extend([Point]);
show('custom type', yaml.load('p: !point [1, 2]', { schema }));
for (const bad of ['a: [1, 2', 'key: value\n  bad indent: x', '!unknown x', 'a: 1\na: 2']) {
  try {
    show('no error', yaml.load(bad));
  } catch (e) {
    console.log('error', e.name, JSON.stringify(e.reason), e.mark && [e.mark.line, e.mark.column]);
    console.log(e.message);
  }
}
try {
  yaml.dump({ f() {} });
} catch (e) {
  console.log('dump error', e.name, e.reason);
}
console.log('skipInvalid', JSON.stringify(yaml.dump({ f() {}, a: 1 }, { skipInvalid: true })));
