// An Agent's socket may come from createConnection's callback, and an agent
// may override createSocket itself and call the original later, as
// agent-base does (npm's @npmcli/agent and the proxy agents are built on
// it); an error given to the callback fails the request.
const http = require('http');
const net = require('net');

class CallbackAgent extends http.Agent {
  createConnection(options, cb) {
    setTimeout(() => cb(null, net.connect(options.port, options.host)), 5);
  }
}
class PromiseAgent extends http.Agent {
  createSocket(req, options, cb) {
    Promise.resolve().then(() => {
      this.pending = net.connect(options.port, options.host);
      super.createSocket(req, options, cb);
    });
  }
  createConnection() {
    const s = this.pending;
    this.pending = undefined;
    return s;
  }
}
class FailingAgent extends http.Agent {
  createConnection(options, cb) {
    process.nextTick(() => cb(Object.assign(new Error('no route'), { code: 'EHOSTUNREACH' })));
  }
}

const srv = http.createServer((req, res) => res.end('ok ' + req.url)).listen(0, async () => {
  const port = srv.address().port;
  const get = (path, agent) => new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let b = '';
      res.on('data', (c) => { b += c; });
      res.on('end', () => resolve(`${res.statusCode} ${b}`));
    }).on('error', (e) => resolve(`error ${e.code} ${e.message}`));
  });
  console.log(await get('/callback', new CallbackAgent()));
  const promiseAgent = new PromiseAgent({ keepAlive: true });
  console.log(await get('/promise', promiseAgent));
  console.log(await get('/again', promiseAgent));
  promiseAgent.destroy();
  console.log(await get('/fail', new FailingAgent()));
  srv.close();
});
