// Ctrl-D on an empty line in line mode is the end of the input: 'end',
// then the stream closes.
const stdin = process.stdin;
stdin.setEncoding('utf8');
stdin.on('data', (d) => console.log('data', JSON.stringify(d)));
stdin.on('end', () => console.log('end'));
stdin.on('close', () => console.log('close', stdin.destroyed));
console.log('ready');
