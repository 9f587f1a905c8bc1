// A .js file in a package without "type" that fails to compile as CommonJS
// on module syntax is loaded as an ES module (node's syntax detection, on by
// default since v20.19), so a broken one throws its error as a module, and
// neither require nor import warns "To load an ES module".
// (Node's MODULE_TYPELESS_PACKAGE_JSON warning on import of such a file,
// which Kiln does not give yet, is left out of this fixture's output.)
process.on('warning', (w) => {
  if (w.code !== 'MODULE_TYPELESS_PACKAGE_JSON') console.log('warning:', w.message);
});

for (const f of ['./_lib/detect-typeof.js', './_lib/detect-broken.js', './_lib/detect-ok.js', './_lib/detect-cjs.js']) {
  try {
    const m = require(f);
    console.log(f, 'loaded', m.answer);
  } catch (e) {
    console.log(f, e.name, e.message);
  }
}

(async () => {
  for (const f of ['./_lib/detect-typeof.js', './_lib/detect-cjs.js']) {
    try {
      await import(f);
    } catch (e) {
      console.log('import', f, e.name, e.message);
    }
  }
  setImmediate(() => console.log('done'));
})();
