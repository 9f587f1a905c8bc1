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

// Babel's and Rollup's copy loop, Object.keys(_x).forEach(function (k) {…}),
// over a variable declared as require(...) (or a helper's wrapping of it).
import * as babel from './_lib/reexport/babel.cjs';
import * as rollup from './_lib/reexport/rollup.cjs';
import * as keysNot from './_lib/reexport/keys_not.cjs';
console.log('babel', show(babel), babel.coreA);
console.log('rollup', show(rollup), rollup.more);
console.log('keys, not re-exports', show(keysNot), keysNot.default.coreA);
