import { a, fromA } from './cycle-a.js';
export const b = 'B';
export function fromB() { return 'fromB'; }
console.log('cycle-b runs first; fromA is a', typeof fromA);
try { a; } catch (e) { console.log('a is in its TDZ:', e.constructor.name, e.message); }
