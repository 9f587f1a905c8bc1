// require.resolve.paths(request): where a request would be looked for, from this module or from createRequire's.
const path = require('path');
const { createRequire } = require('module');
const rel = (list) => list && list.map((p) => (p.startsWith(__dirname) ? path.relative(__dirname, p) || '.' : '<global>'));
const globals = require('module').globalPaths.length;
const pkg = require.resolve.paths('tiny');
console.log(rel(pkg.slice(0, 2)), pkg.length - globals === require('module')._nodeModulePaths(__dirname).length);
console.log(pkg.slice(-globals).every((p, i) => p === require('module').globalPaths[i]));
console.log(rel(require.resolve.paths('./x')), rel(require.resolve.paths('../y/z')));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:path'));
const r = createRequire(path.join(__dirname, '_paths', 'lib', 'main.js'));
console.log(rel(r.resolve.paths('./helper')), rel(r.resolve.paths('tiny').slice(0, 3)));
console.log(typeof require.resolve.paths, require.resolve.paths.name, require.resolve.paths.length);
for (const bad of [undefined, 42, {}]) {
  try {
    require.resolve.paths(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
