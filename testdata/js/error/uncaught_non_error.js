// Throwing a non-Error value (a plain object) uncaught still exits with code 1; finally blocks run first.
console.log('start');
try {
  console.log('in try');
  throw { code: 'E_PLAIN', toString() { return 'plain object thrown'; } };
} finally {
  console.log('finally runs before the process dies');
}
console.log('unreachable');
