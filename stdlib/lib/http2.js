// node:http2: servers (cleartext with prior knowledge, and TLS with ALPN
// "h2"), connect() for clients, the settings helpers and the constants.
// The protocol engine, sessions and streams are in internal/http2_core.js;
// the http-style request/response pair for the 'request' event is in
// internal/http2_compat.js, loaded when someone listens for 'request'.
const net = require('net');
const constants = require('internal/http2_constants');
const core = require('internal/http2_core');

const { ClientHttp2Session, ServerHttp2Session } = core;

let compat;
function compatModule() { return (compat ||= require('internal/http2_compat')); }

let tlsModule;
function tls() { return (tlsModule ||= require('tls')); }

function validateOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  return options;
}

// ---- servers ----

// setupServer is what Http2Server and Http2SecureServer share: the
// sessions they hold, and the 'request' event made on demand.
function setupServer(server, options, requestListener) {
  server._h2options = { ...options };
  server._sessions = new Set();
  server.timeout = 0;
  server.on('newListener', setupCompat);
  if (typeof requestListener === 'function') server.on('request', requestListener);
}

function setupCompat(event) {
  if (event !== 'request') return;
  this.removeListener('newListener', setupCompat);
  const { onServerStream } = compatModule();
  this.on('stream', onServerStream.bind(this,
    this._h2options.Http2ServerRequest || compatModule().Http2ServerRequest,
    this._h2options.Http2ServerResponse || compatModule().Http2ServerResponse));
}

// startSession runs a server session over a socket that is ready for it.
function startSession(server, socket) {
  const session = new ServerHttp2Session(server._h2options, socket, server);
  server._sessions.add(session);
  session.on('stream', function onStream(stream, headers, flags, raw) {
    server.emit('stream', stream, headers, flags, raw);
  });
  session.on('error', function onSessionError(error) {
    server.emit('sessionError', error, session);
  });
  session.on('timeout', function onSessionTimeout() {
    if (!server.emit('timeout', session)) session.destroy();
  });
  if (server.timeout) session.setTimeout(server.timeout);
  server.emit('session', session);
  return session;
}

function closeSessions(server) {
  for (const session of server._sessions) session.close();
}

function Http2Server(options, requestListener) {
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = validateOptions(options);
  net.Server.call(this, { allowHalfOpen: false, pauseOnConnect: false });
  setupServer(this, options, requestListener);
  this.on('connection', (socket) => startSession(this, socket));
}
Object.setPrototypeOf(Http2Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Http2Server, net.Server);

Http2Server.prototype.close = function close(callback) {
  net.Server.prototype.close.call(this, callback);
  closeSessions(this);
  return this;
};

Http2Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback !== undefined) {
    if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
    this.on('timeout', callback);
  }
  return this;
};

Http2Server.prototype.updateSettings = function updateSettings(settings) {
  core.validateSettings(settings);
  this._h2options.settings = { ...this._h2options.settings, ...settings };
};

function Http2SecureServer(options, requestListener) {
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = validateOptions(options);
  const alpn = options.allowHTTP1 ? ['h2', 'http/1.1'] : ['h2'];
  tls().Server.call(this, { ...options, ALPNProtocols: options.ALPNProtocols || alpn });
  setupServer(this, options, requestListener);
  // With allowHTTP1, a connection that did not choose h2 is served as
  // https serves it, its requests on the same 'request' event.
  if (options.allowHTTP1) {
    require('http');
    require('internal/http_server_setup').setupServer(this, options);
  }
  this.on('secureConnection', (socket) => {
    if (socket.alpnProtocol === 'h2') {
      startSession(this, socket);
    } else if (options.allowHTTP1) {
      require('http')._connectionListener.call(this, socket);
    } else if (!this.emit('unknownProtocol', socket)) {
      // node drops a connection that did not choose h2 if no one takes it.
      socket.destroy();
    }
  });
}
Object.setPrototypeOf(Http2SecureServer.prototype, tls().Server.prototype);
Object.setPrototypeOf(Http2SecureServer, tls().Server);

Http2SecureServer.prototype.close = function close(callback) {
  if (this._h2options.allowHTTP1) {
    clearInterval(this._checkTimer);
    require('http').Server.prototype.closeIdleConnections.call(this);
  }
  return Http2Server.prototype.close.call(this, callback);
};
Http2SecureServer.prototype.setTimeout = Http2Server.prototype.setTimeout;
Http2SecureServer.prototype.updateSettings = Http2Server.prototype.updateSettings;

function createServer(options, handler) {
  return new Http2Server(options, handler);
}

function createSecureServer(options, handler) {
  return new Http2SecureServer(options, handler);
}

// ---- clients ----

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { ...validateOptions(options) };
  if (typeof authority === 'string') authority = new URL(authority);
  else if (authority === null || typeof authority !== 'object') {
    throw binding.invalidArgType('authority', 'of type string or an instance of URL', authority);
  }
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ? authority.port
    : (authority.protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else if (protocol === 'http:') {
    socket = net.connect({ port, host, ...options });
  } else if (protocol === 'https:') {
    socket = tls().connect(port, host, {
      ...options, ALPNProtocols: ['h2'], servername: options.servername || (net.isIP(host) ? undefined : host),
    });
  } else {
    throw binding.nodeError('Error', 'ERR_HTTP2_UNSUPPORTED_PROTOCOL', `protocol "${protocol}" is unsupported.`);
  }
  const session = new ClientHttp2Session(options, socket, `${options.servername || host}:${port}`, protocol);
  const state = session[core.kState];
  const ready = () => {
    state.connecting = false;
    if (socket.alpnProtocol) session.alpnProtocol = socket.alpnProtocol;
    if (session.destroyed) return;
    session.emit('connect', session, socket);
    session._startPending();
  };
  const connectEvent = socket.encrypted ? 'secureConnect' : 'connect';
  if (socket.connecting || (socket.encrypted && !socket._secureEstablished)) {
    state.connecting = true;
    socket.once(connectEvent, ready);
  } else {
    process.nextTick(ready);
  }
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

function performServerHandshake(socket, options = {}) {
  return new ServerHttp2Session(validateOptions(options), socket, undefined);
}

module.exports = {
  connect,
  constants,
  createServer,
  createSecureServer,
  getDefaultSettings: core.getDefaultSettings,
  getPackedSettings: core.getPackedSettings,
  getUnpackedSettings: core.getUnpackedSettings,
  performServerHandshake,
  sensitiveHeaders: core.sensitiveHeaders,
};
Object.defineProperties(module.exports, {
  Http2ServerRequest: { __proto__: null, enumerable: true, get() { return compatModule().Http2ServerRequest; } },
  Http2ServerResponse: { __proto__: null, enumerable: true, get() { return compatModule().Http2ServerResponse; } },
});
