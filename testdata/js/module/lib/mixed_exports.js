// Helper: sets exports.a, then replaces module.exports; the earlier exports object is dropped.
exports.a = 'on the original exports object';
module.exports = { b: 'on the replacement object' };
exports.c = 'on the original object again, so invisible';
