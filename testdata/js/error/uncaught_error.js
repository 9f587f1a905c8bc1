// An uncaught Error thrown from nested calls: stdout has what was printed before; node prints the error on stderr and
// exits with code 1. Pending microtasks never run.
console.log('before');
Promise.resolve().then(() => console.log('microtask must not run'));
function validate(x) {
  if (x < 0) throw new RangeError(`negative input: ${x}`);
  return x;
}
console.log(validate(1));
console.log(validate(-1));
console.log('after (never printed)');
