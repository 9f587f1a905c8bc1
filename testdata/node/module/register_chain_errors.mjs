// A hook that neither calls next nor short-circuits (ERR_LOADER_CHAIN_INCOMPLETE), an unknown format, bad return values.
import { register } from 'node:module';
register('./_register/nosc.mjs', import.meta.url);
for (const s of ['bad:resolve', './_register/e.mjs']) {
  try { await import(s); } catch (e) { console.log(e.name, e.code, e.message.replaceAll(import.meta.url.replace(/[^/]*$/, ''), '')); }
}
register('./_register/first.mjs', import.meta.url);
for (const s of ['bad:resolve2', 'badret', 'badurl']) {
  try { await import(s); } catch (e) { console.log(e.name, e.code, e.message.replaceAll(import.meta.url.replace(/[^/]*$/, ''), '')); }
}
