// Unix-domain sockets (node's pipes): listen and connect by path, node's
// errors for a path in use, a missing socket and a file that is no socket,
// the socket file removed on close, http over socketPath, readableAll and
// writableAll, and a closed server's address. tsx's CLI
// talks to its children this way, and docker clients use socketPath.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unix-socket-'));
const sock = path.join(dir, 's.sock');
const rel = (s) => (typeof s === 'string' ? s.split(dir).join('<dir>') : s);

function streams() {
  return new Promise((resolve) => {
    const server = net.createServer((c) => {
      c.setNoDelay(true);
      c.on('data', (d) => {
        console.log('server got', d.toString(), c.remoteAddress, c.remotePort, c.localAddress, JSON.stringify(c.address()));
        c.end('pong:' + d);
      });
    });
    server.listen(sock, () => {
      console.log('listening', rel(server.address()), fs.statSync(sock).isSocket());
      const again = net.createServer();
      again.on('error', (e) => {
        console.log('second listen', e.code, e.errno === -os.constants.errno.EADDRINUSE, e.syscall, rel(e.address), e.port, rel(e.message));
        const c = net.connect(sock, () => {
          console.log('client connect', c.remoteAddress, JSON.stringify(c.address()), c.connecting);
          c.write('ping');
        });
        c.setNoDelay(true);
        let got = '';
        c.on('data', (d) => { got += d; });
        c.on('end', () => console.log('client got', got));
        c.on('close', () => {
          server.close(() => {
            console.log('closed, socket file exists:', fs.existsSync(sock));
            resolve();
          });
        });
      });
      again.listen({ path: sock });
    });
  });
}

function failures() {
  return new Promise((resolve) => {
    const c = net.createConnection({ path: path.join(dir, 'nope.sock') });
    c.on('error', (e) => {
      console.log('connect missing', e.code, e.syscall, rel(e.address), e.port, rel(e.message));
      fs.writeFileSync(path.join(dir, 'plain'), '');
      net.connect(path.join(dir, 'plain')).on('error', (e) => {
        console.log('connect file', e.code, rel(e.message));
        resolve();
      });
    });
  });
}

function overHTTP() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end(`hello ${req.method} ${req.url} ${req.headers.host}`));
    server.listen({ path: sock }, () => {
      http.get({ socketPath: sock, path: '/x?y=1' }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log('http', res.statusCode, body);
          server.close(resolve);
        });
      });
    });
  });
}

function modesAndPaths() {
  return new Promise((resolve) => {
    const missing = net.createServer();
    missing.on('error', (e) => {
      // libuv says EACCES for a folder that does not exist.
      console.log('listen in a missing folder', e.code, e.port, rel(e.message));
      const server = net.createServer().listen({ path: sock, readableAll: true, writableAll: true }, () => {
        console.log('everyone may read and write', (fs.statSync(sock).mode & 0o666) === 0o666);
        server.close(() => {
          console.log('address once closed', rel(server.address()));
          resolve();
        });
      });
    });
    missing.listen(path.join(dir, 'no-such-folder', 's.sock'));
  });
}

streams().then(failures).then(overHTTP).then(modesAndPaths).then(() => {
  fs.rmSync(dir, { recursive: true });
  console.log('done');
});
