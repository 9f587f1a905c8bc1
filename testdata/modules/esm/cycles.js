import { a, fromA } from './_lib/cycle-a.js';
console.log('main:', a, fromA());
