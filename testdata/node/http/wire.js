// The server on the wire: two pipelined requests on one raw connection, an
// unconnected socket's write, and a malformed request answered with 400.
const http = require('node:http'); const net = require('node:net');
const s = http.createServer((req, res) => res.end('hi ' + req.url));
console.log(s instanceof net.Server, typeof s.listen);
s.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${s.address().port}/x`, (res) => {
    res.setEncoding('utf8'); res.on('data', d => console.log('got', d));
    res.on('end', () => {
      // pipelined requests on one raw socket
      const c = net.connect(s.address().port, '127.0.0.1', () => c.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'));
      let d = ''; c.on('data', x => d += x); c.on('end', () => { console.log(JSON.stringify(d.replace(/Date: .*?\r\n/g, ''))); s.close(); 
        const u = new net.Socket(); u.on('error', e => console.log('unconnected write', e.code)); u.write('x');
        const bad = net.createServer((c) => c.end()).listen(0, () => { const z = net.connect(bad.address().port, () => z.write('GARBAGE\r\n\r\n')); z.resume(); z.on('close', () => bad.close()); });
        const h2 = http.createServer(() => {}).listen(0, () => { const z = net.connect(h2.address().port, () => z.write('GARBAGE\r\n\r\n')); let o=''; z.on('data', x => o += x); z.on('close', () => { console.log('bad request ->', JSON.stringify(o)); h2.close(); }); });
      });
    });
  });
});
