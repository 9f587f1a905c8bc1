// process and its sub-objects: keys, attributes and types (values differ
// between runtimes and runs; process.env, the stdio streams and the main
// module depend on how the program was started and are left out).
const { shape } = require('./lib/shape');
console.log(shape(process, { skip: new Set(['env', 'stdin', 'stdout', 'stderr', 'mainModule', 'argv', 'execArgv']) }));
console.log('process prototype chain');
for (let p = Object.getPrototypeOf(process); p !== null; p = Object.getPrototypeOf(p)) {
  console.log(' ', p.constructor && p.constructor.name, Reflect.ownKeys(p).map(String).join(' '));
}
