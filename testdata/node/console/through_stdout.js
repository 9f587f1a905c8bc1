// The console writes through process.stdout and process.stderr: a program
// that replaces their write gets the console's lines, and a corked stdout
// holds them back with its own writes, in order.
const out = process.stdout;
console.log('before anything');
const original = out.write;
const seen = [];
out.write = function (chunk, ...rest) {
  seen.push(String(chunk));
  return original.call(this, '> ' + chunk, ...rest);
};
console.log('through the replaced write');
console.info('info too', { a: 1 });
console.table([{ x: 1 }]);
out.write = original;
console.log('captured', JSON.stringify(seen));
out.cork();
out.write('first, corked\n');
console.log('second, corked by the console');
out.uncork();
console.log('after uncork');
const errOriginal = process.stderr.write;
process.stderr.write = function (chunk) {
  out.write('stderr saw: ' + chunk);
  return true;
};
console.error('to stderr');
console.warn('a warning line');
process.stderr.write = errOriginal;
console.group('group');
console.log('indented');
console.groupEnd();
