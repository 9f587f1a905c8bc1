// One child's stdout given as another's stdin, as a shell pipeline: the socket's descriptor is shared, and the
// parent stops reading it so that all the data goes to the second child.
const { spawn } = require('child_process');
const a = spawn('printf', ['b\\na\\nc\\n']);
const b = spawn('sort', [], { stdio: [a.stdout, 'pipe', 'inherit'] });
let out = '';
b.stdout.on('data', (d) => { out += d; });
a.on('exit', (code) => console.log('printf exit', code));
b.on('close', (code) => console.log('sort', JSON.stringify(out), code, a.stdout.isPaused()));
