// Two hooks in a chain: each load appends a line to the modules it sees.
let tag;
export function initialize(data) { tag = data.tag; }
export async function load(url, context, next) {
  const r = await next(url, context);
  if (!url.includes('chained')) return r;
  return { ...r, source: `${r.source}\nglobalThis.order ??= []; globalThis.order.push(${JSON.stringify(tag)});` };
}
