// A hook that transpiles a made-up extension to an ES module (source as bytes) and to CommonJS (format 'commonjs' with source).
import { register } from 'node:module';
register('./_register/toy.mjs', import.meta.url);
const a = await import('./_register/a.toy');
console.log(a.name, a.color, Object.keys(a));
const b = await import('./_register/b.ctoy');
console.log(b.default, b.kind);
const x = await import('./_register/x.cjs');
console.log(x.default);
const j = await import('./_register/d.json', { with: { type: 'json' } });
console.log(j.default);
try { await import('./_register/d.json'); } catch (e) { console.log(e.code); }
