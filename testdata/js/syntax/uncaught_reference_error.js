// A program that dies with an uncaught ReferenceError: stdout keeps what was printed before, exit code is 1.
console.log('start');
function outer() {
  console.log('in outer');
  return inner();
}
function inner() {
  try {
    return missingBinding;
  } finally {
    console.log('finally still runs');
  }
}
outer();
console.log('never printed');
