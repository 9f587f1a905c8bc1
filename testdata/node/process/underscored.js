// process's underscored members and process.assert; util's
// _errnoException and _exceptionWithHostPort; fs._toUnixTimestamp.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
};
for (const k of ['domain', '_preload_modules', '_rawDebug', '_getActiveHandles', '_getActiveRequests', 'assert',
  '_linkedBinding', '_tickCallback', '_kill', '_debugProcess', '_debugEnd', '_startProfilerIdleNotifier',
  '_stopProfilerIdleNotifier']) {
  const d = Object.getOwnPropertyDescriptor(process, k);
  console.log(k, typeof d.value, d.enumerable, d.writable);
}
console.log(process.domain, process._preload_modules, Array.isArray(process._getActiveHandles()), process._getActiveRequests());
t(() => process._linkedBinding('x'));
t(() => process.assert(false));
t(() => process.assert(0, 'msg'));
t(() => process.assert(1));
t(() => process._kill(process.pid, 0));
t(() => process._kill(2 ** 30, 0) < 0);
const order = [];
process.nextTick(() => order.push('tick'));
process._tickCallback();
order.push('after');
console.log(order);

const util = require('util');
const e = util._errnoException(-2, 'open', '/x');
console.log(e.message, Object.keys(e), e.errno, e.code, e.syscall, e instanceof Error);
console.log(util._errnoException(-13, 'read').message, util._errnoException(-2, 'x', '').message);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(h.message, Object.keys(h), h.address, h.port);
console.log(util._exceptionWithHostPort(-111, 'connect', '::1', 0, '127.0.0.1:5').message);
console.log(util._exceptionWithHostPort(-111, 'connect').message, Object.keys(util._exceptionWithHostPort(-111, 'connect')));
const fs = require('fs');
console.log(fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'), fs._toUnixTimestamp(7));
