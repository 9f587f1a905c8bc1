// The parts of node:http2 Kiln has: the module loads with Node's exports, the protocol constants, sensitiveHeaders
// and the default settings (sessions and servers are not implemented; they throw ERR_METHOD_NOT_IMPLEMENTED).
const http2 = require('http2');
console.log(Object.keys(http2).join(' '));
console.log(JSON.stringify(http2.getDefaultSettings()));
const c = http2.constants;
console.log(Object.keys(c).length, c.HTTP2_HEADER_METHOD, c.HTTP2_HEADER_PATH, c.HTTP2_HEADER_STATUS, c.HTTP2_METHOD_GET,
  c.HTTP_STATUS_OK, c.NGHTTP2_CANCEL, c.NGHTTP2_SETTINGS_MAX_FRAME_SIZE);
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
console.log(require('node:http2') === http2);
