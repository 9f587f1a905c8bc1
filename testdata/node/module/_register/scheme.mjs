let prefix = '?';
export function initialize(data) { prefix = data.prefix; }
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('greet:')) return { url: specifier, shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.startsWith('greet:')) {
    const who = url.slice(6);
    return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(prefix + ' ' + who)}; export const ctx = ${JSON.stringify(Object.keys(context).sort())};` };
  }
  return next(url, context);
}
