// Informational responses: 103 Early Hints with additionalHeaders, the
// compatibility API's automatic 100-continue, and the client's 'headers'
// and 'continue' events before 'response'; a Latin-1 header value.
const http2 = require('http2');
const log = [];
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] !== '/hints') return;
  stream.additionalHeaders({ ':status': 103, link: '</style.css>; rel=preload' });
  try { stream.additionalHeaders({ ':status': 200 }); } catch (e) { log.push(`${e.name} ${e.code}: ${e.message}`); }
  // A Latin-1 value goes out one byte a character and comes back the same.
  stream.respond({ ':status': 200, date: 'x', 'x-latin1': 'caf\u00e9' });
  stream.end('hinted');
  log.push(`sentInfoHeaders ${JSON.stringify(stream.sentInfoHeaders)}`);
});
server.on('request', (req, res) => {
  if (req.url !== '/upload') return;
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(`uploaded ${n}`));
});
function ask(client, headers, body) {
  return new Promise((resolve) => {
    const req = client.request(headers);
    req.on('headers', (h, f) => log.push(`${headers[':path']} headers ${h[':status']} ${h.link} flags=${f}`));
    req.on('continue', () => {
      log.push(`${headers[':path']} continue`);
      req.end(body);
    });
    req.on('response', (h) => log.push(`${headers[':path']} response ${h[':status']} ${h['x-latin1']}`));
    req.setEncoding('utf8');
    req.on('data', (d) => log.push(`${headers[':path']} data ${d}`));
    req.on('close', resolve);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  await ask(client, { ':path': '/hints' });
  await ask(client, { ':path': '/upload', ':method': 'POST', expect: '100-continue' }, 'body!');
  client.close();
  server.close();
  console.log(log.join('\n'));
});
