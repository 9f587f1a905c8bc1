// os: the shapes and types of every function's result (the values vary by
// machine), the constants, and argument errors.
const os = require('os');
const shape = (v) => (Array.isArray(v) ? `array(${v.length > 0 ? shape(v[0]) : ''})` : v === null ? 'null' : typeof v);

console.log(require('node:os') === os, Object.keys(os).sort().join(' '));
for (const name of ['arch', 'platform', 'type', 'release', 'version', 'machine', 'hostname', 'homedir', 'tmpdir',
  'endianness', 'totalmem', 'freemem', 'uptime', 'availableParallelism', 'loadavg', 'cpus', 'getPriority']) {
  console.log(name, shape(os[name]()), typeof os[name]);
}
console.log('arch is process.arch', os.arch() === process.arch, os.platform() === process.platform);
console.log('template literal', `${os.arch}` === os.arch(), `${os.platform}` === os.platform());
console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull, 'endianness', os.endianness());
console.log('type', os.type(), 'machine is a word', /^\w+$/.test(os.machine()));
console.log('memory', os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem());
console.log('parallelism', Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
console.log('loadavg', os.loadavg().length, os.loadavg().every((n) => typeof n === 'number' && n >= 0));
const cpus = os.cpus();
console.log('cpus', cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times),
  cpus.every((c) => typeof c.model === 'string' && typeof c.speed === 'number'));
const ifaces = os.networkInterfaces();
const entries = Object.values(ifaces).flat();
console.log('interfaces', entries.length > 0, entries.every((e) => ['address', 'netmask', 'family', 'mac', 'internal', 'cidr']
  .every((k) => k in e) && (e.family === 'IPv4' || e.family === 'IPv6') && (e.family === 'IPv4' || 'scopeid' in e)));
const lo = entries.find((e) => e.internal && e.family === 'IPv4');
console.log('loopback', lo && lo.address, lo && lo.netmask, lo && lo.cidr, lo && lo.mac);
const u = os.userInfo();
console.log('userInfo', Object.getPrototypeOf(u), Object.keys(u), typeof u.username);
console.log('homedir is HOME', os.homedir() === process.env.HOME);
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/dir/';
console.log('tmpdir trims', os.tmpdir());
if (saved === undefined) delete process.env.TMPDIR;
else process.env.TMPDIR = saved;
console.log('priority', os.getPriority(), os.getPriority(0), os.getPriority(process.pid));
console.log('constants', Object.keys(os.constants), Object.isFrozen(os.constants), Object.isFrozen(os.constants.signals));
console.log('signals', os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL,
  Object.keys(os.constants.signals).length);
console.log('errno', os.constants.errno.ENOENT, os.constants.errno.EACCES, Object.keys(os.constants.errno).length);
console.log('priority constants', os.constants.priority);
console.log('dlopen', os.constants.dlopen);

for (const f of [
  () => os.getPriority('x'),
  () => os.getPriority(1.5),
  () => os.getPriority(2 ** 31),
  () => os.setPriority(0, 100),
  () => os.setPriority('a', 0),
  () => Object.keys(os.userInfo(5)),
  () => os.userInfo({ encoding: 'buffer' }).username.length > 0,
]) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(`${e.code} ${e.name}: ${e.message}`);
  }
}
