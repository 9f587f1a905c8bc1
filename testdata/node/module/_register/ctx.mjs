export async function resolve(specifier, context, next) {
  if (specifier === 'probe:') return { url: 'probe:' + JSON.stringify({ specifier, keys: Object.keys(context), cond: context.conditions, parent: context.parentURL?.slice(-10), attrs: context.importAttributes }), shortCircuit: true };
  const r = await next(specifier, context);
  if (specifier.startsWith('./')) return { ...r, url: r.url };
  return r;
}
export async function load(url, context, next) {
  if (url.startsWith('probe:')) return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(url.slice(6) + JSON.stringify({keys: Object.keys(context), format: context.format, cond: context.conditions}))}` };
  const r = await next(url, context);
  return { ...r, source: r.source && (typeof r.source) + ':' + (r.source instanceof Uint8Array) + ':' + r.format };
}
