// node:domain collects the errors of the code run in it: thrown
// synchronously in run(), thrown by callbacks scheduled in it (timers,
// ticks, immediates, fs), passed to intercept()'s callbacks, and emitted as
// 'error' by its EventEmitters. gulp runs every task in one (async-done).
const domain = require('domain');
const EventEmitter = require('events');
const fs = require('fs');

const log = (...a) => console.log(...a);
log('before require: process.domain', process.domain, 'active', domain.active);

const steps = [];
function step(name, fn) { steps.push([name, fn]); }

function catchIn(name, body) {
  return new Promise((resolve) => {
    const d = domain.create();
    d.on('error', (er) => {
      log(name, '->', er.message, 'domainThrown', er.domainThrown, 'same domain', er.domain === d,
        'emitter', er.domainEmitter ? er.domainEmitter.constructor.name : '-', 'bound', typeof er.domainBound);
      resolve();
    });
    // From a callback of its own, so that a synchronous throw is uncaught
    // rather than caught by the promise machinery.
    setImmediate(() => body(d));
  });
}

step('sync in run', () => catchIn('sync', (d) => d.run(() => { throw new Error('sync'); })));
step('timer', () => catchIn('timer', (d) => d.run(() => setTimeout(() => { throw new Error('from timer'); }, 1))));
step('tick', () => catchIn('tick', (d) => d.run(() => process.nextTick(() => { throw new Error('from tick'); }))));
step('immediate', () => catchIn('immediate', (d) => d.run(() => setImmediate(() => { throw new Error('from immediate'); }))));
step('fs', () => catchIn('fs', (d) => d.run(() => fs.stat(__filename, () => { throw new Error('from fs'); }))));
step('bind', () => catchIn('bind', (d) => { const f = d.bind((x) => { throw new Error('bound ' + x); }); setTimeout(() => f(1), 1); }));
step('intercept', () => catchIn('intercept', (d) => {
  const f = d.intercept((a, b) => log('intercept ok', a, b, process.domain === d));
  f(null, 1, 2);
  fs.readFile('/nonexistent/file', d.intercept(() => log('not reached')));
}));
step('emitter made in run', () => catchIn('emitter', (d) => d.run(() => {
  const ee = new EventEmitter();
  log('ee.domain is d', ee.domain === d);
  setTimeout(() => ee.emit('error', new Error('emitted')), 1);
})));
step('added emitter', () => catchIn('added', (d) => {
  const ee = new EventEmitter();
  log('outside: ee.domain', ee.domain);
  d.add(ee);
  log('members', d.members.length, ee.domain === d);
  ee.emit('error', new Error('added emitted'));
}));
step('active inside and outside', async () => {
  const d = domain.create();
  d.run(() => {
    log('inside run: process.domain is d', process.domain === d, domain.active === d);
    setTimeout(() => log('in its timer: process.domain is d', process.domain === d), 1);
  });
  log('after run: process.domain', process.domain);
  d.enter();
  log('entered', process.domain === d);
  d.exit();
  log('exited', process.domain);
  await new Promise((r) => setTimeout(r, 5));
});
step('return value', async () => {
  const d = domain.create();
  log('run returns', d.run((a, b) => a + b, 2, 3), 'this is d', d.run(function () { return this === d; }));
});

(async () => {
  for (const [, fn] of steps) await fn();
  log('EventEmitter.usingDomains', EventEmitter.usingDomains);
  // No 'error' listener on the domain: the process's own handler gets it.
  process.on('uncaughtException', (er) => log('uncaughtException', er.message));
  domain.create().run(() => setTimeout(() => { throw new Error('unhandled in domain'); }, 1));
})();
