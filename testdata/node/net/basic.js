// A server and a client in one process: event order on each side, the
// socket's addresses and counters, encodings, half-open and pause.
const net = require('net');

function run(name, serverSide, clientSide) {
  return new Promise((resolve) => {
    const log = [];
    const server = net.createServer((sock) => {
      log.push('server connection');
      serverSide(sock, log);
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      clientSide(c, log);
      c.on('close', (hadError) => {
        log.push(`client close ${hadError}`);
        server.close(() => {
          log.push('server close');
          console.log(name);
          for (const l of log) console.log('  ' + l);
          resolve();
        });
      });
    });
  });
}

(async () => {
  await run('echo', (sock, log) => {
    sock.on('data', (d) => { log.push(`server data ${d}`); sock.write(d); });
    sock.on('end', () => { log.push('server end'); sock.end(); });
    sock.on('close', (h) => log.push(`server socket close ${h}`));
  }, (c, log) => {
    log.push(`client connecting=${c.connecting} pending=${c.pending} readyState=${c.readyState}`);
    c.on('connect', () => {
      log.push(`client connect readyState=${c.readyState} remote=${c.remoteAddress} family=${c.remoteFamily}`);
      log.push(`local=${c.localAddress} localPort=${typeof c.localPort} address=${JSON.stringify(Object.keys(c.address()))}`);
      c.write('hello');
    });
    c.on('ready', () => log.push('client ready'));
    c.on('data', (d) => { log.push(`client data ${d} bytesRead=${c.bytesRead} bytesWritten=${c.bytesWritten}`); c.end(); });
    c.on('end', () => log.push('client end'));
    c.on('finish', () => log.push('client finish'));
  });

  await run('server ends first, utf8 decoding', (sock, log) => {
    sock.end('h\u00e9llo \u2603');
    sock.on('close', (h) => log.push(`server socket close ${h} bytesWritten=${sock.bytesWritten}`));
  }, (c, log) => {
    c.setEncoding('utf8');
    c.on('data', (d) => log.push(`client data ${typeof d} ${d}`));
    c.on('end', () => log.push(`client end readyState=${c.readyState}`));
  });

  await run('reply from the end handler', (sock, log) => {
    let got = '';
    sock.on('data', (d) => { got += d; });
    sock.on('end', () => { log.push(`server end got=${got}`); sock.end('reply:' + got); });
  }, (c, log) => {
    c.on('connect', () => c.end('question'));
    c.on('data', (d) => log.push(`client data ${d}`));
    c.on('end', () => log.push('client end'));
  });

  await run('destroy from the server side', (sock, log) => {
    sock.on('data', () => sock.destroy());
    sock.on('close', (h) => log.push(`server socket close ${h} destroyed=${sock.destroyed}`));
  }, (c, log) => {
    c.on('connect', () => c.write('x'));
    c.on('end', () => log.push('client end'));
    c.on('error', (e) => log.push(`client error ${e.code}`));
  });

  await run('big transfer with backpressure', (sock, log) => {
    let n = 0;
    sock.on('data', (d) => { n += d.length; });
    sock.on('end', () => { log.push(`server received ${n}`); sock.end(); });
  }, (c, log) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let i = 0;
    let sawFalse = false;
    const pump = () => {
      while (i < 64) {
        i++;
        if (!c.write(chunk)) { sawFalse = true; c.once('drain', pump); return; }
      }
      log.push(`client wrote all, saw backpressure ${sawFalse}`);
      c.end();
    };
    c.on('connect', pump);
    c.resume();
  });

  await run('setTimeout fires on an idle socket', (sock, log) => {
    sock.on('end', () => sock.end());
  }, (c, log) => {
    c.setTimeout(30, () => {
      log.push(`client timeout, timeout=${c.timeout}`);
      c.setTimeout(0);
      log.push(`after clearing timeout=${c.timeout}`);
      c.end();
    });
    c.resume();
  });

  const server = net.createServer({ pauseOnConnect: false }, (s) => s.end());
  server.listen({ port: 0, host: '127.0.0.1' }, () => {
    const a = server.address();
    console.log('listen(options)', a.address, a.family, typeof a.port, server.listening);
    server.getConnections((err, n) => {
      console.log('getConnections', err, n);
      server.close();
      console.log('listening after close', server.listening, server.address());
    });
  });
  server.on('close', () => console.log('server close event'));
})();
