// process.getuid and friends (POSIX), which isexe and so which, cross-spawn
// and zx read: the values are the machine's, so they are compared with
// os.userInfo rather than printed.
const os = require('os');
const info = os.userInfo();
for (const name of ['getuid', 'geteuid', 'getgid', 'getegid', 'getgroups']) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  console.log(name, typeof process[name], d.enumerable, d.writable, d.configurable);
}
console.log(process.getuid() === info.uid, process.getgid() === info.gid, Number.isInteger(process.geteuid()), Number.isInteger(process.getegid()));
const groups = process.getgroups();
console.log(Array.isArray(groups), groups.every(Number.isInteger), groups.includes(process.getegid()));
