// What node's default resolve and load give a hook for CommonJS, JSON, ES modules and built-ins.
import { register } from 'node:module';
register('./_register/show.mjs', import.meta.url);
await import('./_register/x.cjs');
await import('./_register/d.json', { with: { type: 'json' } });
await import('./_register/e.mjs');
await import('node:fs');
for (const entry of (await import('log:')).default) console.log(JSON.stringify(entry));
