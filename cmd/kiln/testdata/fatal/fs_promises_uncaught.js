// An fs.promises rejection no one handles: node's banner is the await in
// node's fs/promises that failed.
require('fs').promises.stat('nope');
