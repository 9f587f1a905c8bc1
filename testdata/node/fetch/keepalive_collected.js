// Flags: --expose-gc
// fetch over a kept-alive connection leaves nothing behind per request: Kiln waited for 'connect' on every socket the
// agent handed it, including reused ones that never connect again, and each such listener held its request alive
// with the socket (about 12 KB a request; 4.8 MB here).
// No GC stress: 500 fetches through the web-streams machinery pass so many safepoints that a collection at each
// takes a minute; what this checks is that nothing is kept, which stress does not change.
const http = require('http');
const heap = () => { gc(); return process.memoryUsage().heapUsed; };
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('{"ok":true}'));
}).listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const run = async (n) => {
    for (let i = 0; i < n; i++) await (await fetch(url, { method: 'POST', body: 'x' })).json();
  };
  await run(100);
  const before = heap();
  await run(400);
  const grown = heap() - before;
  console.log('400 fetches:', grown < 3 * (1 << 20) ? 'no growth to speak of' : `grew by ${grown} bytes`);
  server.close();
  setImmediate(() => process.exit(0));
});
