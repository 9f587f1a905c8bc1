// import.meta.resolve and import() go through the hooks; require() in a
// CommonJS module that a hook gave the source of does not (node 20).
import { register } from 'node:module';
register('./_register/virtual.mjs', import.meta.url);
console.log(import.meta.resolve('virtual'));
const v = await import('virtual');
console.log(v.default);
await import('./_register/user.cjs');
