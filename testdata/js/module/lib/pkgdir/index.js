// Helper: loaded by requiring the directory ./lib/pkgdir, which resolves to its index.js.
exports.fromIndex = 'directory index';
exports.sibling = require('../math.js').square(7);
