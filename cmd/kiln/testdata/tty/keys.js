// Raw mode: keys come as typed, decoded by readline's emitKeypressEvents;
// Ctrl-C is data, not SIGINT.
const readline = require('readline');
const stdin = process.stdin;
readline.emitKeypressEvents(stdin);
console.log('setRawMode returns stdin', stdin.setRawMode(true) === stdin, 'isRaw', stdin.isRaw);
process.on('SIGINT', () => console.log('SIGINT'));
stdin.on('data', (d) => console.log('data', JSON.stringify(String(d))));
stdin.on('keypress', (str, key) => {
  console.log('keypress', JSON.stringify(str), key.name, key.ctrl, key.meta, key.shift, JSON.stringify(key.sequence));
  if (key.ctrl && key.name === 'c') {
    stdin.setRawMode(false);
    console.log('isRaw', stdin.isRaw);
    stdin.pause();
  }
});
console.log('ready');
