// assert.ok's message quotes the call's source, except where Node's parse of
// the line fails (a trailing comma ends the list the call is in): there it
// prints the value.
const assert = require('assert');
const run = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } };
const tests = [
  () => assert(0),
  () => assert.ok(false) ,
  () => assert.ok(null), // comment
  [() => assert.ok(''), 'x'],
];
tests.slice(0, 3).forEach(run); run(tests[3][0]);
run(() => [assert(0),]);
run(() => f(assert.ok(false),
));
function f() {}
const o = {
  a: () => assert.ok(0),
};
run(o.a);
run(() => assert.ok(false));
run(() => { assert.ok(false); });
const t2 = [() =>
  assert.ok(0),
];
run(t2[0]);
const t3 = [
  () => assert.equal(1, 1) || assert.ok(0), 
];
run(t3[0]);
