// The global console's own properties in node's order, with the state
// node keeps there: the streams' write-error handlers, _ignoreErrors and
// _times, the SafeMap console.time and timeEnd keep their start times in
// (a program may look in it or change it). Durations are not printed.
const util = require('util');
const { Console } = require('console');
const { Writable } = require('stream');

console.log(Object.getOwnPropertyNames(console).join(' '));
for (const k of ['_stdoutErrorHandler', '_stderrErrorHandler', '_ignoreErrors', '_times', '_stdout', '_stderr']) {
  const d = Object.getOwnPropertyDescriptor(console, k);
  console.log(k, d.enumerable, d.configurable, 'value' in d ? typeof d.value : 'accessor', d.writable);
}
console.log(typeof console._stdoutErrorHandler, console._stdoutErrorHandler.length,
  JSON.stringify(console._stdoutErrorHandler.name));
console._stdoutErrorHandler(null);

const times = console._times;
console.log(util.inspect(times), times instanceof Map, Object.prototype.toString.call(times));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(times)), times.constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(times)).sort().join(' '));
console.log(console._times === times);

// timeEnd and timeLog write through console.log, as node's do.
const out = [];
const origLog = console.log;
const capture = (f) => {
  console.log = (...args) => out.push(util.format(...args).replace(/[\d.]+m?s\b/, 'T'));
  f();
  console.log = origLog;
};
console.time('a');
console.time();
console.log(times.size, [...times.keys()], Array.isArray(times.get('a')), times.get('a').length);
capture(() => console.timeLog('a', 'more', { x: 1 }));
capture(() => console.timeEnd('a'));
console.log(times.size, [...times.keys()]);
times.set('b', process.hrtime());
capture(() => console.timeEnd('b'));
console.log(out, times.has('b'));
times.clear();
process.on('warning', (w) => console.log('warning:', w.message));
console.timeEnd('default');

const sink = new Writable({ write(c, e, cb) { cb(); } });
const c = new Console({ stdout: sink });
console.log(Object.getOwnPropertyNames(c).filter((k) => k.startsWith('_')).join(' '));
console.log(util.inspect(c._times), c._times instanceof Map);
c.time('x');
console.log([...c._times.keys()]);
