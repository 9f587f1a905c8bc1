// util.inspect of TextEncoder and TextDecoder, as Node's custom inspectors
// print them.
const util = require('util');
console.log(new TextEncoder(), new TextDecoder());
console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })));
console.log([new TextEncoder()], { d: new TextDecoder() });
