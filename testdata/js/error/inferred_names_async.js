// Inferred names in async frames, promise reactions, timers and
// util.inspect of errors, with paths relative and node's own frames left
// out. (../../node/process/uncaught_inferred_names.js has the report of an
// uncaught error.)
const util = require('util');
const path = require('path');
const clean = (s) => s.split('\n').filter((l) => !l.includes('node:') && !l.includes('Node.js v')).join('\n').split(__dirname + path.sep).join('');

const api = {};
api.parse = function () { throw new TypeError('bad input'); };
api.load = async function () { await null; return api.parse(); };
api.outer = async function () { await api.load(); };
const handlers = [function () { return new Error('from a list'); }];

console.log(clean(util.inspect(handlers[0]())));
console.log(util.inspect(api.parse), util.inspect(handlers), api.parse.name === '');

api.outer().catch((e) => {
  console.log(clean(e.stack));
  Promise.resolve().then(api.thenCb = function () {
    console.log(clean(new Error('in a reaction').stack));
    api.timer = function () { console.log(clean(new Error('in a timer').stack)); };
    setTimeout(api.timer, 1);
  });
});
