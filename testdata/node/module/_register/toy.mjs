// Transpiles a made-up language: .toy files become ES modules, .ctoy
// files CommonJS (format 'commonjs' with source).
export async function resolve(specifier, context, next) {
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.endsWith('.toy') || url.endsWith('.ctoy')) {
    const { source } = await next(url, { ...context, format: 'module' });
    const lines = String(source).split('\n').filter(Boolean);
    const cjs = url.endsWith('.ctoy');
    const body = lines.map((l) => {
      const [k, v] = l.split('=').map((s) => s.trim());
      return cjs ? `exports.${k} = ${JSON.stringify(v)};` : `export const ${k} = ${JSON.stringify(v)};`;
    }).join('\n');
    return { format: cjs ? 'commonjs' : 'module', source: cjs ? body : new TextEncoder().encode(body), shortCircuit: true };
  }
  return next(url, context);
}
