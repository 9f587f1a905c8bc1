// The dns module: lookup and lookupService (getaddrinfo and getnameinfo
// semantics, on the loop's worker pool) and their promise forms; the
// resolve* family, reverse and Resolver are internal/dns_resolver.js's DNS
// client, bound to one default resolver that dns.promises shares.

function validateLookup(hostname, options) {
  if (hostname && typeof hostname !== 'string') throw binding.invalidArgType('hostname', 'of type string', hostname);
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    if (options !== 0 && options !== 4 && options !== 6) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'family' must be one of: 0, 4, 6. Received ${binding.inspect(options)}`);
    }
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
    if (options.hints !== undefined && typeof options.hints !== 'number') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        `The "options.hints" property must be of type number. Received ${describe(options.hints)}`);
    }
    if (options.family !== undefined && options.family !== null) {
      const f = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      if (f !== 0 && f !== 4 && f !== 6) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The property 'options.family' must be one of: 0, 4, 6. Received ${binding.inspect(options.family)}`);
      }
      family = f;
    }
    if (options.all !== undefined && typeof options.all !== 'boolean') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        `The "options.all" property must be of type boolean. Received ${describe(options.all)}`);
    }
    all = options.all === true;
    if (options.verbatim === false) order = 'ipv4first';
    else if (options.verbatim === true) order = 'verbatim';
    if (options.order !== undefined) order = options.order;
  }
  return { family, all, order };
}

// describe is the "Received ..." tail of Node's ERR_INVALID_ARG_TYPE.
const { describe } = require('internal/received');

function ipFamily(s) {
  return require('net').isIP(s);
}

function lookupError(err, hostname) {
  const e = new Error(`getaddrinfo ${err[1]} ${hostname}`);
  e.errno = err[0];
  e.code = err[1];
  e.syscall = 'getaddrinfo';
  e.hostname = hostname;
  return e;
}

// run does the lookup and calls done(err, list of {address, family}).
function run(hostname, o, done) {
  if (!hostname) {
    process.nextTick(done, null, []);
    return;
  }
  const fam = ipFamily(hostname);
  if (fam) {
    process.nextTick(done, null, [{ address: hostname, family: fam }]);
    return;
  }
  binding.lookup(hostname, o.family, (err, flat) => {
    if (err) return done(lookupError(err, hostname));
    let list = [];
    for (let i = 0; i < flat.length; i += 2) list.push({ address: flat[i], family: flat[i + 1] });
    if (o.order === 'ipv4first') list = [...list.filter(a => a.family === 4), ...list.filter(a => a.family === 6)];
    else if (o.order === 'ipv6first') list = [...list.filter(a => a.family === 6), ...list.filter(a => a.family === 4)];
    done(null, list);
  });
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const o = validateLookup(hostname, options);
  if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
  run(hostname, o, (err, list) => {
    if (err) return callback(err);
    if (o.all) return callback(null, list);
    if (list.length === 0) return callback(null, null, o.family === 6 ? 6 : 4);
    callback(null, list[0].address, list[0].family);
  });
  return {};
}

const promises = {
  lookup(hostname, options) {
    const o = validateLookup(hostname, options);
    return new Promise((resolve, reject) => {
      run(hostname, o, (err, list) => {
        if (err) return reject(err);
        if (o.all) return resolve(list);
        if (list.length === 0) return resolve({ address: null, family: o.family === 6 ? 6 : 4 });
        resolve(list[0]);
      });
    });
  },
};

function missingArgs(names) {
  const q = names.map((n) => `"${n}"`);
  const list = q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  return binding.nodeError('TypeError', 'ERR_MISSING_ARGS', `The ${list} arguments must be specified`);
}

function validateService(address, port) {
  if (typeof address !== 'string') throw binding.invalidArgType('address', 'of type string', address);
  if (ipFamily(address) === 0) throw binding.invalidArgValue('address', address);
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || +port > 0xFFFF) {
    throw binding.nodeError('RangeError', 'ERR_SOCKET_BAD_PORT',
      `Port should be >= 0 and < 65536. Received ${describe(port)}.`);
  }
}

function runService(address, port, done) {
  binding.lookupService(address, +port, (err, hostname, service) => {
    if (err) {
      const e = new Error(`getnameinfo ${err[1]} ${address}`);
      e.errno = err[0];
      e.code = err[1];
      e.syscall = 'getnameinfo';
      e.hostname = address;
      return done(e);
    }
    done(null, hostname, service);
  });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw missingArgs(['address', 'port', 'callback']);
  validateService(address, port);
  if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
  runService(address, port, callback);
  return {};
}

promises.lookupService = function lookupService(address, port) {
  if (arguments.length !== 2) throw missingArgs(['address', 'port']);
  validateService(address, port);
  return new Promise((resolve, reject) => {
    runService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
};

const { Resolver, PromiseResolver, methods } = require('internal/dns_resolver');

// Like node, the module's functions are the prototypes' methods bound to
// one default resolver, the one dns.setServers configures for both APIs.
let defaultResolver;
function getDefaultResolver() {
  if (!defaultResolver) defaultResolver = new Resolver();
  return defaultResolver;
}
// In node's order (its bindDefaultResolver's keys); setServers is not bound
// but defaultResolverSetServers, below.
const resolverKeys = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
function bindDefault(target, proto) {
  for (const key of resolverKeys) {
    const fn = proto[key];
    const bound = function (...args) { return fn.apply(getDefaultResolver(), args); };
    Object.defineProperty(bound, 'name', { value: `bound ${fn.name}` });
    Object.defineProperty(bound, 'length', { value: fn.length });
    target[key] = bound;
  }
}

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

let defaultOrder = require('internal/options').getOptionValue('--dns-result-order') || 'verbatim';
function getDefaultResultOrder() { return defaultOrder; }
function setDefaultResultOrder(order) {
  if (order !== 'ipv4first' && order !== 'ipv6first' && order !== 'verbatim') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received ${binding.inspect(order)}`);
  }
  defaultOrder = order;
}

// dns.setServers and dnsPromises.setServers: two functions, as node's, both
// setting the servers of the one default resolver.
function makeSetServers() {
  return function defaultResolverSetServers(servers) {
    return Resolver.prototype.setServers.call(getDefaultResolver(), servers);
  };
}

Object.assign(promises, { Resolver: PromiseResolver, getDefaultResultOrder, setDefaultResultOrder,
  setServers: makeSetServers() }, codes);
bindDefault(promises, PromiseResolver.prototype);
module.exports = {
  lookup, lookupService, Resolver, getDefaultResultOrder, setDefaultResultOrder, setServers: makeSetServers(),
  ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8, ...codes,
};
bindDefault(module.exports, Resolver.prototype);
// An enumerable getter, as node's.
Object.defineProperty(module.exports, 'promises', { configurable: true, enumerable: true, get() { return promises; } });
