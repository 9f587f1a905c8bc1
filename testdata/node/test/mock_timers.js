// mock.timers: timers that run when the test moves the clock (tick,
// runAll, setTime), a Date that reads that clock, node:timers patched as
// the globals are, and everything put back by reset and at a test's end.
require('./_lib/tap');
const { mock, test } = require('node:test');
const timers = require('timers');

const realSetTimeout = setTimeout;
mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
console.log(timers.setTimeout === setTimeout, setTimeout === realSetTimeout);
const log = [];
setTimeout(() => log.push('t100'), 100);
setTimeout((a, b) => log.push('t50 ' + a + b), 50, 'x', 'y');
const iv = setInterval(() => log.push('iv30 ' + Date.now()), 30);
console.log(Date.now(), new Date().getTime(), new Date(5).getTime(), new Date() instanceof Date);
mock.timers.tick(60);
console.log(log, Date.now());
clearInterval(iv);
mock.timers.tick(100);
console.log(log);
const t = setTimeout(() => log.push('cleared'), 10);
clearTimeout(t);
mock.timers.setTime(5000);
console.log(Date.now(), log.includes('cleared'));
mock.timers.reset();
console.log(setTimeout === realSetTimeout, timers.setTimeout === realSetTimeout, typeof Date.now());

const calls = [
  () => mock.timers.tick(1),
  () => mock.timers.enable({ apis: ['nope'] }),
  () => mock.timers.enable({ now: -1 }),
  () => { mock.timers.enable(['setTimeout']); mock.timers.enable(); },
];
for (const f of calls) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setTimeout(() => console.log('runAll ran'), 5000);
mock.timers.runAll();
mock.timers.reset();

test('timers of a test context', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let fired = false;
  setTimeout(() => { fired = true; }, 1000);
  t.mock.timers.tick(999);
  t.assert.strictEqual(fired, false);
  t.mock.timers.tick(1);
  t.assert.strictEqual(fired, true);
});
test('restored after the test', (t, done) => {
  setTimeout(done, 1);
});
