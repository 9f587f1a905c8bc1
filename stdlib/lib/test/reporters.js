'use strict';

// node:test/reporters: node:test's reporters for run()'s stream, as async
// generator functions to pass to its .compose(): tap, spec, dot and junit
// write what `kiln --test` writes with the same --test-reporter.
// (node v20 also has lcov, a Transform stream, which Kiln does not have yet.)

const { generator } = require('internal/test_reporters');

const specReporter = generator('spec');

// node v20's spec is a class that programs also compose as `new spec()`:
// that gives the reporter here.
function spec(source) {
  if (new.target) return specReporter;
  return specReporter(source);
}

// In node's order of them.
module.exports = {
  dot: generator('dot'),
  junit: generator('junit'),
  spec,
  tap: generator('tap'),
};
