// module.SourceMap as node answers: findEntry (the last mapping at or
// before a position; one-field mappings; names; the last segment's name
// read past the end of the string), findOrigin, payload copies, lineLengths,
// index maps' sections; and module.findSourceMap, which has the map of a
// module loaded while source maps are on (lib/srcmap is tsc's output for
// lib.ts), with its sources made URLs.
const { SourceMap, findSourceMap } = require('module');
const path = require('path');

const payload = {
  version: 3, file: 'out.js', sourceRoot: 'src/', sources: ['a.ts', 'b.ts'], names: ['foo', 'bar'],
  mappings: 'AAAA,SAASA;AACT,IAAIC,GAAG;;ACFP',
};
const sm = new SourceMap(payload);
console.log(Object.keys(sm), sm.payload === payload, sm.payload === sm.payload, JSON.stringify(sm.payload));
console.log(sm.lineLengths, new SourceMap(payload, { lineLengths: [10, 20] }).lineLengths);
for (const [l, c] of [[0, 0], [0, 5], [0, 9], [0, 50], [1, 0], [1, 3], [1, 4], [1, 8], [2, 0], [3, 0], [3, 7], [10, 10],
  [-1, 0]]) {
  console.log('findEntry', l, c, JSON.stringify(sm.findEntry(l, c)));
}
for (const [l, c] of [[1, 1], [1, 10], [2, 5], [3, 1], [4, 1], [4, 9], [0, 0]]) {
  console.log('findOrigin', l, c, JSON.stringify(sm.findOrigin(l, c)));
}
console.log(Object.keys(sm.findEntry(0, 0)));

const one = new SourceMap({ version: 3, sources: ['a.js'], names: ['n'], mappings: 'AAAA,E;;GACEA,C,IAAC' });
for (const [l, c] of [[0, 1], [0, 2], [0, 3], [2, 0], [2, 3], [2, 4], [2, 8], [2, 9]]) {
  console.log('one-field', l, c, JSON.stringify(one.findEntry(l, c)));
}
console.log(JSON.stringify(one.findOrigin(3, 1)));
const lines = new SourceMap({ version: 3, sources: ['a.js'], names: [], mappings: 'AAAA;;AAAA' });
console.log(JSON.stringify(lines.findOrigin(2, 5)), JSON.stringify(lines.findOrigin(3, 2)));

const index = new SourceMap({
  version: 3,
  sections: [
    { offset: { line: 0, column: 0 }, map: { version: 3, sources: ['x.js'], names: [], mappings: 'AAAA' } },
    { offset: { line: 5, column: 2 }, map: { version: 3, sources: ['y.js'], names: [], mappings: 'AACA' } },
  ],
});
console.log(JSON.stringify(index.findEntry(0, 0)), JSON.stringify(index.findEntry(5, 3)),
  JSON.stringify(index.findEntry(6, 0)));
try {
  new SourceMap(null);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

console.log(findSourceMap(__filename), findSourceMap('/no/such/file.js'));
process.setSourceMapsEnabled(true);
const lib = path.join(__dirname, 'lib', 'srcmap', 'lib.js');
require(lib);
const found = findSourceMap(lib);
const payloadOf = found.payload;
console.log(found.constructor === SourceMap, found === findSourceMap(require('url').pathToFileURL(lib).href));
console.log(payloadOf.sources.map((s) => path.relative(__dirname, new URL(s).pathname)), payloadOf.sourceRoot);
console.log(found.lineLengths);
const entry = found.findEntry(3, 4);
console.log(path.relative(__dirname, new URL(entry.originalSource).pathname), entry.originalLine, entry.originalColumn);
