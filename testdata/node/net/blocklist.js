// net.BlockList and net.SocketAddress: rules of each kind and family,
// IPv4-mapped addresses meeting IPv4 rules (and the other way), node's
// canonical address forms, and the argument errors.
const net = require('net');
const T = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
const bl = new net.BlockList();
bl.addAddress('1.2.3.4');
bl.addAddress('::1', 'ipv6');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addRange('8592:757c:efae:4e45::', '8592:757c:efae:4e45::f', 'IPv6');
bl.addSubnet('192.168.0.0', 16);
bl.addSubnet('8592:757c:efae:4f45::', 64, 'ipv6');
bl.addAddress(new net.SocketAddress({ address: '5.6.7.8' }));
console.log(bl.rules);
for (const [a, f] of [['1.2.3.4'], ['1.2.3.5'], ['10.0.0.5'], ['10.0.0.11'], ['192.168.44.1'], ['::1', 'ipv6'], ['::2', 'ipv6'], ['8592:757c:efae:4e45::a', 'ipv6'], ['8592:757c:efae:4f45:1::', 'ipv6'], ['8592:757c:efae:4f45::1', 'ipv6'], ['::ffff:1.2.3.4', 'ipv6'], ['::ffff:10.0.0.5', 'ipv6'], ['::ffff:192.168.1.1', 'ipv6'], ['1.2.3.4', 'ipv6'], ['5.6.7.8'], ['x'], ['1.2.3.4', 'IPV4']])
  T('check ' + a + ' ' + f, () => bl.check(a, f));
T('check sa', () => bl.check(new net.SocketAddress({ address: '10.0.0.2' })));
const b6 = new net.BlockList(); b6.addAddress('::ffff:1.2.3.4', 'ipv6'); b6.addSubnet('::ffff:0:0', 96, 'ipv6');
T('b6 v4', () => [b6.check('1.2.3.4'), b6.check('9.9.9.9'), b6.rules]);
T('addAddress 1', () => bl.addAddress(1));
T('addAddress bad fam', () => bl.addAddress('1.2.3.4', 'ipv5'));
T('addAddress bad addr', () => bl.addAddress('x'));
T('addRange bad', () => bl.addRange('10.0.0.10', '10.0.0.1'));
T('addRange num', () => bl.addRange(1, 2));
T('addSubnet bad prefix', () => bl.addSubnet('1.2.3.0', 33));
T('addSubnet bad prefix6', () => bl.addSubnet('::', 129, 'ipv6'));
T('addSubnet str prefix', () => bl.addSubnet('1.2.3.0', '8'));
T('check num', () => bl.check(1));

T('inspect', () => require('util').inspect(bl));
T('sa default', () => new net.SocketAddress());
T('sa v6', () => new net.SocketAddress({ family: 'ipv6' }));
T('sa v6 full', () => { const s = new net.SocketAddress({ address: '::1', port: 80, family: 'IPv6', flowlabel: 5 }); return [s.address, s.port, s.family, s.flowlabel, s.toJSON(), JSON.stringify(s)]; });
T('sa bad addr', () => new net.SocketAddress({ address: 'x' }));
T('sa mismatch', () => new net.SocketAddress({ address: '::1' }));
T('sa bad port', () => new net.SocketAddress({ port: 70000 }));
T('sa bad fam', () => new net.SocketAddress({ family: 'x' }));
T('sa bad flow', () => new net.SocketAddress({ flowlabel: -1 }));
T('sa opts', () => new net.SocketAddress(5));
T('sa addr num', () => new net.SocketAddress({ address: 5 }));
T('isSocketAddress', () => [net.SocketAddress.isSocketAddress(new net.SocketAddress()), net.SocketAddress.isSocketAddress({})]);
T('proto', () => [Object.getOwnPropertyNames(net.SocketAddress.prototype), Object.getOwnPropertyNames(net.BlockList.prototype), Object.getOwnPropertyNames(net.SocketAddress), Object.getOwnPropertyNames(net.BlockList)]);
T('sa inspect', () => require('util').inspect(new net.SocketAddress({ address: '1.2.3.4', port: 5 })));
T('sa v4 canonical', () => new net.SocketAddress({ address: '001.2.3.4' }).address);
T('sa v6 canonical', () => new net.SocketAddress({ address: '0:0::1', family: 'ipv6' }).address);
for (const a of ['::', '::1', '1::', '1:0:0:1::', '0:0:0:0:0:ffff:102:304', '::102:304', '1:2:3:4:5:6:7:8', '1:0:0:2:0:0:0:3',
  'ABCD::EF', '::ffff:0:0', '64:ff9b::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', ':1', 'g::']) {
  T('v6 ' + a, () => new net.SocketAddress({ address: a, family: 'ipv6' }).address);
}
for (const a of ['0.0.0.0', '255.255.255.255', '1.2.3', '1.2.3.256', '1.2.3.4.5', ' 1.2.3.4']) {
  T('v4 ' + a, () => new net.SocketAddress({ address: a }).address);
}
T('descriptor', () => typeof Object.getOwnPropertyDescriptor(net, 'BlockList').get);
