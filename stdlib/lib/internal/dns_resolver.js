// The DNS client behind dns.resolve*, dns.reverse and dns.Resolver: what
// node does with c-ares, written here over dgram and net. It is a stub
// resolver as c-ares is: one question per query, sent to the channel's
// servers in turn (tries rounds, the timeout doubling each round, as c-ares
// does), over UDP, again over TCP when the answer comes back truncated.
//
// Why not Go's net.Resolver: it reads its servers from /etc/resolv.conf once
// per process and cannot be pointed at a Resolver's own setServers list, it
// has no CAA, NAPTR or ANY queries, and it would block a worker-pool thread
// for each query. Over the loop's own sockets a query costs no thread, and
// cancel() only has to close them.
//
// The answers take node's shapes (lib/internal/dns/callback_resolver.js and
// cares_wrap.cc): strings for NS/CNAME/PTR, objects for MX, SRV, NAPTR, SOA
// and CAA, arrays of chunks for TXT, and a failure is an Error whose code is
// c-ares's (ENOTFOUND, ENODATA, ESERVFAIL, ...) with the query as syscall.

const { describe } = require('internal/received');

const DNS_PORT = 53;
// c-ares's defaults when node passes timeout -1: 5 s the first round.
const DEFAULT_TIMEOUT = 5000;

const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };

// ---- the wire format (RFC 1035 §4) ----

function encodeQuery(id, name, type) {
  const labels = name === '' || name === '.' ? [] : name.replace(/\.$/, '').split('.');
  let len = 12 + 1 + 4;
  for (const l of labels) {
    // c-ares refuses names it cannot put on the wire rather than sending them.
    if (l.length === 0 || l.length > 63) return null;
    len += 1 + l.length;
  }
  if (len - 16 > 255) return null;
  const b = Buffer.alloc(len);
  b.writeUInt16BE(id, 0);
  b.writeUInt16BE(0x0100, 2); // RD: recursion desired
  b.writeUInt16BE(1, 4);
  let off = 12;
  for (const l of labels) {
    b[off++] = l.length;
    off += b.write(l, off, 'latin1');
  }
  b[off++] = 0;
  b.writeUInt16BE(type, off);
  b.writeUInt16BE(1, off + 2);
  return b;
}

class BadResponse extends Error {}

function readName(buf, off) {
  const parts = [];
  let end = -1;
  // Compression pointers may only point backwards; counting jumps catches
  // loops in hostile answers without remembering offsets.
  for (let jumps = 0; ; ) {
    if (off >= buf.length) throw new BadResponse();
    const n = buf[off];
    if (n === 0) { off++; break; }
    if ((n & 0xc0) === 0xc0) {
      if (off + 1 >= buf.length || ++jumps > 64) throw new BadResponse();
      if (end < 0) end = off + 2;
      off = ((n & 0x3f) << 8) | buf[off + 1];
      continue;
    }
    if (n & 0xc0 || off + 1 + n > buf.length) throw new BadResponse();
    let label = '';
    for (let i = off + 1; i < off + 1 + n; i++) {
      const c = buf[i];
      // c-ares escapes what a dotted name cannot show as itself.
      if (c === 0x2e || c === 0x5c) label += '\\' + String.fromCharCode(c);
      else if (c < 0x21 || c > 0x7e) label += '\\' + String(c).padStart(3, '0');
      else label += String.fromCharCode(c);
    }
    parts.push(label);
    off += 1 + n;
  }
  return { name: parts.join('.'), next: end < 0 ? off : end };
}

function readString(buf, off, end) {
  const n = buf[off];
  if (off + 1 + n > end) throw new BadResponse();
  return { s: buf.toString('utf8', off + 1, off + 1 + n), next: off + 1 + n };
}

