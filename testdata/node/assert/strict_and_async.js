// assert.strict, require('assert/strict'), and the promise functions.
const assert = require('assert');
const strict = require('assert/strict');
const nodeStrict = require('node:assert/strict');

console.log(strict === assert.strict, nodeStrict === strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(typeof assert.AssertionError, strict.AssertionError === assert.AssertionError);

try {
  strict.equal(1, '1');
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}

function report(label, p) {
  return p.then(() => console.log(`${label}: ok`),
    (e) => console.log(`${label}: ${e.code} ${e.name} ${JSON.stringify(e.message)}`));
}

(async () => {
  await report('rejects', assert.rejects(Promise.reject(new Error('x')), /x/));
  await report('rejects function', assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await report('rejects resolved', assert.rejects(Promise.resolve(1)));
  await report('rejects wrong error', assert.rejects(Promise.reject(new Error('x')), { message: 'y' }));
  await report('rejects number', assert.rejects(5));
  await report('rejects non-promise return', assert.rejects(() => 5));
  await report('doesNotReject', assert.doesNotReject(Promise.resolve(1)));
  await report('doesNotReject rejected', assert.doesNotReject(Promise.reject(new Error('bad'))));
  await report('doesNotReject function', assert.doesNotReject(async () => { throw new Error('bad'); }, 'msg'));
})();
