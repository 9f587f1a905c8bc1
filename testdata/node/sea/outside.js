// node:sea in a process that is not a single executable: isSea() is
// false and every getter throws, after checking its arguments.
const sea = require('node:sea');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message, String(e));
  }
};

show('exports', () => Object.keys(sea));
show('lengths', () => [sea.isSea.length, sea.getAsset.length, sea.getAssetAsBlob.length, sea.getRawAsset.length]);
show('isSea', () => sea.isSea());
show('getAsset', () => sea.getAsset('a'));
show('getAsset utf8', () => sea.getAsset('a', 'utf8'));
show('getAssetAsBlob', () => sea.getAssetAsBlob('a'));
show('getRawAsset', () => sea.getRawAsset('a'));
show('key checked first', () => sea.getRawAsset(1));
show('encoding checked first', () => sea.getAsset('a', 1));
show('bad encoding name after the check', () => sea.getAsset('a', 'bogus'));
try {
  require('sea');
} catch (e) {
  console.log('only with node:', e.code);
}
show('isBuiltin', () => [require('module').isBuiltin('sea'), require('module').isBuiltin('node:sea')]);
show('not listed', () => require('module').builtinModules.includes('sea'));
import('node:sea').then((m) => show('import', () => [Object.keys(m).sort(), m.default === sea]));
