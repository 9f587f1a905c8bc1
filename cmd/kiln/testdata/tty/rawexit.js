// A program that ends in raw mode: the terminal's line mode comes back
// when the process ends (the test checks the terminal's flags).
process.stdin.setRawMode(true);
console.log('isRaw', process.stdin.isRaw);