function ip6String(b) {
  const g = [];
  for (let i = 0; i < 16; i += 2) g.push(b.readUInt16BE(i));
  // The longest run of zero groups (two or more) becomes '::' (RFC 5952).
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    if (j > i) i = j;
  }
  const hex = (a) => a.map((x) => x.toString(16)).join(':');
  if (best < 0) return hex(g);
  return hex(g.slice(0, best)) + '::' + hex(g.slice(best + bestLen));
}

// parse returns the header and the answer records as {name, type, ttl,
// data: parsed by type}; records of types it does not know are kept raw.
function parse(buf) {
  if (buf.length < 12) throw new BadResponse();
  const flags = buf.readUInt16BE(2);
  const qd = buf.readUInt16BE(4);
  const an = buf.readUInt16BE(6);
  let off = 12;
  const questions = [];
  for (let i = 0; i < qd; i++) {
    const q = readName(buf, off);
    if (q.next + 4 > buf.length) throw new BadResponse();
    questions.push({ name: q.name, type: buf.readUInt16BE(q.next) });
    off = q.next + 4;
  }
  const answers = [];
  for (let i = 0; i < an; i++) {
    const r = readName(buf, off);
    off = r.next;
    if (off + 10 > buf.length) throw new BadResponse();
    const type = buf.readUInt16BE(off);
    const ttl = buf.readUInt32BE(off + 4);
    const len = buf.readUInt16BE(off + 8);
    const start = off + 10;
    const end = start + len;
    if (end > buf.length) throw new BadResponse();
    answers.push({ name: r.name, type, ttl, data: rdata(buf, type, start, end) });
    off = end;
  }
  return { id: buf.readUInt16BE(0), flags, rcode: flags & 0xf, questions, answers };
}

function rdata(buf, type, start, end) {
  switch (type) {
    case T.A: {
      if (end - start !== 4) throw new BadResponse();
      return `${buf[start]}.${buf[start + 1]}.${buf[start + 2]}.${buf[start + 3]}`;
    }
    case T.AAAA:
      if (end - start !== 16) throw new BadResponse();
      return ip6String(buf.subarray(start, end));
    case T.NS: case T.CNAME: case T.PTR:
      return readName(buf, start).name;
    case T.MX:
      if (end - start < 3) throw new BadResponse();
      return { priority: buf.readUInt16BE(start), exchange: readName(buf, start + 2).name };
    case T.TXT: {
      const chunks = [];
      for (let off = start; off < end; ) {
        const r = readString(buf, off, end);
        chunks.push(r.s);
        off = r.next;
      }
      return chunks;
    }
    case T.SRV:
      if (end - start < 7) throw new BadResponse();
      return { name: readName(buf, start + 6).name, port: buf.readUInt16BE(start + 4),
        priority: buf.readUInt16BE(start), weight: buf.readUInt16BE(start + 2) };
    case T.NAPTR: {
      if (end - start < 7) throw new BadResponse();
      const flags = readString(buf, start + 4, end);
      const service = readString(buf, flags.next, end);
      const regexp = readString(buf, service.next, end);
      return { flags: flags.s, service: service.s, regexp: regexp.s,
        replacement: readName(buf, regexp.next).name,
        order: buf.readUInt16BE(start), preference: buf.readUInt16BE(start + 2) };
    }
    case T.SOA: {
      const ns = readName(buf, start);
      const hm = readName(buf, ns.next);
      const o = hm.next;
      if (o + 20 > end) throw new BadResponse();
      return { nsname: ns.name, hostmaster: hm.name, serial: buf.readUInt32BE(o),
        refresh: buf.readUInt32BE(o + 4), retry: buf.readUInt32BE(o + 8),
        expire: buf.readUInt32BE(o + 12), minttl: buf.readUInt32BE(o + 16) };
    }
    case T.CAA: {
      if (end - start < 2 || start + 2 + buf[start + 1] > end) throw new BadResponse();
      const tag = buf.toString('latin1', start + 2, start + 2 + buf[start + 1]);
      const o = { critical: buf[start] };
      o[tag] = buf.toString('utf8', start + 2 + buf[start + 1], end);
      return o;
    }
    default:
      return null;
  }
}

