// process.cpuUsage, resourceUsage, memory figures, and the small helpers
// node 20 has (sourceMapsEnabled, getBuiltinModule, debugPort, binding,
// getActiveResourcesInfo). Values vary by run: types and invariants only.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
};

const a = process.cpuUsage();
console.log(Object.keys(a), Number.isInteger(a.user), a.user >= 0, a.system >= 0);
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
const d = process.cpuUsage(a);
console.log(d.user >= 0, d.system >= 0, typeof d.user);
const b = process.cpuUsage();
console.log(b.user >= a.user, b.system >= a.system);
t(() => process.cpuUsage({ user: -1, system: 0 }));
t(() => process.cpuUsage({ user: 'a', system: 0 }));
t(() => process.cpuUsage({ user: 1, system: 'x' }));
t(() => process.cpuUsage({ user: 1, system: -5 }));
t(() => process.cpuUsage({ user: 2 ** 60, system: 0 }));
t(() => process.cpuUsage(5));
t(() => process.cpuUsage('abc'));
t(() => process.cpuUsage([]));
t(() => Object.keys(process.cpuUsage(null)).join());

const r = process.resourceUsage();
console.log(Object.keys(r).join());
console.log(Object.values(r).every((v) => typeof v === 'number' && v >= 0), r.maxRSS > 0);

console.log(typeof process.availableMemory(), process.availableMemory() > 0);
console.log(typeof process.constrainedMemory(), process.constrainedMemory() >= 0);
console.log(Array.isArray(process.getActiveResourcesInfo()));

console.log(process.sourceMapsEnabled);
t(() => process.setSourceMapsEnabled(1));
t(() => process.setSourceMapsEnabled(true));
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(false);
const smd = Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled');
console.log(typeof smd.get, smd.set, smd.enumerable);

console.log(process.debugPort);
process.debugPort = 1234;
console.log(process.debugPort);

t(() => process.getBuiltinModule('fs') === require('fs'));
t(() => process.getBuiltinModule('node:path') === require('path'));
t(() => process.getBuiltinModule('test'));
t(() => typeof process.getBuiltinModule('node:test'));
t(() => process.getBuiltinModule('nope'));
t(() => process.getBuiltinModule('./local'));
t(() => process.getBuiltinModule(5));

t(() => process.binding('nope'));
t(() => process.binding('errors'));
t(() => typeof process.binding('fs'));
t(() => Object.keys(process.binding('constants')).join());
t(() => process.binding('uv').errname(-2));
t(() => process.binding('uv').UV_ENOENT);
t(() => process.binding('util').isDate(new Date()));
t(() => process.binding('tty_wrap').isTTY(99));
const bd = Object.getOwnPropertyDescriptor(process, 'binding');
console.log(typeof bd.value, bd.enumerable, bd.writable);

console.log(process.mainModule === require.main, process.mainModule === module);
console.log(typeof process.openStdin, typeof process.abort);
