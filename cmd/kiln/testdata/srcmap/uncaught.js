// An error nobody catches: the banner must quote lib/a.js, not the bundle.
const { Runner } = require('./lib/b');

console.log(new Runner().run(1));
new Runner().run(7);
