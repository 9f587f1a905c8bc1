import { value } from './_lib/tla.js';
console.log('main sees', value);
setTimeout(() => console.log('timer after main'), 0);
