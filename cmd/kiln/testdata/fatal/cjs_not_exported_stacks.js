// require() of subpaths a package's "exports" does not give (no key, a null
// target, a null pattern target, no main), then a package's own requests.
const show = (e) => console.log(e.stack.replaceAll(__dirname, '<dir>').split('\n').slice(0, 10).join('\n'));
for (const spec of ['kiln-exports/b', 'kiln-exports/hidden', 'kiln-exports/private/x', 'kiln-exports']) {
  try { require(spec); } catch (e) { show(e); }
}
require('./_cjs/selfref/stacks.js');
