// The dns module: lookup (getaddrinfo semantics, on the loop's worker pool)
// and its promise form. The resolve* family, reverse, lookupService and
// Resolver are not here yet: they need a DNS client rather than the system
// resolver.

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

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

let defaultOrder = 'verbatim';
function getDefaultResultOrder() { return defaultOrder; }
function setDefaultResultOrder(order) {
  if (order !== 'ipv4first' && order !== 'ipv6first' && order !== 'verbatim') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received ${binding.inspect(order)}`);
  }
  defaultOrder = order;
}

Object.assign(promises, { getDefaultResultOrder, setDefaultResultOrder }, codes);
module.exports = {
  lookup, getDefaultResultOrder, setDefaultResultOrder, ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8, ...codes, promises,
};
