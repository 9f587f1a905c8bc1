export async function resolve(s, c, next) { if (s === 'bad:resolve') return { url: 'bad:x' }; return next(s, c); }
export async function load(u, c, next) { if (u === 'bad:x' || u.endsWith('e.mjs')) return { format: 'module', source: 'export default 1' }; return next(u, c); }
