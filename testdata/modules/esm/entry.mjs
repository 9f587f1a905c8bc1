import { tag } from './_lib/util.js';
import def from './_lib/replaced.cjs';
console.log('mjs entry', tag, def());
const { default: d2 } = await import('./_lib/replaced.cjs');
console.log(d2 === def);
