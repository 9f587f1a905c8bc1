// Node's legacy path to JSStreamSocket, a net.Socket over any duplex
// stream; it warns once that it is deprecated.
process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');
module.exports = require('internal/js_stream_socket').JSStreamSocket;
