// Node's internal http files, which some packages require directly; each
// gives the parts of node:http it holds in Node.
const http = require('http');
module.exports = { Agent: http.Agent, globalAgent: http.globalAgent };
