// Two registrations of one hooks module (a query makes a second instance) chain last-in first-out.
import { register } from 'node:module';
register('./_register/tag.mjs', { parentURL: import.meta.url, data: { tag: 'first' } });
register(new URL('./_register/tag.mjs?two', import.meta.url), { data: { tag: 'second' } });
const m = await import('./_register/chained.mjs');
console.log(m.x, globalThis.order);