// ---- turning an answer into node's result ----

// addresses follows CNAMEs from the question's name as c-ares's address
// parsers do: only records owned by the name (or what it aliases) count.
// An address's TTL is capped by the aliases' on the way, as c-ares caps it.
function addresses(msg, type) {
  let owner = msg.questions.length ? msg.questions[0].name.toLowerCase() : '';
  const out = [];
  const ttls = [];
  let aliased = false;
  let cap = Infinity;
  for (const rr of msg.answers) {
    if (rr.name.toLowerCase() !== owner) continue;
    if (rr.type === T.CNAME) {
      owner = rr.data.toLowerCase();
      aliased = true;
      cap = Math.min(cap, rr.ttl);
    } else if (rr.type === type) {
      out.push(rr.data);
      ttls.push(Math.min(rr.ttl, cap));
    }
  }
  return { out, ttls, aliased };
}

function ofType(msg, type) {
  const out = [];
  for (const rr of msg.answers) if (rr.type === type) out.push(rr.data);
  return out;
}

// Each query's result from a parsed answer. An empty result is ENODATA,
// except that c-ares's MX, TXT, SRV, NAPTR and CAA parsers give an empty
// list for an answer of other records (an alias), and its SOA parser
// EBADRESP.
const shapes = {
  queryA: { type: T.A, result: (m) => addresses(m, T.A) },
  queryAaaa: { type: T.AAAA, result: (m) => addresses(m, T.AAAA) },
  queryCname: { type: T.CNAME, result: (m) => ({ out: ofType(m, T.CNAME) }) },
  queryMx: {
    type: T.MX, lenient: true,
    result: (m) => ({ out: ofType(m, T.MX).map(({ exchange, priority }) => ({ exchange, priority })) }),
  },
  queryNs: { type: T.NS, result: (m) => ({ out: ofType(m, T.NS) }) },
  queryTxt: { type: T.TXT, lenient: true, result: (m) => ({ out: ofType(m, T.TXT) }) },
  querySrv: { type: T.SRV, lenient: true, result: (m) => ({ out: ofType(m, T.SRV) }) },
  queryPtr: { type: T.PTR, result: (m) => ({ out: ofType(m, T.PTR) }) },
  queryNaptr: { type: T.NAPTR, lenient: true, result: (m) => ({ out: ofType(m, T.NAPTR) }) },
  querySoa: {
    type: T.SOA,
    result: (m) => {
      const s = ofType(m, T.SOA);
      return { out: s.length ? s[0] : [], one: true };
    },
  },
  queryCaa: { type: T.CAA, lenient: true, result: (m) => ({ out: ofType(m, T.CAA) }) },
  queryAny: { type: T.ANY, result: anyResult },
  getHostByAddr: { type: T.PTR, result: (m) => ({ out: ofType(m, T.PTR) }) },
};

// anyResult lists the records in node's order, type by type, each tagged
// with its type; like node, an alias replaces the A records with the CNAME.
function anyResult(m) {
  const out = [];
  const a = addresses(m, T.A);
  if (a.aliased) {
    for (const value of ofType(m, T.CNAME)) out.push({ value, type: 'CNAME' });
  } else {
    a.out.forEach((address, i) => out.push({ address, ttl: a.ttls[i], type: 'A' }));
  }
  const aaaa = addresses(m, T.AAAA);
  aaaa.out.forEach((address, i) => out.push({ address, ttl: aaaa.ttls[i], type: 'AAAA' }));
  for (const { exchange, priority } of ofType(m, T.MX)) out.push({ exchange, priority, type: 'MX' });
  for (const value of ofType(m, T.NS)) out.push({ value, type: 'NS' });
  for (const entries of ofType(m, T.TXT)) out.push({ entries, type: 'TXT' });
  for (const s of ofType(m, T.SRV)) out.push({ ...s, type: 'SRV' });
  for (const value of ofType(m, T.PTR)) out.push({ value, type: 'PTR' });
  for (const n of ofType(m, T.NAPTR)) out.push({ ...n, type: 'NAPTR' });
  for (const s of ofType(m, T.SOA)) out.push({ ...s, type: 'SOA' });
  for (const c of ofType(m, T.CAA)) out.push({ ...c, type: 'CAA' });
  return { out };
}

