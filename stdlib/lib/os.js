// The os module over the natives of stdlib/os.go.

const isWindows = process.platform === 'win32';

function validateInt32(value, name, min, max) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(value)}`);
  }
  if (value < min || value > max) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= ${min} && <= ${max}. Received ${binding.inspect(value)}`);
  }
}

// The natives' results, with a Symbol.toPrimitive that gives the value, as
// Node's os functions have, and the name node's function has: its binding's
// getter (getOSType) or, for the ones that can fail, its wrapper (wrappedFn).
function primitive(name, fn) {
  const f = { [name]() { return fn(); } }[name];
  f[Symbol.toPrimitive] = () => fn();
  return f;
}

const hostname = primitive('wrappedFn', () => binding.hostname());
const type = primitive('getOSType', () => binding.uname()[0]);
const release = primitive('getOSRelease', () => binding.uname()[1]);
const version = primitive('getOSVersion', () => binding.uname()[2]);
const machine = primitive('getMachine', () => binding.uname()[3]);
const homedir = primitive('wrappedFn', () => binding.homedir());
const uptime = primitive('wrappedFn', () => binding.uptime());
const totalmem = primitive('getTotalMem', () => binding.memory()[0]);
const freemem = primitive('getFreeMem', () => binding.memory()[1]);
const endianness = primitive('endianness', () => (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE'));

function arch() { return process.arch; }
arch[Symbol.toPrimitive] = () => process.arch;
function platform() { return process.platform; }
platform[Symbol.toPrimitive] = () => process.platform;

function tmpdir() {
  if (isWindows) {
    const p = process.env.TEMP || process.env.TMP || (process.env.SystemRoot || process.env.windir) + '\\temp';
    return p.length > 1 && p.endsWith('\\') && !p.endsWith(':\\') ? p.slice(0, -1) : p;
  }
  const p = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function loadavg() { return binding.loadavg(); }

function cpus() {
  const flat = binding.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function getAvailableParallelism() { return binding.availableParallelism(); }
getAvailableParallelism[Symbol.toPrimitive] = () => getAvailableParallelism();

function cidr(address, netmask, family) {
  let ones = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) ones += Number(part).toString(2).replace(/0/g, '').length;
  } else {
    for (const part of netmask.split(':')) ones += part === '' ? 0 : parseInt(part, 16).toString(2).replace(/0/g, '').length;
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const flat = binding.networkInterfaces();
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const entry = { address, netmask, family, mac, internal, cidr: cidr(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] ??= []).push(entry);
  }
  return out;
}

function userInfo(options) {
  const [uid, gid, username, homedirPath, shell] = binding.userInfo();
  const info = { __proto__: null, uid, gid, username, homedir: homedirPath, shell };
  if (options && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    info.username = Buffer.from(username);
    info.homedir = Buffer.from(homedirPath);
    if (shell !== null) info.shell = Buffer.from(shell);
  }
  return info;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid', -2147483648, 2147483647);
  return binding.getPriority(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid', -2147483648, 2147483647);
  validateInt32(priority, 'priority', -20, 19);
  binding.setPriority(pid, priority);
}

const { defineConstants } = require('internal/shape');

const priority = {
  __proto__: null, PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};
const constants = defineConstants({ UV_UDP_REUSEADDR: 4, dlopen: defineConstants(binding.dlopen),
  errno: defineConstants(binding.errno), signals: defineConstants(binding.signals), priority: defineConstants(priority) });

module.exports = {
  arch, availableParallelism: getAvailableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime, version, machine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: isWindows ? '\\\\.\\nul' : '/dev/null' },
});
