// Global reads are cached per site (vm/env.go getGlobal): each change that
// must end a cached read: assignment, redefinition as an accessor and back,
// deletion, a dictionary global growing and shrinking, a later script's
// lexical declaration shadowing it, freezing, a vm context's global.
const vm = require('vm');
function readX() { return typeof X === 'undefined' ? 'none' : X; }
globalThis.X = 1; const r = [readX()];
X = 2; r.push(readX());
Object.defineProperty(globalThis, 'X', { get() { return 'getter'; }, configurable: true }); r.push(readX());
Object.defineProperty(globalThis, 'X', { value: 3, writable: true, configurable: true }); r.push(readX());
delete globalThis.X; r.push(readX());
globalThis.X = 4; r.push(readX());
for (let i = 0; i < 100; i++) globalThis['pad' + i] = i;
r.push(readX());
for (let i = 0; i < 100; i++) delete globalThis['pad' + i];
r.push(readX(), readX());
// A later script's `let` shadows a global a site has read already.
vm.runInThisContext('let X = "lexical"'); r.push(readX());
globalThis.X = 5; r.push(readX());
function readY() { return Y; }
globalThis.Y = 'y'; r.push(readY());
Object.freeze(globalThis); r.push(readY());
const ctx = vm.createContext({ Z: 1 });
const f = vm.runInContext('(function () { return Z; })', ctx);
r.push(f()); ctx.Z = 2; r.push(f()); delete ctx.Z; try { f() } catch (e) { r.push(e.name) }
console.log(r.join(' '));
