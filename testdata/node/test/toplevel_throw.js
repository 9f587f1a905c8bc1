// An error thrown outside any test is fatal, as without the runner
// (node rethrows it from its listener: exit code 7), the tests not run.
const { test } = require('node:test');

test('never runs', () => {});
throw new Error('top');
