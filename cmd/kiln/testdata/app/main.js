// A small multi-file app with one npm dependency, for kiln build --bundle and --exe.
const { greet } = require('./lib/greet');
console.log(greet(process.argv.slice(2).join(' ') || 'world'));
