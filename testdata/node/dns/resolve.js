// dns.resolve* and reverse against the tiny server in _server (UDP, TCP for
// a truncated answer): every record type node parses, TTLs, ANY, the errors
// a server's answer maps to, and the same through dns.promises and a
// Resolver of its own.
const dns = require('dns');
const server = require('./_server/server.js');

const queries = [
  ['resolve4', 'a.test', { ttl: true }], ['resolve6', 'a.test', { ttl: true }], ['resolve4', 'a.test'],
  ['resolve6', 'a.test'], ['resolveMx', 'mx.test'], ['resolveTxt', 'txt.test'], ['resolveSrv', 'srv.test'],
  ['resolveNaptr', 'naptr.test'], ['resolveSoa', 'soa.test'], ['resolveCaa', 'caa.test'], ['resolveNs', 'ns.test'],
  ['resolveCname', 'alias.test'], ['resolve4', 'alias.test', { ttl: true }], ['resolve6', 'alias.test'],
  ['resolveMx', 'alias.test'], ['resolveNs', 'alias.test'], ['resolvePtr', 'alias.test'], ['resolveTxt', 'alias.test'],
  ['resolveSrv', 'alias.test'], ['resolveNaptr', 'alias.test'], ['resolveCaa', 'alias.test'], ['resolveSoa', 'alias.test'],
  ['resolveAny', 'alias.test'], ['resolvePtr', '4.3.2.1.in-addr.arpa'], ['resolveAny', 'any.test'],
  ['resolveAny', 'a.test'], ['reverse', '1.2.3.4'], ['reverse', '2001:db8::1'], ['resolve', 'mx.test', 'MX'],
  ['resolve', 'a.test'], ['resolve', 'txt.test', 'TXT'], ['resolve4', 'A.TEST.'],
  ['resolve4', 'nx.test'], ['resolve4', 'fail.test'], ['resolve4', 'refused.test'], ['resolve4', 'empty.test'],
  ['resolve6', 'empty.test'], ['resolve4', 'bad.test'], ['resolveSoa', 'nx.test'], ['resolveAny', 'nx.test'],
  ['resolveCname', 'a.test'], ['resolve4', 'big.test'],
];

function show(label, err, res) {
  if (err) {
    console.log(label, 'error:', err.message, [err.code, err.errno, err.syscall, err.hostname], Object.keys(err));
  } else {
    console.log(label, JSON.stringify(res));
  }
}

server.start(async (host, port, seen, close) => {
  dns.setServers([`${host}:${port}`]);
  const strip = (list) => list.map((s) => s.replace(/:\d+$/, ':PORT'));
  console.log('servers', strip(dns.getServers()), strip(dns.promises.getServers()));
  for (const [method, ...args] of queries) {
    await new Promise((resolve) => {
      const ret = dns[method](...args, (err, res) => {
        show(`${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`, err, res);
        resolve();
      });
      if (typeof ret !== 'object') console.log('returned', typeof ret);
    });
  }
  console.log('transports', seen);

  for (const [method, ...args] of [['resolve4', 'a.test', { ttl: true }], ['resolveMx', 'mx.test'],
    ['resolve', 'caa.test', 'CAA'], ['reverse', '1.2.3.4'], ['resolve4', 'nx.test'], ['reverse', 'nope']]) {
    try {
      show(`promises.${method}`, null, await dns.promises[method](...args));
    } catch (err) {
      show(`promises.${method}`, err);
    }
  }

  const r = new dns.Resolver();
  r.setServers([`${host}:${port}`]);
  await new Promise((resolve) => r.resolveSrv('srv.test', (err, res) => { show('Resolver srv', err, res); resolve(); }));
  const pr = new dns.promises.Resolver();
  pr.setServers([`${host}:${port}`]);
  show('promises.Resolver ns', null, await pr.resolveNs('ns.test'));
  close();
});