// reverseName is the PTR name of an address: 4.3.2.1.in-addr.arpa for
// 1.2.3.4, nibbles backwards under ip6.arpa for IPv6.
function reverseName(ip) {
  const fam = require('net').isIP(ip);
  if (fam === 4) return ip.split('.').reverse().join('.') + '.in-addr.arpa';
  if (fam !== 6) return null;
  const [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) is two groups.
  const expand = (gs) => gs.flatMap((g) => {
    if (!g.includes('.')) return [g];
    const p = g.split('.').map(Number);
    return [((p[0] << 8) | p[1]).toString(16), ((p[2] << 8) | p[3]).toString(16)];
  });
  const hh = expand(h);
  const tt = expand(t);
  const groups = tail === undefined ? hh : [...hh, ...Array(8 - hh.length - tt.length).fill('0'), ...tt];
  const nibbles = groups.map((g) => g.padStart(4, '0')).join('').split('');
  return nibbles.reverse().join('.') + '.ip6.arpa';
}

const rcodes = ['', 'EFORMERR', 'ESERVFAIL', 'ENOTFOUND', 'ENOTIMP', 'EREFUSED'];

function dnsException(code, syscall, hostname) {
  const e = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  // Only an argument c-ares rejects has a libuv errno; answers' codes are
  // c-ares's own, which have none.
  e.errno = code === 'EINVAL' ? -22 : undefined;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

// ---- the channel: servers, transport, retries ----

let randomFill;
function queryId() {
  // Unpredictable ids (and kernel-chosen source ports) are what stands
  // between a stub resolver and off-path spoofed answers.
  if (!randomFill) randomFill = require('crypto').randomFillSync;
  return randomFill(Buffer.alloc(2)).readUInt16BE(0);
}

function defaultServers() {
  const servers = [];
  try {
    const text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    for (const line of text.split('\n')) {
      const m = /^\s*nameserver\s+(\S+)/.exec(line);
      if (!m) continue;
      const fam = require('net').isIP(m[1]);
      if (fam) servers.push([m[1], DNS_PORT, fam]);
    }
  } catch {
    // No resolv.conf: c-ares falls back to a server on this host.
  }
  if (servers.length === 0) servers.push(['127.0.0.1', DNS_PORT, 4]);
  return servers;
}

class Channel {
  constructor(timeout, tries) {
    this.timeout = timeout < 0 ? DEFAULT_TIMEOUT : timeout;
    this.tries = tries;
    this.servers = null;
    this.local4 = undefined;
    this.local6 = undefined;
    this.pending = new Set();
  }

  getServers() {
    if (!this.servers) this.servers = defaultServers();
    return this.servers;
  }

  // query sends one question and calls done(code) or done(null, message).
  query(name, type, done) {
    const q = { name, type, done, attempt: 0, cleanup: null, finished: false };
    this.pending.add(q);
    this.attempt(q, null);
    return q;
  }

  finish(q, code, msg) {
    if (q.finished) return;
    q.finished = true;
    if (q.cleanup) q.cleanup();
    this.pending.delete(q);
    // node hands every answer over from an immediate (cares_wrap's
    // QueueResponseCallback), so even cancel() calls back later.
    setImmediate(q.done, code, msg);
  }

  cancel() {
    for (const q of [...this.pending]) this.finish(q, 'ECANCELLED');
  }

  // attempt tries the next server; lastCode is what the previous one gave,
  // reported if every attempt fails the same way.
  attempt(q, lastCode) {
    const servers = this.getServers();
    // c-ares's ENOSERVER is a code node has no name for.
    if (servers.length === 0) {
      this.finish(q, 'UNKNOWN_ARES_ERROR');
      return;
    }
    if (q.attempt >= servers.length * this.tries) {
      this.finish(q, lastCode || 'ECONNREFUSED');
      return;
    }
    const server = servers[q.attempt % servers.length];
    const round = Math.floor(q.attempt / servers.length);
    q.attempt++;
    const id = queryId();
    const packet = encodeQuery(id, q.name, q.type);
    if (!packet) {
      this.finish(q, 'EBADNAME');
      return;
    }
    const timeout = Math.min(this.timeout * 2 ** round, 0x7fffffff);
    this.udp(q, server, packet, id, timeout);
  }

  // answered checks an answer against the question and ends the query or
  // moves on; it returns false for a packet that is not ours to take.
  answered(q, buf, id, viaTCP, server, packet, timeout) {
    let msg;
    try {
      msg = parse(buf);
    } catch {
      if (buf.length >= 2 && buf.readUInt16BE(0) === id) {
        this.finish(q, 'EBADRESP');
        return true;
      }
      return false;
    }
    if (msg.id !== id || (msg.flags & 0x8000) === 0) return false;
    const question = msg.questions[0];
    if (msg.questions.length !== 1 || question.type !== q.type ||
        question.name.toLowerCase() !== q.name.replace(/\.$/, '').toLowerCase()) {
      return false;
    }
    if (!viaTCP && (msg.flags & 0x0200) !== 0) {
      if (q.cleanup) q.cleanup();
      this.tcp(q, server, packet, id, timeout);
      return true;
    }
    // A server that fails or refuses is skipped for the next one, as
    // c-ares does; a name that does not exist is an answer.
    if (msg.rcode === 2 || msg.rcode === 4 || msg.rcode === 5) {
      if (q.cleanup) q.cleanup();
      this.attempt(q, rcodes[msg.rcode]);
      return true;
    }
    if (msg.rcode !== 0) {
      this.finish(q, rcodes[msg.rcode] || 'EBADRESP');
      return true;
    }
    this.finish(q, null, msg);
    return true;
  }

  udp(q, server, packet, id, timeout) {
    const dgram = require('dgram');
    const [address, port, family] = server;
    const sock = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
    const local = family === 6 ? this.local6 : this.local4;
    let timer = null;
    q.cleanup = () => {
      clearTimeout(timer);
      sock.close();
      q.cleanup = null;
    };
    const next = (code) => {
      if (q.finished) return;
      q.cleanup();
      this.attempt(q, code);
    };
    // An unreachable port comes back as an ICMP error on the connected
    // socket; c-ares words every such failure ECONNREFUSED.
    sock.on('error', () => next('ECONNREFUSED'));
    sock.on('message', (buf) => {
      if (!q.finished) this.answered(q, buf, id, false, server, packet, timeout);
    });
    timer = setTimeout(() => next('ETIMEOUT'), timeout);
    const go = () => sock.connect(port, address, (err) => {
      if (err) return next('ECONNREFUSED');
      sock.send(packet);
    });
    if (local) sock.bind(0, local, go);
    else go();
  }

  tcp(q, server, packet, id, timeout) {
    const net = require('net');
    const [address, port, family] = server;
    const local = family === 6 ? this.local6 : this.local4;
    const opts = { host: address, port };
    if (local) opts.localAddress = local;
    const sock = net.connect(opts);
    let timer = null;
    q.cleanup = () => {
      clearTimeout(timer);
      sock.destroy();
      q.cleanup = null;
    };
    const next = (code) => {
      if (q.finished) return;
      q.cleanup();
      this.attempt(q, code);
    };
    timer = setTimeout(() => next('ETIMEOUT'), timeout);
    const len = Buffer.alloc(2);
    len.writeUInt16BE(packet.length);
    sock.on('connect', () => sock.write(Buffer.concat([len, packet])));
    sock.on('error', () => next('ECONNREFUSED'));
    let buf = Buffer.alloc(0);
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const msg = buf.subarray(2, 2 + buf.readUInt16BE(0));
        buf = buf.subarray(2 + msg.length);
        if (q.finished || this.answered(q, msg, id, true, server, packet, timeout)) return;
      }
    });
    sock.on('end', () => next('ECONNREFUSED'));
  }
}

