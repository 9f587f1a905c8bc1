'use strict';
// a.js throws from a nested call so that the stack has several frames here.
function check(n) {
  if (n > 2) {
    throw new RangeError('too big: ' + n);
  }
  return n * 2;
}

function twice(n) {
  return check(n) + check(n + 1);
}

module.exports = { twice };
