require('fs').stat('nope', (err) => {
  throw err;
});
