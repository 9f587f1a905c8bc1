// A tiny DNS server over UDP (and TCP, for truncated answers) that the
// resolve fixtures point setServers at, so they need no network. It knows a
// fixed zone under .test; its answers use name compression, as real servers'
// do. It sits in a folder starting with _ so that the runner skips it.
const dgram = require('dgram');
const net = require('net');

const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };

function name(s) {
  const parts = s === '' ? [] : s.split('.');
  const out = [];
  for (const p of parts) out.push(Buffer.from([p.length]), Buffer.from(p));
  out.push(Buffer.from([0]));
  return Buffer.concat(out);
}
function u16(n) { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }
function str(s) { return Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]); }
// A pointer to the question name, which always sits at offset 12.
const QNAME = Buffer.from([0xc0, 12]);

function ip6(s) {
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.concat(groups.map((g) => u16(parseInt(g, 16))));
}

// The names the zone's CNAMEs point at, for answers that follow them.
const aliases = { 'alias.test': 'a.test' };

const zone = {
  'a.test': {
    A: [[300, Buffer.from([1, 2, 3, 4])], [60, Buffer.from([5, 6, 7, 8])]],
    AAAA: [[120, ip6('2001:db8::1')], [30, ip6('::1')]],
  },
  'mx.test': { MX: [[10, Buffer.concat([u16(10), name('mail1.test')])], [10, Buffer.concat([u16(20), str('mail2'), QNAME])]] },
  'txt.test': { TXT: [[10, Buffer.concat([str('v=spf1 -all'), str('part two')])], [10, str('second')]] },
  'srv.test': { SRV: [[10, Buffer.concat([u16(1), u16(5), u16(5060), name('sip.test')])]] },
  'naptr.test': { NAPTR: [[10, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.test')])]] },
  'soa.test': { SOA: [[10, Buffer.concat([name('ns1.test'), name('hostmaster.test'), u32(2024010101), u32(7200), u32(3600), u32(1209600), u32(300)])]] },
  'caa.test': { CAA: [[10, Buffer.concat([Buffer.from([0]), str('issue'), Buffer.from('ca.test')])], [10, Buffer.concat([Buffer.from([128]), str('iodef'), Buffer.from('mailto:x@test')])]] },
  'ns.test': { NS: [[10, name('ns1.test')], [10, name('ns2.test')]] },
  'alias.test': { CNAME: [[10, name('a.test')]] },
  '4.3.2.1.in-addr.arpa': { PTR: [[10, name('one.test')], [10, name('two.test')]] },
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: [[10, name('six.test')]] },
  'any.test': {
    A: [[10, Buffer.from([9, 9, 9, 9])]],
    MX: [[10, Buffer.concat([u16(5), name('mx.any.test')])]],
    TXT: [[10, str('hello')]],
    CNAME: [[10, name('c.test')]],
  },
  'empty.test': {},
};

function answer(q) {
  // Header: id, flags, counts; then the question section as asked.
  const id = q.readUInt16BE(0);
  let off = 12;
  const labels = [];
  while (q[off] !== 0) { labels.push(q.toString('latin1', off + 1, off + 1 + q[off])); off += q[off] + 1; }
  off++;
  const qtype = q.readUInt16BE(off);
  const question = q.subarray(12, off + 4);
  const qname = labels.join('.').toLowerCase();
  let rcode = 0;
  let tc = 0;
  const rrs = [];
  if (qname === 'slow.test') return null;
  if (qname === 'fail.test') rcode = 2;
  else if (qname === 'refused.test') rcode = 5;
  else if (qname === 'bad.test') return Buffer.concat([u16(id), u16(0x8000), u16(1), u16(1), u16(0), u16(0), question, QNAME]);
  else if (!(qname in zone) && qname !== 'big.test') rcode = 3;
  else if (qname === 'big.test') {
    for (let i = 0; i < 40; i++) rrs.push([1, 300, Buffer.from([10, 0, 0, i])]);
    tc = 1;
  } else {
    for (const [t, list] of Object.entries(zone[qname])) {
      if (qtype === TYPES[t] || qtype === TYPES.ANY) for (const [ttl, data] of list) rrs.push([TYPES[t], ttl, data]);
    }
    // Like a real server, follow an alias for other types: the CNAME,
    // then the target's records under the target's name.
    const alias = zone[qname].CNAME;
    if (alias && qtype !== TYPES.CNAME && qtype !== TYPES.ANY) {
      const target = aliases[qname];
      rrs.push([TYPES.CNAME, alias[0][0], alias[0][1]]);
      for (const [t, list] of Object.entries(zone[target])) {
        if (qtype === TYPES[t]) for (const [ttl, data] of list) rrs.push([TYPES[t], ttl, data, name(target)]);
      }
    }
  }
  const flags = 0x8000 | (tc << 9) | 0x100 | 0x80 | rcode;
  const body = rrs.map(([type, ttl, data, owner = QNAME]) =>
    Buffer.concat([owner, u16(type), u16(1), u32(ttl), u16(data.length), data]));
  return Buffer.concat([u16(id), u16(flags), u16(1), u16(rrs.length), u16(0), u16(0), question, ...body]);
}

// start(cb) calls cb(address, port, close) once both sockets listen on the
// same port. UDP answers to big.test are truncated; TCP answers are whole.
function start(cb) {
  const udp = dgram.createSocket('udp4');
  const seen = [];
  udp.on('message', (msg, rinfo) => {
    const reply = answer(msg);
    if (!reply) return;
    if ((reply.readUInt16BE(2) & 0x200) !== 0) {
      seen.push('udp truncated');
      const cut = Buffer.from(reply.subarray(0, 12 + reply.readUInt16BE(4) * 0));
      cut.writeUInt16BE(0, 6);
      udp.send(Buffer.concat([cut, msg.subarray(12)]), rinfo.port, rinfo.address);
      return;
    }
    udp.send(reply, rinfo.port, rinfo.address);
  });
  udp.bind(0, '127.0.0.1', () => {
    const port = udp.address().port;
    const tcp = net.createServer((c) => {
      let buf = Buffer.alloc(0);
      c.on('data', (d) => {
        buf = Buffer.concat([buf, d]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          const msg = buf.subarray(2, 2 + buf.readUInt16BE(0));
          buf = buf.subarray(2 + msg.length);
          seen.push('tcp query');
          const reply = answer(msg);
          const whole = Buffer.from(reply);
          whole.writeUInt16BE(whole.readUInt16BE(2) & ~0x200, 2);
          c.write(Buffer.concat([u16(whole.length), whole]));
        }
      });
    });
    tcp.listen(port, '127.0.0.1', () => {
      cb('127.0.0.1', port, seen, () => { udp.close(); tcp.close(); });
    });
  });
}

module.exports = { start };
