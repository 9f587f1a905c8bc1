// The inspector module without a debugger: url, open, waitForDebugger and
// console; a Session's argument checks and errors; the Profiler domain's
// states and errors, a CPU profile's form, and precise coverage of a module
// loaded after it started (counts reset by each take), in V8's form; the
// Debugger domain's enable and disable, which coverage tools send.
const inspector = require('inspector');
const path = require('path');

const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
console.log(Object.keys(inspector), inspector.url(), Object.keys(inspector.console).length);
console.log(Object.getOwnPropertyNames(inspector.Session.prototype));
show('waitForDebugger', () => inspector.waitForDebugger());

const s = new inspector.Session();
console.log(s instanceof require('events'));
show('before connect', () => s.post('Profiler.enable'));
s.connect();
show('twice', () => s.connect());
show('method', () => s.post(1));
show('params', () => s.post('Profiler.enable', 1));
show('callback', () => s.post('Profiler.enable', {}, 1));
show('main thread', () => s.connectToMainThread());

const post = (method, params) => s.post(method, params, (err, res) => {
  console.log(method, err ? `${err.code} ${err.message}` : JSON.stringify(res));
});
console.log('sync before');
post('Profiler.start');
post('Profiler.stop');
post('Profiler.takePreciseCoverage');
post('Profiler.enable');
console.log('sync after');
post('Page.enable');
s.post('Debugger.enable', (err, res) => console.log('Debugger.enable', err, /^-?\d+\.-?\d+$/.test(res.debuggerId)));
post('Debugger.disable');
post('Profiler.setSamplingInterval', { interval: 100 });
s.post('Profiler.start', () => {
  post('Profiler.setSamplingInterval', { interval: 200 });
  let x = 0;
  for (let i = 0; i < 1e5; i++) x += i;
  s.post('Profiler.stop', (err, { profile }) => {
    console.log('profile', Object.keys(profile), JSON.stringify(profile.nodes[0].callFrame),
      typeof profile.startTime, profile.endTime >= profile.startTime, profile.samples.length === profile.timeDeltas.length);
  });
});
post('Profiler.stop');

s.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true }, (err, res) => {
  console.log('startPreciseCoverage', err, Object.keys(res), typeof res.timestamp);
});
const run = require('./lib/covered.js');
console.log('run', run(5));
s.post('Profiler.takePreciseCoverage', (err, { result, timestamp }) => {
  console.log('take', typeof timestamp);
  for (const sc of result.filter((r) => r.url.endsWith('/covered.js'))) {
    console.log(path.basename(sc.url), typeof sc.scriptId);
    for (const f of sc.functions) console.log(' ', JSON.stringify(f));
  }
});
run(2);
s.post('Profiler.takePreciseCoverage', (err, { result }) => {
  for (const sc of result.filter((r) => r.url.endsWith('/covered.js'))) {
    console.log('again', JSON.stringify(sc.functions.map((f) => [f.functionName, f.ranges[0].count])));
  }
});
post('Profiler.stopPreciseCoverage');
post('Profiler.disable');
s.disconnect();
show('after disconnect', () => s.post('Profiler.enable'));

const p = require('inspector/promises');
console.log(Object.keys(p));
const ps = new p.Session();
ps.connect();
ps.post('Profiler.enable').then((r) => console.log('promises enable', r));
ps.post('Nope.nope').catch((e) => console.log('promises error', e.code, e.message));
