// An import that linking cannot satisfy is a SyntaxError whose stack starts
// with the import statement's line and carets under the name, as node
// decorates it (and prints it when uncaught): named, default, ambiguous
// and CommonJS imports; a re-export has no arrow.
const path = require('path');
const { pathToFileURL } = require('url');
const dir = path.join(__dirname, '_link');
const base = pathToFileURL(dir).href;
(async () => {
  for (const f of ['named.mjs', 'default.mjs', 'ambiguous.mjs', 'from_cjs.mjs', 'reexport.mjs']) {
    try {
      await import(path.join(dir, f));
    } catch (e) {
      console.log(e.name, JSON.stringify(e.stack.split('\n').filter((l) => !l.trimStart().startsWith('at ')).join('\n').split(base).join('<dir>')));
    }
  }
})();
