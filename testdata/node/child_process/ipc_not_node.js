// stdio 'ipc' with a child that is not a node program: a shell reading and
// writing the channel's fd, one JSON message a line.
const cp = require('child_process');

const script = [
  'echo "fd $NODE_CHANNEL_FD mode $NODE_CHANNEL_SERIALIZATION_MODE"',
  'echo \'{"from":"sh","n":1}\' >&3',
  'read line <&3',
  'echo "sh read $line"',
  // Two messages in one write, then one split across two writes.
  'printf \'"two"\\n[3]\\n{"spl\' >&3',
  'read line <&3',
  'printf \'it":true}\\n\' >&3',
  'exit 4',
].join('\n');
const child = cp.spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
console.log(child.connected, child.stdio.length, child.stdio[3], typeof child.send);
let out = '';
child.stdout.setEncoding('utf8').on('data', d => { out += d; });
let n = 0;
child.on('message', m => {
  console.log('message', JSON.stringify(m));
  n++;
  if (n === 1) child.send({ to: 'sh', list: [1, 2] });
  if (n === 3) child.send('go on');
});
child.on('disconnect', () => console.log('disconnect'));
child.on('close', (code, signal) => {
  console.log('close', code, signal, child.connected);
  console.log(out);
  fifth();
});

// A channel in another place than fd 3.
function fifth() {
  const five = cp.spawn('sh', ['-c', 'echo 5 >&5; read x <&5; echo "fd $NODE_CHANNEL_FD"'],
    { stdio: ['ignore', 'pipe', 'inherit', 'ignore', null, 'ipc'] });
  five.stdout.setEncoding('utf8').on('data', d => console.log('five says', d.trim()));
  five.on('message', m => {
    console.log('five message', m, five.stdio.length);
    five.send('x');
  });
}
