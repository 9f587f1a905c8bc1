const { AsyncLocalStorage, AsyncResource, executionAsyncId } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
let fsDone;
const fsStore = new Promise((r) => { fsDone = r; });

log('outside', als.getStore());
als.run({ id: 1 }, () => {
  log('sync', als.getStore());
  process.nextTick(() => log('nextTick', als.getStore()));
  queueMicrotask(() => log('microtask', als.getStore()));
  Promise.resolve().then(() => log('then', als.getStore()));
  setTimeout(() => log('timeout', als.getStore()), 20);
  setImmediate(() => log('immediate', als.getStore()));
  // The thread pool's callback is reported at the end: when it comes among
  // the timers depends on the machine's load.
  setImmediate(() => fs.stat(__filename, () => fsDone(als.getStore())));
  other.run('nested', () => log('both', als.getStore(), other.getStore()));
  log('after nested', other.getStore());
  (async () => {
    await null;
    log('after await', als.getStore());
    await new Promise((r) => setTimeout(r, 2));
    log('after timer await', als.getStore());
  })();
  als.exit(() => log('exit', als.getStore()));
});
log('outside again', als.getStore());

// A promise resolved elsewhere reacts in the context of its then().
let resolveLater;
const p = new Promise((r) => { resolveLater = r; });
als.run('then-time', () => { p.then(() => log('reaction context', als.getStore())); });
als.run('resolve-time', () => setTimeout(() => resolveLater(), 40));

// enterWith, bind, snapshot and AsyncResource.
setTimeout(() => {
  als.enterWith('entered');
  log('enterWith', als.getStore());
  const bound = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
  const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
  log('bind', bound(), 'snapshot', snap(() => als.getStore()), 'now', als.getStore());
  const res = als.run('resource', () => new AsyncResource('X'));
  log('runInAsyncScope', res.runInAsyncScope(function (a) { return [als.getStore(), this, a]; }, 'self', 42));
  log('resource bind', res.bind(() => als.getStore())(), typeof res.asyncId(), typeof executionAsyncId());
  als.disable();
  log('disabled', als.getStore());
  fsStore.then((store) => log('fs callback', store));
}, 60);

const errors = [() => new AsyncResource(1), () => AsyncLocalStorage.bind(1), () => require('async_hooks').createHook(null), () => require('async_hooks').createHook({ init: 1 })];
for (const f of errors) {
  try { f(); } catch (e) { log(e.code, e.message); }
}
