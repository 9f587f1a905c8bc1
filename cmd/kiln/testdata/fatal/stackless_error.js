// An error whose stack has no frames prints in brackets, with its other
// properties on one line when they fit, as util.inspect shows it.
require('fs').readFile(__dirname + '/does-not-exist', (err) => {
  err.path = 'does-not-exist';
  throw err;
});
