// What keeps a forked child alive, by node's rules: the channel counts
// while 'message' or 'disconnect' listeners are on process, unless the
// program ref()s or unref()s it itself.
const mode = process.argv[2];
process.on('exit', code => console.log(mode, 'child exit', code, process.connected));
if (mode === 'listener' || mode === 'unref') {
  process.on('message', m => process.send(`got ${m}`));
}
if (mode === 'unref') process.channel.unref();
if (mode === 'remove') {
  process.on('message', function onMessage(m) {
    process.removeListener('message', onMessage);
    process.send(`removed after ${m}`);
  });
}
if (mode === 'ref') process.channel.ref();
process.send('up');
