// The https module: lib/http.js's server and client on lib/tls.js's
// sockets. The server is a tls.Server that hands each secure connection
// to http's connection handling; the client is http's ClientRequest with
// an Agent that makes TLS connections.

const http = require('http');
// https.request makes its ClientRequest itself, as node's does, rather than
// through http.request: an instrumentation that wraps both (OpenTelemetry's
// http one) must see one call per request, not two.
const { ClientRequest } = http;
const tls = require('tls');

// ---- Server ----

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = { ...options };
  if (!options.ALPNProtocols) options.ALPNProtocols = ['http/1.1'];
  tls.Server.call(this, options);
  if (requestListener) this.on('request', requestListener);
  require('internal/http_server_setup').setupServer(this, options);
  this.on('secureConnection', http._connectionListener);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['setTimeout', 'close', 'closeAllConnections', 'closeIdleConnections']) {
  Server.prototype[name] = http.Server.prototype[name];
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- Agent ----

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  http.Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  this._sessionCache = { map: { __proto__: null }, list: [] };
}
Object.setPrototypeOf(Agent.prototype, http.Agent.prototype);
Object.setPrototypeOf(Agent, http.Agent);

// The TLS options that make a connection unfit for another request, in
// node's order: a socket is reused only for the same ones.
const nameOptions = [
  'ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername', 'minVersion',
  'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions',
  'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine',
];

Agent.prototype.getName = function getName(options = {}) {
  let name = http.Agent.prototype.getName.call(this, options);
  for (const k of nameOptions) {
    name += ':';
    if (options[k] !== undefined) name += options[k];
  }
  return name;
};

// createConnection resumes the last session of the same name (host, port
// and TLS options: see getName), and keeps each new one, as node's does.
Agent.prototype.createConnection = function createConnection(options) {
  let o = { ...this.options, ...options };
  if (o.servername === undefined && o.host && !require('net').isIP(o.host)) o.servername = o.host;
  const key = o._agentKey;
  if (key) {
    const session = this._getSession(key);
    if (session) o = { session, ...o };
  }
  const socket = tls.connect(o);
  if (key) {
    socket.on('session', (session) => this._cacheSession(key, session));
    socket.once('close', (hadError) => {
      if (hadError) this._evictSession(key);
    });
  }
  return socket;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

// _cacheSession keeps up to maxCachedSessions names' sessions, dropping
// the name cached first when full.
Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (!(key in cache.map)) {
    if (cache.list.length >= this.maxCachedSessions) delete cache.map[cache.list.shift()];
    cache.list.push(key);
  }
  cache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const i = cache.list.indexOf(key);
  if (i === -1) return;
  cache.list.splice(i, 1);
  delete cache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- client ----

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    const input = args.shift();
    if (args[0] !== null && typeof args[0] === 'object') options = { ...args.shift() };
    return new ClientRequest(input, { _defaultAgent: globalAgent, ...options }, ...args);
  }
  options = { _defaultAgent: globalAgent, ...args.shift() };
  return new ClientRequest(options, ...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
