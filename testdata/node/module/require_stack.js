// A module that is not found names the chain of modules that first required
// each other, back to the main module, as node follows module.parent (ts-jest
// under jest showed one line).
const path = require('path');
const rel = (s) => s.split(__dirname).join('.');

const b = require('./_stack/a');
for (const f of [b.load, b.later, () => require('./_stack/nope')]) {
  try {
    f();
  } catch (e) {
    console.log(e.code, rel(e.message));
    console.log(e.requireStack.map((p) => path.relative(__dirname, p)));
  }
}
// A module required again after leaving require.cache still ends its chain.
delete require.cache[require.resolve('./_stack/a')];
delete require.cache[require.resolve('./_stack/b')];
try {
  require('./_stack/b').load();
} catch (e) {
  console.log(e.requireStack.map((p) => path.relative(__dirname, p)));
}
