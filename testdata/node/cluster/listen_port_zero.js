// Workers that listen on port 0 share one port per server, as node's do: each of the two workers starts two http
// servers on port 0; the first servers of both get one port, the second ones another, and requests to a port are
// answered by both workers. cluster.disconnect() then ends it all.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const ports = { 1: [], 2: [] };
  let listening = 0;
  cluster.on('listening', (w, address) => {
    ports[w.id].push(address.port);
    if (++listening === 4) check();
  });
  // cluster.disconnect()'s callback comes when the last worker's channel
  // closes, and the workers' exits in no order node promises around it:
  // they are printed at the end.
  const exits = [];
  cluster.on('exit', (w, code, signal) => exits.push(`exit ${code} ${signal} ${w.exitedAfterDisconnect}`));
  process.on('exit', () => console.log(exits.join('\n')));
  cluster.fork();
  cluster.fork();

  function check() {
    const [a, b] = [ports[1], ports[2]];
    console.log('same ports in both workers', a[0] === b[0] && a[1] === b[1]);
    console.log('two ports', a[0] !== a[1], a.every((p) => p > 0));
    const answered = {};
    let asked = 0;
    const ask = (port, server) => http.get({ port, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        const [id, which] = body.split(' ');
        (answered[which] ||= new Set()).add(id);
        if (which !== server) console.log('wrong server', which, server);
        if (answered[server].size < 2 && ++asked < 500) return ask(port, server);
        console.log('server', server, 'answered by workers', [...answered[server]].sort().join(' '));
        if (server === 'first') ask(a[1], 'second');
        else cluster.disconnect(() => console.log('disconnected', Object.keys(cluster.workers).length));
      });
    });
    ask(a[0], 'first');
  }
} else {
  const start = (which) => http.createServer((req, res) => res.end(`${cluster.worker.id} ${which}`)).listen(0);
  const first = start('first');
  first.on('listening', () => start('second'));
}
