// What resolve's and load's context hold.
import { register } from 'node:module';
register('./_register/ctx.mjs', import.meta.url);
console.log((await import('probe:')).default);
try { await import('./_register/x.cjs') } catch (e) { console.log(e.message) }
