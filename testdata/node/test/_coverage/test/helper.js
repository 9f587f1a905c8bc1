// Below test/: run as a test file, with no tests of its own.
module.exports = function helper(x) {
  if (x) return 'x';
  return 'none';
};
