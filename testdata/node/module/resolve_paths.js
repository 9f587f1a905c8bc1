// require.resolve with options.paths: each folder in turn, as if resolving from a module there (packages through its
// node_modules chain, relative requests against the folder), the first that finds it winning; and object URLs.
const path = require('path');
const base = path.join(__dirname, '_paths');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('tiny', { paths: [base] })));
console.log(require(require.resolve('tiny', { paths: ['/nonexistent', base] })));
console.log(rel(require.resolve('./lib/helper', { paths: [base] })));
console.log(require.resolve('fs', { paths: [base] }), require.resolve('node:path', { paths: [] }) );
for (const [req, opts] of [['tiny', { paths: ['/nonexistent'] }], ['tiny', { paths: [] }], ['tiny', { paths: 'x' }]]) {
  try {
    require.resolve(req, opts);
  } catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
  }
}
const blob = new Blob(['data']);
const url = URL.createObjectURL(blob);
const { resolveObjectURL } = require('buffer');
console.log(url.startsWith('blob:nodedata:'), url.length, resolveObjectURL(url) instanceof Blob);
resolveObjectURL(url).text().then((t) => {
  console.log(t);
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url), resolveObjectURL('blob:nodedata:nope'));
  try {
    URL.createObjectURL('x');
  } catch (e) {
    console.log(e.code, e.message);
  }
});
