// See _http_agent.js.
const http = require('http');
module.exports = {
  OutgoingMessage: http.OutgoingMessage, validateHeaderName: http.validateHeaderName,
  validateHeaderValue: http.validateHeaderValue,
};
