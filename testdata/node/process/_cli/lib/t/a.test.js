const test = require('node:test');
test('passes', () => {});
test.only('only this', () => {});
test('skipped', { skip: true }, () => {});
