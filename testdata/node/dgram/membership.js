'use strict';
// Joining and leaving multicast groups, plain and source-specific, on IPv4
// and IPv6, with the kernel's answers for a group joined twice or left
// twice. No datagram is sent: not every machine routes multicast.
const dgram = require('dgram');

function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const s = dgram.createSocket('udp4');
s.bind(0, () => {
  t('join', () => s.addMembership('239.255.1.2', '127.0.0.1'));
  t('join again', () => s.addMembership('239.255.1.2', '127.0.0.1'));
  t('drop', () => s.dropMembership('239.255.1.2', '127.0.0.1'));
  t('bad interface', () => s.addMembership('239.255.1.2', 'eth-nothing'));
  t('ssm join', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  t('ssm join again', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  t('ssm drop', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  t('ssm drop again', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  t('ssm bad source', () => s.addSourceSpecificMembership(1, '232.1.1.1'));
  t('ssm bad group', () => s.addSourceSpecificMembership('1.1.1.1', null));
  t('ssm v6 group on a v4 socket', () => s.addSourceSpecificMembership('::1', 'ff3e::1234'));
  t('ssm mixed families', () => s.addSourceSpecificMembership('::1', '232.1.1.1'));
  t('ssm not addresses', () => s.addSourceSpecificMembership('x', 'y'));
  t('multicast interface', () => s.setMulticastInterface('127.0.0.1'));
  t('multicast interface bad', () => s.setMulticastInterface('nowhere'));
  s.close();
  const u = dgram.createSocket('udp6');
  u.bind(0, () => {
    t('v6 join', () => u.addMembership('ff02::1:3'));
    t('v6 drop', () => u.dropMembership('ff02::1:3'));
    t('v6 ssm join', () => u.addSourceSpecificMembership('::1', 'ff3e::1234'));
    t('v6 ssm drop', () => u.dropSourceSpecificMembership('::1', 'ff3e::1234'));
    t('v6 ssm drop again', () => u.dropSourceSpecificMembership('::1', 'ff3e::1234'));
    t('v6 multicast ttl', () => u.setMulticastTTL(3));
    t('v6 ttl', () => u.setTTL(7));
    u.close();
  });
});
