// Helper: exports a primitive and a function that changes it; CommonJS copies are not live bindings.
let count = 0;
exports.count = count;
exports.inc = () => {
  count++;
  exports.count = count;
  return count;
};
exports.box = { count: 0 };
