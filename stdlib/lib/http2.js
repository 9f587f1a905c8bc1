// node:http2, in part: Kiln has no HTTP/2 sessions yet. The module loads
// (many HTTP clients require it up front and use it only when asked to),
// with the protocol's constants, sensitiveHeaders and the settings helpers;
// making a session or a server throws ERR_METHOD_NOT_IMPLEMENTED.
const constants = require('internal/http2_constants');

const sensitiveHeaders = Symbol('sensitiveHeaders');

function notImplemented(name) {
  return {
    [name]() {
      throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
    },
  }[name];
}

function getDefaultSettings() {
  return {
    headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295, maxHeaderSize: 65535, maxHeaderListSize: 65535, enableConnectProtocol: false,
  };
}

class Http2ServerRequest {}
class Http2ServerResponse {}

module.exports = {
  connect: notImplemented('connect'),
  constants,
  createServer: notImplemented('createServer'),
  createSecureServer: notImplemented('createSecureServer'),
  getDefaultSettings,
  getPackedSettings: notImplemented('getPackedSettings'),
  getUnpackedSettings: notImplemented('getUnpackedSettings'),
  performServerHandshake: notImplemented('performServerHandshake'),
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
