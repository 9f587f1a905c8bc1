// See _http_agent.js.
const http = require('http');
module.exports = { ClientRequest: http.ClientRequest };
