const { mkdirSync } = require('fs');
function make() {
  mkdirSync('.');
}
make();
