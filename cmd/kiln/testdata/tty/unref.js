// An unreferenced stdin does not keep the process alive, even while it
// flows; ref() takes that back until the first line.
const stdin = process.stdin;
stdin.on('data', (d) => {
  console.log('data', JSON.stringify(String(d)));
  stdin.unref();
});
console.log('unref returns stdin', stdin.unref() === stdin);
setTimeout(() => {
  console.log('ref returns stdin', stdin.ref() === stdin);
  console.log('ready');
}, 10);
process.on('exit', () => console.log('exit'));
