// A CommonJS module is named by its real path: a package reached through two symbolic links is one module, and
// a linked package finds its dependencies beside its real folder (npm link, pnpm's store), as in node.
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-symlink-')));
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
  fs.writeFileSync(path.join(tmp, rel), text);
};
write('store/pkg/node_modules/dep/index.js', "module.exports = 'dep beside the real folder';\n");
write('store/pkg/index.js', "exports.file = __filename; exports.dep = require('dep'); exports.count = (exports.count || 0) + 1;\n");
write('app/main.js', "module.exports = require('linked');\n");
fs.mkdirSync(path.join(tmp, 'app/node_modules'));
fs.symlinkSync(path.join(tmp, 'store/pkg'), path.join(tmp, 'app/node_modules/linked'));
fs.symlinkSync(path.join(tmp, 'store/pkg'), path.join(tmp, 'other'));
fs.symlinkSync(path.join(tmp, 'app/main.js'), path.join(tmp, 'main-link.js'));
const rel = (p) => path.relative(tmp, p);
try {
  const viaApp = require(path.join(tmp, 'app/main.js'));
  const viaOther = require(path.join(tmp, 'other'));
  console.log(rel(viaApp.file), viaApp.dep, viaApp === viaOther);
  console.log(rel(require.resolve(path.join(tmp, 'other/index.js'))), rel(require.resolve(path.join(tmp, 'main-link.js'))));
  console.log(Object.keys(require.cache).filter((f) => f.startsWith(tmp)).map(rel).sort());
  const { createRequire } = require('module');
  console.log(rel(createRequire(path.join(tmp, 'app/main.js')).resolve('linked')));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
