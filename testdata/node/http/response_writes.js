// A response's writes on the wire: the body's last piece given to end() with
// and without chunking, text and bytes, multi-byte and latin1 text, HEAD,
// and the order of the write and end callbacks, 'finish' and 'close'; a
// head written before end(chunk) (chunked: the last piece and the end
// corked together).
const http = require('node:http'); const net = require('node:net');
const log = [];
const routes = {
  '/end-text': (res) => res.end('hello'),
  '/end-bytes': (res) => res.end(Buffer.from('bytes')),
  '/end-empty': (res) => res.end(''),
  '/length': (res) => { res.setHeader('Content-Length', 6); res.write('abc'); res.end(Buffer.from('def')); },
  '/chunked': (res) => { res.write('ab'); res.write(Buffer.from('cd')); res.write('€'); res.end('ef'); },
  '/latin1': (res) => { res.write('é', 'latin1'); res.write('6869', 'hex'); res.end('ü', 'latin1'); },
  '/trailers': (res) => { res.addTrailers({ 'X-T': '1' }); res.write('a'); res.end(); },
  '/callbacks': (res) => {
    res.on('finish', () => log.push('finish'));
    res.on('close', () => log.push('close'));
    res.write('x', () => log.push('write cb'));
    res.end('y', () => log.push('end cb'));
    log.push('end returned');
  },
  '/callbacks-length': (res) => {
    res.on('finish', () => log.push('finish'));
    res.on('close', () => log.push('close'));
    res.setHeader('Content-Length', 2);
    res.write('x', () => log.push('write cb'));
    res.end('y', () => log.push('end cb'));
    process.nextTick(() => log.push('tick after end'));
  },
  '/head-then-end-text': (res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('{"a":1}'); },
  '/head-then-end-bytes': (res) => { res.writeHead(201); res.end(Buffer.from('bytes')); },
  '/head-then-end-trailers': (res) => {
    res.on('finish', () => log.push('finish'));
    res.on('close', () => log.push('close'));
    res.writeHead(200);
    res.addTrailers({ 'X-T': 'é' });
    res.end(Buffer.from('zz'), () => log.push('end cb'));
    process.nextTick(() => log.push('tick after end'));
  },
};
const server = http.createServer((req, res) => routes[req.url](res));
const order = [['GET', '/end-text'], ['HEAD', '/end-text'], ['GET', '/end-bytes'], ['GET', '/end-empty'],
  ['GET', '/length'], ['GET', '/chunked'], ['GET', '/latin1'], ['GET', '/trailers'], ['GET', '/callbacks'],
  ['GET', '/callbacks-length'], ['HTTP/1.0', '/chunked'], ['GET', '/head-then-end-text'],
  ['GET', '/head-then-end-bytes'], ['GET', '/head-then-end-trailers'], ['HTTP/1.0', '/head-then-end-text']];
server.listen(0, '127.0.0.1', function next(i = 0) {
  if (i === order.length) return server.close();
  const [method, url] = order[i];
  const line = method === 'HTTP/1.0' ? `GET ${url} HTTP/1.0` : `${method} ${url} HTTP/1.1`;
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(`${line}\r\nHost: a\r\nConnection: close\r\n\r\n`));
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('close', () => {
    console.log(line, JSON.stringify(Buffer.concat(got).toString('latin1').replace(/Date: .*?\r\n/, '')));
    if (log.length) console.log(' ', log.splice(0).join(', '));
    next(i + 1);
  });
});
