// How package.json files that are not plain JSON objects resolve: a byte
// order mark is skipped, text after the JSON and invalid JSON are errors
// naming the file (a SyntaxError for require, ERR_INVALID_PACKAGE_CONFIG for
// import), and JSON that is not an object has no fields.
const rel = (s) => String(s).split(__dirname).join('.');
for (const name of ['pj-bom', 'pj-trailing', 'pj-invalid', 'pj-array']) {
  try {
    console.log(name, '->', require(name));
  } catch (e) {
    console.log(name, 'throws', e.name, e.code, rel(e.message), rel(e.path));
  }
}
(async () => {
  for (const name of ['pj-bom', 'pj-invalid', 'pj-array']) {
    try {
      console.log('import', name, '->', (await import(name)).default);
    } catch (e) {
      console.log('import', name, 'throws', e.name, e.code, rel(e.message));
    }
  }
})();
