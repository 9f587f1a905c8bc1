// process.stdin, stdout and stderr are made by what each descriptor is, as node's getStdout and getStdin make
// them: a net.Socket over a Pipe (or TCP) handle on a pipe or socket, a SyncWriteStream on a file or /dev/null,
// an fs.ReadStream for stdin on a file. Each type is given to a child through child_process's stdio; the child
// writes what it sees to a file named in its environment.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdio-types-'));
const probe = path.join(dir, 'probe.js');
fs.writeFileSync(probe, `
const fs = require('fs');
const net = require('net');
const out = [];
for (const name of ['stdin', 'stdout', 'stderr']) {
  const s = process[name];
  const h = s._handle;
  out.push([name, s.constructor.name, s instanceof net.Socket, s._type, h ? h.constructor.name : h,
    h ? h.fd : undefined, s.isTTY, s.fd, s.writable, s.readable, s.writableHighWaterMark, s.readableFlowing,
    typeof s.setRawMode, h ? typeof h.setBlocking : undefined, s._isStdio].map(String).join(' '));
}
fs.writeFileSync(process.env.PROBE_OUT, out.join('\\n') + '\\n');
`);

let runs = 0;
function run(name, stdio, before) {
  return new Promise((resolve) => {
    const outFile = path.join(dir, `probe${++runs}.txt`);
    const child = spawn(process.execPath, [probe], { stdio, env: { ...process.env, PROBE_OUT: outFile } });
    if (before) before(child);
    child.on('close', (code) => {
      console.log(`-- ${name}: exit ${code}`);
      console.log(fs.readFileSync(outFile, 'utf8').trimEnd());
      resolve();
    });
  });
}

(async () => {
  await run('pipes', ['pipe', 'pipe', 'pipe'], (c) => { c.stdin.end(); c.stdout.resume(); c.stderr.resume(); });
  const file = path.join(dir, 'file');
  fs.writeFileSync(file, 'input\n');
  const rfd = fs.openSync(file, 'r');
  const wfd = fs.openSync(path.join(dir, 'written'), 'w');
  await run('files', [rfd, wfd, wfd]);
  fs.closeSync(rfd);
  fs.closeSync(wfd);
  await run('ignored (/dev/null)', 'ignore');
  // A TCP connection as stdout: the child's is a socket over a TCP handle.
  const server = net.createServer((conn) => conn.resume());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = net.connect(server.address().port, '127.0.0.1');
  await new Promise((resolve) => client.on('connect', resolve));
  await run('tcp stdout', ['ignore', client, 'ignore']);
  client.destroy();
  server.close();
  fs.rmSync(dir, { recursive: true });
})();
