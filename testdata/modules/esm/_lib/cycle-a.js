import { b, fromB } from './cycle-b.js';
export const a = 'A';
export function fromA() { return 'fromA sees ' + b; }
console.log('cycle-a runs; b =', b, fromB());
