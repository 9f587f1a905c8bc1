// package.json "exports" and "imports" targets, resolved as node's
// PACKAGE_TARGET_RESOLVE does for require and import: patterns, nested
// conditions, null targets, arrays of fallbacks (an invalid target passed
// over, a null one ending the search), invalid targets with their key in
// the message, a pattern match with a dot segment, a matched part that is
// percent-encoded (decoded as a URL), and a target file that is not there
// (require names it, with the package.json as err.path). require() reads
// "#x" as a package name in a package without "imports".
const tryAll = require('./_lib/scope/try.js');
(async () => {
  await tryAll([
    'exp-edge', 'exp-edge/feat/a', 'exp-edge/feat/a.x', 'exp-edge/feat/priv/z', 'exp-edge/feat/a.js',
    'exp-edge/feat/%61', 'exp-edge/feat/../feat/a', 'exp-edge/feat/%2e%2e/feat/a', 'exp-edge/feat/node_modules/a',
    'exp-edge/nested', 'exp-edge/arr', 'exp-edge/arr-missing', 'exp-edge/arr-bad', 'exp-edge/arr-null', 'exp-edge/arr-empty',
    'exp-edge/no-dot', 'exp-edge/up', 'exp-edge/nm', 'exp-edge/enc-up', 'exp-edge/number', 'exp-edge/unmatched',
    'exp-edge/dir/', 'exp-edge/dir/c.js', 'exp-edge/missing', 'exp-edge/pj', 'exp-edge/package.json', 'exp-main-bad',
  ]);
  await require('./_lib/scope/lib/run.js');
  await require('./_lib/noimports/run.js');
})();
