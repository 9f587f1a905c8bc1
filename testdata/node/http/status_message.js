// The status line's reason phrase. A statusMessage left empty or not a string
// takes the code's standard phrase unless writeHead is given one explicitly
// (Next.js copies a fetch Response's statusText, '' by default, into it);
// writeHead(code, undefined, headers) keeps its headers; a reason with a
// control character is ERR_INVALID_CHAR.
const http = require('node:http'); const net = require('node:net');
const cases = [
  (res) => { res.statusMessage = ''; res.end('a'); },
  (res) => { res.writeHead(200, ''); res.end('b'); },
  (res) => { res.statusMessage = ''; res.writeHead(201); res.end(); },
  (res) => { res.statusMessage = 0; res.end(); },
  (res) => { res.statusMessage = ''; res.write('c'); res.end(); },
  (res) => { res.statusCode = 599; res.statusMessage = ''; res.end(); },
  (res) => { res.statusMessage = 'Fine'; res.writeHead(202); res.end(); },
  (res) => { res.writeHead(200, undefined, { 'x-kept': '1' }); res.end(); },
  (res) => { res.writeHead(200, { 'x-obj': '2' }); res.end(); },
  (res) => {
    try { res.writeHead(200, 'bad\nreason'); } catch (e) { console.log('throws', e.name, e.code, e.message); }
    res.statusMessage = 'Reset';
    res.end();
  },
];
const s = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  cases[i](res);
  console.log(i, 'statusMessage', JSON.stringify(res.statusMessage));
});
s.listen(0, '127.0.0.1', () => {
  let i = 0;
  const next = () => {
    if (i === cases.length) { s.close(); return; }
    const c = net.connect(s.address().port, '127.0.0.1', () => c.write(`GET /${i} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`));
    let d = '';
    c.on('data', (x) => d += x);
    c.on('end', () => {
      const head = d.split('\r\n\r\n')[0].split('\r\n').filter((l) => !/^(Date|Connection|Keep-Alive):/i.test(l));
      console.log(i, JSON.stringify(head));
      i++; next();
    });
  };
  next();
});
