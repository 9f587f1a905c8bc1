// A hooks module given as a data: URL (as ts-node's --import recipe
// registers its hooks), and the default load of a data: URL in a chain.
import { register } from 'node:module';
const hooks = `
export async function resolve(s, c, next) {
  if (s === 'answer:') return { url: 'data:text/javascript,export default 42', shortCircuit: true };
  return next(s, c);
}
export async function load(url, c, next) {
  const r = await next(url, c);
  return url.startsWith('data:') ? { ...r, source: r.format + ' ' + r.source.constructor.name === 'module Buffer' ? String(r.source) + '; export const seen = true' : r.source } : r;
}`;
register('data:text/javascript,' + encodeURIComponent(hooks));
console.log(await import('answer:'));
console.log(await import('data:application/json,[1,2]', { with: { type: 'json' } }));
