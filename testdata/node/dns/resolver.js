// dns.Resolver and the module's own: argument checks, getServers and
// setServers formats, setLocalAddress, lookupService's checks, and the ways
// a query ends without an answer (cancel, timeout, a closed port, a server
// change while queries run). The servers are local, so no network is needed.
const dns = require('dns');
const dgram = require('dgram');
const server = require('./_server/server.js');

function tryIt(label, f) {
  try {
    const v = f();
    console.log(label, '->', v === undefined ? 'ok' : v);
  } catch (e) {
    console.log(label, '->', `${e.name} [${e.code}]: ${e.message}`);
  }
}

const r = new dns.Resolver();
tryIt('setServers mixed', () => {
  r.setServers(['1.2.3.4', '[::1]:53', '[::1]:5353', '1.2.3.4:53', '5.6.7.8:99', '::2', 'fe80::1%eth0']);
  return r.getServers();
});
tryIt('setServers empty', () => { r.setServers([]); return r.getServers(); });
tryIt('setServers host name', () => r.setServers(['foo']));
tryIt('setServers string', () => r.setServers('foo'));
tryIt('setServers [1]', () => r.setServers([1]));
tryIt('setLocalAddress x', () => r.setLocalAddress('x'));
tryIt('setLocalAddress two v4', () => r.setLocalAddress('1.2.3.4', '1.2.3.5'));
tryIt('setLocalAddress two v6', () => r.setLocalAddress('::1', '::2'));
tryIt('setLocalAddress v6 v4', () => r.setLocalAddress('::1', '127.0.0.1'));
tryIt('setLocalAddress 1', () => r.setLocalAddress(1));
tryIt('setLocalAddress v4, 5', () => r.setLocalAddress('1.2.3.4', 5));
tryIt('timeout "x"', () => new dns.Resolver({ timeout: 'x' }));
tryIt('timeout -2', () => new dns.Resolver({ timeout: -2 }));
tryIt('tries 0', () => new dns.Resolver({ tries: 0 }));
tryIt('tries 1.5', () => new dns.Resolver({ tries: 1.5 }));
tryIt('resolve4(1)', () => dns.resolve4(1, () => {}));
tryIt('resolve4 no callback', () => dns.resolve4('x'));
tryIt('resolve BOGUS', () => dns.resolve('x', 'BOGUS', () => {}));
tryIt('resolve rrtype 5', () => dns.resolve('x', 5, () => {}));
tryIt('promises.resolve rrtype 5', () => dns.promises.resolve('x', 5));
tryIt('promises.resolve BOGUS', () => dns.promises.resolve('x', 'BOGUS'));
tryIt('promises.resolve4(5)', () => dns.promises.resolve4(5));
tryIt('reverse("nope")', () => dns.reverse('nope', () => {}));
tryIt('lookupService bad address', () => dns.lookupService('x', 80, () => {}));
tryIt('lookupService port "x"', () => dns.lookupService('1.2.3.4', 'x', () => {}));
tryIt('lookupService port 70000', () => dns.lookupService('1.2.3.4', 70000, () => {}));
tryIt('lookupService two args', () => dns.lookupService('1.2.3.4', 80));
tryIt('promises.lookupService port "x"', () => dns.promises.lookupService('1.2.3.4', 'x'));
tryIt('promises.lookupService one arg', () => dns.promises.lookupService('1.2.3.4'));
console.log('names', dns.resolve4.name, dns.reverse.name, dns.resolve.name, dns.Resolver.prototype.resolveAny.name,
  dns.promises.Resolver.prototype.resolveAny.name, dns.promises.Resolver.name);
console.log('base methods', Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)));

function done(label) {
  return (err, res) => console.log(label, err ? `${err.code} ${err.message}` : res);
}

server.start((host, port, seen, close) => {
  const slow = new dns.Resolver({ timeout: 20, tries: 1 });
  slow.setServers([`${host}:${port}`]);
  slow.resolve4('slow.test', (err) => {
    console.log('timeout:', err.code, err.message);
    const c = new dns.Resolver();
    c.setServers([`${host}:${port}`]);
    c.resolve4('slow.test', done('cancelled A'));
    c.resolveMx('slow.test', done('cancelled MX'));
    tryIt('setServers while pending', () => c.setServers(['127.0.0.1']));
    console.log('cancel returns', c.cancel());
    // A port nobody listens on answers with ICMP: ECONNREFUSED.
    const probe = dgram.createSocket('udp4');
    probe.bind(0, '127.0.0.1', () => {
      const closed = probe.address().port;
      probe.close(() => {
        const refused = new dns.Resolver({ tries: 1 });
        refused.setServers([`127.0.0.1:${closed}`]);
        // One at a time, so that the output's order is fixed.
        const steps = [
          (next) => refused.resolve4('a.test', (err) => { console.log('closed port:', err.code, err.message); next(); }),
          (next) => refused.resolve4('a..test', (err) => { console.log('empty label:', err.code, err.message); next(); }),
          (next) => refused.resolve4(`${'x'.repeat(64)}.test`, (err) => { console.log('long label:', err.code); next(); }),
          (next) => {
            const none = new dns.Resolver();
            none.setServers([]);
            none.resolve4('a.test', (err) => { console.log('no servers:', err.code, err.message); next(); });
          },
          (next) => {
            const local = new dns.Resolver();
            local.setServers([`${host}:${port}`]);
            local.setLocalAddress('127.0.0.1');
            local.resolve4('a.test', (err, res) => { console.log('with local address:', err, res); next(); });
          },
          (next) => dns.promises.lookupService('127.0.0.1', 22).then((res) => { console.log('lookupService', res); next(); }),
        ];
        const run = () => (steps.length ? steps.shift()(run) : close());
        run();
      });
    });
  });
});
