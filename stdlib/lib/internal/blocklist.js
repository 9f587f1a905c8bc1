// net.SocketAddress and net.BlockList, after node's
// lib/internal/socketaddress.js and blocklist.js. Node keeps both in C++
// (node_sockaddr.cc); here an address is its 128-bit value as a BigInt,
// IPv4 addresses mapped into ::ffff:0:0/96 as node's rules compare them, so
// one comparison serves every rule and family.

const { describe } = require('internal/received');

// ---- addresses ----

// parseIPv4 is inet_pton's: four decimal parts, no leading zeros.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || +p > 255) return null;
    v = (v << 8n) | BigInt(p);
  }
  return v;
}

function parseIPv6(s) {
  let tail = [];
  const lastColon = s.lastIndexOf(':');
  // An IPv4 tail counts as two groups.
  if (s.includes('.')) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    const prefix = s.slice(0, lastColon + 1);
    s = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const group = (g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? parseInt(g, 16) : NaN);
  const head = halves[0] ? halves[0].split(':').map(group) : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':').map(group) : [];
  const given = head.length + rest.length + tail.length;
  if ([...head, ...rest].some(Number.isNaN)) return null;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const words = [...head, ...Array(8 - given).fill(0), ...rest, ...tail];
  let v = 0n;
  for (const w of words) v = (v << 16n) | BigInt(w);
  return v;
}

const MAPPED = 0xffffn << 32n;

function formatIPv4(v) {
  return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.');
}

// formatIPv6 is glibc's inet_ntop: the longest run of two or more zero
// groups becomes '::', and an IPv4-mapped or -compatible address ends in
// dotted form.
function formatIPv6(v) {
  const words = [];
  for (let i = 7; i >= 0; i--) words.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  if (bestLen < 2) best = -1;
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
    return (bestLen === 5 ? '::ffff:' : '::') + formatIPv4(v & 0xffffffffn);
  }
  const hex = (ws) => ws.map((w) => w.toString(16)).join(':');
  if (best < 0) return hex(words);
  return `${hex(words.slice(0, best))}::${hex(words.slice(best + bestLen))}`;
}

// ---- SocketAddress ----

const kDetail = Symbol('kDetail');
const kValue = Symbol('kValue');

function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || +port > 0xFFFF) {
    throw binding.nodeError('RangeError', 'ERR_SOCKET_BAD_PORT',
      `options.port should be >= 0 and < 65536. Received ${describe(port)}.`);
  }
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw binding.outOfRange(name, 'an integer', value);
  }
  if (value < 0 || value > 4294967295) {
    throw binding.outOfRange(name, '>= 0 && <= 4294967295', value);
  }
}

function invalidAddress() {
  return binding.nodeError('Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address');
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  constructor(options = {}) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.family' is invalid. Received ${binding.inspect(options.family)}`);
    }
    if (typeof address !== 'string') throw binding.invalidArgType('options.address', 'of type string', address);
    validatePort(port);
    validateUint32(flowlabel, 'options.flowlabel');
    const v = family === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
    if (v === null) throw invalidAddress();
    this[kValue] = family === 'ipv4' ? MAPPED | v : v;
    this[kDetail] = {
      address: family === 'ipv4' ? formatIPv4(v) : formatIPv6(v),
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel >>> 0 : 0,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    const { address, port, family, flowlabel } = this[kDetail];
    return { address, port, family, flowlabel };
  }
}

// ---- BlockList ----

const kRules = Symbol('kRules');

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
  if (typeof family !== 'string') throw binding.invalidArgType('family', 'of type string', family);
  return new SocketAddress({ address: value, family });
}

function familyLabel(sa) {
  return sa.family === 'ipv4' ? 'IPv4' : 'IPv6';
}

function validatePrefix(prefix, max) {
  if (typeof prefix !== 'number') throw binding.invalidArgType('prefix', 'of type number', prefix);
  if (!Number.isInteger(prefix)) {
    throw binding.outOfRange('prefix', 'an integer', prefix);
  }
  if (prefix < 0 || prefix > max) {
    throw binding.outOfRange('prefix', `>= 0 && <= ${max}`, prefix);
  }
}

// Rules are kept newest first, the order node lists and applies them in.
class BlockList {
  constructor() {
    this[kRules] = [];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, 'address', family);
    const v = sa[kValue];
    this[kRules].unshift({ text: `Address: ${familyLabel(sa)} ${sa.address}`, match: (x) => x === v });
  }

  addRange(start, end, family = 'ipv4') {
    const from = toSocketAddress(start, 'start', family);
    const to = toSocketAddress(end, 'end', family);
    const lo = from[kValue];
    const hi = to[kValue];
    if (lo > hi) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'start' must come before end. Received ${binding.inspect(from)}`);
    }
    this[kRules].unshift({
      text: `Range: ${familyLabel(from)} ${from.address}-${to.address}`, match: (x) => x >= lo && x <= hi,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const sa = toSocketAddress(network, 'network', family);
    const max = sa.family === 'ipv4' ? 32 : 128;
    validatePrefix(prefix, max);
    const shift = BigInt(max - prefix);
    const base = sa[kValue] >> shift;
    this[kRules].unshift({
      text: `Subnet: ${familyLabel(sa)} ${sa.address}/${prefix}`, match: (x) => x >> shift === base,
    });
  }

  check(address, family = 'ipv4') {
    let sa = address;
    if (!SocketAddress.isSocketAddress(address)) {
      if (typeof address !== 'string') throw binding.invalidArgType('address', 'of type string', address);
      if (typeof family !== 'string') throw binding.invalidArgType('family', 'of type string', family);
      try {
        sa = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const v = sa[kValue];
    return this[kRules].some((r) => r.match(v));
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }
}

module.exports = { BlockList, SocketAddress };
