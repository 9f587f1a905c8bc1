// Expect: 100-continue and other expectations on the server (the default
// 100, 'checkContinue', 'checkExpectation', the default 417, HTTP/1.0
// ignoring Expect), interim responses (writeContinue, writeProcessing,
// writeEarlyHints and its checks), and the client's 'continue' and
// 'information' events.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('request', req.url, JSON.stringify(body));
    if (req.url === '/hints') {
      res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload'], 'x-foo': 'bar' });
      res.writeProcessing();
    }
    res.end('ok ' + body);
  });
});

// raw sends text and ends the connection once the reply ends with last.
function raw(text, last) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(text));
    let out = '';
    c.on('data', (d) => {
      out += d;
      if (out.endsWith(last)) c.end();
    });
    c.on('close', () => { console.log(JSON.stringify(out.replace(/Date: .*\r\n/g, ''))); resolve(); });
  });
}

function post(path, headers, onRequest) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path, headers });
    req.on('continue', () => console.log('client continue'));
    req.on('information', (info) => console.log('client information', JSON.stringify(info)));
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log('client response', res.statusCode, JSON.stringify(body)); resolve(); });
    });
    onRequest(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await raw('POST /a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi', 'ok hi');
  await raw('POST /b HTTP/1.1\r\nHost: x\r\nExpect: something\r\nContent-Length: 2\r\n\r\nhi', '0\r\n\r\n');
  await raw('POST /b10 HTTP/1.0\r\nHost: x\r\nExpect: something\r\nContent-Length: 2\r\n\r\nhi', 'ok hi');
  server.on('checkExpectation', (req, res) => {
    console.log('checkExpectation', req.headers.expect);
    res.writeHead(200);
    res.end('fine');
  });
  await raw('POST /c HTTP/1.1\r\nHost: x\r\nExpect: something\r\nContent-Length: 2\r\n\r\nhi', '0\r\n\r\n');
  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url);
    if (req.url === '/refused') {
      // Without the 100 sent, the connection closes after the answer.
      res.writeHead(403);
      res.end();
      return;
    }
    res.writeContinue(() => console.log('writeContinue callback'));
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end('continued ' + body));
  });
  await raw('POST /d HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi', 'continued hi');
  await raw('POST /refused HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n', '0\r\n\r\n');

  // The client sends its head at once and the body on 'continue'.
  await post('/e', { Expect: '100-continue' }, (req) => req.on('continue', () => req.end('body')));
  server.removeAllListeners('checkContinue');
  await post('/hints', {}, (req) => req.end());
  await raw('POST /hints HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n', 'ok ');

  const checks = http.createServer((req, res) => {
    for (const hints of ['x', null, { link: 'bad' }, { link: ['</a>; rel=preload', 7] }, { link: '</a>; rel=preload' }]) {
      try {
        res.writeEarlyHints(hints);
        console.log('accepted', JSON.stringify(hints));
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    res.writeEarlyHints({});
    res.end();
    checks.close();
  });
  checks.listen(0, '127.0.0.1', () => {
    http.get({ port: checks.address().port, host: '127.0.0.1' }, (res) => {
      res.resume();
      res.on('end', () => server.close(() => console.log('server closed')));
    });
  });
});
