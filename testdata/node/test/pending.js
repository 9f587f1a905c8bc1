// Tests still pending when nothing is left to run are cancelled at exit,
// and those not yet reported are reported with the summary.
require('./_lib/tap');
const { test, describe, it } = require('node:test');
test('fine', () => {});
test('hang', async (t) => { await t.test('sub hang', () => new Promise(() => {})); });
test('never reached', () => {});
describe('d', () => { it('hangs too', (t, done) => {}); });
