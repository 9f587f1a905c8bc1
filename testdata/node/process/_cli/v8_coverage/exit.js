// process.exit in the middle: the counts so far are written.
function check(n) {
  if (n > 2) {
    process.exit(0);
  }
  return n * 2;
}
for (let i = 0; i < 5; i++) check(i);
console.log('never printed');
