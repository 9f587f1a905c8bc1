// process.cpuUsage: user and system CPU time in whole microseconds, since
// the start or since an earlier reading (none when it is falsy), and its
// checks of that reading.
const a = process.cpuUsage();
console.log(Object.keys(a), Number.isInteger(a.user), Number.isInteger(a.system), a.user >= 0, a.system >= 0);
let x = 0;
for (let i = 0; i < 2e6; i++) x += i;
const b = process.cpuUsage(a);
console.log(Object.keys(b), b.user >= 0, b.system >= 0, x > 0, Object.keys(process.cpuUsage(null)));
for (const bad of [1, null, { user: 'x', system: 1 }, { user: -1, system: 1 }, { user: 1, system: NaN },
  { user: 1 }, { user: Infinity, system: 0 }]) {
  try {
    process.cpuUsage(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const d = Object.getOwnPropertyDescriptor(process, 'cpuUsage');
console.log(d.enumerable, process.cpuUsage.name, process.cpuUsage.length);
