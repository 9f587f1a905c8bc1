// node:http2's exports and what needs no connection: the constants,
// sensitiveHeaders, the default settings, packing and unpacking settings
// with their validation, and the argument errors of connect and servers.
const http2 = require('http2');
console.log(Object.keys(http2).join(' '));
console.log(JSON.stringify(http2.getDefaultSettings()));
const c = http2.constants;
console.log(Object.keys(c).length, c.HTTP2_HEADER_METHOD, c.HTTP2_HEADER_PATH, c.HTTP2_HEADER_STATUS, c.HTTP2_METHOD_GET,
  c.HTTP_STATUS_OK, c.NGHTTP2_CANCEL, c.NGHTTP2_SETTINGS_MAX_FRAME_SIZE);
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
console.log(require('node:http2') === http2);

const all = {
  headerTableSize: 1, enablePush: false, maxConcurrentStreams: 3, initialWindowSize: 4, maxFrameSize: 16385,
  maxHeaderListSize: 6, enableConnectProtocol: true,
};
console.log(http2.getPackedSettings(all).toString('hex'));
console.log(http2.getPackedSettings().length, http2.getPackedSettings({ maxHeaderSize: 7 }).toString('hex'));
console.log(JSON.stringify(http2.getUnpackedSettings(http2.getPackedSettings(all))));
console.log(JSON.stringify(http2.getUnpackedSettings(new Uint8Array([0, 2, 0, 0, 0, 1]))));
const attempts = [
  () => http2.getPackedSettings({ maxFrameSize: 1 }),
  () => http2.getPackedSettings({ headerTableSize: -1 }),
  () => http2.getPackedSettings({ initialWindowSize: 2 ** 31 }),
  () => http2.getPackedSettings({ enablePush: 1 }),
  () => http2.getPackedSettings(null),
  () => http2.getUnpackedSettings(Buffer.alloc(5)),
  () => http2.getUnpackedSettings('x'),
  () => http2.connect('ftp://localhost'),
  () => http2.createServer({ settings: { maxFrameSize: 0 } }),
  () => http2.createServer(5),
];
for (const f of attempts) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
const server = http2.createServer();
console.log(server instanceof require('net').Server, typeof server.listen, server.timeout);
const secure = http2.createSecureServer({});
console.log(secure instanceof require('tls').Server);
