// Named imports of CommonJS modules follow their re-exports, as Node's
// lexer does: module.exports = require(...), a spread of require in
// esbuild's export annotation and TypeScript's __exportStar, through more
// than one level; esbuild's own __reExport call is not one of them (its
// annotation names what it copies).
import * as whole from './_lib/reexport/whole.cjs';
import * as annotated from './_lib/reexport/annotated.cjs';
import * as tslib from './_lib/reexport/tslib.cjs';
import { coreA, own } from './_lib/reexport/annotated.cjs';

const show = (ns) => JSON.stringify(Object.keys(ns).sort());
console.log('whole', show(whole), whole.coreB);
console.log('annotated', show(annotated), coreA, own, annotated.more);
console.log('tslib', show(tslib), tslib.local, tslib.coreA, tslib.more);
