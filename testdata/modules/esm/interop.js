import legacy, { one, add, kind } from './_lib/legacy.cjs';
import * as ns from './_lib/legacy.cjs';
import replaced from './_lib/replaced.cjs';
import data from './_lib/data.json' with { type: 'json' };
import fs, { readFileSync } from 'fs';
import { join } from 'node:path';
import { createRequire } from 'module';

console.log(one, add(2, 3), kind, legacy.hidden, Object.keys(ns).sort());
console.log(replaced(), replaced.extra, data.name, data.list);
console.log(fs.readFileSync === readFileSync, typeof join);
const require = createRequire(import.meta.url);
console.log(require('./_lib/legacy.cjs') === legacy, require('./_lib/data.json') === data);
const esm = require('./_lib/util.js');
console.log(Object.keys(esm), esm.default('required esm'));
const custom = require('./_lib/custom_exports.js');
console.log(typeof custom, custom('me'));
