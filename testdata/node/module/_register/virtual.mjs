// A module that exists only in the hooks, and a CommonJS module whose source a hook replaces.
export async function resolve(s, c, next) {
  if (s === 'virtual') return { url: 'file:///virtual.cjs', format: 'commonjs', shortCircuit: true };
  return next(s, c);
}
export async function load(url, context, next) {
  if (url === 'file:///virtual.cjs') return { format: 'commonjs', source: 'module.exports = "virtual!"', shortCircuit: true };
  const r = await next(url, context);
  if (url.endsWith('user.cjs')) return { ...r, source: 'let v; try { v = require("virtual") } catch (e) { v = e.code } console.log("require in hooked cjs:", v)' };
  return r;
}
