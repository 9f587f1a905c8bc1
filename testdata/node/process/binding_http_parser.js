// process.binding('http_parser') is _http_common's parser with llhttp's
// method tables (http-deceiver, under spdy and restify, reads them at
// load), and process.versions.modules is node 20's addon ABI, which
// packages compare to tell a current node from 0.x.
const b = process.binding('http_parser');
const common = require('_http_common');
console.log(Object.keys(b).filter((k) => k !== 'ConnectionsList'));
console.log(b.HTTPParser === common.HTTPParser, b.methods === common.methods || JSON.stringify(b.methods) === JSON.stringify(common.methods));
console.log(b.allMethods.length, b.allMethods.slice(-13).join(' '));
console.log(b.HTTPParser.REQUEST, b.HTTPParser.RESPONSE, b.HTTPParser.kOnHeaders, b.HTTPParser.kOnHeadersComplete, b.HTTPParser.kOnBody);
console.log(process.binding('http_parser') === b);
console.log(typeof process.versions.modules, process.versions.modules >= 46);
