// Used by two test files, each running a part: the report merges them.
exports.double = function double(x) {
  return x * 2;
};

exports.triple = function triple(x) {
  return x * 3;
};

exports.unused = function unused() {
  return 'never';
};
