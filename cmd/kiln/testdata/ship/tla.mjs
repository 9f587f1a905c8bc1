// An ES module app with top-level await that imports an ES module package
// using import.meta and createRequire: kiln build --bundle keeps it a module.
import { basename } from 'node:path';
import { data, where, cjs, resolved } from 'reads-own-files';
import { load } from './loaders/load.cjs';
const later = await new Promise((resolve) => setTimeout(() => resolve('awaited'), 5));
console.log(later, '|', data, '|', where, '|', cjs);
console.log(basename(import.meta.filename), import.meta.url.startsWith('file:///'), resolved);
console.log(load('./plugin.cjs'));
