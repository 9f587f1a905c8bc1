// stdio 'ipc' in advanced mode with a child that is not a node program: a
// shell writes frames (a 4-byte big-endian length, then v8.serialize's
// bytes) to the channel's fd and dumps the frames it reads.
const cp = require('child_process');

const script = [
  'echo "mode $NODE_CHANNEL_SERIALIZATION_MODE"',
  // {"a":1}, then "x" and null in one write, then [1n] split in two writes.
  'printf \'\\000\\000\\000\\012\\377\\017\\157\\042\\001\\141\\111\\002\\173\\001\' >&3',
  'printf \'\\000\\000\\000\\005\\377\\017\\042\\001\\170\\000\\000\\000\\003\\377\\017\\060\' >&3',
  'printf \'\\000\\000\\000\\021\\377\\017\\101\\001\\132\' >&3',
  'printf \'\\020\\001\\000\\000\\000\\000\\000\\000\\000\\044\\000\\001\' >&3',
  'head -c 34 <&3 | od -An -tx1',
  'exit 4',
].join('\n');
const child = cp.spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], serialization: 'advanced' });
let out = '';
child.stdout.setEncoding('utf8').on('data', d => { out += d; });
let n = 0;
child.on('message', m => {
  console.log('message', m);
  if (++n === 4) {
    child.send(new Map([['k', 1n]]));
    child.send(Buffer.from('hi'));
  }
});
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  console.log(out.replace(/ +/g, ' ').trim());
});
