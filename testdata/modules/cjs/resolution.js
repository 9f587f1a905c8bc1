const tries = [
  'pkg-exports', 'pkg-exports/features/one', 'pkg-exports/features/private/x', 'pkg-exports/lib/index.cjs',
  'pkg-exports/package.json', 'pkg-main', '@scope/pkg', '@scope/pkg/package.json', 'cjs-fixtures',
  'cjs-fixtures/feature', '#x', '#y', 'no-such-pkg', './_lib/x', './_lib/none',
];
for (const id of tries) {
  try {
    const v = require(id);
    console.log(id, '=>', typeof v === 'object' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(id, '!!', e.code, e.message.split('\n')[0].replace(/\/[^ ]*testdata/g, '...'));
  }
}
import('pkg-exports')
  .then((m) => console.log('import():', m.flavour))
  .then(() => import('cjs-fixtures/feature'))
  .then((m) => console.log('import() feature:', m.default));
