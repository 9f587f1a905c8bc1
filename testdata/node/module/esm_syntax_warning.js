// A CommonJS module that fails to compile on ES module syntax (import,
// export, import.meta) gets node's "To load an ES module" warning, at once,
// before the SyntaxError is thrown; another SyntaxError gets none.
process.on('warning', (w) => console.log('  warning:', w.name, w.message));
for (const name of ['export', 'import', 'meta', 'other']) {
  try {
    require(`./lib/esm_in_cjs/${name}.js`);
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
