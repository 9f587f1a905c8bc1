import greet, { counter, bump, tag } from '#util';
import * as util from './_lib/util.js';
import { renamed, nsUtil, tag as t2 } from './_lib/star.js';

console.log(greet('esm'), tag, t2, renamed);
console.log('live binding:', counter, bump(), counter, util.counter);
console.log(Object.keys(util), util[Symbol.toStringTag], nsUtil === util);
console.log(typeof this, import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/basics.js'));
console.log(import.meta.filename.endsWith('basics.js'), import.meta.dirname === import.meta.filename.slice(0, -'/basics.js'.length));
console.log(import.meta.resolve('./_lib/util.js').endsWith('/_lib/util.js'), import.meta.resolve('node:fs'), import.meta.resolve('fs'));
try { util.counter = 5; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete util.tag; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyDescriptor(util, 'tag'));
console.log(Reflect.ownKeys(util).length, Object.isFrozen(util), Object.isSealed(util));
