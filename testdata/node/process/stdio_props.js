// process.stdin, stdout and stderr are enumerable getters named as node's
// are (packages that list or copy process's keys see them).
for (const k of ['stdin', 'stdout', 'stderr']) {
  const d = Object.getOwnPropertyDescriptor(process, k);
  console.log(k, typeof d.get, d.get.name, d.set, d.enumerable, d.configurable, Object.keys(process).includes(k));
}
