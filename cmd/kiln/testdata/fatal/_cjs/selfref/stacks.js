// require() of a self-reference and of "imports" keys that resolve to nothing.
const show = (e) => console.log(e.stack.replaceAll(__dirname, '<pkg>').split('\n').slice(0, 8).join('\n'));
for (const spec of ['kiln-selfcjs/y', '#gone', '#never']) {
  try { require(spec); } catch (e) { show(e); }
}
