export async function resolve(s, c, next) { if (s === 'bad:resolve2') return { url: 'bad:x', shortCircuit: true }; if (s === 'badret') return 5; if (s==='badurl') return {url: 5, shortCircuit: true}; return next(s, c); }
export async function load(u, c, next) { if (u === 'bad:x') return { format: 'weird', source: 'x', shortCircuit: true }; return next(u, c); }
