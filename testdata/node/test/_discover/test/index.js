// Any JavaScript file below a folder named test is a test file.
const test = require('node:test');

test('index', () => {});
test('index pattern match', () => {});
test('only this', { only: true }, async (t) => {
  t.runOnly(true);
  await t.test('skipped by runOnly', () => {});
  await t.test('kept by runOnly', { only: true }, () => {});
});
