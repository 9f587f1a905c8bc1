// AsyncLocalStorage stores as 'unhandledRejection', 'uncaughtException'
// and the capture callback see them: a rejection is reported in the
// context its promise was made in (not the one that rejected it), an
// exception in the context its timer, immediate or tick was scheduled in.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

let rejectOutside;
let rejectInB;
const outside = new Promise((_, r) => { rejectOutside = r; });
const inB = als.run('B', () => new Promise((_, r) => { rejectInB = r; }));
const resolved = Promise.resolve();

const steps = [
  () => als.run('P', () => Promise.reject(new Error('reject'))),
  () => als.run('T', () => setTimeout(() => { throw new Error('timer'); }, 1)),
  () => als.run('I', () => setImmediate(() => { throw new Error('immediate'); })),
  () => als.run('N', () => process.nextTick(() => { throw new Error('tick'); })),
  () => als.run('Q', () => queueMicrotask(() => { throw new Error('microtask'); })),
  () => als.run('A', async () => { await null; throw new Error('async function'); }),
  () => als.run('S', () => { setTimeout(() => { Promise.reject(new Error('in a timer')); }, 1); }),
  () => als.run('A', () => rejectOutside(new Error('made outside, rejected in A'))),
  () => rejectInB(new Error('made in B, rejected outside')),
  () => als.run('C', () => resolved.then(() => { throw new Error('then in C'); })),
  () => als.run('D', () => Promise.all([Promise.reject(new Error('Promise.all in D'))])),
];
let step = 0;
function next() {
  if (step < steps.length) {
    setTimeout(() => {
      console.log('next step sees', als.getStore());
      steps[step++]();
    }, 2);
    return;
  }
  setTimeout(capture, 2);
}
process.on('unhandledRejection', (e) => {
  console.log('unhandledRejection', e.message, als.getStore());
  next();
});
process.on('uncaughtException', (e, origin) => {
  console.log('uncaughtException', e.message, origin, als.getStore());
  next();
});
next();

// Without an 'unhandledRejection' listener the rejection becomes an
// uncaught exception, still in the promise's context.
function capture() {
  process.removeAllListeners('unhandledRejection');
  process.removeAllListeners('uncaughtException');
  process.setUncaughtExceptionCaptureCallback((e) => console.log('capture', e.message, als.getStore()));
  als.run('R', () => Promise.reject(new Error('capture reject')));
  als.run('T', () => setTimeout(() => { throw new Error('capture timer'); }, 1));
  als.run('N', () => process.nextTick(() => { throw new Error('capture tick'); }));
}
