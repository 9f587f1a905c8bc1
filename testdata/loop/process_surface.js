// The shape of process: env coerces to strings, hrtime, memoryUsage,
// uptime, cwd/chdir, events, stdout.write with a callback.
process.env.KILN_TEST_NUM = 42;
process.env.KILN_TEST_BOOL = true;
process.env.KILN_TEST_UNDEF = undefined;
console.log(typeof process.env.KILN_TEST_NUM, process.env.KILN_TEST_NUM, process.env.KILN_TEST_BOOL,
  process.env.KILN_TEST_UNDEF);
console.log('KILN_TEST_NUM' in process.env, delete process.env.KILN_TEST_NUM, 'KILN_TEST_NUM' in process.env);
console.log(Object.keys(process.env).includes('KILN_TEST_BOOL'), process.env.NO_SUCH_VAR_AT_ALL);
const [s, ns] = process.hrtime();
const d = process.hrtime([s, ns]);
console.log(Array.isArray(d), d.length, d[0] >= 0, typeof process.hrtime.bigint());
const m = process.memoryUsage();
console.log(Object.keys(m).join(), m.rss > 0, typeof process.memoryUsage.rss());
console.log(typeof process.uptime(), process.uptime() >= 0);
const cwd = process.cwd();
process.chdir('..');
console.log(process.cwd() !== cwd);
process.chdir(cwd);
console.log(process.cwd() === cwd);
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall, e.dest);
}
console.log(typeof process.pid, typeof process.ppid, process.platform, typeof process.arch, process.version[0]);
console.log(Array.isArray(process.argv), typeof process.argv0, typeof process.execPath, typeof process.versions.node);
const handler = (a, b) => console.log('custom event', a, b);
process.on('custom', handler);
process.once('custom', () => console.log('once'));
console.log(process.listenerCount('custom'), process.emit('custom', 1, 2), process.emit('custom', 3, 4));
process.off('custom', handler);
console.log(process.listeners('custom').length, process.emit('custom'));
process.stdout.write('written with callback\n', () => console.log('write callback'));
console.log('after write');
console.log(process.kill(process.pid, 0));
