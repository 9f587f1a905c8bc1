// dns.lookup: argument checks as a table, then lookups of localhost, IP
// literals and a name that cannot exist (.invalid is reserved), with
// callbacks and with dns/promises.
const dns = require('dns');
const dnsPromises = require('dns/promises');

const calls = [
  ['lookup(1, cb)', () => dns.lookup(1, () => {})],
  ['family 5 in options', () => dns.lookup('x', { family: 5 }, () => {})],
  ['family 5 as number', () => dns.lookup('x', 5, () => {})],
  ['no callback', () => dns.lookup('x')],
  ['all: 1', () => dns.lookup('x', { all: 1 }, () => {})],
  ['hints: "a"', () => dns.lookup('x', { hints: 'a' }, () => {})],
  ['setDefaultResultOrder("x")', () => dns.setDefaultResultOrder('x')],
  ['promises.lookup(1)', () => dnsPromises.lookup(1)],
];
for (const [label, f] of calls) {
  try {
    f();
    console.log(label, '-> ok');
  } catch (e) {
    console.log(label, '->', `${e.code} ${e.name}: ${e.message}`);
  }
}
console.log('same promises object', dnsPromises === dns.promises, typeof dns.lookup, dns.getDefaultResultOrder());
console.log('constants', dns.NOTFOUND, dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);

function step(label, ...args) {
  return new Promise((resolve) => {
    dns.lookup(...args, (err, address, family) => {
      if (err) console.log(label, '->', `${err.code} errno=${err.errno} syscall=${err.syscall} hostname=${err.hostname}: ${err.message}`);
      else console.log(label, '->', JSON.stringify(address), family);
      resolve();
    });
  });
}

(async () => {
  let sync = true;
  dns.lookup('127.0.0.1', () => console.log('ip callback async', !sync));
  sync = false;
  await step('localhost', 'localhost');
  await step('localhost family 4', 'localhost', 4);
  await step('localhost all', 'localhost', { all: true });
  await step('ipv4 literal', '10.1.2.3');
  await step('ipv6 literal', '::1');
  await step('ipv6 literal all', '::1', { all: true });
  await step('empty', '');
  await step('empty family 6', '', 6);
  await step('no such host', 'no-such-host.invalid');
  console.log('promise localhost', await dnsPromises.lookup('localhost'));
  console.log('promise all', await dnsPromises.lookup('127.0.0.1', { all: true }));
  await dnsPromises.lookup('no-such-host.invalid').catch((e) => console.log('promise rejects', e.code, e.message));
})();
