// Records what node's default resolve and load give, for the program to
// read back through a 'log:' module (a hook's own console.log comes out of
// another thread, in no fixed order).
const log = [];
const short = (u) => u.replace(/^file:.*\//, '');
export async function resolve(s, c, next) {
  if (s === 'log:') return { url: 'log:', shortCircuit: true };
  const r = await next(s, c);
  log.push(['resolve', s, short(r.url), r.format, Object.keys(r)]);
  return r;
}
export async function load(url, context, next) {
  if (url === 'log:') return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(log)}` };
  const r = await next(url, context);
  const src = r.source == null ? String(r.source) : `${r.source.constructor.name} ${r.source.length}`;
  log.push(['load', short(url), r.format, src, Object.keys(r), short(r.responseURL), context.format]);
  return r;
}
