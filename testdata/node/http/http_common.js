// _http_common's HTTPParser, driven by hand as nock 14 and msw/node drive it
// (through @mswjs/interceptors) to read the requests they intercept and the
// responses they mock.
const { HTTPParser, methods, chunkExpression, continueExpression, CRLF, kIncomingMessage, freeParser, parsers,
  _checkIsHttpToken, _checkInvalidHeaderChar, isLenient, prepareError } = require('_http_common');

console.log(methods.length, methods.slice(0, 5), HTTPParser.REQUEST, HTTPParser.RESPONSE);
console.log(HTTPParser.kOnMessageBegin, HTTPParser.kOnHeaders, HTTPParser.kOnHeadersComplete, HTTPParser.kOnBody,
  HTTPParser.kOnMessageComplete, HTTPParser.kOnExecute, HTTPParser.kOnTimeout, HTTPParser.kLenientAll);
console.log(chunkExpression.test('gzip, chunked'), continueExpression.test('100-continue'), JSON.stringify(CRLF),
  typeof kIncomingMessage, _checkIsHttpToken('X-Ok'), _checkIsHttpToken('bad header'), _checkInvalidHeaderChar('a\nb'),
  isLenient(), parsers.name, parsers.max);

function make(kind, label) {
  const p = new HTTPParser();
  p.initialize(kind, {});
  p[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status, statusText, upgrade, keepAlive) => {
    console.log(label, 'head', major, minor, headers, methods[method], url, status, statusText, upgrade, keepAlive);
    return label === 'head-response' ? 1 : 0;
  };
  p[HTTPParser.kOnBody] = (b) => console.log(label, 'body', JSON.stringify(b.toString()));
  p[HTTPParser.kOnMessageComplete] = () => console.log(label, 'complete');
  return p;
}

const req = make(HTTPParser.REQUEST, 'request');
const raw = 'POST /users?x=1 HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{"name":"B"}';
console.log('execute', req.execute(Buffer.from(raw.slice(0, 30))));
console.log('execute', req.execute(Buffer.from(raw.slice(30))));
console.log('finish', req.finish());

const res = make(HTTPParser.RESPONSE, 'response');
const chunked = 'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n';
console.log('execute', res.execute(Buffer.from(chunked)));

const eof = make(HTTPParser.RESPONSE, 'eof-response');
console.log('execute', eof.execute(Buffer.from('HTTP/1.0 200 OK\r\nX: y\r\n\r\nuntil close')));
console.log('finish', eof.finish());

const head = make(HTTPParser.RESPONSE, 'head-response');
console.log('execute', head.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n')));

const two = make(HTTPParser.REQUEST, 'keepalive');
console.log('execute', two.execute(Buffer.from('GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.0\r\n\r\n')));

const bad = make(HTTPParser.REQUEST, 'bad');
const err = bad.execute(Buffer.from('GET /a HTTP/1.1\r\nBad Header: x\r\n\r\n'));
console.log('error', err instanceof Error, err.code, err.reason, err.bytesParsed > 0);
prepareError(err, bad, Buffer.from('raw'));
console.log(err.message, String(err.rawPacket));

const cut = make(HTTPParser.RESPONSE, 'cut');
cut.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'));
const fin = cut.finish();
console.log('finish mid-body', fin instanceof Error, fin && fin.code);

const socket = { parser: req };
const request = { parser: req };
freeParser(req, request, socket);
console.log('freed', request.parser, socket.parser);
