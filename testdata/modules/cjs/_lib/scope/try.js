// Resolves each specifier with require.resolve and import(), from this
// package (for "imports" and the self-reference) unless given another
// module's, printing the result or the error with the fixture folder
// replaced by "<dir>".
const path = require('path');
const top = path.resolve(__dirname, '../..');
const clean = (s) => String(s).split(top).join('<dir>');
module.exports = async function tryAll(specs, req = require, imp = (s) => import(s)) {
  for (const s of specs) {
    let r, i;
    try { r = clean(req.resolve(s)); } catch (e) { r = `${e.name} ${e.code} ${clean(e.message).split('\n')[0]}${e.path ? ' path=' + clean(e.path) : ''}${e.requireStack ? ' requireStack=' + clean(e.requireStack) : ''}`; }
    try { const m = await imp(s); i = JSON.stringify(m.default); } catch (e) { i = `${e.name} ${e.code} ${clean(e.message).split('\n')[0]}`; }
    console.log(s, '\n  require:', r, '\n  import: ', i);
  }
};
