// A hook that never settles: nothing is left to run, and the program ends
// as with an unsettled top-level await ('exit' says 0, the code is 13).
import { register } from 'node:module';
register('./_register/hang.mjs', import.meta.url);
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await import('never');
console.log('never printed');
