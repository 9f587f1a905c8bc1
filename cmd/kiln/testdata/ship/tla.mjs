// An ES module app with top-level await that imports an ES module package
// using import.meta and createRequire: kiln build --bundle keeps it a module.
import { basename } from 'node:path';
import { data, where, cjs, resolved } from 'reads-own-files';
import { load, importer } from './loaders/load.cjs';
import { importFrom, kinds } from './loaders/load.mjs';
const later = await new Promise((resolve) => setTimeout(() => resolve('awaited'), 5));
console.log(later, '|', data, '|', where, '|', cjs);
console.log(basename(import.meta.filename), import.meta.url.startsWith('file:///'), resolved);
console.log(load('./plugin.cjs'));
console.log((await importFrom('./plugin.mjs')).default, '|', (await importer('./plugin.mjs')).default);
// As in node, CommonJS's names are not an ES module's, though the bundle's
// CommonJS dependencies (reads-own-files's createRequire) have them.
console.log(typeof require, typeof __dirname, typeof __filename, kinds.join(' '));
