// Fails while it is being required.
const ready = false;

if (!ready) throw new Error('lib/init.js is not ready');
