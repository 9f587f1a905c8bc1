// module.register: a hook that resolves and loads a custom scheme, with initialize's data; the default chain refuses other schemes.
import { register } from 'node:module';
register('./_register/scheme.mjs', import.meta.url, { data: { prefix: 'hello' } });
const m = await import('greet:world');
console.log(m.default, m.ctx);
const m2 = await import('greet:world');
console.log(m === m2);
try { await import('other:thing'); } catch (e) { console.log(e.code, e.message); }
