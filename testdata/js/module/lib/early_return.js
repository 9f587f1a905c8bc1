// Helper: a top-level return ends module evaluation early; exports set before it remain.
exports.before = 'set before return';
if (true) return;
exports.after = 'never set';