// ---- the Resolver API ----

function validateInt32(v, name, min) {
  if (typeof v !== 'number') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `The "${name}" property must be of type number. Received ${describe(v)}`);
  }
  if (!Number.isInteger(v)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(v)}`);
  }
  if (v < min || v > 2147483647) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= ${min} && <= 2147483647. Received ${binding.inspect(v)}`);
  }
}

const kChannel = Symbol('channel');

class ResolverBase {
  constructor(options = undefined) {
    const timeout = options?.timeout ?? -1;
    validateInt32(timeout, 'options.timeout', -1);
    const tries = options?.tries ?? 4;
    validateInt32(tries, 'options.tries', 1);
    this[kChannel] = new Channel(timeout, tries);
  }

  cancel() {
    this[kChannel].cancel();
  }

  getServers() {
    // c-ares keeps a link-local server's zone but does not report it.
    return this[kChannel].getServers().map(([full, port, family]) => {
      const address = full.replace(/%.*$/, '');
      if (port === DNS_PORT) return address;
      return `${family === 6 ? `[${address}]` : address}:${port}`;
    });
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw binding.invalidArgType('servers', 'an instance of Array', servers);
    const isIP = require('net').isIP;
    const list = [];
    servers.forEach((serv, i) => {
      if (typeof serv !== 'string') throw binding.invalidArgType(`servers[${i}]`, 'of type string', serv);
      let fam = isIP(serv);
      if (fam) return list.push([serv, DNS_PORT, fam]);
      const bracket = /^\[([^[\]]*)\]/.exec(serv);
      if (bracket && (fam = isIP(bracket[1]))) {
        const port = parseInt(serv.replace(/(^.+?)(?::(\d+))?$/, '$2')) || DNS_PORT;
        return list.push([bracket[1], port, fam]);
      }
      const split = /(^.+?)(?::(\d+))?$/.exec(serv);
      if (split && (fam = isIP(split[1]))) return list.push([split[1], parseInt(split[2] || DNS_PORT), fam]);
      throw binding.nodeError('TypeError', 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${serv}`);
    });
    const ch = this[kChannel];
    // c-ares will not swap servers under running queries; node reports it.
    if (ch.pending.size > 0) {
      const e = binding.nodeError('Error', 'ERR_DNS_SET_SERVERS_FAILED',
        `c-ares failed to set servers: "There are pending queries." [${binding.inspect(servers)}]`);
      throw e;
    }
    // c-ares keeps one entry per address and port.
    ch.servers = list.filter(([a, p], i) => list.findIndex(([b, q]) => a === b && p === q) === i);
  }

  setLocalAddress(ipv4, ipv6) {
    if (typeof ipv4 !== 'string') throw binding.invalidArgType('ipv4', 'of type string', ipv4);
    if (ipv6 !== undefined && typeof ipv6 !== 'string') throw binding.invalidArgType('ipv6', 'of type string', ipv6);
    const isIP = require('net').isIP;
    const bad = (msg) => binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', msg);
    const f1 = isIP(ipv4);
    if (!f1) throw bad('Invalid IP address.');
    let v4 = f1 === 4 ? ipv4 : undefined;
    let v6 = f1 === 6 ? ipv4 : undefined;
    if (ipv6 !== undefined) {
      const f2 = isIP(ipv6);
      if (!f2) throw bad('Invalid IP address.');
      if (f2 === 4) {
        if (v4) throw bad('Cannot specify two IPv4 addresses.');
        v4 = ipv6;
      } else {
        if (v6) throw bad('Cannot specify two IPv6 addresses.');
        v6 = ipv6;
      }
    }
    this[kChannel].local4 = v4 || '0.0.0.0';
    this[kChannel].local6 = v6 || '::';
  }
}

// start runs query `syscall` for name and calls cb(err, result, ttls); a
// name that cannot be queried at all is the returned code, thrown or
// rejected by the caller as node does.
function start(resolver, syscall, name, cb) {
  const shape = shapes[syscall];
  let qname = name;
  if (syscall === 'getHostByAddr') {
    qname = reverseName(name);
    if (qname === null) return 'EINVAL';
  } else if (/[^\x00-\x7f]/.test(name)) {
    qname = require('url').domainToASCII(name) || name;
  }
  resolver[kChannel].query(qname, shape.type, (code, msg) => {
    if (code) return cb(dnsException(code, syscall, name));
    const r = shape.result(msg);
    if (r.one && Array.isArray(r.out)) {
      return cb(dnsException(msg.answers.length ? 'EBADRESP' : 'ENODATA', syscall, name));
    }
    if (!r.one && r.out.length === 0 && !(shape.lenient && msg.answers.length)) {
      return cb(dnsException('ENODATA', syscall, name));
    }
    cb(null, r.out, r.ttls);
  });
  return null;
}

const methods = {
  resolveAny: 'queryAny', resolve4: 'queryA', resolve6: 'queryAaaa', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNs: 'queryNs', resolveTxt: 'queryTxt',
  resolveSrv: 'querySrv', resolvePtr: 'queryPtr', resolveNaptr: 'queryNaptr', resolveSoa: 'querySoa',
  reverse: 'getHostByAddr',
};
const rrtypes = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv', TXT: 'resolveTxt',
};

function withTTL(result, ttls, ttl) {
  return ttls && ttl ? result.map((address, i) => ({ address, ttl: ttls[i] })) : result;
}

class Resolver extends ResolverBase {}
for (const [method, syscall] of Object.entries(methods)) {
  const query = function (name, callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
    if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
    const ttl = !!(options && options.ttl);
    const req = {};
    const code = start(this, syscall, name, (err, result, ttls) => {
      if (err) callback(err);
      else callback(null, withTTL(result, ttls, ttl));
    });
    if (code) throw dnsException(code, syscall, name);
    return req;
  };
  Object.defineProperty(query, 'name', { value: syscall });
  Resolver.prototype[method] = query;
}
Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = rrtypes[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw binding.invalidArgType('rrtype', 'of type string', rrtype);
  }
  if (!method) throw binding.invalidArgValue('rrtype', rrtype);
  return Resolver.prototype[method].call(this, hostname, callback);
};

class PromiseResolver extends ResolverBase {}
for (const [method, syscall] of Object.entries(methods)) {
  const query = function (name, options) {
    if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const code = start(this, syscall, name, (err, result, ttls) => {
        if (err) reject(err);
        else resolve(withTTL(result, ttls, ttl));
      });
      if (code) reject(dnsException(code, syscall, name));
    });
  };
  Object.defineProperty(query, 'name', { value: syscall });
  PromiseResolver.prototype[method] = query;
}
PromiseResolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method = 'resolve4';
  if (rrtype !== undefined) {
    if (typeof rrtype !== 'string') throw binding.invalidArgType('rrtype', 'of type string', rrtype);
    method = rrtypes[rrtype];
    if (!method) throw binding.invalidArgValue('rrtype', rrtype);
  }
  return PromiseResolver.prototype[method].call(this, hostname);
};
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });

module.exports = { Resolver, PromiseResolver, methods };
