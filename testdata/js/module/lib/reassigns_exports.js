// Helper: assigning to the local `exports` binding does not change what require returns.
exports.kept = 'set before reassignment';
exports = { lost: 'this object is never seen by require' };
exports.alsoLost = true;
